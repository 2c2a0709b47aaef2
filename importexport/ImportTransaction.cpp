#include "ImportTransaction.h"

#include "ImportReport.h"

#include <algorithm>

ImportTransaction::ImportTransaction(ContactDatabase& db, int rows, double seconds)
    : m_db(db), m_maxRows(std::max(1, rows)), m_maxMsecs(qint64(std::max(0.0, seconds) * 1000))
{}

ApiResult<void> ImportTransaction::open(const ImportReport& report)
{
    if (m_transaction)
        return {};
    m_transaction.emplace(m_db, SqlTransaction::Write);
    if (m_transaction->beginError()) {
        const ApiError error = *m_transaction->beginError();
        m_transaction.reset();
        return std::unexpected(error);
    }
    m_committed = Committed{report.imported, report.updated,  report.unchanged,
                            report.skipped,  report.rowsRead, report.committedThroughLine};
    m_opened.start();
    m_rows = 0;
    return {};
}

void ImportTransaction::wrote(qint64 rows, qint64 lastLine)
{
    m_rows += rows;
    m_lastLine = lastLine;
}

ApiResult<void> ImportTransaction::commitIfDue(ImportReport& report)
{
    if (!m_transaction || (m_rows < m_maxRows && m_opened.elapsed() < m_maxMsecs))
        return {};
    return commit(report);
}

ApiResult<void> ImportTransaction::commit(ImportReport& report)
{
    if (!m_transaction)
        return {};
    auto committed = m_transaction->commit();
    m_transaction.reset(); // rolls back what a failed commit left open
    if (committed) {
        if (m_rows > 0)
            report.committedThroughLine = m_lastLine;
        return {};
    }
    restore(report);
    return committed;
}

void ImportTransaction::rollBack(ImportReport& report)
{
    if (!m_transaction)
        return;
    m_transaction.reset();
    restore(report);
}

void ImportTransaction::restore(ImportReport& report) const
{
    report.imported = m_committed.imported;
    report.updated = m_committed.updated;
    report.unchanged = m_committed.unchanged;
    report.skipped = m_committed.skipped;
    report.rowsRead = m_committed.rowsRead;
    report.committedThroughLine = m_committed.line;
    // The listed errors of rows rolled back go too; the error file keeps them (it is
    // written as rows come), which a resume from committedThroughLine would list again.
    report.errors.erase(std::remove_if(report.errors.begin(), report.errors.end(),
                                       [&](const ImportReport::Error& error) {
                                           return error.line > m_committed.line;
                                       }),
                        report.errors.end());
}
