#pragma once

#include "ApiError.h"
#include "ContactChanges.h"
#include "ContactFields.h"
#include "NewContact.h"
#include "PhoneNumbers.h"

/// The field rules of contacts-api.md: each check turns a value as given into its normalized
/// form or into the 400 error of the rule. Checks run in the order of the rule table, so the
/// first failing field is the one reported; a malformed field (a wrong type in a request
/// body) fails with its field's message at its turn.
namespace FieldRules {

inline constexpr int maxNameLength = 256;
inline constexpr int maxEmailLength = 254;
inline constexpr int maxTagLength = 64;
inline constexpr int maxTagsPerContact = 100;
inline constexpr int maxParams = 100;
inline constexpr int maxParamKeyLength = 64;
inline constexpr int maxSourceLength = 64;

/// A new contact; the phone is required, then countryCode, email, name, tags, labels, params
/// and (the desktop's) flags. `parsed`, when given, is the phone as the caller already parsed
/// it with libphonenumber (a CSV import, ~10 µs a number saved): it is used when its e164 is
/// exactly the given phone, which then parses to the same number, else ignored.
ApiResult<ContactFields> validate(const NewContact& contact,
                                  const PhoneNumbers::Parsed* parsed = nullptr);
/// A change: `No valid fields to update` when no field is given, then country_code, email,
/// name, tags, labels, params, opted_in, is_blocked, source.
ApiResult<ContactFields> validate(const ContactChanges& changes);

ApiResult<PhoneNumbers::Parsed> phone(const Given<QString>& userNumber);
ApiResult<std::optional<QString>> countryCode(const Given<std::optional<QString>>& code);
ApiResult<std::optional<QString>> email(const Given<std::optional<QString>>& address);
ApiResult<std::optional<QString>> name(const Given<std::optional<QString>>& name);
/// Tags or labels: trimmed, blanks and case-insensitive repeats dropped; `error` is the
/// message of the field.
ApiResult<QStringList> tagList(const Given<QStringList>& tags, const QString& error);
ApiResult<QJsonObject> params(const Given<QJsonObject>& params);
ApiResult<QString> source(const Given<QString>& source);

} // namespace FieldRules
