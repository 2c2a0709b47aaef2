#include "SyncConflicts.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

const QString columns = QStringLiteral(
    "SELECT id, contact_uid, phone, name, kind, field, local_value, remote_value, created_at"
    " FROM sync_conflicts WHERE org_id = ? AND resolved_at IS NULL");

// A JSON value of any type as text: wrapped in an array, since a document is an object or
// an array.
QString valueText(const QJsonValue& value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

QJsonValue valueFrom(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).array().at(0);
}

SyncConflict fromRow(const SqlRow& row)
{
    SyncConflict conflict;
    conflict.id = row.integer(0);
    conflict.contactId = ContactIds::contactId(row.bytes(1));
    conflict.phone = row.text(2);
    if (!row.isNull(3))
        conflict.name = row.text(3);
    conflict.kind = SyncConflict::Kind(row.integer(4));
    conflict.field = row.text(5);
    conflict.localValue = valueFrom(row.bytes(6));
    conflict.remoteValue = valueFrom(row.bytes(7));
    conflict.at = Timestamps::fromMsecs(row.integer(8));
    return conflict;
}

} // namespace

SyncConflicts::SyncConflicts(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<qint64> SyncConflicts::add(const SyncConflict& conflict)
{
    const QByteArray uid = ContactIds::parse(conflict.contactId).bytes;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto superseded = m_db.execute(
        QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?"
                       " WHERE org_id = ? AND contact_uid = ? AND field = ?"
                       " AND kind = ? AND resolved_at IS NULL"),
        {now, m_organization, uid, conflict.field.isNull() ? QStringLiteral("") : conflict.field,
         int(conflict.kind)});
    if (!superseded)
        return std::unexpected(superseded.error());
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO sync_conflicts (org_id, contact_uid, phone, name, kind, field,"
            " local_value, remote_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_organization, uid, conflict.phone,
         conflict.name ? QVariant(*conflict.name) : QVariant(QMetaType::fromType<QString>()),
         // An empty field (a deletion's conflict) must not bind as NULL.
         int(conflict.kind), conflict.field.isNull() ? QStringLiteral("") : conflict.field,
         valueText(conflict.localValue), valueText(conflict.remoteValue), now});
}

ApiResult<QList<SyncConflict>> SyncConflicts::open()
{
    return m_db.rows<SyncConflict>(columns + QStringLiteral(" ORDER BY id"), {m_organization},
                                   fromRow);
}

ApiResult<std::optional<SyncConflict>> SyncConflicts::find(qint64 id)
{
    return m_db.firstRow<SyncConflict>(columns + QStringLiteral(" AND id = ?"),
                                       {m_organization, id}, fromRow);
}

ApiResult<qint64> SyncConflicts::openCount()
{
    return m_db.scalar(QStringLiteral("SELECT count(*) FROM sync_conflicts"
                                      " WHERE org_id = ? AND resolved_at IS NULL"),
                       {m_organization});
}

ApiResult<bool> SyncConflicts::hasOpen(const QString& contactId)
{
    return m_db.exists(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE org_id = ?"
                                      " AND contact_uid = ? AND resolved_at IS NULL LIMIT 1"),
                       {m_organization, ContactIds::parse(contactId).bytes});
}

ApiResult<void> SyncConflicts::resolve(qint64 id)
{
    return m_db.execute(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?"
                                       " WHERE org_id = ? AND id = ?"),
                        {QDateTime::currentMSecsSinceEpoch(), m_organization, id});
}
