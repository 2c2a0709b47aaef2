// CsvReader on any bytes, in any of the encodings and delimiters it detects or is given, with
// limits small enough for short inputs to reach them. Beyond not crashing: records come in
// line order, within the limits, the whole input is consumed, and a good record written by
// CsvWriter reads back as the same fields (what an export followed by an import relies on).

#include "FuzzCheck.h"

#include "CsvFormat.h"
#include "CsvReader.h"
#include "CsvWriter.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QBuffer>

namespace {

const char* const encodings[] = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "Shift_JIS"};

// Excel's `sep=;` line names the delimiter when it comes first: whatever the fields that make
// it, it is not read back as a record.
bool isSeparatorLine(const QByteArray& record)
{
    const QString text = QString::fromUtf8(record);
    return text.startsWith(QLatin1String("sep=")) && text.size() >= 6 &&
           (text.at(5) == u'\r' || text.at(5) == u'\n');
}

void checkRoundTrip(const QStringList& fields, QChar delimiter)
{
    if (isSeparatorLine(CsvWriter::record(fields, delimiter)))
        return;
    // With the byte order mark the exporter writes: without it, a U+FEFF that starts the
    // first field would be read as the file's mark.
    QByteArray written = "\xEF\xBB\xBF" + CsvWriter::record(fields, delimiter);
    QBuffer buffer(&written);
    buffer.open(QIODevice::ReadOnly);
    CsvFormat format;
    format.encoding = QStringLiteral("UTF-8");
    format.delimiter = delimiter;
    CsvReader reader(&buffer, format);
    const auto record = reader.next();
    FUZZ_CHECK(record.has_value(), QString::fromUtf8(written));
    FUZZ_CHECK(record->error.isEmpty(), record->error);
    FUZZ_CHECK(record->fields == fields, QStringLiteral("[%1] written as %2 read as [%3]")
                                             .arg(fields.join(QLatin1String("][")),
                                                  QString::fromUtf8(written.toPercentEncoding()),
                                                  record->fields.join(QLatin1String("]["))));
    FUZZ_CHECK(!reader.next().has_value(), QString::fromUtf8(written));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    CsvReader::Limits limits;
    limits.maxFieldLength = input.ConsumeIntegralInRange(1, 64);
    limits.maxFields = input.ConsumeIntegralInRange(1, 16);
    limits.maxRecordLength = input.ConsumeIntegralInRange(1, 512);
    CsvFormat format;
    if (input.ConsumeBool())
        format.delimiter = QChar(CsvFormat::candidates[input.ConsumeIntegralInRange(0, 3)]);
    if (input.ConsumeBool())
        format.encoding = QString::fromLatin1(
            encodings[input.ConsumeIntegralInRange<size_t>(0, std::size(encodings) - 1)]);
    QByteArray bytes = QByteArray::fromStdString(input.ConsumeRemainingBytesAsString());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);

    CsvReader reader(&buffer, format, limits);
    const QChar delimiter = reader.format().delimiter;
    qint64 line = 0;
    qsizetype records = 0;
    while (const auto record = reader.next()) {
        FUZZ_CHECK(++records <= bytes.size(), QString::number(records));
        FUZZ_CHECK(record->line > line, QString::number(record->line));
        line = record->line;
        FUZZ_CHECK(record->fields.size() <= limits.maxFields,
                   QString::number(record->fields.size()));
        for (const QString& field : record->fields)
            FUZZ_CHECK(field.size() <= limits.maxFieldLength, QString::number(field.size()));
        if (record->error.isEmpty())
            checkRoundTrip(record->fields, delimiter);
    }
    FUZZ_CHECK(reader.bytesRead() == bytes.size(),
               QString::number(reader.bytesRead()) + u'/' + QString::number(bytes.size()));
    return 0;
}
