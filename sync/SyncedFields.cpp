#include "SyncedFields.h"

#include "ApiFields.h"
#include "Contact.h"
#include "ContactJson.h"

#include <QJsonArray>
#include <QSet>

namespace {

QJsonValue textOf(const QJsonValue& value)
{
    return value.isString() && !value.toString().isEmpty() ? value : QJsonValue(QJsonValue::Null);
}

bool isSetField(const QString& field)
{
    return field == ApiFields::tags || field == ApiFields::labels;
}

} // namespace

const QList<ContactFieldMap::Field>& SyncedFields::fields()
{
    // `source` is the only field a PATCH sets that sync does not carry.
    static const QList<ContactFieldMap::Field> fields = [] {
        QList<ContactFieldMap::Field> out = ContactFieldMap::all();
        out.removeAll(ContactFieldMap::Field::Source);
        return out;
    }();
    return fields;
}

const QStringList& SyncedFields::names()
{
    static const QStringList names = [] {
        QStringList out;
        for (const ContactFieldMap::Field field : fields())
            out.append(ContactFieldMap::patchName(field));
        return out;
    }();
    return names;
}

QString SyncedFields::fromJournalField(const QString& field)
{
    const auto known = ContactFieldMap::fromCamelName(field);
    return known && fields().contains(*known) ? ContactFieldMap::patchName(*known) : QString();
}

QJsonObject SyncedFields::of(const Contact& contact)
{
    return ContactJson::patchShape(contact, fields());
}

QJsonObject SyncedFields::afterCreate(const Contact& contact, bool serverHasListExtensions)
{
    QJsonObject created = of(contact);
    created.insert(ApiFields::opted_in, false);
    created.insert(ApiFields::is_blocked, false);
    if (!serverHasListExtensions)
        created.insert(ApiFields::labels, QJsonArray());
    return created;
}

QJsonObject SyncedFields::ofRemote(const QJsonObject& item)
{
    using F = ContactFieldMap::Field;
    QJsonObject synced;
    for (const F field : fields()) {
        const QJsonValue value = item.value(ContactFieldMap::camelName(field));
        const QString& name = ContactFieldMap::patchName(field);
        switch (field) {
        case F::Name:
        case F::Email:
        case F::CountryCode:
            synced.insert(name, textOf(value));
            break;
        case F::Tags:
            synced.insert(name, value.toArray());
            break;
        case F::Labels:
            // A server without the extension has no labels: they are not synced then.
            if (!value.isUndefined())
                synced.insert(name, value.toArray());
            break;
        case F::Params:
            // A list without `view=full` has no params.
            if (value.isObject())
                synced.insert(name, value);
            break;
        case F::OptedIn:
        case F::IsBlocked:
            synced.insert(name, value.toBool());
            break;
        case F::Source:
            break;
        }
    }
    return synced;
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
    return !base.contains(ApiFields::params) || base.value(paramsStaleKey).toBool();
}
