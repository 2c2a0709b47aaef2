#include "SyncCommands.h"

#include "CliExitCode.h"
#include "CliOutput.h"
#include "CliSession.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "SyncConflicts.h"
#include "SyncEngine.h"
#include "Timestamps.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>

namespace {

const QCommandLineOption serverOption(
    QStringLiteral("server"),
    QStringLiteral("The server's URL, with or without /api/whatsapp/contacts (required)."),
    QStringLiteral("url"));
const QCommandLineOption orgOption(QStringLiteral("org"),
                                   QStringLiteral("The organization id on the server (required)."),
                                   QStringLiteral("id"));
const QCommandLineOption tokenFileOption(
    QStringLiteral("token-file"),
    QStringLiteral("A file holding the API token (else the CONTACTS_TOKEN variable)."),
    QStringLiteral("file"));
const QCommandLineOption
    rateOption(QStringLiteral("rate"),
               QStringLiteral("At most this many requests a minute (default 100; 0: no limit)."),
               QStringLiteral("n"));
const QCommandLineOption
    timeoutOption(QStringLiteral("timeout"),
                  QStringLiteral("Seconds to wait for each answer (default 30)."),
                  QStringLiteral("s"));
const QCommandLineOption quietOption(QStringLiteral("quiet"),
                                     QStringLiteral("No progress on stderr."));
const QCommandLineOption allowDeletionsOption(
    QStringLiteral("allow-deletions"),
    QStringLiteral("Make up to n deletions (here and on the server together) that the "
                   "mass-deletion guard held back."),
    QStringLiteral("n"));

/// What `sync` was asked to do, checked before the store opens.
struct SyncRequest {
    ServerEndpoint endpoint;
    ClientOptions options;
    std::optional<qint64> allowedDeletions;
    bool quiet = false;
};

std::expected<QString, QString> token(const QCommandLineParser& options)
{
    QString token;
    if (options.isSet(tokenFileOption)) {
        QFile file(options.value(tokenFileOption));
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(QStringLiteral("cannot read the token file %1: %2")
                                       .arg(file.fileName(), file.errorString()));
        token = QString::fromUtf8(file.readAll()).trimmed();
    } else {
        token = qEnvironmentVariable(SyncCommands::tokenVariable).trimmed();
    }
    if (token.isEmpty())
        return std::unexpected(
            QStringLiteral("sync needs a token: --token-file FILE or the CONTACTS_TOKEN variable"));
    return token;
}

std::expected<SyncRequest, QString> syncRequest(const QCommandLineParser& options)
{
    SyncRequest request;
    if (!options.isSet(serverOption))
        return std::unexpected(QStringLiteral("sync needs --server URL"));
    auto url = ServerEndpoint::contactsUrlFrom(options.value(serverOption));
    if (!url)
        return std::unexpected(QStringLiteral("--server: ") + url.error());
    request.endpoint.contactsUrl = *url;
    request.endpoint.organizationId = options.value(orgOption).trimmed();
    if (request.endpoint.organizationId.isEmpty())
        return std::unexpected(QStringLiteral("sync needs --org ORG_ID"));
    auto secret = token(options);
    if (!secret)
        return std::unexpected(secret.error());
    request.endpoint.token = *secret;

    if (options.isSet(rateOption)) {
        bool ok = false;
        request.options.requestsPerMinute = options.value(rateOption).toInt(&ok);
        if (!ok || request.options.requestsPerMinute < 0)
            return std::unexpected(QStringLiteral("--rate expects a number >= 0, got '%1'")
                                       .arg(options.value(rateOption)));
    }
    if (options.isSet(timeoutOption)) {
        bool ok = false;
        const int seconds = options.value(timeoutOption).toInt(&ok);
        if (!ok || seconds < 1)
            return std::unexpected(QStringLiteral("--timeout expects seconds >= 1, got '%1'")
                                       .arg(options.value(timeoutOption)));
        request.options.timeoutMs = seconds * 1000;
    }
    if (options.isSet(allowDeletionsOption)) {
        bool ok = false;
        const qint64 count = options.value(allowDeletionsOption).toLongLong(&ok);
        if (!ok || count < 1)
            return std::unexpected(
                QStringLiteral("--allow-deletions expects a number of deletions >= 1, got '%1'")
                    .arg(options.value(allowDeletionsOption)));
        request.allowedDeletions = count;
    }
    request.quiet = options.isSet(quietOption);
    return request;
}

void printProgressLine(const QString& line)
{
    CliOutput::printProgress(line + QLatin1Char('\n'));
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

void showProgress(SyncEngine& engine)
{
    // A line a second at most: a first sync of a large list has thousands of steps.
    QElapsedTimer shown;
    QObject::connect(
        &engine, &SyncEngine::progressed, [shown](const SyncProgress& progress) mutable {
            if (shown.isValid() && shown.elapsed() < 1000 && progress.done < progress.total)
                return;
            shown.start();
            printProgressLine(progress.total >= 0 ? QStringLiteral("%1 %2/%3")
                                                        .arg(phaseName(progress.phase))
                                                        .arg(progress.done)
                                                        .arg(progress.total)
                                                  : phaseName(progress.phase));
        });
    QObject::connect(&engine, &SyncEngine::waiting, [](int milliseconds, const QString& reason) {
        printProgressLine(QStringLiteral("waiting %1 s: %2")
                              .arg(QString::number(milliseconds / 1000.0, 'f', 1), reason));
    });
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

CliResult runSync(ContactStore& store, const SyncRequest& request)
{
    SyncEngine engine(store.database().path(), request.endpoint, request.options);
    if (request.allowedDeletions)
        engine.setAllowedDeletions(*request.allowedDeletions);
    if (!request.quiet)
        showProgress(engine);
    const SyncSummary summary = engine.run();
    if (summary.failure) {
        printProgressLine(QStringLiteral("sync stopped after %1 requests: pushed %2, pulled %3")
                              .arg(summary.requests)
                              .arg(summary.pushed)
                              .arg(summary.pulled));
        return std::unexpected(ApiError{statusOf(*summary.failure), summary.failure->message, {}});
    }
    if (summary.holdsDeletions()) {
        const qint64 total = summary.heldHere + summary.heldOnServer;
        return std::unexpected(CliFailure::withEnvelope(
            summary.toJson(), CliExitCode::deletionsHeld,
            QStringLiteral("sync held back %1 deletions (%2 here, %3 on the server), more than "
                           "the %4 it makes unasked; everything else was synced. To make "
                           "them: contacts-cli sync ... --allow-deletions %1")
                .arg(total)
                .arg(summary.heldHere)
                .arg(summary.heldOnServer)
                .arg(summary.deletionLimit)));
    }
    return summary.toJson();
}

QString kindName(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::Field:
        return QStringLiteral("field");
    case SyncConflict::Kind::DeletedOnServer:
        return QStringLiteral("deleted_on_server");
    case SyncConflict::Kind::DeletedLocally:
        return QStringLiteral("deleted_locally");
    }
    return {};
}

QJsonObject openConflicts(const QList<SyncConflict>& open)
{
    QJsonArray conflicts;
    for (const SyncConflict& conflict : open) {
        conflicts.append(QJsonObject{
            {QStringLiteral("id"), conflict.id},
            {QStringLiteral("contactId"), conflict.contactId},
            {QStringLiteral("phone"), conflict.phone},
            {QStringLiteral("name"), conflict.name ? QJsonValue(*conflict.name) : QJsonValue()},
            {QStringLiteral("kind"), kindName(conflict.kind)},
            {QStringLiteral("field"),
             conflict.field.isEmpty() ? QJsonValue() : QJsonValue(conflict.field)},
            {QStringLiteral("local"), conflict.localValue},
            {QStringLiteral("remote"), conflict.remoteValue},
            {QStringLiteral("at"), Timestamps::format(conflict.at)},
        });
    }
    return {{QStringLiteral("conflicts"), conflicts}};
}

} // namespace

QList<QCommandLineOption> SyncCommands::syncOptions()
{
    return {serverOption,  orgOption,   tokenFileOption,     rateOption,
            timeoutOption, quietOption, allowDeletionsOption};
}

CliResult SyncCommands::sync(CliSession& session)
{
    const std::expected<SyncRequest, QString> request = syncRequest(session.options());
    if (!request)
        return std::unexpected(request.error());
    return session.withStore([&](ContactStore& store) { return runSync(store, *request); });
}

CliResult SyncCommands::conflicts(CliSession& session)
{
    return session.withStore([](ContactStore& store) {
        return reply(SyncConflicts(store.database(), store.organization().rowId).open(),
                     openConflicts);
    });
}
