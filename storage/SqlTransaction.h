#pragma once

#include "ApiError.h"

#include <QSqlDatabase>
#include <QString>

/// A transaction that rolls back unless committed: every multi-row write runs inside one.
/// `beginSql` is `BEGIN` for a consistent read, the dialect's beginWriteSql() for a write.
/// Inside another transaction of the same connection it is a savepoint: its commit keeps its
/// writes for the outer commit, and its rollback undoes only its own.
class SqlTransaction {
public:
    SqlTransaction(QSqlDatabase& db, const QString& beginSql);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction&) = delete;
    SqlTransaction& operator=(const SqlTransaction&) = delete;

    /// The error that kept the transaction from beginning, if any.
    const std::optional<ApiError>& beginError() const { return m_beginError; }
    ApiResult<void> commit();

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    bool m_nested = false;
    std::optional<ApiError> m_beginError;
};
