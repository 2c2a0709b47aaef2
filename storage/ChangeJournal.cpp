#include "ChangeJournal.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "SqlDialect.h"
#include "Timestamps.h"

#include <QSqlQuery>

ChangeJournal::ChangeJournal(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<void> ChangeJournal::record(JournalEntry::Operation operation, qint64 contactRowId,
                                      const QString& contactId, const QStringList& fields,
                                      qint64 atMsecs)
{
    // join() of no fields is a null string, which would bind as SQL NULL.
    const QString fieldList = fields.isEmpty() ? QStringLiteral("") : fields.join(u',');
    auto recorded =
        m_db.run(QStringLiteral(
                     "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
                     " VALUES (?, ?, ?, ?, ?, ?)"),
                 {m_organization, contactRowId, ContactIds::parse(contactId).bytes, int(operation),
                  fieldList, atMsecs});
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

ApiResult<void> ChangeJournal::recordCreates(qint64 base, const QByteArray& uids,
                                             const QString& rowsJson, qint64 atMsecs)
{
    auto recorded = m_db.run(
        m_db.dialect().journalCreatesSql(),
        {m_organization, base, uids, int(JournalEntry::Operation::Create), atMsecs, rowsJson});
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

ApiResult<void> ChangeJournal::recordRows(JournalEntry::Operation operation,
                                          const QString& rowIdsJson, const QStringList& fields,
                                          qint64 atMsecs)
{
    const QString fieldList = fields.isEmpty() ? QStringLiteral("") : fields.join(u',');
    auto recorded =
        m_db.run(QStringLiteral(
                     "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
                     " SELECT ?, c.id, c.uid, ?, ?, ? FROM contacts c"
                     " WHERE c.id IN (SELECT value FROM json_each(?))"),
                 {m_organization, int(operation), fieldList, atMsecs, rowIdsJson});
    if (!recorded)
        return std::unexpected(recorded.error());
    return {};
}

ApiResult<QList<JournalEntry>> ChangeJournal::entries(qint64 afterSequence, int limit)
{
    auto q = m_db.run(QStringLiteral("SELECT seq, contact_id, contact_uid, operation, fields, at"
                                     " FROM journal WHERE org_id = ? AND seq > ?"
                                     " ORDER BY seq LIMIT ?"),
                      {m_organization, afterSequence, limit});
    if (!q)
        return std::unexpected(q.error());
    QList<JournalEntry> entries;
    while ((*q)->next()) {
        const QSqlQuery& row = **q;
        JournalEntry entry;
        entry.sequence = row.value(0).toLongLong();
        entry.contactRowId = row.value(1).toLongLong();
        entry.contactId = ContactIds::contactId(row.value(2).toByteArray());
        entry.operation = JournalEntry::Operation(row.value(3).toInt());
        const QString fields = row.value(4).toString();
        entry.fields = fields.isEmpty() ? QStringList{} : fields.split(u',');
        entry.at = Timestamps::fromMsecs(row.value(5).toLongLong());
        entries.append(entry);
    }
    (*q)->finish();
    return entries;
}
