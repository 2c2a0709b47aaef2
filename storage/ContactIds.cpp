#include "ContactIds.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtEndian>

namespace {

const QString idPrefix = QStringLiteral("contact_");

bool isHex(const QString& text)
{
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F')))
            return false;
    }
    return true;
}

QByteArray uuidBytes(const QString& text)
{
    // The canonical 8-4-4-4-12 form only: anything else is not one of our ids.
    static const QRegularExpression shape(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    if (!shape.match(text).hasMatch())
        return {};
    QString hex = text;
    hex.remove(u'-');
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace

QByteArray ContactIds::newUuid()
{
    // Version 7 (RFC 9562): the first 48 bits are the Unix time in milliseconds, so new ids
    // sort after older ones and each index keyed by the id (contacts_uid, the sort indexes'
    // tie-break, the journal's) grows at its end instead of at a random page. At 1M an import
    // of random v4 ids rewrote pages over the whole of that index at every commit.
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    const quint64 millis = quint64(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < 6; ++i)
        bytes[i] = char(millis >> (8 * (5 - i)));
    bytes[6] = char((bytes[6] & 0x0F) | 0x70); // version 7
    bytes[8] = char((bytes[8] & 0x3F) | 0x80); // RFC 9562 variant
    return bytes;
}

QByteArray ContactIds::newVendorId()
{
    QByteArray bytes(12, Qt::Uninitialized);
    qToBigEndian(quint32(QDateTime::currentSecsSinceEpoch()), bytes.data());
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data() + 4), 2);
    return bytes;
}

QString ContactIds::contactId(const QByteArray& uuid)
{
    const QByteArray hex = uuid.toHex();
    return idPrefix + QString::fromLatin1(hex.mid(0, 8)) + u'-' +
           QString::fromLatin1(hex.mid(8, 4)) + u'-' + QString::fromLatin1(hex.mid(12, 4)) + u'-' +
           QString::fromLatin1(hex.mid(16, 4)) + u'-' + QString::fromLatin1(hex.mid(20, 12));
}

QString ContactIds::vendorContactId(const QByteArray& vendorId)
{
    return QString::fromLatin1(vendorId.toHex());
}

ContactIds::Lookup ContactIds::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 24 && isHex(trimmed))
        return {Lookup::Kind::Vendor, QByteArray::fromHex(trimmed.toLatin1())};
    const QString bare = trimmed.startsWith(idPrefix) ? trimmed.mid(idPrefix.size()) : trimmed;
    const QByteArray uuid = uuidBytes(bare);
    if (uuid.size() == 16)
        return {Lookup::Kind::Uuid, uuid};
    return {};
}
