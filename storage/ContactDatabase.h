#pragma once

#include "ApiError.h"
#include "Organization.h"
#include "SqlDialect.h"
#include "SqlRow.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>

class DatabaseLocation;
class ListingAnchors;
class TransactionTagIds;
class QSqlQuery;

/// One connection to a contacts database, its schema brought up to date when opened
/// (forward migrations keyed on the schema version). A connection belongs to the thread
/// that opened it: open one ContactDatabase per thread. Not copyable.
class ContactDatabase {
public:
    ~ContactDatabase();
    ContactDatabase(const ContactDatabase&) = delete;
    ContactDatabase& operator=(const ContactDatabase&) = delete;

    /// Opens the database at `location` (see DatabaseLocation): a SQLite file, created with
    /// its folder if needed, or a PostgreSQL database. Fails with a 500 ApiError whose detail
    /// says why (not a path nor a postgresql:// URI, an unwritable folder, a server that
    /// cannot be reached or refuses the login, not a contacts database, a schema newer than
    /// this build knows), naming the location without its password.
    static ApiResult<std::unique_ptr<ContactDatabase>> open(const QString& location);
    static ApiResult<std::unique_ptr<ContactDatabase>> open(const DatabaseLocation& location);

    /// The location as opened, password included: for opening more connections to it.
    QString path() const { return m_path; }
    /// The location without its password, for messages and logs.
    QString displayName() const { return m_displayName; }
    QSqlDatabase& connection() { return m_db; }
    const SqlDialect& dialect() const { return *m_dialect; }
    int schemaVersion() const { return m_schemaVersion; }

    /// The organization a database is created with: the desktop's, and contacts-cli's.
    const Organization& defaultOrganization() const { return m_defaultOrganization; }
    /// The organization with API id `id`, or nothing when the database does not hold it.
    ApiResult<std::optional<Organization>> organization(const QString& id);
    /// Adds an organization (the server's `token add`); returns the existing one if present.
    ApiResult<Organization> addOrganization(const QString& id);
    /// Adds `delta` to the organization's contact count, kept beside its contacts so that
    /// an unfiltered count reads one row; inside the caller's write transaction.
    ApiResult<void> adjustContactCount(qint64 organizationRowId, qint64 delta);
    /// The time a write stamps on what it changes (updatedAt, deletion times, the journal),
    /// in milliseconds since 1970. Read inside the write transaction, under the write lock:
    /// writes then commit in the order of their times, so that a sync that lists changes
    /// since a time never misses one that committed later with an earlier time (docs/sync.md).
    /// The database's clock where several machines write (PostgreSQL), else this process's.
    qint64 writeTime();
    /// True while the database holds a single organization (lets searches skip a join).
    ApiResult<bool> holdsOneOrganization();
    /// Where the deep stretches of this connection's unfiltered listings begin, kept from one
    /// read to the next while the data stay the same (ContactListing's).
    ListingAnchors& listingAnchors();
    /// The tag ids this connection's open transaction has linked contacts to (TagIndex's),
    /// emptied as each transaction ends (SqlTransaction).
    TransactionTagIds& transactionTagIds();

    using CheckpointMode = SqlDialect::CheckpointMode;
    using Checkpoint = SqlDialect::Checkpoint;
    /// Copies the write-ahead log back into the database (a server does it on a thread of
    /// its own, see WalCheckpointer); a backend without such a log does nothing.
    ApiResult<Checkpoint> checkpoint(CheckpointMode mode);
    /// Turns the backend's own checkpoints on this connection off, for a server whose
    /// requests must never pay for one.
    ApiResult<void> disableAutoCheckpoint();
    /// Gives the free pages of the database (those a large delete left) back to the file
    /// system, where the backend keeps them (SqlDialect::releaseFreePages()); inside the
    /// caller's write transaction, if any. The number of pages given back.
    ApiResult<qint64> releaseFreePages();
    /// Merges the search index after a large import (SqlDialect::compactSearchIndex()), so
    /// that later small writes do not pay for merging what the import wrote. Outside a
    /// transaction: each step commits. Whether there was anything to merge.
    ApiResult<bool> compactSearchIndex();
    /// Copies the database to a new file at `path` while others go on writing
    /// (SqlDialect::backupTo()); the copy's page count. SQLite only: PostgreSQL refuses.
    ApiResult<qint64> backupTo(const QString& path);
    /// Whether the connection still reaches the database (after a failed statement: was it
    /// the statement, or is the server gone?).
    bool isReachable();
    /// `ok` when the database's structure is sound, else what the backend found wrong.
    ApiResult<QString> checkIntegrity();
    /// Process-wide tuning for many threads reading at once (contacts-server): call before
    /// the first connection opens.
    static void tuneForConcurrentReaders();

