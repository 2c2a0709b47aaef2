#pragma once

#include "ApiError.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;

/// What differs between the SQL backends: schema and migrations, connection pragmas, the
/// full-text search expressions. SQLite is the only implementation today; PostgreSQL
/// (QPSQL) is the next one. Everything else in the store is plain SQL both accept.
class SqlDialect {
public:
    virtual ~SqlDialect() = default;

    /// The Qt SQL driver name (`QSQLITE`, `QPSQL`).
    virtual QString driverName() const = 0;
    /// Sets up a freshly opened connection (pragmas, session settings).
    virtual ApiResult<void> configure(QSqlDatabase& db) const = 0;
    /// The schema version this build writes.
    virtual int latestSchemaVersion() const = 0;
    virtual ApiResult<int> schemaVersion(QSqlDatabase& db) const = 0;
    /// The statements that take a database from `version - 1` to `version`, run in one
    /// transaction together with setting the new version.
    virtual QStringList migration(int version) const = 0;
    virtual ApiResult<void> setSchemaVersion(QSqlDatabase& db, int version) const = 0;
    /// Begins a write transaction that takes the write lock at once, so that a check
    /// (is this phone taken?) and the write that follows it cannot interleave with
    /// another connection's.
    virtual QString beginWriteSql() const = 0;

    /// A full-text query that finds `foldedTerm` (3 characters or more) as a substring of
    /// the name or the email, or `digits` (3 or more, else empty) in the phone's digits.
    /// Built only from the term's text as an FTS string literal: never FTS or SQL syntax.
    virtual QString searchMatchExpression(const QString& foldedTerm,
                                          const QString& digits) const = 0;
    /// SQL selecting the ids of contacts whose search text matches; its one `?` takes
    /// searchMatchExpression's result.
    virtual QString searchMatchSql() const = 0;
    /// SQL selecting the ids of contacts whose search text contains a term (name, email) or
    /// digits (phone) by a scan, for terms too short for the index. Binds term, term,
    /// digits, digits (digits empty when the term has fewer than 3).
    virtual QString searchScanSql() const = 0;
    /// A boolean SQL condition on the contact `c`: its search text contains the term or the
    /// digits, for walking a sort index when most rows match. Binds like searchScanSql().
    virtual QString searchRowCondition() const = 0;
    /// SQL selecting the ids held in a JSON array of integers bound to its one `?`: a set
    /// worked out once (a search's matches) and then tested by several queries.
    virtual QString idListSql() const = 0;
    // Batch writes. A batch's rows travel as one JSON array bound to one parameter: binding
    // each value through Qt costs more than SQLite's own work on the row. The row ids are
    // `base + 1 + position`; each statement's bindings are listed in order.

    /// Inserts contacts. Binds base, organization, the rows' 16-byte uids concatenated, their
    /// 12-byte vendor ids concatenated, the time twice, and the JSON rows: arrays of
    /// [phone, name, nameKey, email, countryCode, tags, labels, params, source,
    /// journalFields, searchName, searchEmail, phoneDigits].
    virtual QString insertContactsSql() const = 0;
    /// Journals the creation of those rows. Binds organization, base, uids, the operation,
    /// time, JSON rows.
    virtual QString journalCreatesSql() const = 0;
    /// Indexes those rows for search. Binds base, JSON rows.
    virtual QString indexContactsSql() const = 0;
    /// Links tags to contacts. Binds a JSON array of [tagId, contactId] pairs.
    virtual QString linkTagsSql() const = 0;
    /// The phones of a JSON array that an organization already has. Binds the array, then
    /// the organization.
    virtual QString existingPhonesSql() const = 0;

    /// Statements that keep the search index in step with one contact's row.
    virtual QString searchIndexInsertSql() const = 0; ///< binds id, name, email, phone digits
    virtual QString searchIndexDeleteSql() const = 0; ///< binds id
};
