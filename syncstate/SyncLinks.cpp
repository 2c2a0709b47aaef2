#include "SyncLinks.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "Timestamps.h"

#include <QJsonDocument>

namespace {

const QString columns =
    QStringLiteral("SELECT contact_uid, remote_id, base, remote_updated_at, state, error"
                   " FROM sync_links WHERE org_id = ? AND ");

SyncLink fromRow(const SqlRow& row)
{
    SyncLink link;
    link.contactId = ContactIds::contactId(row.bytes(0));
    link.remoteId = row.text(1);
    link.base = QJsonDocument::fromJson(row.bytes(2)).object();
    if (!row.isNull(3))
        link.remoteUpdatedAt = Timestamps::fromMsecs(row.integer(3));
    link.state = SyncState(row.integer(4));
    link.error = row.text(5);
    return link;
}

QVariant nullableText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

SyncLinks::SyncLinks(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<std::optional<SyncLink>> SyncLinks::one(const QString& where, const QVariant& key)
{
    return m_db.firstRow<SyncLink>(columns + where, {m_organization, key}, fromRow);
}

ApiResult<std::optional<SyncLink>> SyncLinks::byContact(const QString& contactId)
{
    return one(QStringLiteral("contact_uid = ?"), ContactIds::parse(contactId).bytes);
}

ApiResult<std::optional<SyncLink>> SyncLinks::byRemote(const QString& remoteId)
{
    return one(QStringLiteral("remote_id = ?"), remoteId);
}

ApiResult<void> SyncLinks::save(const SyncLink& link)
{
    const QVariant updatedAt = link.remoteUpdatedAt
                                   ? QVariant(link.remoteUpdatedAt->toMSecsSinceEpoch())
                                   : QVariant(QMetaType::fromType<qint64>());
    const QByteArray uid = ContactIds::parse(link.contactId).bytes;
    // A remote contact is linked to one local contact: a new link to it replaces the old.
    if (!link.remoteId.isEmpty()) {
        if (auto unlinked = m_db.execute(QStringLiteral("DELETE FROM sync_links WHERE org_id = ?"
                                                        " AND remote_id = ? AND contact_uid <> ?"),
                                         {m_organization, link.remoteId, uid});
            !unlinked)
            return unlinked;
    }
    return m_db.execute(
        QStringLiteral("INSERT INTO sync_links"
                       " (contact_uid, org_id, remote_id, base, remote_updated_at, state, error)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (contact_uid) DO UPDATE SET"
                       " org_id = excluded.org_id, remote_id = excluded.remote_id,"
                       " base = excluded.base, remote_updated_at = excluded.remote_updated_at,"
                       " state = excluded.state, error = excluded.error"),
        {uid, m_organization, nullableText(link.remoteId),
         QString::fromUtf8(QJsonDocument(link.base).toJson(QJsonDocument::Compact)), updatedAt,
         int(link.state), nullableText(link.error)});
}

ApiResult<void> SyncLinks::remove(const QString& contactId)
{
    return m_db.execute(
        QStringLiteral("DELETE FROM sync_links WHERE org_id = ? AND contact_uid = ?"),
        {m_organization, ContactIds::parse(contactId).bytes});
}

ApiResult<QStringList> SyncLinks::remoteIds()
{
    return m_db.rows<QString>(QStringLiteral("SELECT remote_id FROM sync_links"
                                             " WHERE org_id = ? AND remote_id IS NOT NULL"),
                              {m_organization}, [](const SqlRow& row) { return row.text(0); });
}

ApiResult<qint64> SyncLinks::linkedCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_links"
                                      " WHERE org_id = ? AND remote_id IS NOT NULL"),
                       {m_organization});
}

ApiResult<void> SyncLinks::clear()
{
    return m_db.execute(QStringLiteral("DELETE FROM sync_links WHERE org_id = ?"),
                        {m_organization});
}
