#include "ContactSnapshot.h"

#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ContactSnapshot {

namespace {

QJsonValue optionalText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue();
}

std::optional<QString> textOf(const QJsonValue& value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

} // namespace

QByteArray toJson(const Contact& contact)
{
    const QJsonObject object{
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("vendor"), contact.vendorContactId},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("name"), optionalText(contact.name)},
        {QStringLiteral("email"), optionalText(contact.email)},
        {QStringLiteral("country"), optionalText(contact.countryCode)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(contact.labels)},
        {QStringLiteral("params"), contact.params},
        {QStringLiteral("source"), contact.source},
        {QStringLiteral("optedIn"), contact.optedIn},
        {QStringLiteral("isBlocked"), contact.isBlocked},
        {QStringLiteral("lastMessageAt"),
         contact.lastMessageAt ? QJsonValue(double(contact.lastMessageAt->toMSecsSinceEpoch()))
                               : QJsonValue()},
        {QStringLiteral("conversations"), contact.conversationCount},
        {QStringLiteral("createdAt"), double(contact.createdAt.toMSecsSinceEpoch())},
        {QStringLiteral("updatedAt"), double(contact.updatedAt.toMSecsSinceEpoch())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<Contact> fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    if (!object.value(QStringLiteral("id")).isString() ||
        !object.value(QStringLiteral("phone")).isString())
        return std::nullopt;
    Contact contact;
    contact.id = object.value(QStringLiteral("id")).toString();
    contact.vendorContactId = object.value(QStringLiteral("vendor")).toString();
    contact.phone = object.value(QStringLiteral("phone")).toString();
    contact.name = textOf(object.value(QStringLiteral("name")));
    contact.email = textOf(object.value(QStringLiteral("email")));
    contact.countryCode = textOf(object.value(QStringLiteral("country")));
    for (const QJsonValue& tag : object.value(QStringLiteral("tags")).toArray())
        contact.tags.append(tag.toString());
    for (const QJsonValue& label : object.value(QStringLiteral("labels")).toArray())
        contact.labels.append(label.toString());
    contact.params = object.value(QStringLiteral("params")).toObject();
    contact.source = object.value(QStringLiteral("source")).toString();
    contact.optedIn = object.value(QStringLiteral("optedIn")).toBool();
    contact.isBlocked = object.value(QStringLiteral("isBlocked")).toBool();
    const QJsonValue lastMessage = object.value(QStringLiteral("lastMessageAt"));
    if (lastMessage.isDouble())
        contact.lastMessageAt = Timestamps::fromMsecs(qint64(lastMessage.toDouble()));
    contact.conversationCount = object.value(QStringLiteral("conversations")).toInt();
    contact.createdAt =
        Timestamps::fromMsecs(qint64(object.value(QStringLiteral("createdAt")).toDouble()));
    contact.updatedAt =
        Timestamps::fromMsecs(qint64(object.value(QStringLiteral("updatedAt")).toDouble()));
    return contact;
}

} // namespace ContactSnapshot
