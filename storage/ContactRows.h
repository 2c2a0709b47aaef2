#pragma once

#include "ApiError.h"
#include "Contact.h"

#include <QList>
#include <QString>

class ContactDatabase;
class SqlRow;

/// Reading contacts rows: the one column list and row conversion of ContactStore and
/// ContactBatchEdit.
namespace ContactRows {

/// The columns contactFromRow() reads, in its order, for `SELECT <columns> FROM contacts`.
const QString& columns();
Contact fromRow(const SqlRow& row);
/// The contacts of `rowIds`, in that order, read by one statement; ids without a row are
/// left out.
ApiResult<QList<Contact>> read(ContactDatabase& db, const QList<qint64>& rowIds);
/// A tags, labels or params column's text: a compact JSON array or object.
QString columnText(const QStringList& list);
QString columnText(const QJsonObject& object);
/// `rowIds` as a JSON array, for the dialect's idListSql() and batch statements.
QString jsonIds(const QList<qint64>& rowIds);
/// A JSON array of `count` zeros: what numbers `count` concatenated uids in the dialect's
/// contactsByUidSql() and uidListSql().
QString uidPositions(qsizetype count);

} // namespace ContactRows
