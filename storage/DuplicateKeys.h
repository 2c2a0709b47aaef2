#pragma once

#include <QString>

/// What makes two contacts likely the same person (DuplicateFinder): keys that are equal for
/// both. Each is empty when the contact gives nothing to compare.
namespace DuplicateKeys {

/// The email, trimmed and in lower case: `Ana@Example.com ` and `ana@example.com` match.
QString email(const QString& email);
/// The folded name (TextFold, as the name sort's `nameKey`) with its spaces and punctuation
/// dropped, and the country: the contact's countryCode, else the main region of its phone's
/// calling code. `José  Núñez` in ES matches `jose nunez` with a +34 number.
QString name(const QString& nameKey, const QString& countryCode, const QString& phone);
/// The national number without its trunk prefix (leading zeros) or country code: numbers
/// that differ only by a kept trunk prefix (`+44 07911 123456`) or a missing or wrong
/// country code (`+1 7911 123456`) match `+44 7911 123456`. Shorter than 6 digits: empty,
/// as short codes would match across countries by chance.
QString phone(const QString& e164);

} // namespace DuplicateKeys
