#include "VCardReader.h"

#include "TextEncoding.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace {

constexpr qint64 chunkSize = 64 * 1024;
/// Enough cards to detect the encoding, little enough to be quick.
constexpr qint64 sampleSize = 64 * 1024;
/// A QP escape or a multi-byte character can make one character of text 12 bytes of a line
/// (`=F0=9F=98=80` is two UTF-16 characters, a 4-byte GB18030 one is one): a line longer than
/// this many bytes per character of the limit cannot be within it.
constexpr qint64 maxBytesPerCharacter = 12;
const QString windows1252 = QStringLiteral("windows-1252");

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool isBase64(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && qstrnicmp(a.data(), b.data(), size_t(a.size())) == 0;
}

bool startsWithIgnoringCase(QByteArrayView bytes, QByteArrayView prefix)
{
    return bytes.size() >= prefix.size() && equalsIgnoringCase(bytes.first(prefix.size()), prefix);
}

/// `bytes` without a UTF-8 byte order mark at its start (files put together with `cat`) and
/// without surrounding blanks.
QByteArrayView bare(QByteArrayView bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return bytes.trimmed();
}

bool isBeginVCard(QByteArrayView bytes)
{
    return equalsIgnoringCase(bare(bytes), "BEGIN:VCARD");
}

bool isEndVCard(QByteArrayView bytes)
{
    return equalsIgnoringCase(bare(bytes), "END:VCARD");
}

/// QUOTED-PRINTABLE decoded; an `=` that starts no escape (`=ZZ`, `=` at the end) is kept.
QByteArray decodeQuotedPrintable(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '=' && i + 2 < bytes.size() && hexValue(bytes[i + 1]) >= 0 &&
            hexValue(bytes[i + 2]) >= 0) {
            out += char(hexValue(bytes[i + 1]) * 16 + hexValue(bytes[i + 2]));
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

/// A content line's header (`item1.TEL;TYPE=CELL;waid=1555`) taken apart, still bytes.
struct Header {
    QByteArrayView group;
    QByteArrayView name;
    /// Key and value of each parameter; the key is empty for a vCard 2.1 bare one (`CELL`).
    QList<std::pair<QByteArrayView, QByteArrayView>> parameters;
};

/// `bytes` split at each `separator` outside double quotes.
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView bytes, char separator)
{
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '"')
            quoted = !quoted;
        else if (bytes[i] == separator && !quoted) {
            parts.append(bytes.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(bytes.sliced(start));
    return parts;
}

Header parseHeader(QByteArrayView bytes)
{
    Header header;
    const QList<QByteArrayView> parts = splitOutsideQuotes(bytes, ';');
    const QByteArrayView name = parts.first().trimmed();
    if (const qsizetype dot = name.lastIndexOf('.'); dot >= 0) {
        header.group = name.first(dot);
        header.name = name.sliced(dot + 1);
    } else {
        header.name = name;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QByteArrayView part = parts[i].trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            header.parameters.append({QByteArrayView(), part});
        else
            header.parameters.append({part.first(equals).trimmed(), part.sliced(equals + 1)});
    }
    return header;
}

/// The ENCODING a parameter gives (`ENCODING=b`, or 2.1's bare `QUOTED-PRINTABLE`), or empty.
QByteArrayView encodingOf(const std::pair<QByteArrayView, QByteArrayView>& parameter)
{
    const auto& [key, value] = parameter;
    if (equalsIgnoringCase(key, "ENCODING"))
        return value.trimmed();
    if (key.isEmpty()) {
        for (const char* encoding : {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}) {
            if (equalsIgnoringCase(value, encoding))
                return value;
        }
    }
    return {};
}

bool isBinaryProperty(QByteArrayView name)
{
    for (const char* binary : {"PHOTO", "LOGO", "SOUND", "KEY"}) {
        if (equalsIgnoringCase(name, binary))
            return true;
    }
    return false;
}

/// The first bytes of a vCard file with binary values left out and QP escapes decoded: what
/// encoding detection should see of it.
QByteArray textSample(QByteArrayView sample)
{
    QByteArray text;
    bool skipping = false;  // the lines of a binary value
    bool base64 = false;    // a 2.1 BASE64 value, which goes on in unindented lines
    bool softBreak = false; // the line before ended in a QP soft break
    qsizetype start = 0;
    while (start < sample.size()) {
        qsizetype end = start;
        while (end < sample.size() && !isLineEnd(sample[end]))
            ++end;
        qsizetype next = end;
        while (next < sample.size() && isLineEnd(sample[next]) && next - end < 3)
            ++next;
        const QByteArrayView line = sample.sliced(start, end - start);
        const QByteArrayView lineEnd = sample.sliced(end, next - end);
        start = next;

        const bool continued = !line.isEmpty() && isBlank(line[0]);
        if (skipping && (continued || (base64 && !line.isEmpty() &&
                                       std::all_of(line.begin(), line.end(), isBase64))))
            continue;
        skipping = false;
        bool qp = softBreak;
        if (!softBreak && !continued) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0) {
                const Header header = parseHeader(line.first(colon));
                bool binary = isBinaryProperty(header.name) ||
                              startsWithIgnoringCase(line.sliced(colon + 1).trimmed(), "data:");
                base64 = false;
                for (const auto& parameter : header.parameters) {
                    const QByteArrayView encoding = encodingOf(parameter);
                    base64 = base64 || equalsIgnoringCase(encoding, "BASE64");
                    binary = binary || base64 || equalsIgnoringCase(encoding, "B");
                    qp = qp || equalsIgnoringCase(encoding, "QUOTED-PRINTABLE");
                }
                if (binary) {
                    skipping = true;
                    continue;
                }
            }
        }
        if (!qp) {
            text += line;
            text += lineEnd;
            softBreak = false;
            continue;
        }
        QByteArrayView value = line;
        softBreak = value.trimmed().endsWith('=');
        if (softBreak)
            value = value.first(value.lastIndexOf('='));
        text += decodeQuotedPrintable(value);
        if (!softBreak)
            text += lineEnd;
    }
    return text;
}

} // namespace

