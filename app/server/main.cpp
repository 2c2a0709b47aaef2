#include "ApiTokens.h"
#include "ContactDatabase.h"
#include "ContactsApi.h"
#include "ContactsHttpServer.h"
#include "DatabaseLocation.h"
#include "DefaultDatabase.h"
#include "JournalPruning.h"
#include "RateLimiter.h"
#include "SqlDialect.h"
#include "TerminationSignals.h"
#include "Timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

#include <sys/resource.h>

namespace {

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

int fail(const QString& message)
{
    print(stderr, QStringLiteral("contacts-server: ") + message);
    return 1;
}

/// How often a running server prunes the change journal (beside once at start-up).
constexpr int journalPruneIntervalMsecs = 60 * 60 * 1000;

/// Drops the change journal's entries that no sync needs (syncstate's JournalPruning): on a
/// server's database, every entry (no server is configured for its organizations) unless
/// someone syncs it with contacts-cli. Says on stderr what it dropped or why it could not.
void pruneJournal(ContactDatabase& db)
{
    const auto pruned = JournalPruning(db).pruneAll();
    if (!pruned)
        print(stderr, QStringLiteral("contacts-server: could not prune the change journal: ") +
                          pruned.error().detail);
    else if (*pruned > 0)
        print(stderr,
              QStringLiteral("contacts-server: pruned %1 change journal entries").arg(*pruned));
}

/// Merges the search index (ContactDatabase::compactSearchIndex()): FTS5 would otherwise merge
/// what a bulk load wrote inside later creates, holding the write lock for seconds.
void compactSearchIndex(ContactDatabase& db)
{
    QElapsedTimer timer;
    timer.start();
    const auto merged = db.compactSearchIndex();
    if (!merged)
        print(stderr, QStringLiteral("contacts-server: could not merge the search index: ") +
                          merged.error().detail);
    else if (*merged)
        print(stderr, QStringLiteral("contacts-server: merged the search index in %1 ms")
                          .arg(timer.elapsed()));
}

/// pruneJournal() on a connection of its own while the server runs, holding the server's
/// write lock so that its requests queue there rather than in SQLite's busy handler.
void pruneJournalWhileServing(const QString& databasePath, QMutex* writeLock)
{
    auto db = ContactDatabase::open(databasePath);
    if (!db) {
        print(stderr, QStringLiteral("contacts-server: could not prune the change journal: ") +
                          db.error().detail);
        return;
    }
    QMutexLocker writers(writeLock);
    pruneJournal(**db);
}

std::optional<qint64> nonNegative(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

int tokenCommand(const QString& databasePath, const QStringList& arguments,
                 const QString& organization)
{
    auto db = ContactDatabase::open(databasePath);
    if (!db)
        return fail(db.error().detail);
    ApiTokens tokens(**db);
    const QString action = arguments.value(1);
    if (action == QLatin1String("add") && arguments.size() == 2) {
        const QString org = organization.isEmpty() ? (*db)->defaultOrganization().id : organization;
        auto issued = tokens.add(org);
        if (!issued)
            return fail(issued.error().status == 500 ? issued.error().detail
                                                     : issued.error().message);
        // The token alone on stdout, for scripts; it cannot be shown again.
        print(stdout, issued->secret);
        print(stderr, QStringLiteral("token %1 for organization %2 (shown only once)")
                          .arg(issued->token.id, issued->token.organizationId));
        return 0;
    }
    if (action == QLatin1String("list") && arguments.size() == 2) {
        auto list = tokens.list();
        if (!list)
            return fail(list.error().detail);
        for (const ApiTokens::Token& token : *list) {
            print(stdout, token.id + u' ' + token.organizationId + u' ' +
                              Timestamps::format(token.createdAt));
        }
        return 0;
    }
    if (action == QLatin1String("revoke") && arguments.size() == 3) {
        auto revoked = tokens.revoke(arguments.at(2));
        if (!revoked)
            return fail(revoked.error().detail);
        if (!*revoked)
            return fail(QStringLiteral("no token %1").arg(arguments.at(2)));
        print(stderr, QStringLiteral("token %1 revoked").arg(arguments.at(2)));
        return 0;
    }
    return fail(QStringLiteral("usage: token add [--org ORG_ID] | token list | token revoke "
                               "TOKEN_ID"));
}

} // namespace

int main(int argc, char* argv[])
{
    // Several workers read at once: before the first connection opens.
    ContactDatabase::tuneForConcurrentReaders();
    QCoreApplication app(argc, argv);
    DefaultDatabase::applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("contacts-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTS_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves the Contacts API (contacts-api.md) over HTTP from a contacts database.\n"
        "  contacts-server --db PATH [--listen HOST:PORT]   serve\n"
        "  contacts-server --db PATH token add [--org ORG_ID] | token list | token revoke ID\n"
        "  contacts-server --db PATH migrate   create or update the schema, then exit\n"
        "PATH is a SQLite file or a postgresql:// URI."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("The database (default: the desktop's)."),
                                      QStringLiteral("path"));
    const QCommandLineOption listenOption(
        QStringLiteral("listen"),
        QStringLiteral("Address and port (default 127.0.0.1:8080); port 0 picks a free one."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate-limit"),
        QStringLiteral("Requests per minute per organization (default 100; 0 = no limit)."),
        QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption workersOption(
        QStringLiteral("workers"),
        QStringLiteral("Worker threads, each with its own database connection (default: "
                       "2 per core, at least 4)."),
        QStringLiteral("n"));
    const QCommandLineOption bodyOption(
        QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body accepted (default 4194304); larger ones get 413."),
        QStringLiteral("n"), QString::number(ContactsApi::defaultMaxBodyBytes));
    const QCommandLineOption orgOption(
        QStringLiteral("org"),
        QStringLiteral("token add: the organization (default: the database's own)."),
        QStringLiteral("id"));
    const QCommandLineOption withoutExtensionsOption(
        QStringLiteral("without-extensions"),
        QStringLiteral("Serve only what the hosted service has (no list filters, updatedSince, "
                       "DELETE, labels or CSV bulk), to test a client against it."));
    const QCommandLineOption idleOption(
        QStringLiteral("idle-timeout"),
        QStringLiteral("Seconds a connection may stay open without a request (default 15)."),
        QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption headerOption(
        QStringLiteral("header-timeout"),
        QStringLiteral("Seconds a client has to send a request's line and headers (default 10)."),
        QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption bodyTimeoutOption(
        QStringLiteral("body-timeout"),
        QStringLiteral("Seconds a client has to send a request's body (default 30)."),
        QStringLiteral("s"), QStringLiteral("30"));
    const QCommandLineOption connectionsOption(
        QStringLiteral("max-connections"),
        QStringLiteral("Connections open at once; more are closed as they come (default 1000, "
                       "or fewer if the open-file limit is lower)."),
        QStringLiteral("n"));
    const QCommandLineOption logFormatOption(
        QStringLiteral("log-format"),
        QStringLiteral("The request log on stderr: text (default) or json, one object a line."),
        QStringLiteral("format"), QStringLiteral("text"));
    parser.addOptions({dbOption, listenOption, rateOption, workersOption, bodyOption, orgOption,
                       withoutExtensionsOption, idleOption, headerOption, bodyTimeoutOption,
                       connectionsOption, logFormatOption});
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "token: manage API tokens; migrate: update the schema (instead of serving)."),
        QStringLiteral("[token add|list|revoke ID | migrate]"));
    parser.process(app);

    const QString databasePath =
        parser.isSet(dbOption) ? parser.value(dbOption) : DefaultDatabase::path();
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty()) {
        if (positional == QStringList{QStringLiteral("migrate")}) {
            // Opening brings the schema up to date (servers also do it on start); this says
            // where it stands, for a deployment script to run before the servers.
            auto db = ContactDatabase::open(databasePath);
            if (!db)
                return fail(db.error().detail);
            print(stdout, QStringLiteral("%1: schema version %2")
                              .arg((*db)->displayName())
                              .arg((*db)->schemaVersion()));
            return 0;
        }
        if (positional.first() != QLatin1String("token"))
            return fail(QStringLiteral("unknown command %1").arg(positional.first()));
        return tokenCommand(databasePath, positional, parser.value(orgOption));
    }
    if (parser.isSet(orgOption))
        return fail(QStringLiteral("--org belongs to token add"));

    const QString listen = parser.value(listenOption);
    const qsizetype colon = listen.lastIndexOf(u':');
    QHostAddress address(colon > 0 ? listen.left(colon).remove(u'[').remove(u']') : QString());
    if (colon > 0 && listen.left(colon) == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    const qint64 port = colon > 0 ? nonNegative(listen.mid(colon + 1)).value_or(-1) : -1;
    if (address.isNull() || port < 0 || port > 65535)
        return fail(
            QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not %1").arg(listen));
    const auto rateLimit = nonNegative(parser.value(rateOption));
    if (!rateLimit || *rateLimit > 1'000'000'000)
        return fail(QStringLiteral("--rate-limit wants a whole number, 0 for no limit"));
    const auto maxBody = nonNegative(parser.value(bodyOption));
    if (!maxBody)
        return fail(QStringLiteral("--max-body-bytes wants a whole number"));
    int workers = std::max(4, 2 * QThread::idealThreadCount());
    if (parser.isSet(workersOption)) {
        const auto n = nonNegative(parser.value(workersOption));
        if (!n || *n < 1 || *n > 256)
            return fail(QStringLiteral("--workers wants 1 to 256"));
        workers = int(*n);
    }

    const auto logFormat = RequestLog::formatNamed(parser.value(logFormatOption));
    if (!logFormat)
        return fail(QStringLiteral("--log-format wants text or json, not %1")
                        .arg(parser.value(logFormatOption)));

    ConnectionLimits limits;
    const std::pair<const QCommandLineOption*, int*> timeouts[] = {
        {&idleOption, &limits.idleTimeoutMsecs},
        {&headerOption, &limits.headerTimeoutMsecs},
        {&bodyTimeoutOption, &limits.bodyTimeoutMsecs}};
    for (const auto& [option, msecs] : timeouts) {
        const auto seconds = nonNegative(parser.value(*option));
        if (!seconds || *seconds < 1 || *seconds > 3600)
            return fail(
                QStringLiteral("--%1 wants 1 to 3600 seconds").arg(option->names().first()));
        *msecs = int(*seconds * 1000);
    }
    // Each connection is a file descriptor; the workers' database connections, the database
    // files and the log need some too.
    struct rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        const rlim_t spare = 64 + 2 * rlim_t(workers);
        const rlim_t room = files.rlim_cur > spare + 16 ? files.rlim_cur - spare : 16;
        limits.maxConnections = int(std::min<rlim_t>(room, rlim_t(limits.maxConnections)));
    }
    if (parser.isSet(connectionsOption)) {
        const auto n = nonNegative(parser.value(connectionsOption));
        if (!n || *n < 1 || *n > 1'000'000)
            return fail(QStringLiteral("--max-connections wants 1 to 1000000"));
        limits.maxConnections = int(*n);
    }

    // Opened once here: creates and migrates the database before any worker touches it, and
    // reports a bad path before listening. A first prune of the change journal, and the
    // merge of a search index that a bulk load left in pieces, run before any request can
    // wait for them.
    {
        auto db = ContactDatabase::open(databasePath);
        if (!db)
            return fail(db.error().detail);
        pruneJournal(**db);
        compactSearchIndex(**db);
        // A large prune leaves its pages in the log: copied back now, not by the first
        // checkpoint under load, which holds the write lock while it copies.
        (*db)->checkpoint(SqlDialect::CheckpointMode::Truncate);
    }

    RateLimiter limiter{int(*rateLimit)};
    // Several servers share a PostgreSQL database, and so its counts; a SQLite file has one.
    ContactsApi api(
        &limiter, *maxBody,
        parser.isSet(withoutExtensionsOption) ? ApiExtensions::Withheld : ApiExtensions::Served,
        DatabaseLocation::namesPostgresql(databasePath) ? ContactsApi::RateLimitScope::Database
                                                        : ContactsApi::RateLimitScope::Process);
    TerminationSignals termination;
    ContactsHttpServer server(databasePath, &api, workers, limits);
    server.setLogFormat(*logFormat);
    const quint16 bound = server.start(address, quint16(port));
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(listen));
    print(stdout, QStringLiteral("contacts-server listening on %1:%2")
                      .arg(address.protocol() == QAbstractSocket::IPv6Protocol
                               ? u'[' + address.toString() + u']'
                               : address.toString())
                      .arg(bound));
    if (parser.isSet(withoutExtensionsOption))
        print(stderr, QStringLiteral("contacts-server: serving without the API's extensions"));

    QObject::connect(&termination, &TerminationSignals::received, &server, [&server](int) {
        print(stderr, QStringLiteral("contacts-server: stopping"));
        server.stop();
    });
    QObject::connect(&server, &ContactsHttpServer::stopped, &app, &QCoreApplication::quit,
                     Qt::QueuedConnection);

    // Later prunes, on a thread of their own: one at a time, none left running at exit.
    std::unique_ptr<QThread> pruning;
    QTimer pruneTimer;
    pruneTimer.setInterval(journalPruneIntervalMsecs);
    QObject::connect(&pruneTimer, &QTimer::timeout, &app, [&] {
        if (pruning && pruning->isRunning())
            return;
        pruning.reset(QThread::create(pruneJournalWhileServing, databasePath, &api.writeLock()));
        pruning->start();
    });
    pruneTimer.start();
    const int exitCode = app.exec();
    pruneTimer.stop();
    if (pruning)
        pruning->wait();
    return exitCode;
}
