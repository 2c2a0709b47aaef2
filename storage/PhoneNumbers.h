#pragma once

#include <QString>

#include <optional>

/// Phone numbers through Google's libphonenumber only. Thread-safe: libphonenumber's
/// PhoneNumberUtil is a shared immutable singleton.
namespace PhoneNumbers {

struct Parsed {
    QString e164;   ///< `+971501234567`
    QString region; ///< `AE`; empty for non-geographic numbers (+800, +882, ...)
};

/// Parses an international number (`+` or `00` prefix; spaces, dashes, dots and parentheses
/// allowed) and accepts it only when libphonenumber calls it valid.
std::optional<Parsed> parseInternational(const QString& text);
/// Parses a number written in `defaultRegion`'s national format as well as international ones.
std::optional<Parsed> parse(const QString& text, const QString& defaultRegion);
/// True for a two-letter region code libphonenumber knows (case-insensitive).
bool isKnownRegion(const QString& region);
/// `+971 50 123 4567` for display.
QString formatInternational(const QString& e164);

} // namespace PhoneNumbers