VCardReader::VCardReader(QIODevice* device) : VCardReader(device, Limits{}) {}

VCardReader::VCardReader(QIODevice* device, Limits limits)
    : m_device(device), m_limits(limits),
      m_maxLineBytes(maxBytesPerCharacter * std::max(limits.maxPropertyLength, 1)),
      m_utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless)
{}

QString VCardReader::encoding()
{
    start();
    return m_encoding;
}

bool VCardReader::looksLikeVCard(QByteArrayView head)
{
    const TextEncoding::Detected detected = TextEncoding::detect(head, false);
    QString text;
    if (detected.name.startsWith(QLatin1String("UTF-16")) ||
        detected.name.startsWith(QLatin1String("UTF-32"))) {
        QStringDecoder decoder(detected.name.toLatin1().constData());
        text = decoder(head.sliced(detected.bomLength));
    } else {
        // Only ASCII matters here, whatever the 8-bit encoding.
        text = QString::fromLatin1(head.sliced(detected.bomLength));
    }
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text.at(end) != u'\r' && text.at(end) != u'\n')
            ++end;
        const QString line = text.mid(start, end - start).trimmed();
        if (!line.isEmpty())
            return line.compare(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive) == 0;
        start = end + 1;
    }
    return false;
}

void VCardReader::start()
{
    if (m_started)
        return;
    m_started = true;
    // A pipe or a socket may hand over less than asked: read on until the sample is whole.
    QByteArray sample;
    while (sample.size() < sampleSize) {
        const QByteArray bytes = m_device->read(sampleSize - sample.size());
        if (bytes.isEmpty())
            break;
        sample += bytes;
    }
    m_bytesRead = sample.size();
    const bool complete = sample.size() < sampleSize;
    const TextEncoding::Detected detected = TextEncoding::detect(sample, complete);
    const QByteArrayView text = QByteArrayView(sample).sliced(detected.bomLength);
    if (detected.name.startsWith(QLatin1String("UTF-16")) ||
        detected.name.startsWith(QLatin1String("UTF-32"))) {
        m_encoding = detected.name;
        m_transcoded = true;
        // The mark was skipped: a second one is the text's own.
        m_transcoder = QStringDecoder(detected.name.toLatin1().constData(),
                                      QStringConverter::Flag::ConvertInitialBom);
        m_buffer = QString(m_transcoder(text)).toUtf8();
        m_legacy =
            QStringDecoder(windows1252.toLatin1().constData(), QStringConverter::Flag::Stateless);
        return;
    }
    const TextEncoding::Detected legacy = TextEncoding::detect(textSample(text), complete);
    const bool unicode = legacy.name.startsWith(QLatin1String("UTF"));
    m_encoding = detected.bomLength > 0 || unicode ? QStringLiteral("UTF-8") : legacy.name;
    m_legacy = QStringDecoder((unicode ? windows1252 : legacy.name).toLatin1().constData(),
                              QStringConverter::Flag::Stateless);
    m_buffer = text.toByteArray();
}

