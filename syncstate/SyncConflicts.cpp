#include "SyncConflicts.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

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

SyncConflict fromRow(const QSqlQuery& row)
{
    SyncConflict conflict;
    conflict.id = row.value(0).toLongLong();
    conflict.contactId = ContactIds::contactId(row.value(1).toByteArray());
    conflict.phone = row.value(2).toString();
    if (!row.value(3).isNull())
        conflict.name = row.value(3).toString();
    conflict.kind = SyncConflict::Kind(row.value(4).toInt());
    conflict.field = row.value(5).toString();
    conflict.localValue = valueFrom(row.value(6).toByteArray());
    conflict.remoteValue = valueFrom(row.value(7).toByteArray());
    conflict.at = Timestamps::fromMsecs(row.value(8).toLongLong());
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
    auto superseded = m_db.run(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?"
                                              " WHERE org_id = ? AND contact_uid = ? AND field = ?"
                                              " AND kind = ? AND resolved_at IS NULL"),
                               {now, m_organization, uid,
                                conflict.field.isNull() ? QStringLiteral("") : conflict.field,
                                int(conflict.kind)});
    if (!superseded)
        return std::unexpected(superseded.error());
    auto added = m_db.run(
        QStringLiteral(
            "INSERT INTO sync_conflicts (org_id, contact_uid, phone, name, kind, field,"
            " local_value, remote_value, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m_organization, uid, conflict.phone,
         conflict.name ? QVariant(*conflict.name) : QVariant(QMetaType::fromType<QString>()),
         // An empty field (a deletion's conflict) must not bind as NULL.
         int(conflict.kind), conflict.field.isNull() ? QStringLiteral("") : conflict.field,
         valueText(conflict.localValue), valueText(conflict.remoteValue), now});
    if (!added)
        return std::unexpected(added.error());
    return (*added)->lastInsertId().toLongLong();
}

ApiResult<QList<SyncConflict>> SyncConflicts::open()
{
    auto q = m_db.run(columns + QStringLiteral(" ORDER BY id"), {m_organization});
    if (!q)
        return std::unexpected(q.error());
    QList<SyncConflict> conflicts;
    while ((*q)->next())
        conflicts.append(fromRow(**q));
    (*q)->finish();
    return conflicts;
}

ApiResult<std::optional<SyncConflict>> SyncConflicts::find(qint64 id)
{
    auto q = m_db.run(columns + QStringLiteral(" AND id = ?"), {m_organization, id});
    if (!q)
        return std::unexpected(q.error());
    std::optional<SyncConflict> conflict;
    if ((*q)->next())
        conflict = fromRow(**q);
    (*q)->finish();
    return conflict;
}

ApiResult<qint64> SyncConflicts::openCount()
{
    auto counted = m_db.integers(QStringLiteral("SELECT count(*) FROM sync_conflicts"
                                                " WHERE org_id = ? AND resolved_at IS NULL"),
                                 {m_organization});
    if (!counted)
        return std::unexpected(counted.error());
    return counted->value(0);
}

ApiResult<bool> SyncConflicts::hasOpen(const QString& contactId)
{
    auto found = m_db.integers(QStringLiteral("SELECT 1 FROM sync_conflicts WHERE org_id = ?"
                                              " AND contact_uid = ? AND resolved_at IS NULL"
                                              " LIMIT 1"),
                               {m_organization, ContactIds::parse(contactId).bytes});
    if (!found)
        return std::unexpected(found.error());
    return !found->isEmpty();
}

ApiResult<void> SyncConflicts::resolve(qint64 id)
{
    auto resolved = m_db.run(QStringLiteral("UPDATE sync_conflicts SET resolved_at = ?"
                                            " WHERE org_id = ? AND id = ?"),
                             {QDateTime::currentMSecsSinceEpoch(), m_organization, id});
    if (!resolved)
        return std::unexpected(resolved.error());
    return {};
}
