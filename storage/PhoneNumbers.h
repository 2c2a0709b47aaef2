#pragma once

#include <QString>

#include <optional>

/// Phone numbers through Google's libphonenumber only. Thread-safe: libphonenumber's
/// PhoneNumberUtil is a shared immutable singleton.
namespace PhoneNumbers {

struct Parsed {
    QString e164;        ///< `+971501234567`
    QString region;      ///< `AE`; empty for non-geographic numbers (+800, +882, ...)
    bool mobile = false; ///< only when asked for: mobile, or fixed-or-mobile (US plans)
};

/// Parses an international number (`+` or `00` prefix; spaces, dashes, dots and parentheses
/// allowed) and accepts it only when libphonenumber calls it valid.
std::optional<Parsed> parseInternational(const QString& text);
/// Parses a number written in `defaultRegion`'s national format as well as international ones.
std::optional<Parsed> parse(const QString& text, const QString& defaultRegion);
/// Parses `text` exactly as given (no `00` rewriting) in `region` (`ZZ`: international
/// only). `classify` also looks up whether the number is a mobile one, which costs about as
/// much again as the parse.
std::optional<Parsed> parseAsGiven(const QString& text, const QString& region, bool classify);
/// True for a two-letter region code libphonenumber knows (case-insensitive).
bool isKnownRegion(const QString& region);
/// Why `text` is not a valid number as written in `region` (`ZZ`: international only), in
/// words a person can act on: "too few digits for India", "no country has the code +999",
/// "not a number in use in the United Arab Emirates". For an invalid number only.
QString whyInvalid(const QString& text, const QString& region);
/// The country calling code an E.164 number starts with (`+447911123456` → 44); 0 when no
/// country has its first digits.
int callingCode(const QString& e164);
/// The main region of a calling code (44 → `GB`, 1 → `US`); empty for a non-geographic one.
QString mainRegion(int callingCode);
/// `+971 50 123 4567` for display.
QString formatInternational(const QString& e164);

} // namespace PhoneNumbers