bool VCardReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    for (;;) {
        const QByteArray bytes = m_device->read(chunkSize);
        if (bytes.isEmpty()) {
            m_atEnd = true;
            return false;
        }
        m_bytesRead += bytes.size();
        const qsizetype before = m_buffer.size();
        if (m_transcoded)
            m_buffer += QString(m_transcoder(bytes)).toUtf8();
        else
            m_buffer += bytes;
        // Half a UTF-16 character decodes to nothing yet.
        if (m_buffer.size() > before)
            return true;
    }
}

bool VCardReader::ensure(qsizetype count)
{
    while (m_buffer.size() - m_pos < count) {
        if (!fill())
            return false;
    }
    return true;
}

void VCardReader::consumeLineEnd()
{
    const char c = m_buffer.at(m_pos++);
    ++m_line;
    if (c != '\r' || !ensure(1))
        return;
    if (m_buffer.at(m_pos) == '\n') {
        ++m_pos;
    } else if (m_buffer.at(m_pos) == '\r' && ensure(2) && m_buffer.at(m_pos + 1) == '\n') {
        // CR CR LF: one line end, as iPhone and Thunderbird write it.
        m_pos += 2;
    }
}

bool VCardReader::readPhysicalLine(Line& line, char& lastNonBlank)
{
    lastNonBlank = 0;
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const char* begin = m_buffer.constData() + m_pos;
        const char* end = m_buffer.constData() + m_buffer.size();
        const char* stop = std::find_if(begin, end, isLineEnd);
        for (const char* p = stop; p > begin; --p) {
            if (!isBlank(p[-1])) {
                lastNonBlank = p[-1];
                break;
            }
        }
        append(line, QByteArrayView(begin, stop));
        m_pos += stop - begin;
        if (stop != end) {
            consumeLineEnd();
            return true;
        }
    }
}

void VCardReader::append(Line& line, QByteArrayView bytes)
{
    if (line.leaving) {
        line.leftOut += bytes.size();
        return;
    }
    const qsizetype before = line.bytes.size();
    line.bytes += bytes;
    if (line.colon < 0) {
        for (qsizetype i = before; i < line.bytes.size(); ++i) {
            const char c = line.bytes.at(i);
            if (c == '"') {
                line.quoted = !line.quoted;
            } else if (c == ':' && !line.quoted) {
                line.colon = i;
                inspectHeader(line);
                break;
            }
        }
    }
    if (line.colon >= 0 && !line.leaving && !line.dataChecked &&
        line.bytes.size() - line.colon - 1 >= 5) {
        line.dataChecked = true;
        if (startsWithIgnoringCase(QByteArrayView(line.bytes).sliced(line.colon + 1), "data:")) {
            line.binary = true;
            leaveOut(line, line.colon + 1);
        }
    }
    if (!line.leaving && line.bytes.size() > m_maxLineBytes) {
        line.tooLong = true;
        // A header never ended: keep enough of it to name the property.
        leaveOut(line,
                 line.colon >= 0 ? line.colon + 1 : std::min<qsizetype>(64, line.bytes.size()));
    }
}

void VCardReader::leaveOut(Line& line, qsizetype keep)
{
    line.leaving = true;
    line.leftOut += line.bytes.size() - keep;
    line.bytes.truncate(keep);
}

