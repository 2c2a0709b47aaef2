#include "RequestWindows.h"

#include "ContactDatabase.h"
#include "SqlTransaction.h"

ApiResult<std::optional<qint64>> RequestWindows::admit(qint64 organizationRowId, int limit,
                                                       qint64 windowMsecs)
{
    SqlTransaction transaction(m_db, SqlTransaction::RowLocks);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    const SqlDialect& dialect = m_db.dialect();
    // The organization's window row is the lock its requests take turns on; the first
    // request makes it.
    const QString lockSql = QStringLiteral("SELECT ") + dialect.nowMsecsExpression() +
                            QStringLiteral(" FROM rate_windows WHERE org_id = ?") +
                            dialect.rowLockSuffix();
    auto now = m_db.scalar(lockSql, {organizationRowId}, -1);
    if (now && *now < 0) {
        if (auto made = m_db.execute(QStringLiteral("INSERT INTO rate_windows (org_id) VALUES (?)"
                                                    " ON CONFLICT (org_id) DO NOTHING"),
                                     {organizationRowId});
            !made)
            return std::unexpected(made.error());
        now = m_db.scalar(lockSql, {organizationRowId}, -1);
    }
    if (!now)
        return std::unexpected(now.error());

    if (auto expired =
            m_db.execute(QStringLiteral("DELETE FROM rate_hits WHERE org_id = ? AND at <= ?"),
                         {organizationRowId, *now - windowMsecs});
        !expired)
        return std::unexpected(expired.error());
    // Counted no further than the limit: the cost stays that of `limit` rows.
    auto counted = m_db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM rate_hits"
                                              " WHERE org_id = ? LIMIT ?) AS recent"),
                               {organizationRowId, limit});
    if (!counted)
        return std::unexpected(counted.error());
    std::optional<qint64> wait;
    if (*counted >= limit) {
        auto oldest = m_db.scalar(QStringLiteral("SELECT min(at) FROM rate_hits WHERE org_id = ?"),
                                  {organizationRowId}, *now);
        if (!oldest)
            return std::unexpected(oldest.error());
        wait = std::max<qint64>(1, *oldest + windowMsecs - *now);
    } else if (auto counted =
                   m_db.execute(QStringLiteral("INSERT INTO rate_hits (org_id, at) VALUES (?, ?)"),
                                {organizationRowId, *now});
               !counted) {
        return std::unexpected(counted.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return wait;
}
