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

ApiResult<qint64> ChangeJournal::lastSequence()
{
    return m_db.scalar(QStringLiteral("SELECT max(seq) FROM journal WHERE org_id = ?"),
                       {m_organization}, 0);
}

ApiResult<qint64> ChangeJournal::prune(qint64 throughSequence)
{
    auto dropped =
        m_db.executeCounting(QStringLiteral("DELETE FROM journal WHERE org_id = ? AND seq <= ?"),
                             {m_organization, throughSequence});
    if (!dropped)
        return std::unexpected(dropped.error());
    return qint64(*dropped);
}

ApiResult<qint64> ChangeJournal::recordEveryContact(qint64 atMsecs)
{
    // fieldsOfCreate() in SQL, from the stored row: a field is set when it is not null, not
    // an empty list or object, not false. SQL both backends accept (`||`, CASE).
    namespace Names = ContactFieldNames;
    const auto ifSet = [](const QString& condition, const QString& field) {
        return QStringLiteral(" || CASE WHEN ") + condition + QStringLiteral(" THEN ',") + field +
               QStringLiteral("' ELSE '' END");
    };
    const QString fields = u'\'' + Names::phone + u',' + Names::source + u'\'' +
                           ifSet(QStringLiteral("c.name IS NOT NULL"), Names::name) +
                           ifSet(QStringLiteral("c.email IS NOT NULL"), Names::email) +
                           ifSet(QStringLiteral("c.country_code IS NOT NULL"), Names::countryCode) +
                           ifSet(QStringLiteral("c.tags <> '[]'"), Names::tags) +
                           ifSet(QStringLiteral("c.labels <> '[]'"), Names::labels) +
                           ifSet(QStringLiteral("c.params <> '{}'"), Names::params) +
                           ifSet(QStringLiteral("c.opted_in <> 0"), Names::optedIn) +
                           ifSet(QStringLiteral("c.is_blocked <> 0"), Names::isBlocked);
    auto written = m_db.executeCounting(
        QStringLiteral(
            "INSERT INTO journal (org_id, contact_id, contact_uid, operation, fields, at)"
            " SELECT ?, c.id, c.uid, ?, ") +
            fields + QStringLiteral(", ? FROM contacts c WHERE c.org_id = ? ORDER BY c.id"),
        {m_organization, int(JournalEntry::Operation::Create), atMsecs, m_organization});
    if (!written)
        return std::unexpected(written.error());
    return qint64(*written);
}
