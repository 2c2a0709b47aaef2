#pragma once

#include "ApiError.h"
#include "Organization.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <memory>
#include <optional>

class SqlDialect;
class QSqlQuery;

/// One connection to a contacts database, its schema brought up to date when opened
/// (forward migrations keyed on the schema version). A connection belongs to the thread
/// that opened it: open one ContactDatabase per thread. Not copyable.
class ContactDatabase {
public:
    ~ContactDatabase();
    ContactDatabase(const ContactDatabase&) = delete;
    ContactDatabase& operator=(const ContactDatabase&) = delete;

    /// Opens (creating it and its folder if needed) the SQLite database at `path`.
    /// Fails with a 500 ApiError whose detail says why (unwritable folder, not a contacts
    /// database, a schema newer than this build knows).
    static ApiResult<std::unique_ptr<ContactDatabase>> open(const QString& path);

    QString path() const { return m_path; }
    QSqlDatabase& connection() { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The organization a database is created with: the desktop's, and contacts-cli's.
    const Organization& defaultOrganization() const { return m_defaultOrganization; }
    /// The organization with API id `id`, or nothing when the database does not hold it.
    ApiResult<std::optional<Organization>> organization(const QString& id);
    /// Adds an organization (the server's `token add`); returns the existing one if present.
    ApiResult<Organization> addOrganization(const QString& id);
    /// True while the database holds a single organization (lets searches skip a join).
    ApiResult<bool> holdsOneOrganization();

    /// A prepared statement for `sql`, prepared once per connection and reused.
    ApiResult<QSqlQuery*> prepared(const QString& sql);
    /// Runs `sql` (prepared once per connection) with `values` bound to its `?` placeholders
    /// in order. A query that returns rows is left before its first row: read it, then
    /// finish() it. Fails with a 500 whose detail holds the SQL and SQLite's message.
    ApiResult<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});
    /// The first column of every row `sql` returns, as integers (row ids); fails like run().
    ApiResult<QList<qint64>> integers(const QString& sql, const QVariantList& values = {});

private:
    ContactDatabase() = default;
    ApiResult<void> migrate();
    ApiResult<void> loadDefaultOrganization();

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    Organization m_defaultOrganization;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
};
