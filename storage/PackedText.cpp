#include "PackedText.h"

#include <cstring>

namespace {

constexpr qint32 nullLength = -1;

} // namespace

void PackedText::appendLength(qint32 length)
{
    m_bytes.append(reinterpret_cast<const char*>(&length), sizeof length);
}

void PackedText::append(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    appendLength(qint32(utf8.size()));
    m_bytes.append(utf8);
}

void PackedText::append(const std::optional<QString>& text)
{
    if (text)
        append(QStringView(*text));
    else
        appendLength(nullLength);
}

PackedText::Value PackedText::Reader::next()
{
    if (m_at + qsizetype(sizeof(qint32)) > m_bytes.size())
        return {};
    qint32 length = 0;
    std::memcpy(&length, m_bytes.constData() + m_at, sizeof length);
    m_at += sizeof length;
    if (length == nullLength)
        return {};
    Value value{m_bytes.constData() + m_at, length, false};
    m_at += length;
    return value;
}
