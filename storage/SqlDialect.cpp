#include "SqlDialect.h"

#include "ContactDatabase.h"
#include "JournalEntry.h"
#include "NewContactRow.h"
#include "OrderedJson.h"
#include "SqlRow.h"

#include <QSqlError>

namespace {

// The rows as insertContactsSql() reads them: one JSON array of
// [phone, name, nameKey, email, countryCode, tags, labels, params, source, journalFields,
// searchName, searchEmail, phoneDigits, optedIn, isBlocked] per row.
const QString& rowsJson(const SqlDialect::NewRows& newRows)
{
    if (!newRows.json.isNull())
        return newRows.json;
    const QList<NewContactRow*>& rows = newRows.rows;
    QByteArray json = "[";
    json.reserve(rows.size() * 300);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const NewContactRow& row = *rows.at(i);
        json += i ? ",[" : "[";
        PackedText::Reader columns = row.columns.reader();
        for (int column = 0; column < NewContactRow::ColumnCount; ++column) {
            const PackedText::Value value = columns.next();
            if (value.null)
                json += "null";
            else
                OrderedJson::appendString(json, QString::fromUtf8(value.bytes()));
            json += ',';
        }
        json += row.contact.optedIn ? "1," : "0,";
        json += row.contact.isBlocked ? "1]" : "0]";
    }
    json += ']';
    newRows.json = QString::fromUtf8(json);
    return newRows.json;
}

} // namespace

ApiError SqlDialect::statementError(const QSqlDatabase& db, const QString& sql,
                                    const QSqlError& error) const
{
    ApiError failed = ApiError::internal(sql + QStringLiteral(": ") + error.text());
    failed.storageFault = storageFault(db, error);
    return failed;
}

ApiResult<void> SqlDialect::forEachRow(ContactDatabase& db, const QString& sql,
                                       const QVariantList& values,
                                       const std::function<bool(const SqlRow&)>& onRow) const
{
    return db.forEachQtRow(sql, values, onRow);
}

ApiResult<void> SqlDialect::insertNewContacts(ContactDatabase& db, const NewRows& rows) const
{
    QByteArray uids, vendorIds;
    for (const NewContactRow* row : rows.rows) {
        uids += row->uid;
        vendorIds += row->vendorId;
    }
    const QString& json = rowsJson(rows);
    if (auto inserted = db.execute(insertContactsSql(), {rows.base, rows.organization, uids,
                                                         vendorIds, rows.now, rows.now, json});
        !inserted)
        return inserted;
    if (!rows.journaled)
        return {};
    return db.execute(journalCreatesSql(), {rows.organization, rows.base, uids,
                                            int(JournalEntry::Operation::Create), rows.now, json});
}

ApiResult<void> SqlDialect::indexNewContacts(ContactDatabase& db, const NewRows& rows) const
{
    return db.execute(indexContactsSql(), {rows.base, rowsJson(rows)});
}

ApiResult<void> SqlDialect::linkTags(ContactDatabase& db, const QList<TagLink>& links) const
{
    if (links.isEmpty())
        return {};
    QByteArray json = "[";
    json.reserve(links.size() * 16);
    for (qsizetype i = 0; i < links.size(); ++i) {
        json += i ? ",[" : "[";
        json += QByteArray::number(links.at(i).tagId) + ',' +
                QByteArray::number(links.at(i).contactId) + ']';
    }
    json += ']';
    return db.execute(linkTagsSql(), {QString::fromLatin1(json)});
}
