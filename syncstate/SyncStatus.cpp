#include "SyncStatus.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"

SyncStatus::SyncStatus(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<bool> SyncStatus::isConfigured()
{
    auto remote = SyncCursors(m_db).remote();
    if (!remote)
        return std::unexpected(remote.error());
    return !remote->isEmpty();
}

ApiResult<QHash<QString, SyncState>> SyncStatus::states(const QStringList& contactIds)
{
    QHash<QString, SyncState> states;
    auto configured = isConfigured();
    if (!configured)
        return std::unexpected(configured.error());
    if (!*configured)
        return states;
    auto position = SyncCursors(m_db).outboxPosition();
    if (!position)
        return std::unexpected(position.error());
    SyncConflicts conflicts(m_db, m_organization);
    for (const QString& id : contactIds) {
        const QByteArray uid = ContactIds::parse(id).bytes;
        auto conflict = conflicts.hasOpen(id);
        if (!conflict)
            return std::unexpected(conflict.error());
        if (*conflict) {
            states.insert(id, SyncState::Conflict);
            continue;
        }
        auto link = m_db.integers(QStringLiteral("SELECT state, remote_id IS NOT NULL"
                                                 " FROM sync_links WHERE contact_uid = ?"),
                                  {uid});
        if (!link)
            return std::unexpected(link.error());
        if (!link->isEmpty() && SyncState(link->at(0)) == SyncState::Error) {
            states.insert(id, SyncState::Error);
            continue;
        }
        auto pending = m_db.integers(
            QStringLiteral("SELECT 1 FROM journal WHERE contact_uid = ? AND seq > ? LIMIT 1"),
            {uid, *position});
        if (!pending)
            return std::unexpected(pending.error());
        // A contact never linked has not reached the server, whatever its outbox says.
        const bool unlinked = link->isEmpty();
        states.insert(id, !pending->isEmpty() || unlinked ? SyncState::Pending : SyncState::Synced);
    }
    return states;
}

ApiResult<qint64> SyncStatus::pendingCount()
{
    auto configured = isConfigured();
    if (!configured)
        return std::unexpected(configured.error());
    auto position = SyncCursors(m_db).outboxPosition();
    if (!position)
        return std::unexpected(position.error());
    return m_db.scalar(QStringLiteral("SELECT count(DISTINCT contact_uid) FROM journal"
                                      " WHERE org_id = ? AND seq > ?"),
                       {m_organization, *position});
}

ApiResult<qint64> SyncStatus::errorCount()
{
    return m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sync_links WHERE org_id = ? AND state = ?"),
        {m_organization, int(SyncState::Error)});
}
