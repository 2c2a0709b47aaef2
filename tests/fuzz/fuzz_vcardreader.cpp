// VCardReader on any bytes, with limits small enough for short inputs to reach them. Beyond not
// crashing: the whole input is consumed and the reader ends; records come in line order, each
// within its lines and the limits, with text that is valid UTF-16; and the same bytes handed
// over in short reads of another size give the same cards (a pipe's reads are any size).
//
// The input's last bytes set the limits and the read size (FuzzedDataProvider takes numbers
// from the end): most seeds end in 06 00 02 0F 3F, for reads of 7 bytes, 512 characters of
// source, 16 properties of 64 characters; the others are cut by whatever their last bytes say.

#include "FuzzCheck.h"

#include "VCardReader.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QBuffer>

#include <cstring>
#include <limits>

namespace {

/// Hands the bytes over at most `step` at a time.
class ShortReads : public QIODevice {
public:
    ShortReads(const QByteArray& bytes, qint64 step) : m_bytes(bytes), m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 size = std::min({maxSize, m_step, qint64(m_bytes.size()) - m_pos});
        std::memcpy(data, m_bytes.constData() + m_pos, size_t(size));
        m_pos += size;
        return size;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    const QByteArray& m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

QString describe(const VCard& card)
{
    QString text = QStringLiteral("%1-%2 v%3 !%4\n")
                       .arg(card.line)
                       .arg(card.lastLine)
                       .arg(card.version, card.error);
    for (const VCardProperty& property : card.properties) {
        text += property.group + u'.' + property.name;
        for (const auto& [name, value] : property.parameters)
            text += u';' + name + u'=' + value;
        text += u':' + property.value + u'\n';
    }
    return text + QStringLiteral("source:") + card.source;
}

bool isValidText(const QString& text)
{
    return QStringView(text).isValidUtf16();
}

/// The physical lines of 8-bit text: CR LF, CR CR LF, CR or LF end one.
qint64 lineCount(const QByteArray& bytes)
{
    qint64 lines = 1;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++lines;
        } else if (bytes[i] == '\r') {
            ++lines;
            if (bytes.mid(i + 1, 1) == "\n")
                ++i;
            else if (bytes.mid(i + 1, 2) == "\r\n")
                i += 2;
        }
    }
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    VCardReader::Limits limits;
    limits.maxPropertyLength = input.ConsumeIntegralInRange(1, 64);
    limits.maxProperties = input.ConsumeIntegralInRange(1, 16);
    limits.maxSourceLength = input.ConsumeIntegralInRange(0, 512);
    const qint64 step = input.ConsumeIntegralInRange(1, 64);
    QByteArray bytes = QByteArray::fromStdString(input.ConsumeRemainingBytesAsString());

    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    VCardReader reader(&buffer, limits);
    const bool wide = reader.encoding().startsWith(QLatin1String("UTF-16")) ||
                      reader.encoding().startsWith(QLatin1String("UTF-32"));
    const qint64 lines = wide ? std::numeric_limits<qint64>::max() : lineCount(bytes);
    QStringList cards;
    qint64 lastLine = 0;
    while (const std::optional<VCard> card = reader.next()) {
        FUZZ_CHECK(cards.size() <= bytes.size(), QString::number(cards.size()));
        FUZZ_CHECK(card->line > lastLine,
                   QStringLiteral("%1 after %2").arg(card->line).arg(lastLine));
        FUZZ_CHECK(card->line <= card->lastLine,
                   QStringLiteral("%1-%2").arg(card->line).arg(card->lastLine));
        lastLine = card->lastLine;
        FUZZ_CHECK(lastLine <= lines, QStringLiteral("%1 of %2").arg(lastLine).arg(lines));
        FUZZ_CHECK(card->source.size() <= limits.maxSourceLength,
                   QString::number(card->source.size()));
        FUZZ_CHECK(isValidText(card->source), card->source);
        FUZZ_CHECK(card->properties.size() <= limits.maxProperties,
                   QString::number(card->properties.size()));
        for (const VCardProperty& property : card->properties) {
            FUZZ_CHECK(property.value.size() <= limits.maxPropertyLength,
                       QString::number(property.value.size()));
            FUZZ_CHECK(property.name == property.name.toUpper(), property.name);
            FUZZ_CHECK(isValidText(property.value) && isValidText(property.name) &&
                           isValidText(property.group),
                       property.value);
        }
        cards << describe(*card);
    }
    FUZZ_CHECK(!reader.next().has_value(), QStringLiteral("a card after the end"));
    FUZZ_CHECK(reader.bytesRead() == bytes.size(),
               QString::number(reader.bytesRead()) + u'/' + QString::number(bytes.size()));

    ShortReads device(bytes, step);
    VCardReader chopped(&device, limits);
    QStringList again;
    while (const std::optional<VCard> card = chopped.next())
        again << describe(*card);
    FUZZ_CHECK(again == cards, QStringLiteral("read %1 at a time:\n%2\nat once:\n%3")
                                   .arg(step)
                                   .arg(again.join(QLatin1String("\n---\n")),
                                        cards.join(QLatin1String("\n---\n"))));
    return 0;
}
