#include "SyncStatus.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "ContactRows.h"
#include "SqlDialect.h"
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
    auto read = this->read(
        contactIds, [&states](const QString& id, SyncMark mark) { states.insert(id, mark.state); });
    if (!read)
        return std::unexpected(read.error());
    return states;
}

ApiResult<SyncMarks> SyncStatus::marks(const QStringList& contactIds)
{
    SyncMarks marks;
    auto read = this->read(contactIds, [&marks](const QString& id, SyncMark mark) {
        if (mark.state != SyncState::Synced)
            marks.insert(id, std::move(mark));
    });
    if (!read)
        return std::unexpected(read.error());
    return marks;
}

ApiResult<void>
SyncStatus::read(const QStringList& contactIds,
                 const std::function<void(const QString& id, SyncMark mark)>& onContact)
{
    QHash<QByteArray, QString> idOfUid;
    QByteArray uids;
    for (const QString& id : contactIds) {
        const ContactIds::Lookup lookup = ContactIds::parse(id);
        if (lookup.kind != ContactIds::Lookup::Kind::Uuid || idOfUid.contains(lookup.bytes))
            continue;
        idOfUid.insert(lookup.bytes, id);
        uids += lookup.bytes;
    }
    if (idOfUid.isEmpty())
        return {};
    // Per contact: an open conflict, its link (state, message) and an outbox entry after the
    // position; no row at all before the first sync.
    const QString sql =
        QStringLiteral("SELECT u.uid, EXISTS (SELECT 1 FROM sync_conflicts k WHERE k.org_id = ?"
                       " AND k.contact_uid = u.uid AND k.resolved_at IS NULL),"
                       " l.contact_uid IS NOT NULL, l.state, l.error,"
                       " EXISTS (SELECT 1 FROM journal j WHERE j.contact_uid = u.uid AND j.seq >"
                       " coalesce((SELECT CAST(value AS BIGINT) FROM settings WHERE key = ?), 0))"
                       " FROM (") +
        m_db.dialect().uidListSql() +
        QStringLiteral(") u LEFT JOIN sync_links l ON l.contact_uid = u.uid"
                       " WHERE EXISTS (SELECT 1 FROM settings WHERE key = ? AND value <> '')");
    return m_db.forEachRow(sql,
                           {m_organization, SyncCursors::outboxSetting(), uids,
                            ContactRows::uidPositions(idOfUid.size()),
                            SyncCursors::remoteSetting()},
                           [&](const SqlRow& row) {
                               SyncMark mark;
                               const bool linked = row.integer(2) != 0;
                               if (row.integer(1) != 0)
                                   mark.state = SyncState::Conflict;
                               else if (linked && SyncState(row.integer(3)) == SyncState::Error)
                                   mark = SyncMark{SyncState::Error, row.text(4)};
                               // A contact never linked has not reached the server, whatever its
                               // outbox says.
                               else if (!linked || row.integer(5) != 0)
                                   mark.state = SyncState::Pending;
                               onContact(idOfUid.value(row.bytes(0)), std::move(mark));
                               return true;
                           });
}

ApiResult<qint64> SyncStatus::pendingCount()
{
    auto configured = isConfigured();
    if (!configured)
        return std::unexpected(configured.error());
    auto position = SyncCursors(m_db).outboxPosition();
    if (!position)
        return std::unexpected(position.error());
    // Deletions the mass-deletion guard holds wait too, though the outbox has moved past.
    return m_db.scalar(QStringLiteral("SELECT (SELECT count(DISTINCT contact_uid) FROM journal"
                                      " WHERE org_id = ? AND seq > ?)"
                                      " + (SELECT count(*) FROM sync_held_deletions"
                                      " WHERE org_id = ?)"),
                       {m_organization, *position, m_organization});
}

ApiResult<qint64> SyncStatus::errorCount()
{
    return m_db.scalar(
        QStringLiteral("SELECT count(*) FROM sync_links WHERE org_id = ? AND state = ?"),
        {m_organization, int(SyncState::Error)});
}