void VCardReader::inspectHeader(Line& line)
{
    const Header header = parseHeader(QByteArrayView(line.bytes).first(line.colon));
    line.binary = isBinaryProperty(header.name);
    for (const auto& parameter : header.parameters) {
        const QByteArrayView encoding = encodingOf(parameter);
        if (equalsIgnoringCase(encoding, "QUOTED-PRINTABLE"))
            line.qp = true;
        if (equalsIgnoringCase(encoding, "BASE64"))
            line.base64 = true;
        if (line.base64 || equalsIgnoringCase(encoding, "B"))
            line.binary = true;
    }
    if (line.binary)
        leaveOut(line, line.colon + 1);
}

bool VCardReader::nextLineIsEndOfCard()
{
    constexpr qsizetype longest = 64;
    qsizetype size = 0;
    while (size < longest && ensure(size + 1) && !isLineEnd(m_buffer.at(m_pos + size)))
        ++size;
    return size < longest && isEndVCard(QByteArrayView(m_buffer).sliced(m_pos, size));
}

bool VCardReader::nextLineIsBase64()
{
    // A line of base64 alone, as long as a folded one at least, or the last one of a value.
    constexpr qsizetype enough = 76;
    for (qsizetype size = 0; size < enough; ++size) {
        if (!ensure(size + 1))
            return size > 0;
        const char c = m_buffer.at(m_pos + size);
        if (isLineEnd(c))
            return size > 0;
        if (!isBase64(c))
            return false;
    }
    return true;
}

bool VCardReader::readLine(Line& line)
{
    line.bytes.clear();
    line.colon = -1;
    line.quoted = line.qp = line.base64 = line.binary = line.tooLong = false;
    line.dataChecked = line.leaving = false;
    line.leftOut = 0;
    line.first = m_line;
    if (!ensure(1))
        return false;
    for (;;) {
        char lastNonBlank = 0;
        const bool ended = readPhysicalLine(line, lastNonBlank);
        line.last = ended ? m_line - 1 : m_line;
        if (!ended || !ensure(1))
            break;
        const char next = m_buffer.at(m_pos);
        if (line.qp && lastNonBlank == '=') {
            // A soft break. The next line goes on with the value, even blank or starting
            // with `#`; one starting with a blank is a folded one when the blank splits an
            // escape (`=` then ` D0`). A value cannot end with a soft break: `=` before
            // END:VCARD is an `=` that a writer forgot to escape.
            if (isBlank(next) && ensure(3) && hexValue(m_buffer.at(m_pos + 1)) >= 0 &&
                hexValue(m_buffer.at(m_pos + 2)) >= 0) {
                ++m_pos;
                continue;
            }
            if (!nextLineIsEndOfCard()) {
                if (!line.leaving) {
                    while (!line.bytes.isEmpty() && isBlank(line.bytes.back()))
                        line.bytes.chop(1);
                    if (line.bytes.endsWith('='))
                        line.bytes.chop(1);
                }
                continue;
            }
        }
        if (isBlank(next)) {
            ++m_pos;
            continue;
        }
        if (line.base64 && nextLineIsBase64())
            continue;
        break;
    }
    if (line.colon < 0 && line.quoted && !line.leaving) {
        // A quote that never closed: the first colon ends the header after all.
        line.colon = line.bytes.indexOf(':');
        if (line.colon >= 0)
            inspectHeader(line);
    }
    if (line.colon >= 0 && !line.dataChecked && !line.leaving) {
        line.dataChecked = true;
        if (startsWithIgnoringCase(QByteArrayView(line.bytes).sliced(line.colon + 1), "data:")) {
            line.binary = true;
            leaveOut(line, line.colon + 1);
        }
    }
    return true;
}

QString VCardReader::decode(QByteArrayView bytes, const QString& charset)
{
    if (!charset.isEmpty()) {
        if (charset.compare(m_charsetName, Qt::CaseInsensitive) != 0) {
            m_charsetName = charset;
            m_charset =
                QStringDecoder(charset.toLatin1().constData(), QStringConverter::Flag::Stateless);
        }
        if (m_charset.isValid()) {
            m_charset.resetState();
            QString text = m_charset(bytes);
            if (!m_charset.hasError())
                return text;
        }
    }
    m_utf8.resetState();
    QString text = m_utf8(bytes);
    if (!m_utf8.hasError())
        return text;
    m_legacy.resetState();
    return m_legacy(bytes);
}

