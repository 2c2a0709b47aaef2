#include "SyncedFields.h"

#include "Contact.h"

#include <QJsonArray>
#include <QSet>

namespace {

QJsonValue text(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue textOf(const QJsonValue& value)
{
    return value.isString() && !value.toString().isEmpty() ? value : QJsonValue(QJsonValue::Null);
}

bool isSetField(const QString& field)
{
    return field == u"tags" || field == u"labels";
}

} // namespace

const QStringList& SyncedFields::names()
{
    static const QStringList names = {
        QStringLiteral("name"),     QStringLiteral("email"),      QStringLiteral("country_code"),
        QStringLiteral("tags"),     QStringLiteral("labels"),     QStringLiteral("params"),
        QStringLiteral("opted_in"), QStringLiteral("is_blocked"),
    };
    return names;
}

QString SyncedFields::fromJournalField(const QString& field)
{
    if (field == u"countryCode")
        return QStringLiteral("country_code");
    if (field == u"optedIn")
        return QStringLiteral("opted_in");
    if (field == u"isBlocked")
        return QStringLiteral("is_blocked");
    return names().contains(field) ? field : QString();
}

QJsonObject SyncedFields::of(const Contact& contact)
{
    return {
        {QStringLiteral("name"), text(contact.name)},
        {QStringLiteral("email"), text(contact.email)},
        {QStringLiteral("country_code"), text(contact.countryCode)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(contact.labels)},
        {QStringLiteral("params"), contact.params},
        {QStringLiteral("opted_in"), contact.optedIn},
        {QStringLiteral("is_blocked"), contact.isBlocked},
    };
}

QJsonObject SyncedFields::ofRemote(const QJsonObject& item)
{
    QJsonObject fields = {
        {QStringLiteral("name"), textOf(item.value(QStringLiteral("name")))},
        {QStringLiteral("email"), textOf(item.value(QStringLiteral("email")))},
        {QStringLiteral("country_code"), textOf(item.value(QStringLiteral("countryCode")))},
        {QStringLiteral("tags"), item.value(QStringLiteral("tags")).toArray()},
        {QStringLiteral("opted_in"), item.value(QStringLiteral("optedIn")).toBool()},
        {QStringLiteral("is_blocked"), item.value(QStringLiteral("isBlocked")).toBool()},
    };
    if (item.contains(QStringLiteral("labels")))
        fields.insert(QStringLiteral("labels"), item.value(QStringLiteral("labels")).toArray());
    if (item.value(QStringLiteral("params")).isObject())
        fields.insert(QStringLiteral("params"), item.value(QStringLiteral("params")));
    return fields;
}

QSet<QString> SyncedFields::foldedSet(const QJsonValue& list)
{
    QSet<QString> set;
    for (const QJsonValue& item : list.toArray())
        set.insert(item.toString().toCaseFolded());
    return set;
}

bool SyncedFields::same(const QString& field, const QJsonValue& a, const QJsonValue& b)
{
    if (isSetField(field))
        return foldedSet(a) == foldedSet(b);
    return a == b;
}

QJsonObject SyncedFields::changed(const QJsonObject& base, const QJsonObject& next)
{
    QJsonObject changes;
    for (auto it = next.begin(); it != next.end(); ++it) {
        if (!base.contains(it.key()) || !same(it.key(), base.value(it.key()), it.value()))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

QJsonObject SyncedFields::changedKnown(const QJsonObject& base, const QJsonObject& next)
{
    QJsonObject changes;
    for (auto it = next.begin(); it != next.end(); ++it) {
        if (base.contains(it.key()) && !same(it.key(), base.value(it.key()), it.value()))
            changes.insert(it.key(), it.value());
    }
    return changes;
}

bool SyncedFields::hasStaleParams(const QJsonObject& base)
{
    return !base.contains(QStringLiteral("params")) || base.value(paramsStaleKey).toBool();
}
