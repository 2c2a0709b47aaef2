#include "HeldDeletions.h"

#include "ContactDatabase.h"
#include "ContactIds.h"

#include <QDateTime>

namespace {

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

HeldDeletions::HeldDeletions(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<void> HeldDeletions::hold(const HeldDeletion& deletion)
{
    return m_db.execute(
        QStringLiteral("INSERT INTO sync_held_deletions"
                       " (contact_uid, org_id, remote_id, direction, phone, name, held_at,"
                       " merged_into) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (contact_uid) DO UPDATE SET"
                       " org_id = excluded.org_id, remote_id = excluded.remote_id,"
                       " direction = excluded.direction, phone = excluded.phone,"
                       " name = excluded.name, held_at = excluded.held_at,"
                       " merged_into = excluded.merged_into"),
        {ContactIds::parse(deletion.contactId).bytes, m_organization, deletion.remoteId,
         int(deletion.direction), nullableText(deletion.phone),
         deletion.name ? QVariant(*deletion.name) : QVariant(QMetaType::fromType<QString>()),
         QDateTime::currentMSecsSinceEpoch(), nullableText(deletion.mergedInto)});
}

ApiResult<void> HeldDeletions::release(const QString& contactId)
{
    return m_db.execute(
        QStringLiteral("DELETE FROM sync_held_deletions WHERE org_id = ? AND contact_uid = ?"),
        {m_organization, ContactIds::parse(contactId).bytes});
}

ApiResult<void> HeldDeletions::releaseRestoredOnServer(const QString& contactId)
{
    return m_db.execute(
        QStringLiteral("DELETE FROM sync_held_deletions"
                       " WHERE org_id = ? AND contact_uid = ? AND direction = ?"),
        {m_organization, ContactIds::parse(contactId).bytes, int(HeldDeletion::Direction::Here)});
}

ApiResult<void> HeldDeletions::releaseRestoredHere()
{
    return m_db.execute(
        QStringLiteral("DELETE FROM sync_held_deletions WHERE org_id = ? AND direction = ?"
                       " AND EXISTS (SELECT 1 FROM contacts c WHERE c.org_id = ?"
                       " AND c.uid = sync_held_deletions.contact_uid)"),
        {m_organization, int(HeldDeletion::Direction::OnServer), m_organization});
}

ApiResult<qint64> HeldDeletions::count(HeldDeletion::Direction direction)
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_held_deletions"
                                      " WHERE org_id = ? AND direction = ?"),
                       {m_organization, int(direction)});
}

ApiResult<QList<HeldDeletion>> HeldDeletions::oldest(HeldDeletion::Direction direction,
                                                     qint64 limit)
{
    // A contact deleted here has no row left: its phone is in its tombstone (found by the
    // deleted_contacts_uid index).
    const QString phone =
        direction == HeldDeletion::Direction::OnServer
            ? QStringLiteral("COALESCE(h.phone, (SELECT d.phone FROM deleted_contacts d"
                             " WHERE d.org_id = h.org_id AND d.uid = h.contact_uid"
                             " ORDER BY d.id DESC LIMIT 1))")
            : QStringLiteral("h.phone");
    return m_db.rows<HeldDeletion>(
        QStringLiteral("SELECT h.contact_uid, h.remote_id, %1, h.name, h.merged_into"
                       " FROM sync_held_deletions h WHERE h.org_id = ? AND h.direction = ?"
                       " ORDER BY h.held_at, h.contact_uid LIMIT ?")
            .arg(phone),
        {m_organization, int(direction), limit}, [direction](const SqlRow& row) {
            HeldDeletion deletion;
            deletion.contactId = ContactIds::contactId(row.bytes(0));
            deletion.remoteId = row.text(1);
            deletion.direction = direction;
            deletion.phone = row.isNull(2) ? QString() : row.text(2);
            if (!row.isNull(3))
                deletion.name = row.text(3);
            if (!row.isNull(4))
                deletion.mergedInto = row.text(4);
            return deletion;
        });
}

ApiResult<void> HeldDeletions::clear()
{
    return m_db.execute(QStringLiteral("DELETE FROM sync_held_deletions WHERE org_id = ?"),
                        {m_organization});
}
