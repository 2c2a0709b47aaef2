#include "KeychainTokenStore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>

namespace {

const QString service = QStringLiteral("Contacts");

QString reason(const QKeychain::Job& job)
{
    // QtKeychain's own text is often "Unknown error" where the cause is known.
    QString why;
    switch (job.error()) {
    case QKeychain::NoBackendAvailable:
        why = QCoreApplication::translate(
            "KeychainTokenStore",
            "no keychain service is running (such as GNOME Keyring or KWallet)");
        break;
    case QKeychain::AccessDeniedByUser:
        why = QCoreApplication::translate("KeychainTokenStore", "access was refused");
        break;
    default:
        why = job.errorString();
        // What QtKeychain says when no Secret Service answers on D-Bus.
        if (why.isEmpty() || why == QLatin1String("Unknown error")) {
            why = QCoreApplication::translate("KeychainTokenStore",
                                              "no keychain service answered (is GNOME Keyring "
                                              "or KWallet running?)");
        }
        break;
    }
    return QCoreApplication::translate("KeychainTokenStore",
                                       "The system keychain could not be used: %1")
        .arg(why);
}

} // namespace

void KeychainTokenStore::readToken(const QString& account, QObject* context,
                                   std::function<void(ReadResult)> done)
{
    auto* job = new QKeychain::ReadPasswordJob(service);
    job->setAutoDelete(true);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job* finished) {
                         const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
                         if (read->error() == QKeychain::NoError)
                             done(read->textData());
                         else if (read->error() == QKeychain::EntryNotFound)
                             done(QString());
                         else
                             done(std::unexpected(reason(*read)));
                     });
    job->start();
}

void KeychainTokenStore::writeToken(const QString& account, const QString& token, QObject* context,
                                    std::function<void(WriteResult)> done)
{
    QKeychain::Job* job = nullptr;
    if (token.isEmpty()) {
        auto* remove = new QKeychain::DeletePasswordJob(service);
        remove->setKey(account);
        job = remove;
    } else {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setKey(account);
        write->setTextData(token);
        job = write;
    }
    job->setAutoDelete(true);
    const bool removing = token.isEmpty();
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done), removing](QKeychain::Job* finished) {
                         // Removing what was never stored is no failure.
                         if (finished->error() == QKeychain::NoError ||
                             (removing && finished->error() == QKeychain::EntryNotFound))
                             done({});
                         else
                             done(std::unexpected(reason(*finished)));
                     });
    job->start();
}
