#include "DuplicateKeys.h"

#include "PhoneNumbers.h"
#include "TextFold.h"

namespace {

constexpr qsizetype minimumNationalDigits = 6;

} // namespace

QString DuplicateKeys::email(const QString& email)
{
    return email.trimmed().toLower();
}

QString DuplicateKeys::name(const QString& nameKey, const QString& countryCode,
                            const QString& phone)
{
    QString letters;
    letters.reserve(nameKey.size());
    for (const QChar c : nameKey) {
        if (c.isLetterOrNumber())
            letters.append(c);
    }
    if (letters.isEmpty())
        return {};
    QString country = countryCode.toUpper();
    if (country.isEmpty())
        country = PhoneNumbers::mainRegion(PhoneNumbers::callingCode(phone));
    if (country.isEmpty())
        return {};
    return letters + u'|' + country;
}

QString DuplicateKeys::phone(const QString& e164)
{
    const int code = PhoneNumbers::callingCode(e164);
    if (code == 0)
        return {};
    qsizetype start = 1 + QString::number(code).size();
    while (start < e164.size() && e164.at(start) == u'0')
        ++start;
    if (e164.size() - start < minimumNationalDigits)
        return {};
    return e164.mid(start);
}
