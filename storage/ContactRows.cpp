#include "ContactRows.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "Timestamps.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

QStringList stringList(const QString& json)
{
    QStringList out;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(value.toString());
    return out;
}

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

} // namespace

const QString& ContactRows::columns()
{
    static const QString columns = QStringLiteral(
        "id, uid, vendor_id, phone, name, email, country_code, tags, labels, params, source,"
        " opted_in, is_blocked, last_message_at, conversation_count, created_at, updated_at");
    return columns;
}

Contact ContactRows::fromRow(const QSqlQuery& q)
{
    Contact c;
    c.rowId = q.value(0).toLongLong();
    c.id = ContactIds::contactId(q.value(1).toByteArray());
    c.vendorContactId = ContactIds::vendorContactId(q.value(2).toByteArray());
    c.phone = q.value(3).toString();
    c.name = optionalText(q.value(4));
    c.email = optionalText(q.value(5));
    c.countryCode = optionalText(q.value(6));
    c.tags = stringList(q.value(7).toString());
    c.labels = stringList(q.value(8).toString());
    c.params = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    c.source = q.value(10).toString();
    c.optedIn = q.value(11).toBool();
    c.isBlocked = q.value(12).toBool();
    if (!q.value(13).isNull())
        c.lastMessageAt = Timestamps::fromMsecs(q.value(13).toLongLong());
    c.conversationCount = q.value(14).toInt();
    c.createdAt = Timestamps::fromMsecs(q.value(15).toLongLong());
    c.updatedAt = Timestamps::fromMsecs(q.value(16).toLongLong());
    return c;
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
    auto q =
        db.run(QStringLiteral("SELECT ") + columns() +
                   QStringLiteral(" FROM contacts WHERE id IN (") + db.dialect().idListSql() + u')',
               {jsonIds(rowIds)});
    if (!q)
        return std::unexpected(q.error());
    QHash<qint64, Contact> byId;
    byId.reserve(rowIds.size());
    while ((*q)->next()) {
        Contact contact = fromRow(**q);
        byId.insert(contact.rowId, std::move(contact));
    }
    (*q)->finish();
    QList<Contact> contacts;
    contacts.reserve(byId.size());
    for (const qint64 rowId : rowIds) {
        if (auto it = byId.find(rowId); it != byId.end())
            contacts.append(std::move(*it));
    }
    return contacts;
}
