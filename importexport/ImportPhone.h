#pragma once

#include <QString>
#include <QStringList>

/// The phone numbers of an imported file, cleaned up or refused with a hint. National
/// numbers are read in a region (the row's country, else the default region the user
/// picked); `00` stands for `+`; spaces, dashes, dots, slashes and parentheses are dropped.
/// A number a spreadsheet mangled (scientific notation, a lost `+` or leading zero) is an
/// error that says what probably happened: it is never imported as a different number.
/// Thread-safe.
namespace ImportPhone {

struct Result {
    QString e164;        ///< empty when the number was refused
    QString region;      ///< the number's region (`AE`), empty for non-geographic numbers
    bool mobile = false; ///< mobile, or a number whose plan cannot tell mobile from fixed
    QString error;       ///< why the number was refused, with a hint where one helps

    bool isValid() const { return !e164.isEmpty(); }
};

/// Cleans up one number; `region` is a two-letter region code or empty. Without `classify`
/// the number's type is not looked up (`mobile` stays false): that costs as much again as
/// validating it, and only matters to choose among a row's numbers.
Result clean(const QString& text, const QString& region, bool classify = true);

/// The numbers of one cell: Google Contacts joins a field's values with ` ::: `.
QStringList split(const QString& cell);

} // namespace ImportPhone
