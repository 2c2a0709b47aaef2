#include "ContactFieldMap.h"

#include "ApiFields.h"
#include "Contact.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Spelling {
    ContactFieldMap::Field field;
    const QString& camel;
    const QString& patch;
};

const QList<Spelling>& spellings()
{
    using F = ContactFieldMap::Field;
    static const QList<Spelling> table = {
        {F::Name, ApiFields::name, ApiFields::name},
        {F::Email, ApiFields::email, ApiFields::email},
        {F::CountryCode, ApiFields::countryCode, ApiFields::country_code},
        {F::Tags, ApiFields::tags, ApiFields::tags},
        {F::Labels, ApiFields::labels, ApiFields::labels},
        {F::Params, ApiFields::params, ApiFields::params},
        {F::OptedIn, ApiFields::optedIn, ApiFields::opted_in},
        {F::IsBlocked, ApiFields::isBlocked, ApiFields::is_blocked},
        {F::Source, ApiFields::source, ApiFields::source},
    };
    return table;
}

QJsonValue text(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

std::optional<QString> optionalText(const QJsonValue& value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace

const QList<ContactFieldMap::Field>& ContactFieldMap::all()
{
    static const QList<Field> fields = [] {
        QList<Field> out;
        for (const Spelling& spelling : spellings())
            out.append(spelling.field);
        return out;
    }();
    return fields;
}

const QString& ContactFieldMap::camelName(Field field)
{
    return spellings().at(int(field)).camel;
}

const QString& ContactFieldMap::patchName(Field field)
{
    return spellings().at(int(field)).patch;
}

std::optional<ContactFieldMap::Field> ContactFieldMap::fromCamelName(QStringView name)
{
    for (const Spelling& spelling : spellings()) {
        if (spelling.camel == name)
            return spelling.field;
    }
    return std::nullopt;
}

std::optional<ContactFieldMap::Field> ContactFieldMap::fromPatchName(QStringView name)
{
    for (const Spelling& spelling : spellings()) {
        if (spelling.patch == name)
            return spelling.field;
    }
    return std::nullopt;
}

QJsonValue ContactFieldMap::value(const Contact& c, Field field)
{
    switch (field) {
    case Field::Name:
        return text(c.name);
    case Field::Email:
        return text(c.email);
    case Field::CountryCode:
        return text(c.countryCode);
    case Field::Tags:
        return QJsonArray::fromStringList(c.tags);
    case Field::Labels:
        return QJsonArray::fromStringList(c.labels);
    case Field::Params:
        return c.params;
    case Field::OptedIn:
        return c.optedIn;
    case Field::IsBlocked:
        return c.isBlocked;
    case Field::Source:
        return c.source;
    }
    return {};
}

void ContactFieldMap::setValue(Contact& c, Field field, const QJsonValue& value)
{
    switch (field) {
    case Field::Name:
        c.name = optionalText(value);
        break;
    case Field::Email:
        c.email = optionalText(value);
        break;
    case Field::CountryCode:
        c.countryCode = optionalText(value);
        break;
    case Field::Tags:
        c.tags = stringList(value);
        break;
    case Field::Labels:
        c.labels = stringList(value);
        break;
    case Field::Params:
        c.params = value.toObject();
        break;
    case Field::OptedIn:
        c.optedIn = value.toBool();
        break;
    case Field::IsBlocked:
        c.isBlocked = value.toBool();
        break;
    case Field::Source:
        c.source = value.toString();
        break;
    }
}
