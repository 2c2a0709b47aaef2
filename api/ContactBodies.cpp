#include "ContactBodies.h"

#include "ApiFields.h"
#include "ContactJson.h"

#include <QJsonValue>

namespace {

// The reading of each kind of field: what the JSON value may be, and what null means.

Given<QString> text(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return {};
    return value.isString() ? Given<QString>(value.toString()) : Given<QString>::malformed();
}

// Null clears the field (name, email) or asks for the default (countryCode).
Given<std::optional<QString>> nullableText(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isNull())
        return std::optional<QString>{};
    return value.isString() ? Given<std::optional<QString>>(value.toString())
                            : Given<std::optional<QString>>::malformed();
}

// Null is an empty list.
Given<QStringList> stringList(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isNull())
        return QStringList{};
    if (!value.isArray())
        return Given<QStringList>::malformed();
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return Given<QStringList>::malformed();
        list.append(item.toString());
    }
    return list;
}

// Null is no params.
Given<QJsonObject> object(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    if (value.isNull())
        return QJsonObject{};
    return value.isObject() ? Given<QJsonObject>(value.toObject())
                            : Given<QJsonObject>::malformed();
}

Given<bool> boolean(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    return value.isBool() ? Given<bool>(value.toBool()) : Given<bool>::malformed();
}

// A PATCH's source: a present null is a wrong type, not "not given".
Given<QString> presentText(const QJsonValue& value)
{
    if (value.isUndefined())
        return {};
    return value.isString() ? Given<QString>(value.toString()) : Given<QString>::malformed();
}

} // namespace

NewContact ContactBodies::newContact(const QJsonObject& body)
{
    NewContact contact;
    contact.phone = text(body.value(ApiFields::userNumber));
    contact.countryCode = nullableText(body.value(ApiFields::countryCode));
    contact.email = nullableText(body.value(ApiFields::email));
    contact.name = nullableText(body.value(ApiFields::userName));
    contact.tags = stringList(body.value(ApiFields::tags));
    contact.labels = stringList(body.value(ApiFields::labels));
    contact.params = object(body.value(ApiFields::params));
    return contact;
}

QList<NewContact> ContactBodies::newContacts(const QJsonArray& items)
{
    QList<NewContact> contacts;
    contacts.reserve(items.size());
    for (const QJsonValue& item : items) {
        if (item.isObject()) {
            contacts.append(newContact(item.toObject()));
        } else {
            NewContact malformed;
            malformed.malformed = true;
            contacts.append(malformed);
        }
    }
    return contacts;
}

ApiResult<NewContact> ContactBodies::readNewContact(const QByteArray& body)
{
    const auto object = ContactJson::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    return newContact(*object);
}

ApiResult<ContactChanges> ContactBodies::readChanges(const QByteArray& body)
{
    const auto object = ContactJson::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    return changes(*object);
}

ApiResult<QList<NewContact>> ContactBodies::readNewContacts(const QByteArray& body)
{
    const auto items = ContactJson::bulkItems(body);
    if (!items)
        return std::unexpected(items.error());
    return newContacts(*items);
}

const QStringList& ContactBodies::patchKeys()
{
    static const QStringList keys = {
        ApiFields::name,   ApiFields::email,    ApiFields::country_code,
        ApiFields::tags,   ApiFields::params,   ApiFields::is_blocked,
        ApiFields::source, ApiFields::opted_in, ApiFields::labels};
    return keys;
}

ContactChanges ContactBodies::changes(const QJsonObject& body)
{
    ContactChanges changes;
    changes.name = nullableText(body.value(ApiFields::name));
    changes.email = nullableText(body.value(ApiFields::email));
    changes.countryCode = nullableText(body.value(ApiFields::country_code));
    changes.tags = stringList(body.value(ApiFields::tags));
    changes.labels = stringList(body.value(ApiFields::labels));
    changes.params = object(body.value(ApiFields::params));
    changes.optedIn = boolean(body.value(ApiFields::opted_in));
    changes.isBlocked = boolean(body.value(ApiFields::is_blocked));
    changes.source = presentText(body.value(ApiFields::source));
    return changes;
}
