#include "ContactRows.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "OrderedJson.h"
#include "Timestamps.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList stringList(const QString& json)
{
    QStringList out;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(value.toString());
    return out;
}

} // namespace

const QString& ContactRows::columns()
{
    static const QString columns = QStringLiteral(
        "id, uid, vendor_id, phone, name, email, country_code, tags, labels, params, source,"
        " opted_in, is_blocked, last_message_at, conversation_count, created_at, updated_at");
    return columns;
}

Contact ContactRows::fromRow(const SqlRow& row)
{
    Contact c;
    c.rowId = row.integer(0);
    c.id = ContactIds::contactId(row.bytes(1));
    c.vendorContactId = ContactIds::vendorContactId(row.bytes(2));
    c.phone = row.text(3);
    c.name = row.optionalText(4);
    c.email = row.optionalText(5);
    c.countryCode = row.optionalText(6);
    c.tags = stringList(row.text(7));
    c.labels = stringList(row.text(8));
    c.params = QJsonDocument::fromJson(row.bytes(9)).object();
    c.source = row.text(10);
    c.optedIn = row.integer(11) != 0;
    c.isBlocked = row.integer(12) != 0;
    if (!row.isNull(13))
        c.lastMessageAt = Timestamps::fromMsecs(row.integer(13));
    c.conversationCount = int(row.integer(14));
    c.createdAt = Timestamps::fromMsecs(row.integer(15));
    c.updatedAt = Timestamps::fromMsecs(row.integer(16));
    return c;
}

QString ContactRows::columnText(const QStringList& list)
{
    return QString::fromUtf8(OrderedJson::stringArray(list));
}

QString ContactRows::columnText(const QJsonObject& object)
{
    return object.isEmpty()
               ? QStringLiteral("{}")
               : QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString ContactRows::jsonIds(const QList<qint64>& rowIds)
{
    QByteArray json = "[";
    json.reserve(rowIds.size() * 8 + 2);
    for (qsizetype i = 0; i < rowIds.size(); ++i) {
        if (i)
            json += ',';
        json += QByteArray::number(rowIds.at(i));
    }
    json += ']';
    return QString::fromLatin1(json);
}

ApiResult<QList<Contact>> ContactRows::read(ContactDatabase& db, const QList<qint64>& rowIds)
{
    if (rowIds.isEmpty())
        return QList<Contact>{};
    QHash<qint64, Contact> byId;
    byId.reserve(rowIds.size());
    auto read = db.forEachRow(QStringLiteral("SELECT ") + columns() +
                                  QStringLiteral(" FROM contacts WHERE id IN (") +
                                  db.dialect().idListSql() + u')',
                              {jsonIds(rowIds)}, [&byId](const SqlRow& row) {
                                  Contact contact = fromRow(row);
                                  byId.insert(contact.rowId, std::move(contact));
                                  return true;
                              });
    if (!read)
        return std::unexpected(read.error());
    QList<Contact> contacts;
    contacts.reserve(byId.size());
    for (const qint64 rowId : rowIds) {
        if (auto it = byId.find(rowId); it != byId.end())
            contacts.append(std::move(*it));
    }
    return contacts;
}

QString ContactRows::uidPositions(qsizetype count)
{
    QByteArray positions = "[";
    positions.reserve(count * 2 + 1);
    for (qsizetype i = 0; i < count; ++i)
        positions += i ? ",0" : "0";
    positions += ']';
    return QString::fromLatin1(positions);
}
