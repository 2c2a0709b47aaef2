#pragma once

#include <QByteArrayView>
#include <QString>

/// Which encoding a text file's bytes are in: a byte order mark, UTF-16 without one, valid
/// UTF-8, else uchardet's guess among the legacy 8-bit encodings. Names are those
/// QStringDecoder (ICU) takes, e.g. `UTF-8`, `UTF-16LE`, `windows-1252`, `ISO-8859-6`.
namespace TextEncoding {

struct Detected {
    QString name;
    int bomLength = 0; ///< bytes of byte order mark at the start, to skip
};

/// The encoding of `sample`, the first bytes of a file. `complete` says that the sample is
/// the whole file (else a multi-byte sequence cut at its end is not held against UTF-8).
Detected detect(QByteArrayView sample, bool complete);
/// True when QStringDecoder can decode `name`.
bool isSupported(const QString& name);
/// The length of the byte order mark of `name` at the start of `bytes`, or 0.
int bomLength(QByteArrayView bytes, const QString& name);

} // namespace TextEncoding
