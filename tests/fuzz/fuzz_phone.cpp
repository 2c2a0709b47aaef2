// Phone normalization, as the API (PhoneNumbers) and the importer (ImportPhone) do it, on any
// text in a handful of regions. Beyond not crashing: a number accepted is E.164, reads back as
// itself, and so does its display form; a number refused says why.

#include "FuzzCheck.h"

#include "ImportPhone.h"
#include "PhoneNumbers.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QRegularExpression>

namespace {

const char* const regions[] = {"", "AE", "US", "GB", "DE", "IN", "BR", "JP", "ZZ", "XX", "ae", "1"};

// E.164 caps numbers at 15 digits, but libphonenumber, whose word contacts-api.md follows,
// calls some longer national numbers valid (German ones of 16 digits in all): up to its own
// maximum of 3 + 17 digits.
bool isE164(const QString& number)
{
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9][0-9]{1,19}$"));
    return e164.match(number).hasMatch();
}

// What the store keeps must be what it reads back, in either form it shows.
void checkStable(const QString& e164, const QString& region)
{
    FUZZ_CHECK(isE164(e164), e164);
    FUZZ_CHECK(region.isEmpty() || PhoneNumbers::isKnownRegion(region), e164 + u' ' + region);
    const auto again = PhoneNumbers::parseInternational(e164);
    FUZZ_CHECK(again && again->e164 == e164, e164);
    const QString shown = PhoneNumbers::formatInternational(e164);
    const auto fromShown = PhoneNumbers::parseInternational(shown);
    FUZZ_CHECK(fromShown && fromShown->e164 == e164, e164 + QLatin1String(" shown as ") + shown);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const QString region = QString::fromLatin1(
        regions[input.ConsumeIntegralInRange<size_t>(0, std::size(regions) - 1)]);
    const bool classify = input.ConsumeBool();
    const QString text = QString::fromUtf8(input.ConsumeRemainingBytesAsString());

    if (const auto parsed = PhoneNumbers::parseInternational(text))
        checkStable(parsed->e164, parsed->region);
    if (const auto parsed = PhoneNumbers::parse(text, region))
        checkStable(parsed->e164, parsed->region);
    else
        FUZZ_CHECK(!PhoneNumbers::whyInvalid(text, region).isEmpty(), text);

    // A cell may hold several numbers (Google's ` ::: `).
    const QStringList numbers = ImportPhone::split(text);
    FUZZ_CHECK(numbers.size() <= text.size() + 1, QString::number(numbers.size()));
    for (const QString& number : numbers) {
        const ImportPhone::Result cleaned = ImportPhone::clean(number, region, classify);
        FUZZ_CHECK(cleaned.isValid() == cleaned.error.isEmpty(), number + u' ' + cleaned.error);
        FUZZ_CHECK(classify || !cleaned.mobile, number);
        if (cleaned.isValid())
            checkStable(cleaned.e164, cleaned.region);
    }
    return 0;
}
