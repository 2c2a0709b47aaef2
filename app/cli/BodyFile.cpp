#include "BodyFile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

std::expected<QByteArray, QString> BodyFile::read(const QString& fileOrDash)
{
    const bool fromStdin = fileOrDash == standardInput;
    const QString shownName = fromStdin ? QStringLiteral("standard input") : fileOrDash;
    const auto cannotRead = [&shownName](const QString& reason) {
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(shownName, reason));
    };
    QFile file;
    if (fromStdin) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            return cannotRead(file.errorString());
        }
    } else {
        // QFile opens a directory without complaint on Linux and then reads nothing.
        if (QFileInfo(fileOrDash).isDir()) {
            return cannotRead(QStringLiteral("it is a directory"));
        }
        file.setFileName(fileOrDash);
        if (!file.open(QIODevice::ReadOnly)) {
            return cannotRead(file.errorString());
        }
    }
    QByteArray body = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return cannotRead(file.errorString());
    }
    return body;
}
