#include "ServerOptions.h"

#include "ContactsApi.h"
#include "DefaultDatabase.h"
#include "ServerConfigFile.h"

#include <QThread>

#include <algorithm>
#include <optional>
#include <tuple>
#include <utility>

#include <sys/resource.h>

namespace {

std::optional<qint64> nonNegative(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= 0 ? std::optional<qint64>(value) : std::nullopt;
}

/// A listening address as `--listen` and `--metrics-listen` take it: `HOST:PORT`, the host an
/// IPv4 or IPv6 address (in brackets or not) or `localhost`, the port 0 for a free one.
std::optional<std::pair<QHostAddress, quint16>> hostAndPort(const QString& text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    const QString host = text.left(colon);
    const QHostAddress address = host == QLatin1String("localhost")
                                     ? QHostAddress(QHostAddress::LocalHost)
                                     : QHostAddress(QString(host).remove(u'[').remove(u']'));
    const qint64 port = nonNegative(text.mid(colon + 1)).value_or(-1);
    if (address.isNull() || port < 0 || port > 65535)
        return std::nullopt;
    return std::pair{address, quint16(port)};
}

} // namespace

ServerOptions::ServerOptions()
    : m_config(QStringLiteral("config"),
               QStringLiteral("Read options from FILE first, one `key = value` a line (the keys "
                              "are these options' names); the command line wins."),
               QStringLiteral("file")),
      m_db(QStringLiteral("db"), QStringLiteral("The database (default: the desktop's)."),
           QStringLiteral("path")),
      m_listen(
          QStringLiteral("listen"),
          QStringLiteral("Address and port (default 127.0.0.1:8080); port 0 picks a free one."),
          QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")),
      m_metricsListen(QStringLiteral("metrics-listen"),
                      QStringLiteral("Serve GET /metrics (Prometheus) only on this address and "
                                     "port, not on --listen's (default: on --listen's)."),
                      QStringLiteral("host:port")),
      m_rateLimit(
          QStringLiteral("rate-limit"),
          QStringLiteral("Requests per minute per organization (default 100; 0 = no limit)."),
          QStringLiteral("n"), QStringLiteral("100")),
      m_workers(QStringLiteral("workers"),
                QStringLiteral("Worker threads, each with its own database connection (default: "
                               "2 per core, at least 4)."),
                QStringLiteral("n")),
      m_maxBody(
          QStringLiteral("max-body-bytes"),
          QStringLiteral("Largest request body accepted (default 4194304); larger ones get 413."),
          QStringLiteral("n"), QString::number(ContactsApi::defaultMaxBodyBytes)),
      m_org(QStringLiteral("org"),
            QStringLiteral("token add: the organization (default: the database's own)."),
            QStringLiteral("id")),
      m_to(QStringLiteral("to"),
           QStringLiteral("backup: the file to write (replaced when the copy is complete)."),
           QStringLiteral("file")),
      m_withoutExtensions(
          QStringLiteral("without-extensions"),
          QStringLiteral("Serve only what the hosted service has (no list filters, "
                         "updatedSince, DELETE, labels or CSV bulk), to test a client against "
                         "it.")),
      m_idleTimeout(
          QStringLiteral("idle-timeout"),
          QStringLiteral("Seconds a connection may stay open without a request (default 15)."),
          QStringLiteral("s"), QStringLiteral("15")),
      m_headerTimeout(QStringLiteral("header-timeout"),
                      QStringLiteral("Seconds a client has to send a request's line and headers "
                                     "(default 10)."),
                      QStringLiteral("s"), QStringLiteral("10")),
      m_bodyTimeout(QStringLiteral("body-timeout"),
                    QStringLiteral("Seconds a client has to send a request's body (default 30)."),
                    QStringLiteral("s"), QStringLiteral("30")),
      m_maxConnections(
          QStringLiteral("max-connections"),
          QStringLiteral("Connections open at once; more are closed as they come (default "
                         "1000, or fewer if the open-file limit is lower)."),
          QStringLiteral("n")),
      m_logFormat(QStringLiteral("log-format"),
                  QStringLiteral("The request log: text (default) or json, one object a line."),
                  QStringLiteral("format"), QStringLiteral("text")),
      m_logFile(QStringLiteral("log-file"),
                QStringLiteral("Append the log to FILE instead of standard error; SIGHUP "
                               "reopens it (after logrotate)."),
                QStringLiteral("file"))
{
    m_parser.setApplicationDescription(QStringLiteral(
        "Serves the Contacts API (contacts-api.md) over HTTP from a contacts database.\n"
        "  contacts-server --db PATH [--listen HOST:PORT] [--metrics-listen HOST:PORT]   serve\n"
        "  contacts-server --db PATH token add [--org ORG_ID] | token list | token revoke ID\n"
        "  contacts-server --db PATH migrate   create or update the schema, then exit\n"
        "  contacts-server --db PATH backup --to FILE   copy a SQLite database while it serves\n"
        "PATH is a SQLite file or a postgresql:// URI. SIGHUP reopens the log file and rereads "
        "rate-limit and log-format from the configuration file."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_config, m_db, m_listen, m_metricsListen, m_rateLimit, m_workers,
                         m_maxBody, m_org, m_to, m_withoutExtensions, m_idleTimeout,
                         m_headerTimeout, m_bodyTimeout, m_maxConnections, m_logFormat, m_logFile});
    m_parser.addPositionalArgument(
        QStringLiteral("command"),
        QStringLiteral(
            "token: manage API tokens; migrate: update the schema; backup: copy the database "
            "(instead of serving)."),
        QStringLiteral("[token add|list|revoke ID | migrate | backup]"));
}

std::expected<ServerSettings, QString> ServerOptions::parse(const QStringList& arguments,
                                                            bool mayExit)
{
    const auto combined = withConfigFile(arguments);
    if (!combined)
        return std::unexpected(combined.error());
    if (mayExit) {
        m_parser.process(*combined); // exits on --help, --version or a wrong option
    } else if (!m_parser.parse(*combined)) {
        return std::unexpected(m_parser.errorText());
    }
    return checked();
}

std::expected<QStringList, QString> ServerOptions::withConfigFile(const QStringList& arguments)
{
    // A first reading only to find --config; errors are reported by the real one.
    if (!m_parser.parse(arguments) || !m_parser.isSet(m_config))
        return arguments;
    QSet<QString> valueKeys;
    QSet<QString> switchKeys;
    for (const QCommandLineOption* option :
         {&m_db, &m_listen, &m_metricsListen, &m_rateLimit, &m_workers, &m_maxBody, &m_idleTimeout,
          &m_headerTimeout, &m_bodyTimeout, &m_maxConnections, &m_logFormat, &m_logFile})
        valueKeys.insert(option->names().constFirst());
    switchKeys.insert(m_withoutExtensions.names().constFirst());
    const auto fromFile = ServerConfigFile(valueKeys, switchKeys).read(m_parser.value(m_config));
    if (!fromFile)
        return std::unexpected(fromFile.error());
    return QStringList{arguments.value(0)} + *fromFile + arguments.mid(1);
}

std::expected<ServerSettings, QString> ServerOptions::checked() const
{
    const auto fail = [](const QString& message) {
        return std::unexpected(message);
    };
    ServerSettings settings;
    settings.configFile = m_parser.value(m_config);
    settings.databasePath = m_parser.isSet(m_db) ? m_parser.value(m_db) : DefaultDatabase::path();
    settings.organization = m_parser.value(m_org);
    settings.backupTarget = m_parser.value(m_to);
    settings.commands = m_parser.positionalArguments();
    settings.withoutExtensions = m_parser.isSet(m_withoutExtensions);
    settings.logFile = m_parser.value(m_logFile);

    settings.listen = m_parser.value(m_listen);
    const auto listenAddress = hostAndPort(settings.listen);
    if (!listenAddress)
        return fail(QStringLiteral("--listen wants HOST:PORT, e.g. 127.0.0.1:8080, not %1")
                        .arg(settings.listen));
    std::tie(settings.address, settings.port) = *listenAddress;
    if (m_parser.isSet(m_metricsListen)) {
        settings.metricsListen = m_parser.value(m_metricsListen);
        const auto metricsAddress = hostAndPort(settings.metricsListen);
        if (!metricsAddress)
            return fail(
                QStringLiteral("--metrics-listen wants HOST:PORT, e.g. 127.0.0.1:9090, not %1")
                    .arg(settings.metricsListen));
        std::tie(settings.metricsAddress, settings.metricsPort) = *metricsAddress;
    }

    const auto rateLimit = nonNegative(m_parser.value(m_rateLimit));
    if (!rateLimit || *rateLimit > 1'000'000'000)
        return fail(QStringLiteral("--rate-limit wants a whole number, 0 for no limit"));
    settings.rateLimit = int(*rateLimit);
    const auto maxBody = nonNegative(m_parser.value(m_maxBody));
    if (!maxBody)
        return fail(QStringLiteral("--max-body-bytes wants a whole number"));
    settings.maxBodyBytes = *maxBody;
    settings.workers = std::max(4, 2 * QThread::idealThreadCount());
    if (m_parser.isSet(m_workers)) {
        const auto n = nonNegative(m_parser.value(m_workers));
        if (!n || *n < 1 || *n > 256)
            return fail(QStringLiteral("--workers wants 1 to 256"));
        settings.workers = int(*n);
    }
    const auto logFormat = RequestLog::formatNamed(m_parser.value(m_logFormat));
    if (!logFormat)
        return fail(QStringLiteral("--log-format wants text or json, not %1")
                        .arg(m_parser.value(m_logFormat)));
    settings.logFormat = *logFormat;

    const std::pair<const QCommandLineOption*, int*> timeouts[] = {
        {&m_idleTimeout, &settings.limits.idleTimeoutMsecs},
        {&m_headerTimeout, &settings.limits.headerTimeoutMsecs},
        {&m_bodyTimeout, &settings.limits.bodyTimeoutMsecs}};
    for (const auto& [option, msecs] : timeouts) {
        const auto seconds = nonNegative(m_parser.value(*option));
        if (!seconds || *seconds < 1 || *seconds > 3600)
            return fail(
                QStringLiteral("--%1 wants 1 to 3600 seconds").arg(option->names().first()));
        *msecs = int(*seconds * 1000);
    }
    // Each connection is a file descriptor; the workers' database connections, the database
    // files and the log need some too.
    struct rlimit files {};
    if (getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY) {
        const rlim_t spare = 64 + 2 * rlim_t(settings.workers);
        const rlim_t room = files.rlim_cur > spare + 16 ? files.rlim_cur - spare : 16;
        settings.limits.maxConnections =
            int(std::min<rlim_t>(room, rlim_t(settings.limits.maxConnections)));
    }
    if (m_parser.isSet(m_maxConnections)) {
        const auto n = nonNegative(m_parser.value(m_maxConnections));
        if (!n || *n < 1 || *n > 1'000'000)
            return fail(QStringLiteral("--max-connections wants 1 to 1000000"));
        settings.limits.maxConnections = int(*n);
    }
    return settings;
}

QStringList ServerOptions::changedNeedingRestart(const ServerSettings& before,
                                                 const ServerSettings& after)
{
    QStringList changed;
    const auto check = [&](bool same, const char* name) {
        if (!same)
            changed.append(QString::fromLatin1(name));
    };
    check(before.databasePath == after.databasePath, "db");
    check(before.address == after.address && before.port == after.port, "listen");
    check(before.metricsAddress == after.metricsAddress && before.metricsPort == after.metricsPort,
          "metrics-listen");
    check(before.workers == after.workers, "workers");
    check(before.maxBodyBytes == after.maxBodyBytes, "max-body-bytes");
    check(before.withoutExtensions == after.withoutExtensions, "without-extensions");
    check(before.limits.idleTimeoutMsecs == after.limits.idleTimeoutMsecs, "idle-timeout");
    check(before.limits.headerTimeoutMsecs == after.limits.headerTimeoutMsecs, "header-timeout");
    check(before.limits.bodyTimeoutMsecs == after.limits.bodyTimeoutMsecs, "body-timeout");
    check(before.limits.maxConnections == after.limits.maxConnections, "max-connections");
    // Another file is opened at once; back to standard error, which is the file now, is not.
    check(!after.logFile.isEmpty() || before.logFile.isEmpty(), "log-file");
    return changed;
}
