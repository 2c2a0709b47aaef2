#include "PhoneNumbers.h"

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

} // namespace

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

QString PhoneNumbers::formatInternational(const QString& e164)
{
    PhoneNumber number;
    if (util().Parse(e164.toStdString(), "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return e164;
    std::string out;
    util().Format(number, PhoneNumberUtil::INTERNATIONAL, &out);
    return QString::fromStdString(out);
}
