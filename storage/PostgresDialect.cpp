#include "PostgresDialect.h"

#include "ContactDatabase.h"
#include "PostgresSchema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace {

ApiResult<QSqlQuery> exec(const PostgresDialect& dialect, QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return std::unexpected(dialect.statementError(db, sql, query.lastError()));
    return query;
}

// A LIKE pattern that finds `text` anywhere: its own %, _ and \ escaped (backslash is
// PostgreSQL's default LIKE escape).
QString containsPattern(const QString& text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

// A batch's JSON rows, numbered from 1 (`j.key`), and the part of a bound run of fixed-size
// ids (uids: 16 bytes, vendor ids: 12) that belongs to row `j.key`.
const QString jsonRows =
    QStringLiteral(" FROM jsonb_array_elements(?::jsonb) WITH ORDINALITY AS j(value, key)");
QString idPart(int size)
{
    return QStringLiteral("substring(?::bytea FROM ((j.key - 1) * %1 + 1)::integer FOR %1)")
        .arg(size);
}

// The key of the advisory lock every write transaction takes: any constant the database's
// other users do not take ("Cont").
const QString writeLockKey = QStringLiteral("1131375220");

} // namespace

QString PostgresDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

ApiResult<void> PostgresDialect::configure(QSqlDatabase& db) const
{
    // Text goes to and from the driver as UTF-8; a SQL_ASCII or LATIN1 database would
    // mangle or refuse names.
    auto encoding = exec(*this, db, QStringLiteral("SHOW server_encoding"));
    if (!encoding)
        return std::unexpected(encoding.error());
    if (!encoding->next() || encoding->value(0).toString() != QLatin1String("UTF8"))
        return std::unexpected(ApiError::internal(
            QStringLiteral("the database's encoding is %1; Contacts needs UTF8 (CREATE DATABASE "
                           "… ENCODING 'UTF8')")
                .arg(encoding->value(0).toString())));
    if (auto set = exec(*this, db, QStringLiteral("SET client_encoding = 'UTF8'")); !set)
        return std::unexpected(set.error());
    return {};
}

int PostgresDialect::latestSchemaVersion() const
{
    return PostgresSchema::latestVersion;
}

ApiResult<int> PostgresDialect::schemaVersion(QSqlDatabase& db) const
{
    // A scan of the catalog, not to_regclass(): that reads the backend's catalog cache, which a
    // waiter on the advisory write lock has not refreshed since another server's migration
    // created the table (the waiter then migrated again, and failed).
    auto query = exec(*this, db,
                      QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_tables"
                                     " WHERE schemaname = current_schema()"
                                     " AND tablename = 'contacts_schema')"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next() || !query->value(0).toBool())
        return 0;
    auto version = exec(*this, db, QStringLiteral("SELECT version FROM contacts_schema"));
    if (!version)
        return std::unexpected(version.error());
    return version->next() ? version->value(0).toInt() : 0;
}

ApiResult<void> PostgresDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    // Our own integer, never user input.
    auto set =
        exec(*this, db, QStringLiteral("UPDATE contacts_schema SET version = %1").arg(version));
    if (!set)
        return std::unexpected(set.error());
    return {};
}

