#pragma once

#include <QByteArray>
#include <QString>

/// The API's identifiers: `contact_<uuid v4>` and the 24-hex-digit vendorContactId. The
/// store keeps both as raw bytes: the bytes of a UUID sort exactly like its lowercase text.
namespace ContactIds {

struct Lookup {
    enum class Kind { Invalid, Uuid, Vendor };
    Kind kind = Kind::Invalid;
    QByteArray bytes;
};

QByteArray newUuid();     ///< a UUID v7: the time in milliseconds, then 74 random bits
QByteArray newVendorId(); ///< 4-byte big-endian seconds + 8 random bytes
QString contactId(const QByteArray& uuid);
QString vendorContactId(const QByteArray& vendorId);
/// Reads a `:contactId`: the full id, the bare UUID (any case) or the vendorContactId.
Lookup parse(const QString& text);

} // namespace ContactIds