    /// Sees every statement that any connection runs through the helpers below, and each
    /// transaction's BEGIN, COMMIT or ROLLBACK: the connection's name and the SQL, on the
    /// thread that runs it. For tests that count what an operation costs, including on the
    /// workers' own connections. An empty function stops observing. Thread-safe.
    using StatementObserver =
        std::function<void(const QString& connectionName, const QString& sql)>;
    static void setStatementObserver(StatementObserver observer);
    /// Tells the observer, if any, that `connectionName` runs `sql` (the statement runners'
    /// part of the above; costs one atomic load when nothing observes).
    static void reportStatement(const QString& connectionName, const QString& sql);

    // Running statements. Each one is prepared once per connection and reused; values bind
    // to its `?` placeholders in order. A failure is a 500 whose detail holds the SQL and the
    // driver's message.

    /// Runs a statement whose rows, if any, are not read.
    ApiResult<void> execute(const QString& sql, const QVariantList& values = {});
    /// execute(), then the number of rows the statement changed.
    ApiResult<int> executeCounting(const QString& sql, const QVariantList& values = {});
    /// execute() of an INSERT, then the id of the row it inserted.
    ApiResult<qint64> insert(const QString& sql, const QVariantList& values = {});
    /// Calls `onRow` for each row in order, until it returns false.
    ApiResult<void> forEachRow(const QString& sql, const QVariantList& values,
                               const std::function<bool(const SqlRow&)>& onRow);
    /// forEachRow() through Qt's driver (SqlDialect::forEachRow()'s default).
    ApiResult<void> forEachQtRow(const QString& sql, const QVariantList& values,
                                 const std::function<bool(const SqlRow&)>& onRow);
    /// Every row, each read by `read`.
    template <typename T>
    ApiResult<QList<T>> rows(const QString& sql, const QVariantList& values,
                             const std::function<T(const SqlRow&)>& read)
    {
        QList<T> out;
        auto done = forEachRow(sql, values, [&](const SqlRow& row) {
            out.append(read(row));
            return true;
        });
        if (!done)
            return std::unexpected(done.error());
        return out;
    }
    /// The first row read by `read`, nothing when there is none.
    template <typename T>
    ApiResult<std::optional<T>> firstRow(const QString& sql, const QVariantList& values,
                                         const std::function<T(const SqlRow&)>& read)
    {
        std::optional<T> found;
        auto done = forEachRow(sql, values, [&](const SqlRow& row) {
            found = read(row);
            return false;
        });
        if (!done)
            return std::unexpected(done.error());
        return found;
    }
    /// The first column of the first row as an integer (a count, a max); `none` when the
    /// statement returns no row.
    ApiResult<qint64> scalar(const QString& sql, const QVariantList& values = {}, qint64 none = 0);
    /// The first column of every row as integers (row ids).
    ApiResult<QList<qint64>> integers(const QString& sql, const QVariantList& values = {});
    /// Whether the statement returns a row.
    ApiResult<bool> exists(const QString& sql, const QVariantList& values = {});

private:
    /// A prepared statement for `sql`, prepared once per connection and reused.
    ApiResult<QSqlQuery*> prepared(const QString& sql);
    /// Runs `sql` like execute() and leaves its rows to read, before the first: read them,
    /// then finish() the query. The helpers above are built on it.
    ApiResult<QSqlQuery*> run(const QString& sql, const QVariantList& values = {});

    ContactDatabase() = default;
    ApiResult<void> migrate();
    ApiResult<void> loadDefaultOrganization();

    QString m_path;
    QString m_displayName;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<SqlDialect> m_dialect;
    int m_schemaVersion = 0;
    Organization m_defaultOrganization;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    std::unique_ptr<ListingAnchors> m_listingAnchors;
    std::unique_ptr<TransactionTagIds> m_transactionTagIds;
};
