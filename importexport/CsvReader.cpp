#include "CsvReader.h"

#include "TextEncoding.h"

#include <QIODevice>

#include <algorithm>

namespace {

constexpr qint64 chunkSize = 64 * 1024;
/// Enough records to sniff the delimiter and detect the encoding, little enough to be quick.
constexpr qint64 sampleSize = 64 * 1024;

bool isBlank(const QStringList& fields)
{
    return std::all_of(fields.cbegin(), fields.cend(),
                       [](const QString& field) { return field.trimmed().isEmpty(); });
}

/// The field counts of the first records of `text` split at `delimiter`, quotes respected.
QList<int> fieldCounts(QStringView text, QChar delimiter, bool complete)
{
    QList<int> counts;
    bool quoted = false;
    int fields = 1;
    bool lineHasText = false;
    for (qsizetype i = 0; i < text.size() && counts.size() < 200; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
            lineHasText = true;
        } else if (quoted) {
            continue;
        } else if (c == delimiter) {
            ++fields;
            lineHasText = true;
        } else if (c == u'\n' || c == u'\r') {
            if (lineHasText)
                counts.append(fields);
            fields = 1;
            lineHasText = false;
        } else {
            lineHasText = true;
        }
    }
    if (lineHasText && complete)
        counts.append(fields);
    return counts;
}

} // namespace

CsvReader::CsvReader(QIODevice* device, const CsvFormat& format)
    : CsvReader(device, format, Limits{})
{}

CsvReader::CsvReader(QIODevice* device, const CsvFormat& format, Limits limits)
    : m_device(device), m_format(format), m_limits(limits)
{}

CsvFormat CsvReader::format()
{
    start();
    return m_format;
}

bool CsvReader::hasBom()
{
    start();
    return m_bom;
}

