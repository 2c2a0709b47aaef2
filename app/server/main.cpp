#include "ApiTokens.h"
#include "ContactDatabase.h"
#include "ContactsApi.h"
#include "ContactsHttpServer.h"
#include "DatabaseLocation.h"
#include "DefaultDatabase.h"
#include "JournalPruning.h"
#include "RateLimiter.h"
#include "ServerOptions.h"
#include "ServerSignals.h"
#include "SqlDialect.h"
#include "StandardErrorFile.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QMutexLocker>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

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

/// `backup --to FILE`: a copy of a SQLite database made while servers go on using it (SQLite's
/// online backup API, ContactDatabase::backupTo()); a PostgreSQL database is refused with a
/// pointer to pg_dump.
int backupCommand(const QString& databasePath, const QString& target)
{
    if (target.isEmpty())
        return fail(QStringLiteral("usage: backup --to FILE"));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(databasePath).absoluteFilePath())
        return fail(QStringLiteral("--to names the database itself"));
    auto db = ContactDatabase::open(databasePath);
    if (!db)
        return fail(db.error().detail);
    QElapsedTimer timer;
    timer.start();
    const auto pages = (*db)->backupTo(target);
    if (!pages)
        return fail(pages.error().status == 500 ? pages.error().detail : pages.error().message);
    print(stdout, QStringLiteral("%1: %2 pages, %3 bytes, %4 ms")
                      .arg(target)
                      .arg(*pages)
                      .arg(QFileInfo(target).size())
                      .arg(timer.elapsed()));
    return 0;
}

/// `address`:`port` as the start-up lines print it (an IPv6 address in brackets).
QString displayed(const QHostAddress& address, quint16 port)
{
    return QStringLiteral("%1:%2")
        .arg(address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + address.toString() + u']'
                                                                 : address.toString())
        .arg(port);
}

/// SIGHUP: reopens the log file (after logrotate moved it) and reads the options again, the
/// configuration file's included. The rate limit, the log's format and its file change at
/// once; any other change is named as waiting for a restart. A file that no longer reads
/// leaves everything as it was.
void reload(const QStringList& arguments, ServerSettings& current, RateLimiter& limiter,
            ContactsHttpServer& server)
{
    const auto reread = ServerOptions().parse(arguments, false);
    if (!reread) {
        if (!current.logFile.isEmpty())
            (void)StandardErrorFile::open(current.logFile);
        print(stderr,
              QStringLiteral("contacts-server: reload: %1; nothing changed").arg(reread.error()));
        return;
    }
    if (!reread->logFile.isEmpty()) {
        if (const auto opened = StandardErrorFile::open(reread->logFile); !opened) {
            print(stderr, QStringLiteral("contacts-server: reload: %1").arg(opened.error()));
        } else {
            current.logFile = reread->logFile;
        }
    }
    limiter.setLimit(reread->rateLimit);
    current.rateLimit = reread->rateLimit;
    server.setLogFormat(reread->logFormat);
    current.logFormat = reread->logFormat;
    const QStringList waiting = ServerOptions::changedNeedingRestart(current, *reread);
    QString message = QStringLiteral("contacts-server: reloaded: rate-limit %1, log-format %2")
                          .arg(current.rateLimit)
                          .arg(current.logFormat == RequestLog::Format::Json ? u"json" : u"text");
    if (!waiting.isEmpty())
        message += QStringLiteral("; waiting for a restart: %1").arg(waiting.join(u", "));
    print(stderr, message);
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

    const QStringList arguments = QCoreApplication::arguments();
    auto parsed = ServerOptions().parse(arguments, true);
    if (!parsed)
        return fail(parsed.error());
    ServerSettings settings = *parsed;
    if (!settings.logFile.isEmpty()) {
        if (const auto opened = StandardErrorFile::open(settings.logFile); !opened)
            return fail(opened.error());
    }
    const QString& databasePath = settings.databasePath;
    const QStringList& positional = settings.commands;
    if (!settings.backupTarget.isEmpty() && positional != QStringList{QStringLiteral("backup")})
        return fail(QStringLiteral("--to belongs to backup"));
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
        if (positional == QStringList{QStringLiteral("backup")})
            return backupCommand(databasePath, settings.backupTarget);
        if (positional.first() != QLatin1String("token"))
            return fail(QStringLiteral("unknown command %1").arg(positional.first()));
        return tokenCommand(databasePath, positional, settings.organization);
    }
    if (!settings.organization.isEmpty())
        return fail(QStringLiteral("--org belongs to token add"));

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

    RateLimiter limiter{settings.rateLimit};
    // Several servers share a PostgreSQL database, and so its counts; a SQLite file has one.
    ContactsApi api(&limiter, settings.maxBodyBytes,
                    settings.withoutExtensions ? ApiExtensions::Withheld : ApiExtensions::Served,
                    DatabaseLocation::namesPostgresql(databasePath)
                        ? ContactsApi::RateLimitScope::Database
                        : ContactsApi::RateLimitScope::Process);
    ServerSignals signals_;
    ContactsHttpServer server(databasePath, &api, settings.workers, settings.limits);
    server.setLogFormat(settings.logFormat);
    const quint16 bound = server.start(settings.address, settings.port);
    if (bound == 0)
        return fail(QStringLiteral("cannot listen on %1").arg(settings.listen));
    const bool separateMetrics = !settings.metricsListen.isEmpty();
    const quint16 metricsBound =
        separateMetrics ? server.startMetrics(settings.metricsAddress, settings.metricsPort) : 0;
    if (separateMetrics && metricsBound == 0)
        return fail(
            QStringLiteral("cannot listen on %1 for the metrics").arg(settings.metricsListen));
    // The first line, as is, is what scripts and tests wait for.
    print(stdout,
          QStringLiteral("contacts-server listening on ") + displayed(settings.address, bound));
    if (separateMetrics)
        print(stdout, QStringLiteral("contacts-server metrics on ") +
                          displayed(settings.metricsAddress, metricsBound));
    if (settings.withoutExtensions)
        print(stderr, QStringLiteral("contacts-server: serving without the API's extensions"));

    QObject::connect(&signals_, &ServerSignals::terminationRequested, &server, [&server](int) {
        print(stderr, QStringLiteral("contacts-server: stopping"));
        server.stop();
    });
    QObject::connect(&signals_, &ServerSignals::reloadRequested, &server,
                     [&] { reload(arguments, settings, limiter, server); });
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
