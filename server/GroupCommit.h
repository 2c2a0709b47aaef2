#pragma once

#include "ApiError.h"
#include "ApiResponse.h"

#include <QList>
#include <QMutex>
#include <QWaitCondition>

#include <functional>

class ContactDatabase;

/// Commits the writes that arrive together in one transaction, each in a savepoint of its
/// own: under 16 concurrent creates a commit each (its log write, its FTS5 segment flush, the
/// pages every create touches: counts, the id and time indexes' ends) set the p99. The first
/// caller to find no group running leads: it takes the server's write lock, runs every write
/// queued by then on its own connection, commits, and hands each caller its answer. Nobody is
/// answered before the commit that keeps their write.
class GroupCommit {
public:
    /// One write: runs on the leader's connection, inside the group's transaction.
    using Work = std::function<ApiResponse(ContactDatabase&)>;
    /// What every write of a group whose commit failed answers.
    using Failure = std::function<ApiResponse(const ApiError&)>;

    GroupCommit(QMutex& writeLock, Failure failure);

    /// Runs `work` in the next group and waits for that group's commit; `db` is the caller's
    /// connection, used when the caller leads.
    ApiResponse run(ContactDatabase& db, const Work& work);

    /// How many groups have committed, and how many writes they held (for the tests).
    qint64 groups() const;
    qint64 writes() const;

private:
    struct Pending {
        const Work* work = nullptr;
        ApiResponse response;
        bool done = false;
    };
    void lead(ContactDatabase& db, const QList<Pending*>& group);

    QMutex& m_writeLock;
    const Failure m_failure;
    mutable QMutex m_mutex; ///< guards what follows
    QWaitCondition m_changed;
    QList<Pending*> m_queue;
    bool m_leading = false;
    qint64 m_groups = 0;
    qint64 m_writes = 0;
    /// A group larger than this leaves the rest to the next one, so that no answer waits
    /// behind an unbounded transaction.
    static constexpr int maxGroupSize = 64;
};
