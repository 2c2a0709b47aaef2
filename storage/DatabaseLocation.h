#pragma once

#include "ApiError.h"

#include <QString>

class QSqlDatabase;

/// Where a contacts database lives, as `--db` gives it: a SQLite file's path, or a
/// PostgreSQL server as a libpq URI (`postgresql://user@host:5432/contacts?sslmode=require`,
/// `postgresql:///contacts?host=/run/postgresql`). Anything else that looks like a URI is
/// refused, so that a typo'd scheme never becomes a SQLite file named after it.
class DatabaseLocation {
public:
    enum class Backend { Sqlite, Postgresql };

    /// Reads `text`; a 500 ApiError whose detail names what is wrong when it is neither.
    static ApiResult<DatabaseLocation> parse(const QString& text);

    Backend backend() const { return m_backend; }
    bool isPostgresql() const { return m_backend == Backend::Postgresql; }
    /// Whether `text` is a PostgreSQL URI that reads (false for a path or a bad location).
    static bool namesPostgresql(const QString& text);

    /// Gives a Qt connection (QSQLITE or QPSQL, as backend() says) the location's parameters.
    void applyTo(QSqlDatabase& db) const;

    /// The SQLite file (SQLite only).
    QString path() const { return m_path; }

    // The PostgreSQL connection (PostgreSQL only). Empty parts are left to libpq, which
    // falls back on its defaults and environment: PGHOST, PGUSER, PGPASSWORD, ~/.pgpass…
    QString host() const { return m_host; }
    int port() const { return m_port; } ///< -1: libpq's default
    QString databaseName() const { return m_databaseName; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    /// The URI's other parameters (`sslmode`, `connect_timeout`, …) as libpq's
    /// `key='value'` pairs separated by spaces, for QSqlDatabase::setConnectOptions().
    QString connectOptions() const { return m_connectOptions; }

    /// The location as given, password included: what another connection opens.
    QString text() const { return m_text; }
    /// The location as given, without its password: safe for messages and logs.
    QString displayName() const { return m_displayName; }

private:
    Backend m_backend = Backend::Sqlite;
    QString m_text;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_databaseName;
    QString m_userName;
    QString m_password;
    QString m_connectOptions;
    QString m_displayName;
};
