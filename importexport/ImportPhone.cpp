#include "ImportPhone.h"

#include "ApiError.h"
#include "PhoneNumbers.h"

#include <QRegularExpression>

namespace {

/// A valid number parsed from `text` in `region` ("ZZ": international only).
std::optional<ImportPhone::Result> parseIn(const QString& text, const QString& region,
                                           bool classify = true)
{
    const auto parsed = PhoneNumbers::parseAsGiven(text, region, classify);
    if (!parsed)
        return std::nullopt;
    ImportPhone::Result result;
    result.e164 = parsed->e164;
    result.region = parsed->region;
    result.mobile = parsed->mobile;
    return result;
}

QRegularExpression compiled(const QString& pattern)
{
    QRegularExpression expression(pattern);
    expression.optimize();
    return expression;
}

ImportPhone::Result refused(const QString& error)
{
    ImportPhone::Result result;
    result.error = error;
    return result;
}

} // namespace

ImportPhone::Result ImportPhone::clean(const QString& text, const QString& region, bool classify)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return refused(ApiMessages::phoneRequired);

    // What a spreadsheet makes of a long number typed into a cell: 9.71501E+11 has lost its
    // last digits for good, 971501234567.0 its `+`.
    // Compiled up front: rows are cleaned on every core at once.
    static const QRegularExpression scientific =
        compiled(QStringLiteral("^[+-]?\\d+([.,]\\d+)?[eE][+]?\\d+$"));
    if (scientific.match(trimmed).hasMatch()) {
        return refused(QStringLiteral("Phone number in scientific notation (%1): the spreadsheet "
                                      "rounded it and its last digits are lost. Format the "
                                      "column as text and export the file again")
                           .arg(trimmed));
    }
    static const QRegularExpression decimal = compiled(QStringLiteral("^\\d{6,}[.,]0+$"));
    if (decimal.match(trimmed).hasMatch()) {
        return refused(QStringLiteral("Phone number stored as a decimal number (%1): the "
                                      "spreadsheet may have dropped its + or leading zeros. "
                                      "Format the column as text and export the file again")
                           .arg(trimmed));
    }

    QString number;
    number.reserve(trimmed.size());
    for (const QChar c : trimmed) {
        if (c.isSpace() || c == u'-' || c == u'.' || c == u'(' || c == u')' || c == u'/' ||
            c == u'\u2011' || c == u'\u2013')
            continue;
        number += c;
    }
    if (number.startsWith(QLatin1String("00")))
        number = u'+' + number.mid(2);
    if (number.startsWith(u'+')) {
        if (auto parsed = parseIn(number, QStringLiteral("ZZ"), classify))
            return *parsed;
        return refused(QStringLiteral("Invalid phone number (%1): %2")
                           .arg(trimmed, PhoneNumbers::whyInvalid(number, QStringLiteral("ZZ"))));
    }

    if (region.isEmpty()) {
        if (auto withPlus = parseIn(u'+' + number, QStringLiteral("ZZ"))) {
            return refused(QStringLiteral("Phone number without + or 00 (%1): if it is %2, write "
                                          "it so; for national numbers, choose a default "
                                          "region")
                               .arg(trimmed, PhoneNumbers::formatInternational(withPlus->e164)));
        }
        return refused(QStringLiteral("Phone number without a country code (%1): choose the "
                                      "default region of national numbers")
                           .arg(trimmed));
    }
    if (auto parsed = parseIn(number, region, classify))
        return *parsed;
    // Not a number of the region as written: say what a spreadsheet may have done to it.
    if (auto withPlus = parseIn(u'+' + number, QStringLiteral("ZZ"))) {
        return refused(
            QStringLiteral("Phone number without + or 00 (%1): not a number of %2; "
                           "if it is %3, a spreadsheet may have removed the +")
                .arg(trimmed, region.toUpper(), PhoneNumbers::formatInternational(withPlus->e164)));
    }
    if (auto withZero = parseIn(u'0' + number, region)) {
        return refused(
            QStringLiteral("Phone number not valid in %1 (%2): if it is %3, a "
                           "spreadsheet may have removed its leading 0")
                .arg(region.toUpper(), trimmed, PhoneNumbers::formatInternational(withZero->e164)));
    }
    return refused(QStringLiteral("Invalid phone number (%1): %2")
                       .arg(trimmed, PhoneNumbers::whyInvalid(number, region)));
}

QStringList ImportPhone::split(const QString& cell)
{
    QStringList numbers;
    for (const QString& part : cell.split(QLatin1String(":::"))) {
        const QString number = part.trimmed();
        if (!number.isEmpty())
            numbers.append(number);
    }
    return numbers;
}
