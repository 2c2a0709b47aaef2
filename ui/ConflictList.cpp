#include "ConflictList.h"

#include "ContactDatabase.h"
#include "ContactWriter.h"
#include "StoreTask.h"
#include "SyncConflicts.h"

ConflictList::ConflictList(ContactWriter* writer, QObject* parent)
    : QObject(parent), m_writer(writer)
{}

void ConflictList::reload()
{
    if (!m_writer)
        return;
    const quint64 generation = ++m_generation;
    setBusy(true, m_resolving);
    StoreTask::runOnDatabase<ApiResult<QList<SyncConflict>>>(
        m_writer->databasePath(), this,
        [](ContactDatabase& database) {
            return SyncConflicts(database, database.defaultOrganization().rowId).open();
        },
        [this, generation](ApiResult<QList<SyncConflict>> conflicts) {
            if (generation != m_generation)
                return; // a newer read answers
            setBusy(false, m_resolving);
            if (!conflicts) {
                emit readFailed(conflicts.error().message);
                return;
            }
            m_conflicts = std::move(*conflicts);
            emit conflictsRead();
        });
}

void ConflictList::resolve(const QList<qint64>& conflictIds, bool keepMine)
{
    if (!m_writer || conflictIds.isEmpty() || isBusy())
        return;
    setBusy(m_reading, true);
    m_writer->resolveConflicts(conflictIds, keepMine, this, [this](ApiResult<QStringList> errors) {
        setBusy(m_reading, false);
        emit resolved(errors ? *errors : QStringList{errors.error().message});
        reload();
    });
}

void ConflictList::setBusy(bool reading, bool resolving)
{
    const bool was = isBusy();
    m_reading = reading;
    m_resolving = resolving;
    if (isBusy() != was)
        emit busyChanged(isBusy());
}
