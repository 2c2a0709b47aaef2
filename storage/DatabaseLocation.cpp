#include "DatabaseLocation.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QStringList>

namespace {

ApiError locationError(const QString& what)
{
    return ApiError::internal(what);
}

QString decoded(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

// A value in libpq's `key='value'` syntax: backslash and quote escaped.
QString quoted(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\"));
    value.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

} // namespace

ApiResult<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    DatabaseLocation location;
    location.m_text = text;
    if (text.trimmed().isEmpty())
        return std::unexpected(locationError(QStringLiteral("no database location given")));

    // A scheme of two letters or more followed by ':' reads as a URI (one letter would be a
    // drive); a file path that must start so can be written `./name`.
    static const QRegularExpression schemeExpression(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    const QRegularExpressionMatch scheme = schemeExpression.match(text);
    if (!scheme.hasMatch()) {
        location.m_path = text;
        location.m_displayName = text;
        return location;
    }
    const QString name = scheme.captured(1).toLower();
    if (name != QLatin1String("postgresql") && name != QLatin1String("postgres"))
        return std::unexpected(locationError(
            QStringLiteral("unsupported database location %1: give a file path (SQLite) or a "
                           "postgresql:// URI")
                .arg(text.left(scheme.capturedLength()) + QStringLiteral("//…"))));
    const QString prefix = scheme.captured(0) + QStringLiteral("//");
    if (!text.startsWith(prefix))
        return std::unexpected(locationError(
            QStringLiteral("a PostgreSQL URI starts with %1//, as postgresql://host/database")
                .arg(scheme.captured(0))));
    location.m_backend = Backend::Postgresql;

    QStringView rest = QStringView(text).mid(prefix.size());
    QStringView query;
    if (const qsizetype mark = rest.indexOf(u'?'); mark >= 0) {
        query = rest.mid(mark + 1);
        rest = rest.left(mark);
    }
    QStringView authority = rest;
    QStringView path;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    QString shownAuthority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QStringView user = authority.left(at);
        const qsizetype colon = user.indexOf(u':');
        location.m_userName = decoded(colon >= 0 ? user.left(colon) : user);
        if (colon >= 0)
            location.m_password = decoded(user.mid(colon + 1));
        shownAuthority = (colon >= 0 ? user.left(colon) : user).toString() + u'@';
        authority = authority.mid(at + 1);
    }
    shownAuthority += authority.toString();

    // Hosts: `host[:port]`, several separated by commas (libpq tries them in turn).
    QStringList hosts, ports;
    if (!authority.isEmpty()) {
        for (const QStringView spec : authority.split(u',')) {
            QStringView host = spec;
            QStringView port;
            if (host.startsWith(u'[')) {
                const qsizetype close = host.indexOf(u']');
                if (close < 0)
                    return std::unexpected(
                        locationError(QStringLiteral("unclosed [ in the database URI's host %1")
                                          .arg(spec.toString())));
                port = host.mid(close + 1);
                host = host.mid(1, close - 1);
                if (!port.isEmpty() && !port.startsWith(u':'))
                    return std::unexpected(locationError(
                        QStringLiteral("unexpected text after ] in the database URI's host %1")
                            .arg(spec.toString())));
                port = port.mid(1);
            } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
                port = host.mid(colon + 1);
                host = host.left(colon);
            }
            hosts.append(decoded(host));
            ports.append(port.toString());
        }
    }
    location.m_databaseName = decoded(path);

    QStringList options;
    bool timeoutGiven = !qEnvironmentVariableIsEmpty("PGCONNECT_TIMEOUT");
    QStringList shownQuery;
    if (!query.isEmpty()) {
        static const QRegularExpression keyExpression(QStringLiteral("^[a-z_]+$"));
        for (const QStringView pair : query.split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype equals = pair.indexOf(u'=');
            const QString key = decoded(equals >= 0 ? pair.left(equals) : pair);
            const QString value = equals >= 0 ? decoded(pair.mid(equals + 1)) : QString();
            if (!keyExpression.match(key).hasMatch())
                return std::unexpected(locationError(
                    QStringLiteral("the database URI's parameter %1 is not a libpq parameter")
                        .arg(key)));
            if (key == QLatin1String("password")) {
                location.m_password = value;
                continue;
            }
            shownQuery.append(pair.toString());
            if (key == QLatin1String("host")) {
                hosts = QStringList{value};
            } else if (key == QLatin1String("port")) {
                ports = value.split(u',');
            } else if (key == QLatin1String("dbname")) {
                location.m_databaseName = value;
            } else if (key == QLatin1String("user")) {
                location.m_userName = value;
            } else {
                // Qt's driver turns every ';' of its options into a space.
                if (value.contains(u';'))
                    return std::unexpected(locationError(
                        QStringLiteral("the database URI's parameter %1 cannot hold ';'")
                            .arg(key)));
                timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
                options.append(key + u'=' + quoted(value));
            }
        }
    }
    // An unreachable host fails within seconds, not after the system's TCP timeout.
    if (!timeoutGiven)
        options.append(QStringLiteral("connect_timeout='10'"));

    location.m_host = hosts.join(u',');
    ports.removeAll(QString());
    if (ports.size() == 1 && hosts.size() <= 1) {
        bool ok = false;
        location.m_port = ports.first().toInt(&ok);
        if (!ok || location.m_port <= 0 || location.m_port > 65535)
            return std::unexpected(locationError(
                QStringLiteral("the database URI's port %1 is not a port").arg(ports.first())));
    } else if (!ports.isEmpty()) {
        options.append(QStringLiteral("port=") + quoted(ports.join(u',')));
    }
    location.m_connectOptions = options.join(u' ');
    location.m_displayName = prefix + shownAuthority +
                             (path.isNull() ? QString() : u'/' + path.toString()) +
                             (shownQuery.isEmpty() ? QString() : u'?' + shownQuery.join(u'&'));
    return location;
}

bool DatabaseLocation::namesPostgresql(const QString& text)
{
    const auto location = parse(text);
    return location && location->isPostgresql();
}

void DatabaseLocation::applyTo(QSqlDatabase& db) const
{
    if (!isPostgresql()) {
        db.setDatabaseName(m_path);
        return;
    }
    db.setHostName(m_host);
    db.setPort(m_port);
    db.setDatabaseName(m_databaseName);
    db.setUserName(m_userName);
    db.setPassword(m_password);
    db.setConnectOptions(m_connectOptions);
}
