#include "SyncCommand.h"

#include "ContactDatabase.h"
#include "ContactStore.h"
#include "SyncEngine.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

const QString serverOption = QStringLiteral("server");
const QString orgOption = QStringLiteral("org");
const QString tokenFileOption = QStringLiteral("token-file");
const QString rateOption = QStringLiteral("rate");
const QString timeoutOption = QStringLiteral("timeout");
const QString quietOption = QStringLiteral("quiet");
const char* tokenVariable = "CONTACTS_TOKEN";

void printProgress(const QString& line)
{
    std::fputs(qPrintable(line + u'\n'), stderr);
    std::fflush(stderr);
}

QString phaseName(SyncProgress::Phase phase)
{
    switch (phase) {
    case SyncProgress::Phase::Connecting:
        return QStringLiteral("connecting");
    case SyncProgress::Phase::Pulling:
        return QStringLiteral("pulling");
    case SyncProgress::Phase::Pushing:
        return QStringLiteral("pushing");
    }
    return {};
}

int statusOf(const ClientError& error)
{
    switch (error.kind) {
    case ClientError::Kind::Unauthorized:
        return 401;
    case ClientError::Kind::RateLimited:
        return 429;
    case ClientError::Kind::LocalDatabase:
        return 500;
    default:
        return 503;
    }
}

} // namespace

QString SyncCommand::summary() const
{
    return QStringLiteral("Sync the database with a hosted instance (pull, then push).");
}

QString SyncCommand::description() const
{
    return QStringLiteral(
               "Brings the server's changes in, then sends the local ones (the change journal) "
               "that the server has not acknowledged. Prints {pushed, pulled, conflicts, requests, "
               "errors}; progress goes to stderr. The token comes from --token-file or the %1 "
               "environment variable and is never printed. A run that stops (authentication, "
               "network, server) exits non-zero; what the server acknowledged is not sent again.")
        .arg(QString::fromLatin1(tokenVariable));
}

void SyncCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        serverOption,
        QStringLiteral("The server's URL, with or without /api/whatsapp/contacts (required)."),
        QStringLiteral("url")));
    parser.addOption(QCommandLineOption(
        orgOption, QStringLiteral("The organization id on the server (required)."),
        QStringLiteral("id")));
    parser.addOption(QCommandLineOption(
        tokenFileOption,
        QStringLiteral("A file holding the API token (else the CONTACTS_TOKEN variable)."),
        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(
        rateOption,
        QStringLiteral("At most this many requests a minute (default 100; 0: no limit)."),
        QStringLiteral("n")));
    parser.addOption(QCommandLineOption(
        timeoutOption, QStringLiteral("Seconds to wait for each answer (default 30)."),
        QStringLiteral("s")));
    parser.addOption(QCommandLineOption(quietOption, QStringLiteral("No progress on stderr.")));
}

std::expected<void, QString> SyncCommand::prepare(const QCommandLineParser& parser,
                                                  const QStringList&)
{
    if (!parser.isSet(serverOption))
        return std::unexpected(QStringLiteral("sync needs --server URL"));
    auto url = ServerEndpoint::contactsUrlFrom(parser.value(serverOption));
    if (!url)
        return std::unexpected(QStringLiteral("--server: ") + url.error());
    m_endpoint.contactsUrl = *url;
    m_endpoint.organizationId = parser.value(orgOption).trimmed();
    if (m_endpoint.organizationId.isEmpty())
        return std::unexpected(QStringLiteral("sync needs --org ORG_ID"));

    if (parser.isSet(tokenFileOption)) {
        QFile file(parser.value(tokenFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(QStringLiteral("cannot read the token file %1: %2")
                                       .arg(file.fileName(), file.errorString()));
        m_endpoint.token = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        m_endpoint.token = qEnvironmentVariable(tokenVariable).trimmed();
    }
    if (m_endpoint.token.isEmpty())
        return std::unexpected(
            QStringLiteral("sync needs a token: --token-file FILE or the CONTACTS_TOKEN variable"));

    if (parser.isSet(rateOption)) {
        bool ok = false;
        m_options.requestsPerMinute = parser.value(rateOption).toInt(&ok);
        if (!ok || m_options.requestsPerMinute < 0)
            return std::unexpected(QStringLiteral("--rate expects a number >= 0, got '%1'")
                                       .arg(parser.value(rateOption)));
    }
    if (parser.isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = parser.value(timeoutOption).toInt(&ok);
        if (!ok || seconds < 1)
            return std::unexpected(QStringLiteral("--timeout expects seconds >= 1, got '%1'")
                                       .arg(parser.value(timeoutOption)));
        m_options.timeoutMs = seconds * 1000;
    }
    m_quiet = parser.isSet(quietOption);
    return {};
}

ApiResult<QJsonObject> SyncCommand::execute(ContactStore& store)
{
    SyncEngine engine(store.database().path(), m_endpoint, m_options);
    if (!m_quiet) {
        // A line a second at most: a first sync of a large list has thousands of steps.
        QElapsedTimer shown;
        QObject::connect(
            &engine, &SyncEngine::progressed, [shown](const SyncProgress& progress) mutable {
                if (shown.isValid() && shown.elapsed() < 1000 && progress.done < progress.total)
                    return;
                shown.start();
                printProgress(progress.total >= 0 ? QStringLiteral("%1 %2/%3")
                                                        .arg(phaseName(progress.phase))
                                                        .arg(progress.done)
                                                        .arg(progress.total)
                                                  : phaseName(progress.phase));
            });
        QObject::connect(
            &engine, &SyncEngine::waiting, [](int milliseconds, const QString& reason) {
                printProgress(QStringLiteral("waiting %1 s: %2")
                                  .arg(QString::number(milliseconds / 1000.0, 'f', 1), reason));
            });
    }
    const SyncSummary summary = engine.run();
    if (summary.failure) {
        printProgress(QStringLiteral("sync stopped after %1 requests: pushed %2, pulled %3")
                          .arg(summary.requests)
                          .arg(summary.pushed)
                          .arg(summary.pulled));
        return std::unexpected(ApiError{statusOf(*summary.failure), summary.failure->message, {}});
    }
    return summary.toJson();
}
