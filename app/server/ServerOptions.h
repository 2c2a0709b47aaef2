#pragma once

#include "ConnectionLimits.h"
#include "RequestLog.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <expected>

/// What contacts-server was told to do, checked: its options from the command line and from
/// the configuration file (`--config`), the command line winning.
struct ServerSettings {
    QString databasePath;
    QString listen; ///< as given, for messages
    QHostAddress address;
    quint16 port = 0;
    QString metricsListen; ///< as given; empty: /metrics is served on `listen`'s address
    QHostAddress metricsAddress;
    quint16 metricsPort = 0;
    int rateLimit = 100;
    qint64 maxBodyBytes = 0;
    int workers = 4;
    RequestLog::Format logFormat = RequestLog::Format::Text;
    QString logFile; ///< empty: standard error as it is
    ConnectionLimits limits;
    bool withoutExtensions = false;
    QString organization; ///< token add's --org
    QString backupTarget; ///< backup's --to
    QString configFile;   ///< empty: none
    QStringList commands; ///< the positional arguments: token …, migrate
};

/// contacts-server's command line: its options, `--config FILE` (ServerConfigFile) read in
/// front of them, and the checks that turn them into ServerSettings. Reentrant: a reload reads
/// the same arguments again with a fresh instance.
class ServerOptions {
public:
    ServerOptions();

    /// The settings `arguments` (argv, the program's name first) give, or a message saying
    /// which option or line of the configuration file is wrong. `--help` and `--version`
    /// print and exit, as QCommandLineParser::process() does, when `mayExit`.
    std::expected<ServerSettings, QString> parse(const QStringList& arguments, bool mayExit);

    /// The settings among `before` and `after` that differ and take effect only on a restart,
    /// by their option names.
    static QStringList changedNeedingRestart(const ServerSettings& before,
                                             const ServerSettings& after);

private:
    std::expected<QStringList, QString> withConfigFile(const QStringList& arguments);
    std::expected<ServerSettings, QString> checked() const;

    QCommandLineParser m_parser;
    const QCommandLineOption m_config;
    const QCommandLineOption m_db;
    const QCommandLineOption m_listen;
    const QCommandLineOption m_metricsListen;
    const QCommandLineOption m_rateLimit;
    const QCommandLineOption m_workers;
    const QCommandLineOption m_maxBody;
    const QCommandLineOption m_org;
    const QCommandLineOption m_to;
    const QCommandLineOption m_withoutExtensions;
    const QCommandLineOption m_idleTimeout;
    const QCommandLineOption m_headerTimeout;
    const QCommandLineOption m_bodyTimeout;
    const QCommandLineOption m_maxConnections;
    const QCommandLineOption m_logFormat;
    const QCommandLineOption m_logFile;
};