void VCardReader::appendSource(VCard& card, bool& cut, const QString& text) const
{
    if (cut)
        return;
    const qsizetype limit = std::max(m_limits.maxSourceLength, 0);
    if (card.source.size() + text.size() <= limit) {
        card.source += text;
        return;
    }
    // What fits of the text and the mark that says it is cut, within the limit.
    cut = true;
    const QString mark =
        QStringLiteral("… (cut: the card's text is longer than %1 characters)\n").arg(limit);
    const qsizetype keep = std::max<qsizetype>(limit - mark.size(), 0);
    card.source += QStringView(text).first(std::min(text.size(), limit - card.source.size()));
    card.source.truncate(keep);
    if (keep > 0 && card.source.size() == keep && card.source.at(keep - 1).isHighSurrogate())
        card.source.chop(1);
    card.source += QStringView(mark).first(std::min(mark.size(), limit - card.source.size()));
}

QString VCardReader::sourceLine(const Line& line, const QString& charset)
{
    QString text = decode(line.bytes, charset);
    if (line.leaving) {
        if (text.endsWith(u':'))
            text.chop(1);
        text += QStringLiteral(" (left out: %1 bytes)").arg(line.leftOut);
    }
    return text + u'\n';
}

void VCardReader::startCard(const Line& line)
{
    m_card.emplace();
    m_card->card.line = line.first;
    m_card->card.lastLine = line.last;
    appendSource(m_card->card, m_card->sourceCut, sourceLine(line, {}));
}

VCard VCardReader::takeCard()
{
    VCard card = std::move(m_card->card);
    m_card.reset();
    return card;
}

void VCardReader::addToCard(const Line& line)
{
    Card& card = *m_card;
    card.card.lastLine = line.last;
    card.agentOpen = false;
    const auto setError = [&card](const QString& error) {
        if (card.card.error.isEmpty())
            card.card.error = error;
    };
    if (line.colon < 0) {
        // Not a property (no colon): nothing to import, kept in the source only.
        appendSource(card.card, card.sourceCut, sourceLine(line, {}));
        if (line.tooLong) {
            // Its first characters, not cut inside a UTF-8 one.
            qsizetype size = std::min<qsizetype>(line.bytes.size(), 20);
            while (size > 0 && size < line.bytes.size() && (line.bytes.at(size) & 0xC0) == 0x80)
                --size;
            setError(QStringLiteral("The line %1 (%2…) is longer than %3 characters")
                         .arg(line.first)
                         .arg(decode(QByteArrayView(line.bytes).first(size), {}))
                         .arg(m_limits.maxPropertyLength));
        }
        return;
    }
    const Header header = parseHeader(QByteArrayView(line.bytes).first(line.colon));
    VCardProperty property;
    property.group = decode(header.group, {});
    property.name = decode(header.name, {}).toUpper();
    for (const auto& [key, value] : header.parameters) {
        const QByteArrayView encoding = encodingOf({key, value});
        const QString name = !encoding.isEmpty() ? QStringLiteral("ENCODING")
                             : key.isEmpty()     ? QStringLiteral("TYPE")
                                                 : decode(key, {}).toUpper();
        QString text = decode(value, {});
        if (name == QLatin1String("TYPE")) {
            // 4.0 writers quote the whole list (`TYPE="cell,voice"`).
            text.remove(u'"');
            for (const QString& type : text.split(u',', Qt::SkipEmptyParts))
                property.parameters.append({name, type.trimmed()});
            continue;
        }
        for (QByteArrayView part : splitOutsideQuotes(value, ',')) {
            QString partText = decode(part.trimmed(), {});
            if (partText.size() >= 2 && partText.startsWith(u'"') && partText.endsWith(u'"'))
                partText = partText.mid(1, partText.size() - 2);
            property.parameters.append({name, partText});
        }
    }
    // In a UTF-16 file the text is decoded already: a CHARSET can only tell what QP escapes
    // stand for.
    const QString charset =
        m_transcoded && !line.qp ? QString() : property.parameter(QStringLiteral("CHARSET"));
    appendSource(card.card, card.sourceCut, sourceLine(line, charset));

    if (line.tooLong) {
        setError(QStringLiteral("%1 on line %2 is longer than %3 characters")
                     .arg(property.name)
                     .arg(line.first)
                     .arg(m_limits.maxPropertyLength));
        return;
    }
    if (line.binary)
        return;
    const QByteArrayView raw = QByteArrayView(line.bytes).sliced(line.colon + 1);
    property.value = decode(line.qp ? QByteArrayView(decodeQuotedPrintable(raw)) : raw, charset);
    if (property.name == QLatin1String("VERSION")) {
        card.card.version = property.value.trimmed();
        return;
    }
    if (property.name == QLatin1String("AGENT")) {
        // vCard 2.1: AGENT: then a whole card, passed over with the card it is in.
        if (property.value.trimmed().isEmpty()) {
            card.agentOpen = true;
            return;
        }
        if (property.value.trimmed().compare(QLatin1String("BEGIN:VCARD"), Qt::CaseInsensitive) ==
            0) {
            card.depth = 1;
            return;
        }
    }
    qsizetype length = property.group.size() + property.name.size() + property.value.size() + 1;
    for (const auto& [name, value] : property.parameters)
        length += name.size() + value.size() + 2;
    if (length > m_limits.maxPropertyLength) {
        setError(QStringLiteral("%1 on line %2 is longer than %3 characters")
                     .arg(property.name)
                     .arg(line.first)
                     .arg(m_limits.maxPropertyLength));
        return;
    }
    if (card.card.properties.size() >= m_limits.maxProperties) {
        setError(QStringLiteral("The card has more than %1 properties (%2 on line %3 is one too "
                                "many)")
                     .arg(m_limits.maxProperties)
                     .arg(property.name)
                     .arg(line.first));
        return;
    }
    card.card.properties.append(std::move(property));
}

