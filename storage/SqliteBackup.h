#pragma once

#include "ApiError.h"

#include <QString>

struct sqlite3;

/// A copy of a SQLite database made with SQLite's online backup API while other connections
/// and processes go on writing: the whole database in one step, so the copy is one snapshot
/// (in WAL mode that holds no writer back; they append to the log meanwhile), written to
/// `<path>.partial`, checked (`PRAGMA quick_check`) and then renamed over `path`, so that
/// `path` is never a half-written backup. Reentrant.
class SqliteBackup {
public:
    /// Copies `source`'s main database to `path`; the copy's page count, or why it failed
    /// (with `path` left as it was).
    static ApiResult<qint64> copy(sqlite3* source, const QString& path);
};