QChar CsvReader::sniffDelimiter(QStringView text, bool complete)
{
    QChar best = u',';
    qsizetype bestScore = 0;
    for (const char16_t candidate : CsvFormat::candidates) {
        const QList<int> counts = fieldCounts(text, QChar(candidate), complete);
        if (counts.isEmpty())
            continue;
        // The most common field count, and how many records have it.
        QList<int> sorted = counts;
        std::sort(sorted.begin(), sorted.end());
        int mode = 0;
        qsizetype modeRuns = 0;
        for (qsizetype i = 0; i < sorted.size();) {
            qsizetype j = i;
            while (j < sorted.size() && sorted[j] == sorted[i])
                ++j;
            if (j - i > modeRuns || (j - i == modeRuns && sorted[i] > mode)) {
                modeRuns = j - i;
                mode = sorted[i];
            }
            i = j;
        }
        if (mode < 2)
            continue;
        // Consistency first (a delimiter inside values splits rows unevenly), then the
        // number of columns.
        const qsizetype score = modeRuns * 1000 / counts.size() * 1000 + std::min(mode, 999);
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

void CsvReader::start()
{
    if (m_started)
        return;
    m_started = true;
    QByteArray sample = m_device->read(sampleSize);
    m_bytesRead = sample.size();
    const bool complete = m_device->atEnd();
    int skip = 0;
    if (m_format.encoding.isEmpty() || !TextEncoding::isSupported(m_format.encoding)) {
        const TextEncoding::Detected detected = TextEncoding::detect(sample, complete);
        m_format.encoding = detected.name;
        skip = detected.bomLength;
    } else {
        skip = TextEncoding::bomLength(sample, m_format.encoding);
    }
    m_bom = skip > 0;
    // Invalid bytes become U+0000, which no text contains: endField() turns them into the
    // record's error instead of importing replacement characters.
    // The mark was skipped above: the decoder must not drop a second one, the text's own.
    m_decoder = QStringDecoder(m_format.encoding.toLatin1().constData(),
                               QStringConverter::Flag::ConvertInvalidToNull |
                                   QStringConverter::Flag::ConvertInitialBom);
    m_text = m_decoder(QByteArrayView(sample).sliced(skip));

    // Excel reads and writes a first line `sep=;` naming the delimiter.
    if (m_text.startsWith(QLatin1String("sep=")) && m_text.size() >= 6 && isLineEnd(m_text.at(5))) {
        if (m_format.delimiter.isNull())
            m_format.delimiter = m_text.at(4);
        m_pos = 5;
        consumeLineEnd();
    }
    if (m_format.delimiter.isNull())
        m_format.delimiter = sniffDelimiter(QStringView(m_text).sliced(m_pos), complete);
    m_recordStart = m_pos;
}

bool CsvReader::fill()
{
    if (m_atEnd)
        return false;
    if (m_recordStart > 0) {
        m_text.remove(0, m_recordStart);
        m_pos -= m_recordStart;
        m_recordStart = 0;
    }
    const QByteArray bytes = m_device->read(chunkSize);
    if (bytes.isEmpty()) {
        m_atEnd = true;
        return false;
    }
    m_bytesRead += bytes.size();
    m_text += m_decoder(bytes);
    return true;
}

void CsvReader::consumeLineEnd()
{
    const QChar c = m_text.at(m_pos++);
    ++m_line;
    if (c == u'\r') {
        if (m_pos >= m_text.size())
            fill();
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'\n')
            ++m_pos;
    }
}

void CsvReader::appendToField(CsvRecord& record, QString& field, QStringView text)
{
    if (m_fieldTooLong)
        return;
    if (field.size() + text.size() > m_limits.maxFieldLength) {
        m_fieldTooLong = true;
        if (record.error.isEmpty()) {
            record.error = QStringLiteral("Field %1 is longer than %2 characters")
                               .arg(record.fields.size() + 1)
                               .arg(m_limits.maxFieldLength);
        }
        field.clear();
        return;
    }
    field += text;
}

void CsvReader::endField(CsvRecord& record, QString& field)
{
    m_fieldTooLong = false;
    if (record.fields.size() >= m_limits.maxFields) {
        if (record.error.isEmpty())
            record.error = QStringLiteral("More than %1 fields").arg(m_limits.maxFields);
        field.clear();
        return;
    }
    // UTF-16 decoding lets a lone surrogate through: no encoding could write it back.
    if ((field.contains(QChar(0)) || !QStringView(field).isValidUtf16()) &&
        record.error.isEmpty()) {
        record.error = QStringLiteral("Bytes that are not %1 text (a binary file, or another "
                                      "encoding?)")
                           .arg(m_format.encoding);
    }
    record.fields.append(std::move(field));
    field = QString();
}

CsvRecord CsvReader::unterminatedQuote(CsvRecord record)
{
    record.fields.clear();
    record.error = QStringLiteral("Unterminated quoted field");
    m_fieldTooLong = false;
    // Resume just after the first line end of the record, skipped over inside the quote.
    qsizetype i = m_recordStart;
    while (i < m_text.size() && !isLineEnd(m_text.at(i)))
        ++i;
    m_line = record.line;
    if (i < m_text.size()) {
        m_pos = i;
        consumeLineEnd();
        m_recordStart = m_pos;
        return record;
    }
    // The record has no line end in reach: drop its text and skip to the next line end.
    m_pos = m_text.size();
    return overlongLine(std::move(record));
}

CsvRecord CsvReader::overlongLine(CsvRecord record)
{
    record.fields.clear();
    if (record.error.isEmpty())
        record.error =
            QStringLiteral("Line longer than %1 characters").arg(m_limits.maxRecordLength);
    m_fieldTooLong = false;
    for (;;) {
        m_recordStart = m_pos;
        if (m_pos >= m_text.size() && !fill())
            return record;
        while (m_pos < m_text.size() && !isLineEnd(m_text.at(m_pos)))
            ++m_pos;
        if (m_pos < m_text.size()) {
            consumeLineEnd();
            m_recordStart = m_pos;
            return record;
        }
    }
}

std::optional<CsvRecord> CsvReader::next()
{
    start();
    for (;;) {
        std::optional<CsvRecord> record = readRecord();
        if (!record || !record->error.isEmpty() || !isBlank(record->fields))
            return record;
    }
}

std::optional<CsvRecord> CsvReader::readRecord()
{
    m_recordStart = m_pos;
    m_fieldTooLong = false;
    CsvRecord record;
    record.line = m_line;
    QString field;
    State state = State::FieldStart;
    const QChar delimiter = m_format.delimiter;
    for (;;) {
        if (m_pos >= m_text.size()) {
            if (fill())
                continue;
            // The end of the input.
            if (state == State::Quoted)
                return unterminatedQuote(std::move(record));
            if (state == State::FieldStart && record.fields.isEmpty())
                return std::nullopt;
            endField(record, field);
            m_recordStart = m_pos;
            return record;
        }
        if (m_pos - m_recordStart > m_limits.maxRecordLength) {
            if (state == State::Quoted)
                return unterminatedQuote(std::move(record));
            return overlongLine(std::move(record));
        }
        const QChar c = m_text.at(m_pos);
        switch (state) {
        case State::FieldStart:
            if (c == u'"') {
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // A quote inside an unquoted field is kept as text, as Excel reads it.
            qsizetype end = m_pos;
            while (end < m_text.size()) {
                const QChar d = m_text.at(end);
                if (d == delimiter || d == u'\n' || d == u'\r')
                    break;
                ++end;
            }
            appendToField(record, field, QStringView(m_text).sliced(m_pos, end - m_pos));
            m_pos = end;
            break;
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < m_text.size()) {
                const QChar d = m_text.at(end);
                if (d == u'"' || d == u'\n' || d == u'\r')
                    break;
                ++end;
            }
            appendToField(record, field, QStringView(m_text).sliced(m_pos, end - m_pos));
            m_pos = end;
            if (m_pos >= m_text.size())
                continue;
            if (m_text.at(m_pos) == u'"') {
                ++m_pos;
                state = State::QuoteInQuoted;
            } else if (!m_keepLineEnds) {
                // A line end inside the field is kept as one LF, whatever the file used.
                appendToField(record, field, u"\n");
                consumeLineEnd();
            } else {
                const bool cr = m_text.at(m_pos) == u'\r';
                consumeLineEnd(); // may read on; what it consumed stays before m_pos
                const bool lf = m_text.at(m_pos - 1) == u'\n';
                appendToField(record, field, cr && lf ? u"\r\n" : cr ? u"\r" : u"\n");
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (c == u'"') {
                appendToField(record, field, u"\"");
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            if (c != delimiter && !isLineEnd(c)) {
                // Text after the closing quote (`"a"b`): kept, as Excel does.
                state = State::Unquoted;
                continue;
            }
            break;
        }
        // At a delimiter or a line end, or at the end of the buffer in an unquoted field.
        if (m_pos >= m_text.size())
            continue;
        const QChar d = m_text.at(m_pos);
        endField(record, field);
        if (d == delimiter) {
            ++m_pos;
            state = State::FieldStart;
            continue;
        }
        consumeLineEnd();
        m_recordStart = m_pos;
        return record;
    }
}
