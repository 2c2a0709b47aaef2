#include "PhoneNumbers.h"

#include <QLocale>

#include <array>
#include <set>

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

const PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::optional<PhoneNumbers::Parsed> parseIn(const QString& text, const std::string& region,
                                            bool classify = false)
{
    PhoneNumber number;
    if (util().Parse(text.toStdString(), region, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    // IsValidNumber() is exactly these two calls; making them ourselves keeps the region,
    // which is the most expensive part to find (+1 has 25 regions to try).
    std::string regionCode;
    util().GetRegionCodeForNumber(number, &regionCode);
    if (!util().IsValidNumberForRegion(number, regionCode))
        return std::nullopt;
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    PhoneNumbers::Parsed parsed{QString::fromStdString(e164), QString::fromStdString(regionCode)};
    if (parsed.region == QLatin1String("001") || parsed.region == QLatin1String("ZZ"))
        parsed.region.clear();
    if (classify) {
        const PhoneNumberUtil::PhoneNumberType type = util().GetNumberType(number);
        parsed.mobile =
            type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
    }
    return parsed;
}

/// `India` for `IN`; the code itself where Qt knows no name for it.
QString regionName(const std::string& regionCode)
{
    const QString code = QString::fromStdString(regionCode);
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

} // namespace

QString PhoneNumbers::whyInvalid(const QString& text, const QString& region)
{
    PhoneNumber number;
    switch (util().Parse(text.toStdString(), region.toUpper().toStdString(), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return text.trimmed().startsWith(u'+')
                   ? QStringLiteral("no country has the code it starts with")
                   : QStringLiteral("no country code");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return QStringLiteral("too few digits");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return QStringLiteral("too many digits");
    default:
        return QStringLiteral("not a phone number");
    }
    std::string regionCode;
    util().GetRegionCodeForCountryCode(number.country_code(), &regionCode);
    const QString where = regionCode == "001" ? QStringLiteral("+%1").arg(number.country_code())
                                              : regionName(regionCode);
    // The lengths of the mobile and fixed-line plans, which are what people have: the
    // country's general lengths include short codes and the like.
    const auto lengthOf = [&](PhoneNumberUtil::PhoneNumberType type) {
        return util().IsPossibleNumberForTypeWithReason(number, type);
    };
    const PhoneNumberUtil::ValidationResult mobile = lengthOf(PhoneNumberUtil::MOBILE);
    const PhoneNumberUtil::ValidationResult fixed = lengthOf(PhoneNumberUtil::FIXED_LINE);
    PhoneNumber example;
    const QString lengthHint =
        util().GetExampleNumberForType(regionCode, PhoneNumberUtil::MOBILE, &example)
            ? QStringLiteral(" (its mobile numbers have %1 digits after +%2)")
                  .arg(QString::number(example.national_number()).size())
                  .arg(number.country_code())
            : QString();
    if (mobile == PhoneNumberUtil::TOO_SHORT && fixed == PhoneNumberUtil::TOO_SHORT)
        return QStringLiteral("too few digits for %1").arg(where) + lengthHint;
    if (mobile == PhoneNumberUtil::TOO_LONG && fixed == PhoneNumberUtil::TOO_LONG)
        return QStringLiteral("too many digits for %1").arg(where) + lengthHint;
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return QStringLiteral("no country has the code +%1").arg(number.country_code());
    case PhoneNumberUtil::TOO_SHORT:
        return QStringLiteral("too few digits for %1").arg(where) + lengthHint;
    case PhoneNumberUtil::TOO_LONG:
        return QStringLiteral("too many digits for %1").arg(where) + lengthHint;
    case PhoneNumberUtil::INVALID_LENGTH:
        return QStringLiteral("no number of %1 has %2 digits")
            .arg(where)
            .arg(QString::number(number.national_number()).size());
    default:
        return QStringLiteral("not a number in use in %1").arg(where);
    }
}

std::optional<PhoneNumbers::Parsed> PhoneNumbers::parseInternational(const QString& text)
{
    QString number = text.trimmed();
    if (number.startsWith(QLatin1String("00")))
        number = u'+' + number.mid(2);
    // "ZZ" makes libphonenumber demand an international number: a national one has no
    // country to be read in, and guessing one would store a wrong number.
    if (!number.startsWith(u'+'))
        return std::nullopt;
    return parseIn(number, "ZZ");
}

std::optional<PhoneNumbers::Parsed> PhoneNumbers::parse(const QString& text,
                                                        const QString& defaultRegion)
{
    QString number = text.trimmed();
    if (number.startsWith(QLatin1String("00")))
        number = u'+' + number.mid(2);
    return parseIn(number, defaultRegion.toUpper().toStdString());
}

std::optional<PhoneNumbers::Parsed> PhoneNumbers::parseAsGiven(const QString& text,
                                                               const QString& region, bool classify)
{
    return parseIn(text, region.toUpper().toStdString(), classify);
}

bool PhoneNumbers::isKnownRegion(const QString& region)
{
    if (region.size() != 2)
        return false;
    static const std::set<std::string> regions = [] {
        std::set<std::string> supported;
        util().GetSupportedRegions(&supported);
        return supported;
    }();
    return regions.contains(region.toUpper().toStdString());
}

int PhoneNumbers::callingCode(const QString& e164)
{
    // Calling codes are prefix-free (ITU E.164), so at most one of the first three digit
    // prefixes is a code: a table look-up instead of a parse, for a scan of every contact.
    static const std::array<bool, 1000> codes = [] {
        std::set<int> supported;
        util().GetSupportedCallingCodes(&supported);
        std::array<bool, 1000> known{};
        for (const int code : supported) {
            if (code > 0 && code < 1000)
                known[code] = true;
        }
        return known;
    }();
    if (!e164.startsWith(u'+'))
        return 0;
    int code = 0;
    for (qsizetype i = 1; i <= 3 && i < e164.size(); ++i) {
        const QChar digit = e164.at(i);
        if (digit < u'0' || digit > u'9')
            return 0;
        code = code * 10 + digit.digitValue();
        if (codes[code])
            return code;
    }
    return 0;
}

QString PhoneNumbers::mainRegion(int callingCode)
{
    std::string region;
    util().GetRegionCodeForCountryCode(callingCode, &region);
    if (region == "ZZ" || region == "001")
        return {};
    return QString::fromStdString(region);
}

QString PhoneNumbers::formatInternational(const QString& e164)
{
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}
