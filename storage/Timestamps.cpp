#include "Timestamps.h"

#include <array>

namespace {

// `value` as `width` digits, zero-padded, at `out`.
void putDigits(char16_t* out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

} // namespace

QString Timestamps::format(const QDateTime& time)
{
    // Every contact in every answer carries two timestamps, and every log line one: Qt's
    // format string made them a twentieth of a read by id. Years 1-9999 are written here
    // (Howard Hinnant's days-to-civil); any other, or an invalid time, as Qt writes it.
    const qint64 msecs = time.isValid() ? time.toMSecsSinceEpoch() : 0;
    constexpr qint64 msecsPerDay = 86'400'000;
    // 0001-01-01 and 10000-01-01 in days since 1970-01-01.
    constexpr qint64 firstDay = -719'162;
    constexpr qint64 endDay = 2'932'897;
    qint64 days = msecs / msecsPerDay;
    qint64 msOfDay = msecs % msecsPerDay;
    if (msOfDay < 0) {
        msOfDay += msecsPerDay;
        --days;
    }
    if (!time.isValid() || days < firstDay || days >= endDay)
        return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));

    const qint64 z = days + 719'468;
    const qint64 era = (z >= 0 ? z : z - 146'096) / 146'097;
    const qint64 dayOfEra = z - era * 146'097;
    const qint64 yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36'524 - dayOfEra / 146'096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    const int month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    std::array<char16_t, 24> text{u'0', u'0', u'0', u'0', u'-', u'0', u'0', u'-',
                                  u'0', u'0', u'T', u'0', u'0', u':', u'0', u'0',
                                  u':', u'0', u'0', u'.', u'0', u'0', u'0', u'Z'};
    putDigits(&text[0], year, 4);
    putDigits(&text[5], month, 2);
    putDigits(&text[8], day, 2);
    putDigits(&text[11], int(msOfDay / 3'600'000), 2);
    putDigits(&text[14], int(msOfDay / 60'000 % 60), 2);
    putDigits(&text[17], int(msOfDay / 1000 % 60), 2);
    putDigits(&text[20], int(msOfDay % 1000), 3);
    return QString(reinterpret_cast<const QChar*>(text.data()), qsizetype(text.size()));
}

std::optional<QDateTime> Timestamps::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    QDateTime parsed = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed.toUTC();
}

QDateTime Timestamps::fromMsecs(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
}
