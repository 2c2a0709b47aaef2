#include "SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

SqlTransaction::SqlTransaction(QSqlDatabase& db, const QString& beginSql) : m_db(db)
{
    QSqlQuery begin(m_db);
    m_active = begin.exec(beginSql);
    if (!m_active)
        m_beginError =
            ApiError::internal(beginSql + QStringLiteral(": ") + begin.lastError().text());
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

ApiResult<void> SqlTransaction::commit()
{
    if (!m_active)
        return std::unexpected(
            m_beginError.value_or(ApiError::internal(QStringLiteral("no transaction"))));
    QSqlQuery commit(m_db);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString why = commit.lastError().text();
        return std::unexpected(ApiError::internal(QStringLiteral("COMMIT: ") + why));
    }
    m_active = false;
    return {};
}
