#include "ChangeJournal.h"

#include "Contact.h"
#include "ContactDatabase.h"
#include "ContactFieldNames.h"
#include "ContactIds.h"
#include "SqlDialect.h"
#include "Timestamps.h"

ChangeJournal::ChangeJournal(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

QStringList ChangeJournal::fieldsOfCreate(const Contact& c)
{
    namespace Names = ContactFieldNames;
    QStringList fields = {Names::phone, Names::source};
    const auto setField = [&fields](bool set, const QString& field) {
        if (set)
            fields.append(field);
    };
    setField(c.name.has_value(), Names::name);
    setField(c.email.has_value(), Names::email);
    setField(c.countryCode.has_value(), Names::countryCode);
    setField(!c.tags.isEmpty(), Names::tags);
    setField(!c.labels.isEmpty(), Names::labels);
    setField(!c.params.isEmpty(), Names::params);
    setField(c.optedIn, Names::optedIn);
    setField(c.isBlocked, Names::isBlocked);
    return fields;
}

ApiResult<void> ChangeJournal::record(JournalEntry::Operation operation, qint64 contactRowId,
                                      const QString& contactId, const QStringList& fields,
                                      qint64 atMsecs)
{
    // join() of no fields is a null string, which would bind as SQL NULL.
    const QString fieldList = fields.isEmpty() ? QStringLiteral("") : fields.join(u',');
    return m_db.execute(
        QStringLiteral(
            "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
            " VALUES (?, ?, ?, ?, ?, ?)"),
        {m_organization, contactRowId, ContactIds::parse(contactId).bytes, int(operation),
         fieldList, atMsecs});
}

ApiResult<void> ChangeJournal::recordCreates(qint64 base, const QByteArray& uids,
                                             const QString& rowsJson, qint64 atMsecs)
{
    return m_db.execute(
        m_db.dialect().journalCreatesSql(),
        {m_organization, base, uids, int(JournalEntry::Operation::Create), atMsecs, rowsJson});
}

ApiResult<void> ChangeJournal::recordRows(JournalEntry::Operation operation,
                                          const QString& rowIdsJson, const QStringList& fields,
                                          qint64 atMsecs)
{
    const QString fieldList = fields.isEmpty() ? QStringLiteral("") : fields.join(u',');
    return m_db.execute(
        QStringLiteral(
            "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
            " SELECT ?, c.id, c.uid, ?, ?, ? FROM contacts c WHERE c.id IN (") +
            m_db.dialect().idListSql() + u')',
        {m_organization, int(operation), fieldList, atMsecs, rowIdsJson});
}

ApiResult<QList<JournalEntry>> ChangeJournal::entries(qint64 afterSequence, int limit)
{
    return m_db.rows<JournalEntry>(
        QStringLiteral("SELECT seq, contact_id, contact_uid, operation, fields, at"
                       " FROM journal WHERE org_id = ? AND seq > ? ORDER BY seq LIMIT ?"),
        {m_organization, afterSequence, limit}, [](const SqlRow& row) {
            JournalEntry entry;
            entry.sequence = row.integer(0);
            entry.contactRowId = row.integer(1);
            entry.contactId = ContactIds::contactId(row.bytes(2));
            entry.operation = JournalEntry::Operation(row.integer(3));
            const QString fields = row.text(4);
            entry.fields = fields.isEmpty() ? QStringList{} : fields.split(u',');
            entry.at = Timestamps::fromMsecs(row.integer(5));
            return entry;
        });
}
