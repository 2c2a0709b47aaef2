#include "SyncLinks.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "Timestamps.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const QString columns =
    QStringLiteral("SELECT contact_uid, remote_id, base, remote_updated_at, state, error"
                   " FROM sync_links WHERE org_id = ? AND ");

SyncLink fromRow(const QSqlQuery& row)
{
    SyncLink link;
    link.contactId = ContactIds::contactId(row.value(0).toByteArray());
    link.remoteId = row.value(1).toString();
    link.base = QJsonDocument::fromJson(row.value(2).toByteArray()).object();
    if (!row.value(3).isNull())
        link.remoteUpdatedAt = Timestamps::fromMsecs(row.value(3).toLongLong());
    link.state = SyncState(row.value(4).toInt());
    link.error = row.value(5).toString();
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
    auto q = m_db.run(columns + where, {m_organization, key});
    if (!q)
        return std::unexpected(q.error());
    std::optional<SyncLink> link;
    if ((*q)->next())
        link = fromRow(**q);
    (*q)->finish();
    return link;
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
    auto saved = m_db.run(
        QStringLiteral("INSERT OR REPLACE INTO sync_links"
                       " (contact_uid, org_id, remote_id, base, remote_updated_at, state, error)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {ContactIds::parse(link.contactId).bytes, m_organization, nullableText(link.remoteId),
         QString::fromUtf8(QJsonDocument(link.base).toJson(QJsonDocument::Compact)), updatedAt,
         int(link.state), nullableText(link.error)});
    if (!saved)
        return std::unexpected(saved.error());
    return {};
}

ApiResult<void> SyncLinks::remove(const QString& contactId)
{
    auto removed =
        m_db.run(QStringLiteral("DELETE FROM sync_links WHERE org_id = ? AND contact_uid = ?"),
                 {m_organization, ContactIds::parse(contactId).bytes});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

ApiResult<QStringList> SyncLinks::remoteIds()
{
    auto q = m_db.run(QStringLiteral("SELECT remote_id FROM sync_links"
                                     " WHERE org_id = ? AND remote_id IS NOT NULL"),
                      {m_organization});
    if (!q)
        return std::unexpected(q.error());
    QStringList ids;
    while ((*q)->next())
        ids.append((*q)->value(0).toString());
    (*q)->finish();
    return ids;
}

ApiResult<qint64> SyncLinks::linkedCount()
{
    auto counted = m_db.integers(QStringLiteral("SELECT count(*) FROM sync_links"
                                                " WHERE org_id = ? AND remote_id IS NOT NULL"),
                                 {m_organization});
    if (!counted)
        return std::unexpected(counted.error());
    return counted->value(0);
}

ApiResult<void> SyncLinks::clear()
{
    auto cleared =
        m_db.run(QStringLiteral("DELETE FROM sync_links WHERE org_id = ?"), {m_organization});
    if (!cleared)
        return std::unexpected(cleared.error());
    return {};
}
