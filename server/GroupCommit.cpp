#include "GroupCommit.h"

#include "ContactDatabase.h"
#include "SqlTransaction.h"

#include <QMutexLocker>

GroupCommit::GroupCommit(QMutex& writeLock, Failure failure)
    : m_writeLock(writeLock), m_failure(std::move(failure))
{}

ApiResponse GroupCommit::run(ContactDatabase& db, const Work& work)
{
    Pending mine;
    mine.work = &work;
    QMutexLocker locker(&m_mutex);
    m_queue.append(&mine);
    for (;;) {
        if (mine.done)
            return std::move(mine.response);
        if (!m_leading) {
            m_leading = true;
            const QList<Pending*> group = m_queue.mid(0, maxGroupSize);
            m_queue.remove(0, group.size());
            locker.unlock();
            lead(db, group);
            locker.relock();
            m_leading = false;
            m_groups += 1;
            m_writes += group.size();
            for (Pending* pending : group)
                pending->done = true;
            // The answered, and the next leader, if writes queued meanwhile.
            m_changed.wakeAll();
            continue;
        }
        m_changed.wait(&m_mutex);
    }
}

void GroupCommit::lead(ContactDatabase& db, const QList<Pending*>& group)
{
    QMutexLocker writers(&m_writeLock);
    SqlTransaction transaction(db, SqlTransaction::Write);
    if (transaction.beginError()) {
        for (Pending* pending : group)
            pending->response = m_failure(*transaction.beginError());
        return;
    }
    // Each write's own transaction is a savepoint inside this one: a write that fails undoes
    // only its own.
    for (Pending* pending : group) {
        // A write that throws must not leave the others waiting for a group that never ends.
        try {
            pending->response = (*pending->work)(db);
        } catch (const std::exception& e) {
            pending->response = m_failure(ApiError::internal(QString::fromLocal8Bit(e.what())));
        } catch (...) {
            pending->response = m_failure(ApiError::internal(QStringLiteral("unknown exception")));
        }
    }
    if (auto committed = transaction.commit(); !committed) {
        for (Pending* pending : group)
            pending->response = m_failure(committed.error());
    }
}

qint64 GroupCommit::groups() const
{
    QMutexLocker locker(&m_mutex);
    return m_groups;
}

qint64 GroupCommit::writes() const
{
    QMutexLocker locker(&m_mutex);
    return m_writes;
}
