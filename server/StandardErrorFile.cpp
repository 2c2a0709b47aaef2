#include "StandardErrorFile.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

std::expected<void, QString> StandardErrorFile::open(const QString& path)
{
    // Only its owner may read it: the log names organizations.
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return std::unexpected(QStringLiteral("cannot open %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    // dup2 replaces the descriptor atomically: a write in flight goes wholly to one file.
    const bool swapped = ::dup2(fd, STDERR_FILENO) >= 0;
    const int error = errno;
    ::close(fd);
    if (!swapped)
        return std::unexpected(QStringLiteral("cannot log to %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(error))));
    return {};
}
