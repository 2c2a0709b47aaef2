#include "RequestBody.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace RequestBody {

std::expected<QByteArray, QString> read(const QString& fileOrDash)
{
    QFile file;
    QString shownName;
    if (fileOrDash == standardInput) {
        shownName = QStringLiteral("standard input");
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return std::unexpected(
                QStringLiteral("cannot read %1: %2").arg(shownName, file.errorString()));
        }
    } else {
        shownName = fileOrDash;
        // QFile opens a directory without complaint on Linux and then reads nothing.
        if (QFileInfo(fileOrDash).isDir()) {
            return std::unexpected(
                QStringLiteral("cannot read %1: it is a directory").arg(shownName));
        }
        file.setFileName(fileOrDash);
        if (!file.open(QIODevice::ReadOnly)) {
            return std::unexpected(
                QStringLiteral("cannot read %1: %2").arg(shownName, file.errorString()));
        }
    }
    QByteArray body = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return std::unexpected(
            QStringLiteral("cannot read %1: %2").arg(shownName, file.errorString()));
    }
    return body;
}

} // namespace RequestBody

std::expected<void, QString> RequestBody::readInto(const QString& fileOrDash, QByteArray& body)
{
    std::expected<QByteArray, QString> read = RequestBody::read(fileOrDash);
    if (!read)
        return std::unexpected(read.error());
    body = std::move(*read);
    return {};
}
