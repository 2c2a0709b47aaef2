#pragma once

#include <QChar>
#include <QString>

/// Text from a file shown inside the window's own text direction.
namespace BidiText {

/// `text` as a bidi isolate (FSI … PDI): its direction is its own first strong character's,
/// else left to right. In an Arabic window `050 123 4567` then reads as written instead of
/// `4567 123 050`, and an Arabic name in an English list does not flip its neighbours.
inline QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

/// `text` without the isolate marks isolated() added.
inline QString plain(QString text)
{
    return text.remove(QChar(0x2068)).remove(QChar(0x2069));
}

} // namespace BidiText