void VCardReader::addOutside(const Line& line)
{
    if (!m_outside) {
        m_outside.emplace();
        m_outside->line = line.first;
        m_outsideCut = false;
    }
    m_outside->lastLine = line.last;
    appendSource(*m_outside, m_outsideCut, sourceLine(line, {}));
}

std::optional<VCard> VCardReader::takeOutside()
{
    if (!m_outside)
        return std::nullopt;
    VCard record = std::move(*m_outside);
    m_outside.reset();
    record.error =
        record.line == record.lastLine
            ? QStringLiteral("Line %1 is outside any BEGIN:VCARD … END:VCARD").arg(record.line)
            : QStringLiteral("Lines %1–%2 are outside any BEGIN:VCARD … END:VCARD")
                  .arg(record.line)
                  .arg(record.lastLine);
    return record;
}

std::optional<VCard> VCardReader::next()
{
    start();
    Line line;
    for (;;) {
        if (!readLine(line)) {
            // The end of the input.
            if (m_card) {
                VCard card = takeCard();
                if (card.error.isEmpty())
                    card.error = QStringLiteral("The file ends inside the card that starts on "
                                                "line %1 (no END:VCARD)")
                                     .arg(card.line);
                return card;
            }
            return takeOutside();
        }
        const bool blank = !line.leaving && bare(line.bytes).isEmpty();
        const bool begin = !line.leaving && isBeginVCard(line.bytes);
        const bool end = !line.leaving && isEndVCard(line.bytes);
        if (!m_card) {
            if (blank)
                continue;
            if (!begin) {
                addOutside(line);
                continue;
            }
            std::optional<VCard> outside = takeOutside();
            startCard(line);
            if (outside)
                return outside;
            continue;
        }
        if (blank)
            continue;
        if (m_card->depth > 0) {
            // The lines of a nested AGENT card.
            m_card->depth += begin ? 1 : end ? -1 : 0;
            m_card->card.lastLine = line.last;
            appendSource(m_card->card, m_card->sourceCut, sourceLine(line, {}));
            continue;
        }
        if (end) {
            m_card->card.lastLine = line.last;
            appendSource(m_card->card, m_card->sourceCut, sourceLine(line, {}));
            return takeCard();
        }
        if (begin) {
            if (m_card->agentOpen) {
                m_card->agentOpen = false;
                m_card->depth = 1;
                m_card->card.lastLine = line.last;
                appendSource(m_card->card, m_card->sourceCut, sourceLine(line, {}));
                continue;
            }
            // A card that forgot its END:VCARD ends where the next one begins.
            VCard card = takeCard();
            startCard(line);
            return card;
        }
        addToCard(line);
    }
}
