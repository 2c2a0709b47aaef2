#include "SqliteBackup.h"

#include <QDeadlineTimer>
#include <QFile>

#include <cstdio>
#include <memory>

#include <sqlite3.h>

namespace {

struct CloseConnection {
    void operator()(sqlite3* connection) const { sqlite3_close(connection); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

ApiError failure(const QString& what, sqlite3* connection)
{
    return ApiError::internal(
        what + QStringLiteral(": ") +
        QString::fromUtf8(connection ? sqlite3_errmsg(connection) : "out of memory"));
}

// The first row of `PRAGMA quick_check` on `connection`: "ok" for a sound file.
QString quickCheck(sqlite3* connection)
{
    QString result;
    const auto firstRow = [](void* out, int columns, char** values, char**) {
        auto* text = static_cast<QString*>(out);
        if (text->isEmpty() && columns > 0 && values[0])
            *text = QString::fromUtf8(values[0]);
        return 0;
    };
    if (sqlite3_exec(connection, "PRAGMA quick_check", firstRow, &result, nullptr) != SQLITE_OK)
        return QString::fromUtf8(sqlite3_errmsg(connection));
    return result;
}

} // namespace

ApiResult<qint64> SqliteBackup::copy(sqlite3* source, const QString& path)
{
    if (!source)
        return std::unexpected(ApiError::internal(QStringLiteral("not a SQLite connection")));
    const QString partial = path + QStringLiteral(".partial");
    const QByteArray partialName = QFile::encodeName(partial);
    // A partial copy is the leftover of a backup that did not finish: never worth keeping.
    QFile::remove(partial);

    qint64 pages = 0;
    {
        sqlite3* opened = nullptr;
        const int openCode = sqlite3_open_v2(partialName.constData(), &opened,
                                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
        Connection target(opened);
        if (openCode != SQLITE_OK)
            return std::unexpected(failure(QStringLiteral("cannot create ") + partial, opened));

        sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source, "main");
        if (!backup)
            return std::unexpected(
                failure(QStringLiteral("cannot back up to ") + partial, target.get()));
        // All pages in one step: one read transaction, one snapshot. A step that finds the
        // source locked (a WAL recovery, a rollback-mode writer) is tried again for a while.
        int code = SQLITE_OK;
        const QDeadlineTimer patience(60000);
        do {
            code = sqlite3_backup_step(backup, -1);
            if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
                sqlite3_sleep(50);
        } while ((code == SQLITE_BUSY || code == SQLITE_LOCKED) && !patience.hasExpired());
        pages = sqlite3_backup_pagecount(backup);
        sqlite3_backup_finish(backup);
        if (code != SQLITE_DONE) {
            const ApiError error =
                failure(QStringLiteral("backup to %1 failed").arg(partial), target.get());
            target.reset();
            QFile::remove(partial);
            return std::unexpected(error);
        }
        const QString check = quickCheck(target.get());
        if (check != QLatin1String("ok")) {
            target.reset();
            QFile::remove(partial);
            return std::unexpected(ApiError::internal(
                QStringLiteral("the copy in %1 does not check: %2").arg(partial, check)));
        }
    } // closed: the copy is one file, its log checkpointed into it

    if (std::rename(partialName.constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(partial);
        return std::unexpected(
            ApiError::internal(QStringLiteral("cannot rename %1 to %2").arg(partial, path)));
    }
    return pages;
}
