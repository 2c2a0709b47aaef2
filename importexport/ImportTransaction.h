#pragma once

#include "ApiError.h"
#include "SqlTransaction.h"

#include <QElapsedTimer>

#include <optional>

class ContactDatabase;
class ImportReport;

/// The write transaction an import's batches share (ImportOptions::rowsPerTransaction):
/// opened before a batch, committed once it holds enough rows or has been open long enough,
/// and at the end. The report's counts are kept as of the last commit, so that when a commit
/// fails (rolling back the batches since) the report still says what is in the database.
class ImportTransaction {
public:
    ImportTransaction(ContactDatabase& db, int rows, double seconds);

    /// Begins a transaction unless one is open.
    ApiResult<void> open(const ImportReport& report);
    /// A batch of `rows` data rows, ending at `lastLine`, was written in the open transaction.
    void wrote(qint64 rows, qint64 lastLine);
    /// Commits when the open transaction holds enough rows or time.
    ApiResult<void> commitIfDue(ImportReport& report);
    /// Commits the open transaction, if any. When that fails, nothing since the last commit
    /// is in the database, and `report` is brought back to that commit.
    ApiResult<void> commit(ImportReport& report);
    /// Rolls back what was written since the last commit (a batch failed halfway), and
    /// brings `report` back to that commit.
    void rollBack(ImportReport& report);

private:
    void restore(ImportReport& report) const;

    /// What the report said at the last commit.
    struct Committed {
        qint64 imported = 0;
        qint64 updated = 0;
        qint64 unchanged = 0;
        qint64 skipped = 0;
        qint64 rowsRead = 0;
        qint64 line = 0;
    };

    ContactDatabase& m_db;
    const qint64 m_maxRows;
    const qint64 m_maxMsecs;
    std::optional<SqlTransaction> m_transaction;
    QElapsedTimer m_opened;
    qint64 m_rows = 0;
    qint64 m_lastLine = 0;
    Committed m_committed;
};
