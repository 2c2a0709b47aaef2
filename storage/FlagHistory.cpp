#include "FlagHistory.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "SqlDialect.h"
#include "SqlRow.h"
#include "Timestamps.h"

namespace {

const QString insertColumns = QStringLiteral(
    "INSERT INTO flag_history (org_id, contact_uid, flag, value, at, actor, method, detail, note)");

// An empty QString binds as SQL NULL; the history's texts are never null.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariantList originValues(const WriteOrigin& origin)
{
    return {text(origin.actor), WriteOrigin::methodName(origin.method), text(origin.detail),
            text(origin.note)};
}

} // namespace

FlagHistory::FlagHistory(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<void> FlagHistory::record(const QByteArray& uid, FlagChange::Flag flag, bool value,
                                    const WriteOrigin& origin, qint64 atMsecs)
{
    return m_db.execute(insertColumns + QStringLiteral(" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        QVariantList{m_organization, uid, int(flag), int(value), atMsecs} +
                            originValues(origin));
}

ApiResult<void> FlagHistory::recordRows(const QString& rowIdsJson, FlagChange::Flag flag,
                                        bool value, const WriteOrigin& origin, qint64 atMsecs)
{
    return m_db.execute(insertColumns +
                            QStringLiteral(" SELECT org_id, uid, ?, ?, ?, ?, ?, ?, ?"
                                           " FROM contacts WHERE id IN (") +
                            m_db.dialect().idListSql() + QStringLiteral(") ORDER BY id"),
                        QVariantList{int(flag), int(value), atMsecs} + originValues(origin) +
                            QVariantList{rowIdsJson});
}

ApiResult<void> FlagHistory::recordCreated(qint64 base, qint64 last, const WriteOrigin& origin,
                                           qint64 atMsecs)
{
    // Both flags in one statement over the new rows' range of the primary key: a few
    // microseconds a batch when nobody is opted in, which is most imports.
    // The casts tell PostgreSQL the parameters' types, which a UNION would make text.
    const QString select = QStringLiteral(" SELECT org_id, uid, %1, 1, CAST(? AS BIGINT), ?, ?,"
                                          " ?, ?"
                                          " FROM contacts WHERE id > ? AND id <= ? AND %2 <> 0");
    const QVariantList values =
        QVariantList{atMsecs} + originValues(origin) + QVariantList{base, last};
    return m_db.execute(
        insertColumns + select.arg(int(FlagChange::Flag::OptedIn)).arg(QStringLiteral("opted_in")) +
            QStringLiteral(" UNION ALL") +
            select.arg(int(FlagChange::Flag::IsBlocked)).arg(QStringLiteral("is_blocked")),
        values + values);
}

ApiResult<QList<FlagChange>> FlagHistory::ofContact(const QByteArray& uid)
{
    return m_db.rows<FlagChange>(
        QStringLiteral("SELECT contact_uid, flag, value, at, actor, method, detail, note"
                       " FROM flag_history WHERE org_id = ? AND contact_uid = ? ORDER BY id"),
        {m_organization, uid}, readChange);
}

ApiResult<QList<FlagChange>> FlagHistory::ofRows(const QString& rowIdsJson)
{
    return m_db.rows<FlagChange>(
        QStringLiteral("SELECT h.contact_uid, h.flag, h.value, h.at, h.actor, h.method, h.detail,"
                       " h.note FROM contacts c JOIN flag_history h"
                       " ON h.org_id = c.org_id AND h.contact_uid = c.uid"
                       " WHERE c.org_id = ? AND c.id IN (") +
            m_db.dialect().idListSql() + QStringLiteral(") ORDER BY c.id, h.id"),
        {m_organization, rowIdsJson}, readChange);
}

FlagChange FlagHistory::readChange(const SqlRow& row)
{
    FlagChange change;
    change.contactId = ContactIds::contactId(row.bytes(0));
    change.flag = row.integer(1) == int(FlagChange::Flag::IsBlocked) ? FlagChange::Flag::IsBlocked
                                                                     : FlagChange::Flag::OptedIn;
    change.value = row.integer(2) != 0;
    change.at = Timestamps::fromMsecs(row.integer(3));
    change.origin.actor = row.text(4);
    change.origin.method = WriteOrigin::methodNamed(row.text(5));
    change.origin.detail = row.text(6);
    change.origin.note = row.text(7);
    return change;
}
