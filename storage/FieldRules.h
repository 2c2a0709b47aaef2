#pragma once

#include "ApiError.h"
#include "ContactFields.h"
#include "PhoneNumbers.h"

#include <QJsonObject>
#include <QJsonValue>

/// The field rules of contacts-api.md: each check turns a value as sent into its normalized
/// form or into the 400 error of the rule. Checks run in the order of the rule table, so the
/// first failing field is the one reported.
namespace FieldRules {

inline constexpr int maxNameLength = 256;
inline constexpr int maxEmailLength = 254;
inline constexpr int maxTagLength = 64;
inline constexpr int maxTagsPerContact = 100;
inline constexpr int maxParams = 100;
inline constexpr int maxParamKeyLength = 64;
inline constexpr int maxSourceLength = 64;

/// A create body or bulk item (keys userNumber, countryCode, email, userName, tags, labels,
/// params); the phone is required.
ApiResult<ContactFields> validateCreate(const QJsonObject& body);
/// validateCreate() for a body whose `userNumber` the caller has already parsed with
/// libphonenumber (a CSV import, ~10 µs a number saved): `parsed` is used when its e164 is
/// exactly the body's `userNumber`, which then parses to the same number, else ignored.
ApiResult<ContactFields> validateCreate(const QJsonObject& body,
                                        const PhoneNumbers::Parsed* parsed);
/// A PATCH body (keys name, email, country_code, tags, labels, params, opted_in, is_blocked,
/// source); fails with `No valid fields to update` when none is present.
ApiResult<ContactFields> validatePatch(const QJsonObject& body);

ApiResult<PhoneNumbers::Parsed> phone(const QJsonValue& value);
ApiResult<std::optional<QString>> countryCode(const QJsonValue& value);
ApiResult<std::optional<QString>> email(const QJsonValue& value);
ApiResult<std::optional<QString>> name(const QJsonValue& value);
/// Tags or labels: `error` is the message of the field.
ApiResult<QStringList> tagList(const QJsonValue& value, const QString& error);
ApiResult<QJsonObject> params(const QJsonValue& value);

} // namespace FieldRules