QString PostgresDialect::beginWriteSql() const
{
    // One writer at a time on the whole database, across servers: the checks a write makes
    // (is this phone taken? which row ids are free?) then hold until it commits, exactly as
    // under SQLite's write lock. Read committed, so that each statement after the lock sees
    // every write committed before it was granted.
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT pg_advisory_xact_lock(") +
           writeLockKey + u')';
}

QString PostgresDialect::beginReadSql() const
{
    return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ");
}

QString PostgresDialect::beginSearchSql() const
{
    // Statements are prepared once per connection, and after five runs PostgreSQL may keep
    // one generic plan for them. A generic plan knows nothing of a search's pattern and scans
    // the table rather than the trigram index; a plan for the pattern bound costs a fraction
    // of a millisecond. Only searches pay it: a GET by id with a custom plan spent more time
    // planning than running (45 % of the database's time under wrk).
    return beginReadSql() + QStringLiteral("; SET LOCAL plan_cache_mode = force_custom_plan");
}

QString PostgresDialect::beginRowLocksSql() const
{
    // Read committed: a statement after a row lock is granted sees what its holder wrote.
    return QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED");
}

QString PostgresDialect::rowLockSuffix() const
{
    return QStringLiteral(" FOR UPDATE");
}

bool PostgresDialect::hasSharedWriters() const
{
    // Servers on several machines, whose clocks drift apart.
    return true;
}

QString PostgresDialect::nowMsecsExpression() const
{
    return QStringLiteral("(extract(epoch FROM clock_timestamp()) * 1000)::bigint");
}

ApiResult<SqlDialect::Checkpoint> PostgresDialect::checkpoint(ContactDatabase&,
                                                              CheckpointMode) const
{
    // The server checkpoints its own write-ahead log.
    return Checkpoint{};
}

ApiResult<void> PostgresDialect::disableAutoCheckpoint(ContactDatabase&) const
{
    return {};
}

QString PostgresDialect::integrityCheckSql() const
{
    // PostgreSQL checks its own pages (data checksums; amcheck is an administrator's tool):
    // a crash never leaves half a transaction for the store to find.
    return QStringLiteral("SELECT 'ok'");
}

QString PostgresDialect::indexHint(const QString&) const
{
    return {};
}

QStringList PostgresDialect::migration(int version) const
{
    return PostgresSchema::migration(version);
}

QVariantList PostgresDialect::searchMatchBindings(const QString& foldedTerm,
                                                  const QString& digits) const
{
    const QString term = containsPattern(foldedTerm);
    // A null pattern matches nothing: no phone search without 3 digits.
    return {term, term,
            digits.size() >= 3 ? QVariant(containsPattern(digits))
                               : QVariant(QMetaType::fromType<QString>())};
}

QString PostgresDialect::searchMatchSql() const
{
    return QStringLiteral("SELECT id FROM contacts_search"
                          " WHERE name LIKE ? OR email LIKE ? OR phone LIKE ?");
}

QString PostgresDialect::searchMatchListSql() const
{
    return QStringLiteral("SELECT string_agg(id::text, ',') FROM contacts_search"
                          " WHERE name LIKE ? OR email LIKE ? OR phone LIKE ?");
}

QString PostgresDialect::searchScanSql() const
{
    return QStringLiteral("SELECT id FROM contacts_search"
                          " WHERE strpos(name, ?) > 0 OR strpos(email, ?) > 0"
                          " OR (?::text <> '' AND strpos(phone, ?) > 0)");
}

QString PostgresDialect::searchRowCondition() const
{
    return QStringLiteral("EXISTS (SELECT 1 FROM contacts_search s WHERE s.id = c.id"
                          " AND (strpos(s.name, ?) > 0 OR strpos(s.email, ?) > 0"
                          " OR (?::text <> '' AND strpos(s.phone, ?) > 0)))");
}

QString PostgresDialect::idListSql() const
{
    return QStringLiteral("SELECT j.value::bigint AS value"
                          " FROM jsonb_array_elements_text(?::jsonb) AS j(value)");
}

QString PostgresDialect::uidsByRowIdSql() const
{
    return QStringLiteral("SELECT c.uid FROM jsonb_array_elements_text(?::jsonb)"
                          " WITH ORDINALITY AS j(value, key)"
                          " JOIN contacts c ON c.id = j.value::bigint ORDER BY j.key");
}

QString PostgresDialect::contactsByUidSql() const
{
    return QStringLiteral("SELECT c.id, c.uid") + jsonRows +
           QStringLiteral(" JOIN contacts c ON c.org_id = ? AND c.uid = ") + idPart(16) +
           QStringLiteral(" ORDER BY j.key");
}

QString PostgresDialect::uidListSql() const
{
    return QStringLiteral("SELECT ") + idPart(16) + QStringLiteral(" AS uid") + jsonRows;
}

QString PostgresDialect::listLengthAtLeast(const QString& column) const
{
    return QStringLiteral("jsonb_array_length(c.") + column + QStringLiteral("::jsonb) >= ?");
}

QString PostgresDialect::appendToListSql(const QString& column) const
{
    return QStringLiteral("UPDATE contacts SET ") + column + QStringLiteral(" = (") + column +
           QStringLiteral("::jsonb || jsonb_build_array(?::text))::text, updated_at = ?"
                          " WHERE id IN (") +
           idListSql() + u')';
}

QString PostgresDialect::replaceListsSql(const QString& column) const
{
    return QStringLiteral("UPDATE contacts SET ") + column +
           QStringLiteral(" = j.value ->> 1, updated_at = ?"
                          " FROM jsonb_array_elements(?::jsonb) AS j(value)"
                          " WHERE contacts.id = (j.value ->> 0)::bigint");
}

QString PostgresDialect::unindexContactsSql() const
{
    return QStringLiteral("DELETE FROM contacts_search WHERE id IN (") + idListSql() + u')';
}

namespace {

// The start of the INSERT … SELECT that makes contacts from a batch's JSON rows
// (insertContactsSql()'s bindings up to the rows), listing `extraColumns` last: the values
// of the row's own fields, which the caller's extra values follow.
QString insertContactsFromRows(const QString& extraColumns)
{
    return QStringLiteral(
               "INSERT INTO contacts (id, org_id, uid, vendor_id, phone, name, name_key, email,"
               " country_code, tags, labels, params, source, opted_in, is_blocked, ") +
           extraColumns + QStringLiteral(") SELECT ?::bigint + j.key, ?::bigint, ") + idPart(16) +
           QStringLiteral(", ") + idPart(12) +
           QStringLiteral(", j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3,"
                          " j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7,"
                          " j.value ->> 8, (j.value ->> 13)::integer, (j.value ->> 14)::integer");
}

} // namespace

QString PostgresDialect::restoreContactsSql() const
{
    return insertContactsFromRows(
               QStringLiteral("last_message_at, conversation_count, created_at, updated_at")) +
           QStringLiteral(", (j.value ->> 15)::bigint, (j.value ->> 16)::bigint,"
                          " (j.value ->> 17)::bigint, (j.value ->> 18)::bigint") +
           jsonRows;
}

QString PostgresDialect::dropTombstonesSql() const
{
    return QStringLiteral("DELETE FROM deleted_contacts WHERE org_id = ? AND uid IN (SELECT ") +
           idPart(16) + jsonRows + u')';
}

QString PostgresDialect::insertContactsSql() const
{
    return insertContactsFromRows(QStringLiteral("created_at, updated_at")) +
           QStringLiteral(", ?::bigint, ?::bigint") + jsonRows;
}

QString PostgresDialect::journalCreatesSql() const
{
    return QStringLiteral("INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields,"
                          " at) SELECT ?::bigint, ?::bigint + j.key, ") +
           idPart(16) + QStringLiteral(", ?::integer, j.value ->> 9, ?::bigint") + jsonRows;
}

QString PostgresDialect::indexContactsSql() const
{
    return QStringLiteral("INSERT INTO contacts_search (id, name, email, phone)"
                          " SELECT ?::bigint + j.key, j.value ->> 10, j.value ->> 11,"
                          " j.value ->> 12") +
           jsonRows;
}

QString PostgresDialect::linkTagsSql() const
{
    return QStringLiteral("INSERT INTO contact_tags (tag_id, contact_id)"
                          " SELECT (j.value ->> 0)::bigint, (j.value ->> 1)::bigint"
                          " FROM jsonb_array_elements(?::jsonb) AS j(value)");
}

QString PostgresDialect::existingPhonesSql() const
{
    return QStringLiteral("SELECT j.value FROM jsonb_array_elements_text(?::jsonb) AS j(value)"
                          " WHERE EXISTS (SELECT 1 FROM contacts c"
                          " WHERE c.org_id = ? AND c.phone = j.value)");
}

std::optional<StorageFault> PostgresDialect::storageFault(const QSqlDatabase&,
                                                          const QSqlError& error) const
{
    // QPSQL's native code is the SQLSTATE. The server's own message names its file and the
    // system's reason ("could not extend file …: No space left on device").
    const QString state = error.nativeErrorCode();
    using Access = StorageFault::Access;
    if (state == QLatin1String("53100")) // disk_full
        return StorageFault{Access::Write, error.databaseText()};
    if (state == QLatin1String("25006")) // read_only_sql_transaction: a standby
        return StorageFault{Access::Write, error.databaseText()};
    if (state == QLatin1String("58P01") || state == QLatin1String("58P02")) // undefined_file…
        return StorageFault{Access::Open, error.databaseText()};
    if (state.startsWith(QLatin1String("58"))) // system_error, io_error
        return StorageFault{Access::Write, error.databaseText()};
    return std::nullopt;
}

bool PostgresDialect::isDuplicatePhoneError(const QString& driverMessage) const
{
    // duplicate key value violates unique constraint "contacts_phone"
    return driverMessage.contains(QLatin1String("\"contacts_phone\""));
}

QString PostgresDialect::searchIndexInsertSql() const
{
    return QStringLiteral(
        "INSERT INTO contacts_search (id, name, email, phone) VALUES (?, ?, ?, ?)");
}

QString PostgresDialect::searchIndexDeleteSql() const
{
    return QStringLiteral("DELETE FROM contacts_search WHERE id = ?");
}

ApiResult<qint64> PostgresDialect::releaseFreePages(ContactDatabase&) const
{
    // A DELETE leaves dead rows that autovacuum makes reusable; the file does not shrink, and
    // nothing here needs to run.
    return 0;
}

ApiResult<qint64> PostgresDialect::backupTo(ContactDatabase&, const QString&) const
{
    return std::unexpected(ApiError::badRequest(
        QStringLiteral("a PostgreSQL database is backed up with pg_dump (docs/deploy.md)")));
}

ApiResult<bool> PostgresDialect::compactSearchIndex(ContactDatabase&, int) const
{
    // The trigram indexes are GIN b-trees, which a write keeps whole; their pending list is
    // autovacuum's to flush.
    return false;
}

ApiResult<std::optional<SqlDialect::DataVersion>>
PostgresDialect::dataVersion(ContactDatabase& db) const
{
    // No counter of commits that a snapshot includes: transactions commit out of the order of
    // their sequence numbers, so a maximum read in a snapshot does not tell two apart. Every
    // read is worked out afresh.
    Q_UNUSED(db);
    return std::optional<DataVersion>();
}

QString PostgresDialect::recordSnapshotsSql() const
{
    return QStringLiteral(
               "INSERT INTO operation_contacts (operation_id, contact_uid, stamp, deleted,"
               " snapshot) SELECT CAST(? AS BIGINT), ") +
           idPart(16) + QStringLiteral(", CAST(? AS BIGINT), CAST(? AS INTEGER), j.value::text") +
           jsonRows +
           QStringLiteral(" ON CONFLICT (operation_id, contact_uid) DO UPDATE SET"
                          " stamp = excluded.stamp, deleted = excluded.deleted,"
                          " snapshot = coalesce(operation_contacts.snapshot, excluded.snapshot)");
}
