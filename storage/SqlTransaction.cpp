#include "SqlTransaction.h"

#include "ContactDatabase.h"
#include "SqlDialect.h"
#include "TransactionTagIds.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// Open transactions per connection. A connection belongs to one thread, so the count is
// the thread's own; a nested transaction is a savepoint, so that the sync engine can make
// the store's writes and its own bookkeeping one transaction.
int& depthOf(const QSqlDatabase& db)
{
    thread_local QHash<QString, int> depths;
    return depths[db.connectionName()];
}

const QString savepoint = QStringLiteral("nested");

} // namespace

bool SqlTransaction::isOpen(ContactDatabase& db)
{
    return depthOf(db.connection()) > 0;
}

SqlTransaction::SqlTransaction(ContactDatabase& db, Kind kind, Nesting nesting)
    : m_db(db.connection()), m_dialect(db.dialect()), m_tagIds(db.transactionTagIds())
{
    m_nested = depthOf(m_db) > 0;
    if (m_nested && nesting == Join) {
        m_joined = m_active = true;
        return;
    }
    const SqlDialect& dialect = m_dialect;
    const QString sql = m_nested           ? QStringLiteral("SAVEPOINT ") + savepoint
                        : kind == Write    ? dialect.beginWriteSql()
                        : kind == RowLocks ? dialect.beginRowLocksSql()
                        : kind == Search   ? dialect.beginSearchSql()
                                           : dialect.beginReadSql();
    ContactDatabase::reportStatement(m_db.connectionName(), sql);
    QSqlQuery begin(m_db);
    bool begun = begin.exec(sql);
    // The statements after the first (PostgreSQL's write lock) answer in results of their own.
    while (begun && begin.nextResult()) {
    }
    if (!begun || begin.lastError().isValid()) {
        m_beginError = dialect.statementError(m_db, sql, begin.lastError());
        // A BEGIN that went through must not leave the connection in a transaction.
        if (begun && !m_nested)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return;
    }
    m_active = true;
    ++depthOf(m_db);
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active || m_joined)
        return;
    const QStringList rollback = m_nested ? QStringList{QStringLiteral("ROLLBACK TO ") + savepoint,
                                                        QStringLiteral("RELEASE ") + savepoint}
                                          : QStringList{QStringLiteral("ROLLBACK")};
    for (const QString& sql : rollback) {
        ContactDatabase::reportStatement(m_db.connectionName(), sql);
        QSqlQuery(m_db).exec(sql);
    }
    // The tags the rolled-back writes inserted are gone, and with them maybe their ids.
    m_tagIds.clear();
    --depthOf(m_db);
}

ApiResult<void> SqlTransaction::commit()
{
    if (!m_active)
        return std::unexpected(
            m_beginError.value_or(ApiError::internal(QStringLiteral("no transaction"))));
    if (m_joined) {
        m_active = false;
        return {};
    }
    const QString sql =
        m_nested ? QStringLiteral("RELEASE ") + savepoint : QStringLiteral("COMMIT");
    ContactDatabase::reportStatement(m_db.connectionName(), sql);
    QSqlQuery commit(m_db);
    if (!commit.exec(sql))
        return std::unexpected(m_dialect.statementError(m_db, sql, commit.lastError()));
    m_active = false;
    // Past the outermost commit other connections may change the tags again.
    if (!m_nested)
        m_tagIds.clear();
    --depthOf(m_db);
    return {};
}
