#pragma once

#include "ApiError.h"
#include "StorageFault.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>

class ContactDatabase;
class SqlRow;
struct NewContactRow;
class QSqlDatabase;
class QSqlError;

/// Every SQL text that differs between the backends: schema and migrations, connection
/// settings, checkpoints, transactions, full-text search, and the statements that read a
/// batch from one bound JSON array. SQLite is the only implementation today; PostgreSQL
/// (QPSQL, PostgresDialect) is the other. The store's other classes use only SQL both
/// accept, and tst_layers keeps each backend's own words out of them.
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
    // Each begin*Sql() is one round trip to the database: PostgreSQL's may hold several
    // statements separated by ';', which SqlTransaction checks one by one.

    /// Begins a write transaction that takes the write lock at once, so that a check
    /// (is this phone taken?) and the write that follows it cannot interleave with
    /// another connection's, in this process or another.
    virtual QString beginWriteSql() const = 0;
    /// Begins a transaction whose reads all see one snapshot.
    virtual QString beginReadSql() const = 0;
    /// Like beginReadSql(), for reads that match a search: each statement is planned for the
    /// pattern bound to it, where a plan made once for any pattern would scan the table.
    virtual QString beginSearchSql() const = 0;
    /// Begins a write transaction that waits only for the rows it locks, each statement
    /// seeing what committed before it (SqlTransaction::RowLocks).
    virtual QString beginRowLocksSql() const = 0;
    /// Ends a SELECT that locks the rows it reads until the transaction ends (nothing where
    /// the transaction's write lock already covers the database).
    virtual QString rowLockSuffix() const = 0;
    /// Whether several machines' processes write to the database, so that a write's time must
    /// come from the database's clock (nowMsecsExpression()) rather than each process's own.
    virtual bool hasSharedWriters() const = 0;
    /// An expression for the database server's wall clock in milliseconds since 1970: one
    /// clock for every process that uses the database.
    virtual QString nowMsecsExpression() const = 0;

    /// How much of the write-ahead log a checkpoint copies back, and whom it waits for.
    enum class CheckpointMode { Passive, Restart, Truncate };
    struct Checkpoint {
        bool busy = false; ///< it could not finish: readers or writers were in the way
        int logPages = 0;  ///< pages in the log when it ran
    };
    /// Copies the write-ahead log back into the database; a backend without one does nothing.
    virtual ApiResult<Checkpoint> checkpoint(ContactDatabase& db, CheckpointMode mode) const = 0;
    /// A statement whose first row's first column is `ok` when the database's structure is
    /// sound, else what is wrong.
    virtual QString integrityCheckSql() const = 0;
    /// Turns the backend's automatic checkpoints off on this connection.
    virtual ApiResult<void> disableAutoCheckpoint(ContactDatabase& db) const = 0;
    /// `INDEXED BY`-like text that makes a query walk `index` (after the table's alias), or
    /// nothing where the planner takes no such hint.
    virtual QString indexHint(const QString& index) const = 0;

    /// The values searchMatchSql() binds to find `foldedTerm` (3 characters or more) as a
    /// substring of the name or the email, or `digits` (3 or more, else empty) in the phone's
    /// digits. Built only from the term's text as a literal of the index's query language
    /// (FTS5 strings, LIKE patterns): never its syntax.
    virtual QVariantList searchMatchBindings(const QString& foldedTerm,
                                             const QString& digits) const = 0;
    /// SQL selecting the ids of contacts whose search text matches, using the search index;
    /// binds searchMatchBindings().
    virtual QString searchMatchSql() const = 0;
    /// The ids searchMatchSql() selects, in one row: a text of decimal ids separated by
    /// commas (null when none). Handing tens of thousands of matches over as one value costs
    /// a fraction of reading them a row at a time. Binds like searchMatchSql().
    virtual QString searchMatchListSql() const = 0;
    /// SQL selecting the ids of contacts whose search text contains a term (name, email) or
    /// digits (phone) by a scan, for terms too short for the index. Binds term, term,
    /// digits, digits (digits empty when the term has fewer than 3).
    virtual QString searchScanSql() const = 0;
    /// A boolean SQL condition on the contact `c`: its search text contains the term or the
    /// digits, for walking a sort index when most rows match. Binds like searchScanSql().
    virtual QString searchRowCondition() const = 0;
    /// SQL selecting the ids held in a JSON array of integers bound to its one `?`, as a
    /// column named `value`: a set worked out once (a search's matches, a selection) and then
    /// tested by several queries, e.g. `c.id IN (<idListSql>)`.
    virtual QString idListSql() const = 0;
    /// The uids of contacts given by row id, in the order of the JSON array of row ids bound
    /// to its one `?` (ids without a row are left out).
    virtual QString uidsByRowIdSql() const = 0;
    /// The row ids and uids of an organization's contacts given by uid, in the order given.
    /// Binds a JSON array of as many zeros as uids, the organization, then the uids' 16-byte
    /// values concatenated.
    virtual QString contactsByUidSql() const = 0;
    /// Uids given as one value, as rows of one column `uid` in the order given: a set of
    /// contacts that other tables join by uid (e.g. a table window's sync state). Binds the
    /// uids' 16-byte values concatenated, then a JSON array of as many zeros as uids.
    virtual QString uidListSql() const = 0;
    // Batch writes. A batch's rows travel as one JSON array bound to one parameter: binding
    // each value through Qt costs more than SQLite's own work on the row. The row ids are
    // `base + 1 + position`; each statement's bindings are listed in order.

    /// Inserts contacts. Binds base, organization, the rows' 16-byte uids concatenated, their
    /// 12-byte vendor ids concatenated, the time twice, and the JSON rows: arrays of
    /// [phone, name, nameKey, email, countryCode, tags, labels, params, source,
    /// journalFields, searchName, searchEmail, phoneDigits, optedIn, isBlocked].
    virtual QString insertContactsSql() const = 0;
    /// Journals the creation of those rows. Binds organization, base, uids, the operation,
    /// time, JSON rows.
    virtual QString journalCreatesSql() const = 0;
    /// Indexes those rows for search. Binds base, JSON rows.
    virtual QString indexContactsSql() const = 0;

    /// New contacts to write (ContactBatchInsert): their row ids are `base + 1 + position`.
    struct NewRows {
        qint64 organization = 0;
        qint64 base = 0;
        qint64 now = 0;
        bool journaled = true;
        const QList<NewContactRow*>& rows;
        /// The rows as one JSON array, made by the default path the first time it needs
        /// them: the insert and the search index read the same text.
        mutable QString json = {};
    };
    /// Inserts the rows and, when journaled, their journal entries. By default with
    /// insertContactsSql() and journalCreatesSql(), the rows made one JSON array.
    virtual ApiResult<void> insertNewContacts(ContactDatabase& db, const NewRows& rows) const;
    /// Indexes the rows for search; by default with indexContactsSql().
    virtual ApiResult<void> indexNewContacts(ContactDatabase& db, const NewRows& rows) const;
    /// Links tags to contacts. Binds a JSON array of [tagId, contactId] pairs.
    virtual QString linkTagsSql() const = 0;
    /// A contact given a tag or label (TagIndex): both row ids.
    struct TagLink {
        qint64 tagId = 0;
        qint64 contactId = 0;
    };
    /// Writes the links; by default with linkTagsSql(), the links made one JSON array.
    virtual ApiResult<void> linkTags(ContactDatabase& db, const QList<TagLink>& links) const;
    /// The phones of a JSON array that an organization already has. Binds the array, then
    /// the organization.
    virtual QString existingPhonesSql() const = 0;

    // Batch edits of the table's selection (ContactBatchEdit). `column` is `tags` or `labels`,
    // never user input.

    /// A condition on `c`: its `column` list has at least the bound number of items.
    virtual QString listLengthAtLeast(const QString& column) const = 0;
    /// Appends the bound name to the `column` list and sets updated_at of the contacts whose
    /// ids the bound JSON array holds. Binds name, time, ids.
    virtual QString appendToListSql(const QString& column) const = 0;
    /// Sets `column` and updated_at from a JSON array of [row id, list as JSON text] pairs.
    /// Binds time, pairs.
    virtual QString replaceListsSql(const QString& column) const = 0;
    /// Removes the contacts whose ids the bound JSON array holds from the search index.
    virtual QString unindexContactsSql() const = 0;
    /// Re-creates deleted contacts with their ids and timestamps (undo of a delete). Binds
    /// base, organization, uids, vendor ids, and the JSON rows: insertContactsSql()'s rows
    /// followed by [lastMessageAt, conversationCount, createdAt, updatedAt], so that
    /// journalCreatesSql() and indexContactsSql() read them too.
    virtual QString restoreContactsSql() const = 0;
    /// Drops the tombstones of restored contacts. Binds organization, uids, JSON rows.
    virtual QString dropTombstonesSql() const = 0;
    /// Keeps contacts whole in an operation (operation_contacts), a row per element of a JSON
    /// array of ContactSnapshot objects; a contact kept before keeps its first snapshot.
    /// Binds the operation, the uids' 16-byte values concatenated in the array's order, the
    /// stamp, whether they were deleted (1 or 0), then the JSON array.
    virtual QString recordSnapshotsSql() const = 0;

    /// The storage fault behind a statement's `error` on `db` (a full disk, an I/O error, a
    /// read-only database, a file that cannot be opened), or nothing when the statement
    /// failed for any other reason. Read before the connection runs anything else: the
    /// system's error number behind the fault is the connection's last.
    virtual std::optional<StorageFault> storageFault(const QSqlDatabase& db,
                                                     const QSqlError& error) const = 0;
    /// The 500 of a failed statement: the SQL and the driver's message as its detail, and
    /// its storage fault, if any.
    ApiError statementError(const QSqlDatabase& db, const QString& sql,
                            const QSqlError& error) const;

    /// Whether a driver's error message says a contact's phone broke the unique
    /// (organization, phone) index.
    virtual bool isDuplicatePhoneError(const QString& driverMessage) const = 0;

    /// Statements that keep the search index in step with one contact's row.
    virtual QString searchIndexInsertSql() const = 0; ///< binds id, name, email, phone digits
    virtual QString searchIndexDeleteSql() const = 0; ///< binds id

    /// Gives the database's free pages (what a large delete left, e.g. a pruned change
    /// journal) back to the file system, where the backend keeps them in the file; the number
    /// of pages given back. A backend that reclaims space on its own does nothing.
    virtual ApiResult<qint64> releaseFreePages(ContactDatabase& db) const = 0;

    /// Merges the search index into as few pieces as the backend keeps, in steps of about
    /// `stepPages` pages, each committed on its own (so that other writers get their turn
    /// between steps, outside a transaction of the caller's). Whether there was anything to
    /// merge. A backend whose index needs no such care does nothing.
    virtual ApiResult<bool> compactSearchIndex(ContactDatabase& db, int stepPages) const = 0;

    /// Copies the whole database, as one consistent snapshot, to a new file at `path` while
    /// other connections and processes go on writing; the copy's page count. `path` is
    /// replaced in one step, so it is never left half written. A backend whose databases are
    /// not files refuses, with a message saying what to use instead.
    virtual ApiResult<qint64> backupTo(ContactDatabase& db, const QString& path) const = 0;

    /// Runs `sql` with `values` and hands each row to `onRow` until it returns false
    /// (ContactDatabase::forEachRow()). Through Qt's driver unless the backend reads faster.
    virtual ApiResult<void> forEachRow(ContactDatabase& db, const QString& sql,
                                       const QVariantList& values,
                                       const std::function<bool(const SqlRow&)>& onRow) const;
    /// Finalizes what forEachRow() keeps prepared; before the connection closes.
    virtual void releaseStatements() const {}

    /// What a read transaction's snapshot holds, as far as the data go: two calls on one
    /// connection give equal versions only when no write (this connection's or any other's,
    /// in any process) can have changed the data between them. Lets a connection keep what
    /// it worked out from the data (ListingAnchors) for as long as they stay the same.
    struct DataVersion {
        qint64 committed = 0; ///< commits by other connections this snapshot includes
        qint64 own = 0;       ///< rows this connection has changed since it opened
        friend bool operator==(const DataVersion&, const DataVersion&) = default;
    };
    /// The data version of the snapshot of the connection's read transaction; nothing outside
    /// a read transaction (a version read between two snapshots says nothing of either), in a
    /// transaction holding uncommitted writes (they may yet roll back), or where the backend
    /// keeps no such version.
    virtual ApiResult<std::optional<DataVersion>> dataVersion(ContactDatabase& db) const = 0;
};
