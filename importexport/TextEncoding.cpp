#include "TextEncoding.h"

#include <QStringDecoder>
#include <QStringList>

#include <uchardet/uchardet.h>

#include <memory>

namespace {

bool startsWith(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && bytes.first(prefix.size()) == prefix;
}

/// UTF-16 without a byte order mark: text of mostly Latin characters has a zero byte in
/// every other position. Excel never writes it, but other tools do.
QString utf16WithoutBom(QByteArrayView sample)
{
    const qsizetype pairs = std::min<qsizetype>(sample.size(), 4096) / 2;
    if (pairs < 4)
        return {};
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < pairs; ++i) {
        evenZeros += sample[2 * i] == 0;
        oddZeros += sample[2 * i + 1] == 0;
    }
    if (oddZeros > pairs * 6 / 10 && evenZeros < pairs / 20)
        return QStringLiteral("UTF-16LE");
    if (evenZeros > pairs * 6 / 10 && oddZeros < pairs / 20)
        return QStringLiteral("UTF-16BE");
    return {};
}

/// Strict UTF-8 validation; a sequence cut by the end of an incomplete sample is allowed.
bool isUtf8(QByteArrayView sample, bool complete)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(sample.data());
    const qsizetype size = sample.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = bytes[i];
        int trailing = 0;
        char32_t min = 0;
        if (lead < 0x80) {
            ++i;
            continue;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            trailing = 1;
            min = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            trailing = 2;
            min = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            trailing = 3;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + trailing >= size) {
            // The sequence runs past the sample's end.
            if (complete)
                return false;
            for (qsizetype j = i + 1; j < size; ++j) {
                if ((bytes[j] & 0xC0) != 0x80)
                    return false;
            }
            return true;
        }
        char32_t code = lead & (0x3F >> trailing);
        for (int j = 1; j <= trailing; ++j) {
            const unsigned char next = bytes[i + j];
            if ((next & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (next & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        i += trailing + 1;
    }
    return true;
}

/// True when `sample` reads as Western European text in windows-1252 and uchardet's `guess`
/// is a coin toss: a few accented letters among plain ASCII text (an Italian `Società`, a
/// Dutch `Categorieën`) give uchardet too little to go on, and it has called such files
/// Baltic (ISO-8859-13) or Mac Central European. Every byte above ASCII must be a Latin-1
/// letter, and rare among the ASCII letters, as in French, Spanish, Italian, Dutch or German;
/// Cyrillic, Greek or Arabic text is mostly such bytes. Turkish and Central European guesses
/// stand: their letters (ş, ğ, ř) are Latin-1 letters (þ, ð, ø) in windows-1252 too.
bool looksWestern(QByteArrayView sample, const QString& guess)
{
    static const QStringList trusted = {
        QStringLiteral("windows-1250"), QStringLiteral("ISO-8859-2"),
        QStringLiteral("windows-1254"), QStringLiteral("ISO-8859-9")};
    for (const QString& name : trusted) {
        if (guess.compare(name, Qt::CaseInsensitive) == 0)
            return false;
    }
    qsizetype letters = 0, high = 0;
    for (const char c : sample) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80) {
            letters += (byte | 0x20) >= 'a' && (byte | 0x20) <= 'z';
            continue;
        }
        // À to ÿ without × and ÷: the accented letters of Western European languages.
        if (byte < 0xC0 || byte == 0xD7 || byte == 0xF7)
            return false;
        ++high;
    }
    return high > 0 && high * 20 < letters;
}

struct UchardetDeleter {
    void operator()(uchardet_t detector) const { uchardet_delete(detector); }
};

QString legacyEncoding(QByteArrayView sample)
{
    const std::unique_ptr<uchardet, UchardetDeleter> detector(uchardet_new());
    const auto windows1252 = QStringLiteral("windows-1252");
    if (!detector || uchardet_handle_data(detector.get(), sample.data(), size_t(sample.size())))
        return windows1252;
    uchardet_data_end(detector.get());
    QString name = QString::fromLatin1(uchardet_get_charset(detector.get()));
    if (name.startsWith(QLatin1String("WINDOWS-")))
        name = QLatin1String("windows-") + name.mid(8);
    // ISO-8859-1 and ASCII are what uchardet calls most Western text; Windows-1252 decodes
    // the same bytes and also the 0x80-0x9F range Excel on Windows writes (€, curly quotes),
    // as browsers do for the same label.
    if (name.isEmpty() || name.compare(QLatin1String("ISO-8859-1"), Qt::CaseInsensitive) == 0 ||
        name.compare(QLatin1String("ASCII"), Qt::CaseInsensitive) == 0 ||
        !TextEncoding::isSupported(name) || looksWestern(sample, name))
        return windows1252;
    return name;
}

} // namespace

TextEncoding::Detected TextEncoding::detect(QByteArrayView sample, bool complete)
{
    if (startsWith(sample, "\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8"), 3};
    if (startsWith(sample, QByteArrayView("\xFF\xFE\0\0", 4)))
        return {QStringLiteral("UTF-32LE"), 4};
    if (startsWith(sample, "\xFF\xFE"))
        return {QStringLiteral("UTF-16LE"), 2};
    if (startsWith(sample, "\xFE\xFF"))
        return {QStringLiteral("UTF-16BE"), 2};
    if (const QString utf16 = utf16WithoutBom(sample); !utf16.isEmpty())
        return {utf16, 0};
    if (isUtf8(sample, complete))
        return {QStringLiteral("UTF-8"), 0};
    // Excel for Mac's "CSV (Macintosh)" ends lines with CR alone and writes Mac Roman, which
    // uchardet does not know (it would read é as Ž). No other 8-bit source ends lines so.
    if (sample.contains('\r') && !sample.contains('\n'))
        return {QStringLiteral("macintosh"), 0};
    return {legacyEncoding(sample), 0};
}

bool TextEncoding::isSupported(const QString& name)
{
    return !name.isEmpty() && QStringDecoder(name.toLatin1().constData()).isValid();
}

int TextEncoding::bomLength(QByteArrayView bytes, const QString& name)
{
    const QString upper = name.toUpper();
    if (upper == QLatin1String("UTF-8") && startsWith(bytes, "\xEF\xBB\xBF"))
        return 3;
    if (upper == QLatin1String("UTF-16LE") && startsWith(bytes, "\xFF\xFE"))
        return 2;
    if (upper == QLatin1String("UTF-16BE") && startsWith(bytes, "\xFE\xFF"))
        return 2;
    if (upper == QLatin1String("UTF-16") &&
        (startsWith(bytes, "\xFF\xFE") || startsWith(bytes, "\xFE\xFF")))
        return 0; // the decoder reads it to learn the byte order
    return 0;
}
