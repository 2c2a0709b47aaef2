#include "SyncStatusReader.h"

#include "ContactDatabase.h"
#include "StoreTask.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncStatus.h"

SyncStatusReader::SyncStatusReader(QObject* parent) : QObject(parent) {}

void SyncStatusReader::setConfigured(bool configured)
{
    const bool changed = configured != m_configured;
    m_configured = configured;
    if (changed)
        reload();
}

void SyncStatusReader::reload(const QString& databasePath)
{
    const quint64 generation = ++m_generation;
    m_databasePath = databasePath;
    if (databasePath.isEmpty() || !m_configured) {
        emit countsRead(SyncCounts{});
        return;
    }
    StoreTask::runOnDatabase<ApiResult<SyncCounts>>(
        databasePath, this,
        [](ContactDatabase& database) -> ApiResult<SyncCounts> {
            const qint64 organization = database.defaultOrganization().rowId;
            SyncStatus status(database, organization);
            SyncCursors cursors(database);
            auto pending = status.pendingCount();
            auto errors = status.errorCount();
            auto conflicts = SyncConflicts(database, organization).openCount();
            auto lastRun = cursors.lastRun();
            auto lastError = cursors.lastError();
            for (const ApiError* error :
                 {pending ? nullptr : &pending.error(), errors ? nullptr : &errors.error(),
                  conflicts ? nullptr : &conflicts.error(), lastRun ? nullptr : &lastRun.error(),
                  lastError ? nullptr : &lastError.error()}) {
                if (error)
                    return std::unexpected(*error);
            }
            SyncCounts counts;
            counts.pending = *pending;
            counts.errors = *errors;
            counts.conflicts = *conflicts;
            counts.lastRun = *lastRun;
            counts.lastError = *lastError;
            return counts;
        },
        [this, generation](ApiResult<SyncCounts> counts) {
            if (generation != m_generation)
                return;
            if (counts)
                emit countsRead(*counts);
            else
                emit readFailed(counts.error().message);
        });
}
