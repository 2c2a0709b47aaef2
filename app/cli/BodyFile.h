#pragma once

#include <QByteArray>
#include <QString>

#include <expected>

/// Where the body of a create, update or bulk command comes from: the bytes of a file, or of
/// stdin for `-`.
namespace BodyFile {

/// The argument that names stdin.
inline const QString standardInput = QStringLiteral("-");

/// Reads the whole body. Fails with a message naming the file and the reason when it
/// cannot be read; the bytes are not checked here (that is the API's 400).
std::expected<QByteArray, QString> read(const QString& fileOrDash);

} // namespace BodyFile
