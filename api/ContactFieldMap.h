#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

struct Contact;

/// The contact fields a request can set, each with its two spellings and its JSON value: the
/// one mapping between Contact and the API's JSON, shared by the response shapes
/// (ContactJson), the request readers (ContactBodies) and sync's PATCH-shaped bases.
namespace ContactFieldMap {

enum class Field { Name, Email, CountryCode, Tags, Labels, Params, OptedIn, IsBlocked, Source };

/// Every field, in the order of the field rules.
const QList<Field>& all();
/// The spelling of the list, GET and create shapes (`countryCode`), which is also the
/// journal's; the create body says `userName` for the name (ApiFields::userName).
const QString& camelName(Field field);
/// The spelling of a PATCH body and its answer (`country_code`).
const QString& patchName(Field field);
std::optional<Field> fromCamelName(QStringView name);
std::optional<Field> fromPatchName(QStringView name);

/// The field's value in a contact: text or null, an array of strings, an object, a boolean.
QJsonValue value(const Contact& contact, Field field);
/// Sets the field from such a value (a server's item); a value of another type clears it.
void setValue(Contact& contact, Field field, const QJsonValue& value);

} // namespace ContactFieldMap
