#pragma once

#include "ApiError.h"

#include <QSqlDatabase>
#include <QString>

class ContactDatabase;
class SqlDialect;
class TransactionTagIds;

/// A transaction that rolls back unless committed: every multi-row write runs inside one.
/// Inside another transaction of the same connection it is a savepoint: its commit keeps its
/// writes for the outer commit, and its rollback undoes only its own.
class SqlTransaction {
public:
    enum Kind {
        Read, ///< several reads that must see one snapshot (a count and its page)
        /// Like Read, for reads that match a search (SqlDialect::beginSearchSql()).
        Search,
        /// A write that takes the write lock at once, so that a check (is this phone taken?)
        /// and the write that follows it cannot interleave with another connection's.
        Write,
        /// A short write that serializes on the rows it locks (SqlDialect::rowLockSuffix())
        /// rather than on the database's write lock: the rate limit's counts, on every request.
        RowLocks,
    };
    /// What a transaction begun inside another of the same connection is.
    enum Nesting {
        Savepoint, ///< its rollback undoes only its own writes
        /// Part of the outer one: no savepoint, so nothing to roll back on its own (a
        /// failure must roll back the outer transaction). For a file import's batches, whose
        /// savepoints kept a copy of every page they touched (ImportTransaction).
        Join,
    };
    SqlTransaction(ContactDatabase& db, Kind kind, Nesting nesting = Savepoint);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /// Whether the connection is inside a transaction begun here (of any kind).
    static bool isOpen(ContactDatabase& db);

    /// The error that kept the transaction from beginning, if any.
    const std::optional<ApiError>& beginError() const { return m_beginError; }
    ApiResult<void> commit();

private:
    QSqlDatabase& m_db;
    const SqlDialect& m_dialect;
    TransactionTagIds& m_tagIds;
    bool m_active = false;
    bool m_nested = false;
    bool m_joined = false;
    std::optional<ApiError> m_beginError;
};
