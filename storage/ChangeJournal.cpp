#include "ChangeJournal.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "Timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

ChangeJournal::ChangeJournal(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<void> ChangeJournal::record(JournalEntry::Operation operation, qint64 contactRowId,
                                      const QString& contactId, const QStringList& fields,
                                      qint64 atMsecs)
{
    auto query = m_db.prepared(QStringLiteral(
        "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
        " VALUES (:org, :contact, :uid, :operation, :fields, :at)"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization);
    q.bindValue(QStringLiteral(":contact"), contactRowId);
    q.bindValue(QStringLiteral(":uid"), ContactIds::parse(contactId).bytes);
    q.bindValue(QStringLiteral(":operation"), int(operation));
    q.bindValue(QStringLiteral(":fields"), fields.join(u','));
    q.bindValue(QStringLiteral(":at"), atMsecs);
    if (!q.exec())
        return std::unexpected(ApiError::internal(q.lastError().text()));
    return {};
}

ApiResult<QList<JournalEntry>> ChangeJournal::entries(qint64 afterSequence, int limit)
{
    auto query = m_db.prepared(
        QStringLiteral("SELECT seq, contact_id, contact_uid, operation, fields, at FROM journal"
                       " WHERE org_id = :org AND seq > :after ORDER BY seq LIMIT :limit"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization);
    q.bindValue(QStringLiteral(":after"), afterSequence);
    q.bindValue(QStringLiteral(":limit"), limit);
    if (!q.exec())
        return std::unexpected(ApiError::internal(q.lastError().text()));
    QList<JournalEntry> entries;
    while (q.next()) {
        JournalEntry entry;
        entry.sequence = q.value(0).toLongLong();
        entry.contactRowId = q.value(1).toLongLong();
        entry.contactId = ContactIds::contactId(q.value(2).toByteArray());
        entry.operation = JournalEntry::Operation(q.value(3).toInt());
        const QString fields = q.value(4).toString();
        entry.fields = fields.isEmpty() ? QStringList{} : fields.split(u',');
        entry.at = Timestamps::fromMsecs(q.value(5).toLongLong());
        entries.append(entry);
    }
    q.finish();
    return entries;
}
