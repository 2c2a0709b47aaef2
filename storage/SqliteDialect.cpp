#include "SqliteDialect.h"

#include "ContactDatabase.h"
#include "JournalEntry.h"
#include "NewContactRow.h"
#include "SqliteBackup.h"
#include "SqliteRow.h"
#include "SqliteSchema.h"
#include "SqliteStatement.h"

#include <algorithm>

#include <sqlite3.h>

#include <QDeadlineTimer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {

ApiResult<void> exec(const SqliteDialect& dialect, QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return std::unexpected(dialect.statementError(db, sql, query.lastError()));
    return {};
}

// The system's error number behind the connection's last failure (EFBIG, ENOSPC, EACCES),
// 0 when there is none.
int systemErrno(const QSqlDatabase& db)
{
    sqlite3* connection = SqliteStatement::handle(db);
    return connection ? sqlite3_system_errno(connection) : 0;
}

// An FTS5 string literal: the term can hold nothing FTS5 would read as syntax.
QString ftsString(const QString& text)
{
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

} // namespace

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

ApiResult<void> SqliteDialect::configure(QSqlDatabase& db) const
{
    // WAL lets readers (the GUI's windowed model, the server's workers) run beside a writer;
    // NORMAL sync in WAL mode keeps the database consistent after a crash, losing at most
    // the last commits on power loss.
    QStringList pragmas;
    // A new database gives the pages a pruned change journal frees back to the file system
    // (releaseFreePages(), docs/sync.md). auto_vacuum takes only on an empty file, before
    // it turns to WAL; on an existing database setting it would still take the write lock
    // (and write a page to the log on one that has it), at every connection's opening.
    QSqlQuery pageCount(db);
    if (!pageCount.exec(QStringLiteral("PRAGMA page_count")) || !pageCount.next())
        return std::unexpected(statementError(db, pageCount.lastQuery(), pageCount.lastError()));
    if (pageCount.value(0).toLongLong() == 0)
        pragmas.append(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"));
    pageCount.finish();
    pragmas += {
        QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA cache_size = -65536"),
        QStringLiteral("PRAGMA temp_store = MEMORY"),
        // A checkpoint (with its fsync) every 1000 pages ran after nearly every bulk request,
        // whose writes land all over the phone, id, name and search indexes. 64 MB of WAL
        // between checkpoints, truncated back to that size afterwards.
        QStringLiteral("PRAGMA wal_autocheckpoint = 16384"),
        QStringLiteral("PRAGMA journal_size_limit = 67108864"),
    };
    for (const QString& pragma : pragmas) {
        // Turning a new file to WAL takes its lock without waiting in SQLite's busy handler:
        // several processes opening one new database at once (servers starting together)
        // try again, for as long as the busy timeout would have waited.
        QDeadlineTimer patience(10000);
        auto done = exec(*this, db, pragma);
        while (!done && done.error().detail.contains(QLatin1String("locked")) &&
               !patience.hasExpired()) {
            QThread::msleep(20);
            done = exec(*this, db, pragma);
        }
        if (!done)
            return done;
    }
    return {};
}

int SqliteDialect::latestSchemaVersion() const
{
    return SqliteSchema::latestVersion;
}

void SqliteDialect::tuneForConcurrentReaders()
{
    // SQLite counts every allocation under one process-wide mutex (for sqlite3_memory_used(),
    // which nothing here reads): with several workers reading at once, perf put 15 % of a
    // search request's time in that count and futex waits on its mutex. Must precede the
    // first connection; Qt's SQLite driver uses this same system library.
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

ApiResult<int> SqliteDialect::schemaVersion(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return std::unexpected(statementError(db, query.lastQuery(), query.lastError()));
    return query.value(0).toInt();
}

ApiResult<void> SqliteDialect::setSchemaVersion(QSqlDatabase& db, int version) const
{
    // PRAGMA takes no bound parameters; the version is our own integer, never user input.
    return exec(*this, db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

QString SqliteDialect::beginWriteSql() const
{
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::beginReadSql() const
{
    return QStringLiteral("BEGIN");
}

QString SqliteDialect::beginSearchSql() const
{
    // SQLite plans each statement when it is prepared, for every value it will be given: an
    // FTS5 match has one plan.
    return beginReadSql();
}

QString SqliteDialect::beginRowLocksSql() const
{
    // BEGIN IMMEDIATE takes the one write lock: SQLite locks nothing finer.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::rowLockSuffix() const
{
    return {};
}

bool SqliteDialect::hasSharedWriters() const
{
    // One machine: the process clock is the clock.
    return false;
}

QString SqliteDialect::nowMsecsExpression() const
{
    return QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

ApiResult<SqlDialect::Checkpoint> SqliteDialect::checkpoint(ContactDatabase& db,
                                                            CheckpointMode mode) const
{
    // PRAGMA takes no bound parameters: the mode is one of these constants.
    const QString sql =
        mode == CheckpointMode::Passive   ? QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")
        : mode == CheckpointMode::Restart ? QStringLiteral("PRAGMA wal_checkpoint(RESTART)")
                                          : QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)");
    // Columns: busy (the checkpoint could not finish), pages in the log, pages checkpointed.
    auto result = db.firstRow<Checkpoint>(sql, {}, [](const SqlRow& row) {
        return Checkpoint{row.integer(0) != 0, int(row.integer(1))};
    });
    if (!result)
        return std::unexpected(result.error());
    if (!*result)
        return std::unexpected(ApiError::internal(sql + QStringLiteral(": no result")));
    return **result;
}

ApiResult<void> SqliteDialect::disableAutoCheckpoint(ContactDatabase& db) const
{
    return db.execute(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

QString SqliteDialect::integrityCheckSql() const
{
    return QStringLiteral("PRAGMA integrity_check");
}

QString SqliteDialect::indexHint(const QString& index) const
{
    return QStringLiteral(" INDEXED BY ") + index;
}

QStringList SqliteDialect::migration(int version) const
{
    return SqliteSchema::migration(version);
}

QVariantList SqliteDialect::searchMatchBindings(const QString& foldedTerm,
                                                const QString& digits) const
{
    // The phone column holds ASCII digits alone: a term with anything else in it can match
    // only a name or an email, and a term of digits alone is its own digits. So the column
    // filter `{name email}` is left out: it made FTS5 read every trigram's column list, a
    // quarter of a selective search's match (0.205 against 0.149 ms at 1M).
    QString expression = ftsString(foldedTerm);
    if (digits.size() >= 3 && digits != foldedTerm)
        expression += QStringLiteral(" OR phone : ") + ftsString(digits);
    return {expression};
}

QString SqliteDialect::searchMatchSql() const
{
    return QStringLiteral("SELECT rowid FROM contacts_search WHERE contacts_search MATCH ?");
}

QString SqliteDialect::searchMatchListSql() const
{
    return QStringLiteral("SELECT group_concat(rowid) FROM contacts_search"
                          " WHERE contacts_search MATCH ?");
}

// Scans read FTS5's own content table (`<name>_content`: id, c0 = name, c1 = email,
// c2 = phone), a plain table: twice as fast as going through the virtual table.
QString SqliteDialect::searchScanSql() const
{
    return QStringLiteral("SELECT id FROM contacts_search_content"
                          " WHERE instr(c0, ?) > 0 OR instr(c1, ?) > 0"
                          " OR (? <> '' AND instr(c2, ?) > 0)");
}

QString SqliteDialect::idListSql() const
{
    return QStringLiteral("SELECT value FROM json_each(?)");
}

QString SqliteDialect::uidsByRowIdSql() const
{
    return QStringLiteral("SELECT c.uid FROM json_each(?) j"
                          " JOIN contacts c ON c.id = j.value ORDER BY j.key");
}

QString SqliteDialect::contactsByUidSql() const
{
    // json_each of an array of zeros numbers the uids (j.key); each is one look-up in the
    // (org_id, uid) index.
    return QStringLiteral("SELECT c.id, c.uid FROM json_each(?) j"
                          " JOIN contacts c ON c.org_id = ?"
                          " AND c.uid = substr(?, j.key * 16 + 1, 16) ORDER BY j.key");
}

QString SqliteDialect::uidListSql() const
{
    // json_each of an array of zeros numbers the uids (j.key), as in contactsByUidSql().
    return QStringLiteral("SELECT substr(?, j.key * 16 + 1, 16) AS uid FROM json_each(?) j");
}

QString SqliteDialect::listLengthAtLeast(const QString& column) const
{
    return QStringLiteral("json_array_length(c.") + column + QStringLiteral(") >= ?");
}

QString SqliteDialect::appendToListSql(const QString& column) const
{
    return QStringLiteral("UPDATE contacts SET ") + column + QStringLiteral(" = json_insert(") +
           column + QStringLiteral(", '$[#]', ?), updated_at = ? WHERE id IN (") + idListSql() +
           u')';
}

QString SqliteDialect::replaceListsSql(const QString& column) const
{
    return QStringLiteral("UPDATE contacts SET ") + column +
           QStringLiteral(" = j.value ->> 1, updated_at = ? FROM json_each(?) j"
                          " WHERE contacts.id = j.value ->> 0");
}

QString SqliteDialect::unindexContactsSql() const
{
    return QStringLiteral("DELETE FROM contacts_search WHERE rowid IN (") + idListSql() + u')';
}

QString SqliteDialect::restoreContactsSql() const
{
    return QStringLiteral(
        "INSERT INTO contacts (id, org_id, uid, vendor_id, phone, name, name_key, email,"
        " country_code, tags, labels, params, source, opted_in, is_blocked,"
        " last_message_at, conversation_count, created_at, updated_at)"
        " SELECT ? + j.key + 1, ?, substr(?, j.key * 16 + 1, 16),"
        " substr(?, j.key * 12 + 1, 12), j.value ->> 0, j.value ->> 1, j.value ->> 2,"
        " j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7,"
        " j.value ->> 8, j.value ->> 13, j.value ->> 14, j.value ->> 15, j.value ->> 16,"
        " j.value ->> 17, j.value ->> 18 FROM json_each(?) j");
}

QString SqliteDialect::dropTombstonesSql() const
{
    return QStringLiteral("DELETE FROM deleted_contacts WHERE org_id = ? AND uid IN"
                          " (SELECT substr(?, j.key * 16 + 1, 16) FROM json_each(?) j)");
}

QString SqliteDialect::searchRowCondition() const
{
    return QStringLiteral("EXISTS (SELECT 1 FROM contacts_search_content s WHERE s.id = c.id"
                          " AND (instr(s.c0, ?) > 0 OR instr(s.c1, ?) > 0"
                          " OR (? <> '' AND instr(s.c2, ?) > 0)))");
}

std::optional<StorageFault> SqliteDialect::storageFault(const QSqlDatabase& db,
                                                        const QSqlError& error) const
{
    // Qt's driver turns SQLite's extended result codes on: SQLITE_IOERR_READ and the like.
    bool isCode = false;
    const int code = error.nativeErrorCode().toInt(&isCode);
    if (!isCode)
        return std::nullopt;
    using Access = StorageFault::Access;
    switch (code & 0xff) {
    case SQLITE_FULL:
        return StorageFault{Access::Write, error.databaseText()};
    case SQLITE_READONLY:
        // SQLite's "attempt to write a readonly database" says nothing of which: say it.
        return StorageFault{Access::Write,
                            code == SQLITE_READONLY_DIRECTORY
                                ? QStringLiteral("the folder holding the database is read-only")
                                : QStringLiteral("the database is read-only")};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN: {
        // "disk I/O error" alone: the system's reason says whether the disk is full, the file
        // too large for its limit or the device gone. SQLite keeps it for these two only.
        QString reason = error.databaseText();
        if (const int number = systemErrno(db); number != 0)
            reason += QStringLiteral(" (%1)").arg(qt_error_string(number));
        const bool reading = code == SQLITE_IOERR_READ || code == SQLITE_IOERR_SHORT_READ;
        return StorageFault{(code & 0xff) == SQLITE_CANTOPEN ? Access::Open
                            : reading                        ? Access::Read
                                                             : Access::Write,
                            reason};
    }
    default:
        return std::nullopt;
    }
}

bool SqliteDialect::isDuplicatePhoneError(const QString& driverMessage) const
{
    // "UNIQUE constraint failed: contacts.org_id, contacts.phone"
    return driverMessage.contains(QLatin1String("contacts.phone"));
}

QString SqliteDialect::searchIndexInsertSql() const
{
    return QStringLiteral("INSERT INTO contacts_search (rowid, name, email, phone)"
                          " VALUES (?, ?, ?, ?)");
}

QString SqliteDialect::searchIndexDeleteSql() const
{
    return QStringLiteral("DELETE FROM contacts_search WHERE rowid = ?");
}

QString SqliteDialect::insertContactsSql() const
{
    return QStringLiteral(
        "INSERT INTO contacts (id, org_id, uid, vendor_id, phone, name, name_key, email,"
        " country_code, tags, labels, params, source, opted_in, is_blocked, created_at,"
        " updated_at)"
        " SELECT ? + j.key + 1, ?, substr(?, j.key * 16 + 1, 16), substr(?, j.key * 12 + 1, 12),"
        " j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5,"
        " j.value ->> 6, j.value ->> 7, j.value ->> 8, j.value ->> 13, j.value ->> 14, ?, ?"
        " FROM json_each(?) j");
}

QString SqliteDialect::journalCreatesSql() const
{
    return QStringLiteral(
        "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
        " SELECT ?, ? + j.key + 1, substr(?, j.key * 16 + 1, 16), ?, j.value ->> 9, ?"
        " FROM json_each(?) j");
}

namespace {

// Below this many rows, the JSON statements (which the connection prepares once) cost less
// than preparing SqliteStatements: a create or a small bulk request.
constexpr qsizetype preparedRowsFrom = 32;

} // namespace

ApiResult<void> SqliteDialect::insertNewContacts(ContactDatabase& db, const NewRows& rows) const
{
    if (rows.rows.size() < preparedRowsFrom)
        return SqlDialect::insertNewContacts(db, rows);
    // A row at a time through SQLite's own API, bound from the rows' buffers: reading the
    // columns out of one JSON array (insertContactsSql()) cost SQLite 0.4 µs a value.
    SqliteStatement insert(
        db.connection(), *this,
        QStringLiteral("INSERT INTO contacts (id, org_id, uid, vendor_id, phone, name, name_key,"
                       " email, country_code, tags, labels, params, source, opted_in,"
                       " is_blocked, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert.isValid())
        return std::unexpected(insert.prepareError());
    std::optional<SqliteStatement> journal;
    if (rows.journaled) {
        journal.emplace(db.connection(), *this,
                        QStringLiteral("INSERT INTO journal (org_id, contact_id, contact_uid,"
                                       " operation, fields, at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!journal->isValid())
            return std::unexpected(journal->prepareError());
        journal->bind(1, rows.organization);
        journal->bind(4, int(JournalEntry::Operation::Create));
        journal->bind(6, rows.now);
    }
    insert.bind(2, rows.organization);
    insert.bind(16, rows.now);
    insert.bind(17, rows.now);
    for (qsizetype i = 0; i < rows.rows.size(); ++i) {
        const NewContactRow& row = *rows.rows.at(i);
        const qint64 rowId = rows.base + 1 + i;
        insert.bind(1, rowId);
        insert.bindBlob(3, row.uid);
        insert.bindBlob(4, row.vendorId);
        PackedText::Reader columns = row.columns.reader();
        for (int column = NewContactRow::Phone; column <= NewContactRow::Source; ++column)
            insert.bindText(5 + column, columns.next());
        insert.bind(14, row.contact.optedIn ? 1 : 0);
        insert.bind(15, row.contact.isBlocked ? 1 : 0);
        if (auto inserted = insert.step(); !inserted)
            return inserted;
        if (journal) {
            journal->bind(2, rowId);
            journal->bindBlob(3, row.uid);
            journal->bindText(5, columns.next()); // JournalFields follows Source
            if (auto journaled = journal->step(); !journaled)
                return journaled;
        }
    }
    return {};
}

ApiResult<void> SqliteDialect::indexNewContacts(ContactDatabase& db, const NewRows& rows) const
{
    if (rows.rows.size() < preparedRowsFrom)
        return SqlDialect::indexNewContacts(db, rows);
    // One statement per row: FTS5 flushes its pending terms at each statement savepoint,
    // which a single-row INSERT does not open.
    SqliteStatement index(db.connection(), *this, searchIndexInsertSql());
    if (!index.isValid())
        return std::unexpected(index.prepareError());
    for (qsizetype i = 0; i < rows.rows.size(); ++i) {
        PackedText::Reader columns = rows.rows.at(i)->columns.reader();
        for (int column = 0; column < NewContactRow::SearchName; ++column)
            columns.next();
        index.bind(1, rows.base + 1 + i);
        index.bindText(2, columns.next());
        index.bindText(3, columns.next());
        index.bindText(4, columns.next());
        if (auto indexed = index.step(); !indexed)
            return indexed;
    }
    return {};
}

QString SqliteDialect::indexContactsSql() const
{
    return QStringLiteral("INSERT INTO contacts_search (rowid, name, email, phone)"
                          " SELECT ? + j.key + 1, j.value ->> 10, j.value ->> 11, j.value ->> 12"
                          " FROM json_each(?) j");
}

QString SqliteDialect::linkTagsSql() const
{
    return QStringLiteral("INSERT INTO contact_tags (tag_id, contact_id)"
                          " SELECT j.value ->> 0, j.value ->> 1 FROM json_each(?) j");
}

ApiResult<void> SqliteDialect::linkTags(ContactDatabase& db, const QList<TagLink>& links) const
{
    if (links.size() < preparedRowsFrom)
        return SqlDialect::linkTags(db, links);
    // A link at a time, for two reasons. Reading them out of a JSON array costs two `->>` a
    // link. And an INSERT ... SELECT opens a statement savepoint, at which FTS5 writes out
    // every search term pending in the transaction: an import's batches share one
    // transaction, so each batch flushed the previous one's terms to small new segments
    // (half of the JSON statement's time at 1M rows). A single-row INSERT opens none.
    SqliteStatement link(db.connection(), *this,
                         QStringLiteral("INSERT INTO contact_tags (tag_id, contact_id)"
                                        " VALUES (?, ?)"));
    if (!link.isValid())
        return std::unexpected(link.prepareError());
    for (const TagLink& tagLink : links) {
        link.bind(1, tagLink.tagId);
        link.bind(2, tagLink.contactId);
        if (auto linked = link.step(); !linked)
            return linked;
    }
    return {};
}

QString SqliteDialect::existingPhonesSql() const
{
    return QStringLiteral("SELECT j.value FROM json_each(?) j WHERE EXISTS"
                          " (SELECT 1 FROM contacts c WHERE c.org_id = ? AND c.phone = j.value)");
}

ApiResult<qint64> SqliteDialect::backupTo(ContactDatabase& db, const QString& path) const
{
    return SqliteBackup::copy(SqliteStatement::handle(db.connection()), path);
}

ApiResult<qint64> SqliteDialect::releaseFreePages(ContactDatabase& db) const
{
    // Only a database created with auto_vacuum = INCREMENTAL (configure(): every database this
    // build creates) gives pages back; on an older one nothing moves, and later writes reuse
    // the free pages.
    const QString freePages = QStringLiteral("PRAGMA freelist_count");
    auto before = db.scalar(freePages);
    if (!before)
        return std::unexpected(before.error());
    if (*before == 0)
        return 0;
    // The pragma gives back one page per step, and Qt's driver steps a statement without
    // columns once: SqliteStatement::run() steps it to its end.
    SqliteStatement vacuum(db.connection(), *this, QStringLiteral("PRAGMA incremental_vacuum"));
    if (!vacuum.isValid())
        return std::unexpected(vacuum.prepareError());
    if (auto vacuumed = vacuum.run(); !vacuumed)
        return std::unexpected(vacuumed.error());
    auto after = db.scalar(freePages);
    if (!after)
        return std::unexpected(after.error());
    return *before - *after;
}

ApiResult<bool> SqliteDialect::compactSearchIndex(ContactDatabase& db, int stepPages) const
{
    // A large import leaves FTS5 a few big segments on its lowest levels. Every later write
    // adds a small segment there, and FTS5's automatic merging then rewrites the big ones
    // inside some unlucky write: at 1,000,000 contacts a create took 0.8-4 s while 150 MB went
    // through the log. One segment, which FTS5 keeps on its top level, is out of their way.
    // A negative 'merge' starts merging every segment; positive ones carry that merge on
    // without restarting it for segments written meanwhile, and change nothing once it is
    // done (FTS5's documentation, "The 'merge' command").
    const QString merge =
        QStringLiteral("INSERT INTO contacts_search(contacts_search, rank) VALUES('merge', ?)");
    const QString changes = QStringLiteral("SELECT total_changes()");
    bool merged = false;
    for (int pages = -std::max(stepPages, 1);; pages = std::max(stepPages, 1)) {
        auto before = db.scalar(changes);
        if (!before)
            return std::unexpected(before.error());
        if (auto step = db.execute(merge, {pages}); !step)
            return std::unexpected(step.error());
        auto after = db.scalar(changes);
        if (!after)
            return std::unexpected(after.error());
        if (*after - *before < 2)
            return merged;
        merged = true;
    }
}

ApiResult<void> SqliteDialect::forEachRow(ContactDatabase& db, const QString& sql,
                                          const QVariantList& values,
                                          const std::function<bool(const SqlRow&)>& onRow) const
{
    // Through SQLite's own API: Qt's driver copies every row into QVariants it then throws
    // away, which was a third of a read by id (docs/benchmarks.md, "Reads by id").
    std::shared_ptr<SqliteStatement> statement = m_rowStatements.value(sql);
    if (!statement || statement.use_count() > 2) {
        // Not prepared yet, or still being read by a caller further up (an onRow that runs
        // the same query): a statement of its own, which reports itself as it is prepared.
        auto fresh = std::make_shared<SqliteStatement>(db.connection(), *this, sql);
        if (!fresh->isValid())
            return std::unexpected(fresh->prepareError());
        if (!statement)
            m_rowStatements.insert(sql, fresh);
        statement = std::move(fresh);
    } else {
        ContactDatabase::reportStatement(db.connection().connectionName(), sql);
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bindValue(int(i + 1), values.at(i));
    const SqliteRow row(statement->rowHandle());
    for (;;) {
        auto next = statement->next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return {};
        if (!onRow(row)) {
            statement->reset();
            return {};
        }
    }
}

void SqliteDialect::releaseStatements() const
{
    m_rowStatements.clear();
}

ApiResult<std::optional<SqlDialect::DataVersion>>
SqliteDialect::dataVersion(ContactDatabase& db) const
{
    // data_version counts the commits of other connections and processes that this
    // snapshot sees (not this connection's own); total_changes() counts the rows this
    // connection has changed, rolled back or not. The statement also begins the snapshot of
    // a transaction that has read nothing yet.
    auto version = db.firstRow<DataVersion>(
        QStringLiteral("SELECT data_version, total_changes() FROM pragma_data_version"), {},
        [](const SqlRow& row) {
            return DataVersion{row.integer(0), row.integer(1)};
        });
    if (!version)
        return std::unexpected(version.error());
    // Only inside a read transaction (begun, not autocommit) do the next statements see the
    // snapshot just versioned; a write transaction's changes may yet roll back.
    sqlite3* connection = SqliteStatement::handle(db.connection());
    if (!*version || !connection || sqlite3_get_autocommit(connection) != 0 ||
        sqlite3_txn_state(connection, "main") != SQLITE_TXN_READ)
        return std::optional<DataVersion>();
    return *version;
}

QString SqliteDialect::recordSnapshotsSql() const
{
    // `WHERE true`: an upsert's INSERT … SELECT needs a WHERE so that ON parses as the
    // upsert's, not a join's.
    return QStringLiteral(
        "INSERT INTO operation_contacts (operation_id, contact_uid, stamp, deleted, snapshot)"
        " SELECT ?, substr(?, j.key * 16 + 1, 16), ?, ?, j.value FROM json_each(?) j"
        " WHERE true ON CONFLICT (operation_id, contact_uid) DO UPDATE SET"
        " stamp = excluded.stamp, deleted = excluded.deleted,"
        " snapshot = coalesce(operation_contacts.snapshot, excluded.snapshot)");
}
