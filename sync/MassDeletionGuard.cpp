#include "MassDeletionGuard.h"

#include "ListQuery.h"
#include "RemoteContactApplier.h"
#include "SyncPush.h"
#include "SyncSession.h"

#include <QCoreApplication>

namespace {

/// Held deletions applied per transaction here, and read per step for the server.
constexpr qint64 batchSize = 500;

} // namespace

qint64 MassDeletionGuard::limitFor(qint64 organizationSize)
{
    return std::max(floor, std::min(ceiling, organizationSize * 5 / 100));
}

MassDeletionGuard::MassDeletionGuard(SyncSession& session) : m_session(session) {}

bool MassDeletionGuard::run(HeldDeletion::Direction side)
{
    using Direction = HeldDeletion::Direction;
    if (side == Direction::OnServer) {
        // A contact restored here since (an undo) is no longer to be deleted on the server.
        if (auto released = m_session.held.releaseRestoredHere(); !released) {
            m_session.failOnDatabase(released.error());
            return false;
        }
    }
    auto held = m_session.held.count(side);
    if (!held) {
        m_session.failOnDatabase(held.error());
        return false;
    }
    if (*held == 0)
        return true;
    qint64 limit = 0;
    if (m_session.allowedDeletions) {
        limit = *m_session.allowedDeletions;
    } else {
        // The organization as it was before the deletions: those made here are held too.
        auto present = m_session.store.count(ListQuery());
        auto deletedHere = m_session.held.count(Direction::OnServer);
        if (!present || !deletedHere) {
            m_session.failOnDatabase(!present ? present.error() : deletedHere.error());
            return false;
        }
        limit = limitFor(*present + *deletedHere);
    }
    m_session.summary.deletionLimit = limit;
    if (*held > limit)
        return describeHeld(side, *held);
    if (m_session.allowedDeletions)
        *m_session.allowedDeletions -= *held;
    return side == Direction::Here ? deleteHere(*held) : deleteOnServer(*held);
}

bool MassDeletionGuard::deleteHere(qint64 total)
{
    qint64 done = 0;
    for (;;) {
        auto batch = m_session.held.oldest(HeldDeletion::Direction::Here, batchSize);
        if (!batch) {
            m_session.failOnDatabase(batch.error());
            return false;
        }
        if (batch->isEmpty())
            return true;
        RemoteContactApplier applier(m_session);
        int removed = 0;
        auto written = m_session.inTransaction([&]() -> ApiResult<void> {
            for (const HeldDeletion& deletion : *batch) {
                auto deleted = applier.applyDeletion(deletion.remoteId, deletion.mergedInto);
                if (!deleted)
                    return std::unexpected(deleted.error());
                removed += *deleted ? 1 : 0;
                // applyDeletion releases what it finds linked; a link gone since leaves
                // nothing to delete.
                if (auto released = m_session.held.release(deletion.contactId); !released)
                    return released;
            }
            return {};
        });
        if (!written) {
            m_session.failOnDatabase(written.error());
            return false;
        }
        m_session.summary.pulled += removed;
        done += batch->size();
        if (m_session.progressed)
            m_session.progressed({SyncProgress::Phase::Pulling, std::min(done, total), total});
    }
}

bool MassDeletionGuard::deleteOnServer(qint64 total)
{
    SyncPush push(m_session);
    qint64 done = 0;
    for (;;) {
        auto batch = m_session.held.oldest(HeldDeletion::Direction::OnServer, batchSize);
        if (!batch) {
            m_session.failOnDatabase(batch.error());
            return false;
        }
        if (batch->isEmpty())
            return true;
        for (const HeldDeletion& deletion : *batch) {
            if (m_session.client.isCancelled()) {
                m_session.fail({ClientError::Kind::Cancelled, 0,
                                QCoreApplication::translate("SyncEngine", "Sync was stopped")});
                return false;
            }
            if (!push.sendHeldDeletion(deletion))
                return false;
            ++done;
            if (m_session.progressed)
                m_session.progressed({SyncProgress::Phase::Pushing, std::min(done, total), total});
        }
    }
}

bool MassDeletionGuard::describeHeld(HeldDeletion::Direction side, qint64 count)
{
    const bool here = side == HeldDeletion::Direction::Here;
    (here ? m_session.summary.heldHere : m_session.summary.heldOnServer) = count;
    auto sample = m_session.held.oldest(side, sampleSize);
    if (!sample) {
        m_session.failOnDatabase(sample.error());
        return false;
    }
    for (const HeldDeletion& deletion : *sample) {
        m_session.summary.heldSample.append(QJsonObject{
            {QStringLiteral("id"), deletion.contactId},
            {QStringLiteral("phone"),
             deletion.phone.isEmpty() ? QJsonValue() : QJsonValue(deletion.phone)},
            {QStringLiteral("name"), deletion.name ? QJsonValue(*deletion.name) : QJsonValue()},
            {QStringLiteral("where"), here ? QStringLiteral("here") : QStringLiteral("server")},
        });
    }
    return true;
}
