#pragma once

#include <QString>

#include <expected>

/// `--log-file`: points the process's standard error, where the request log and every message
/// go, at a file opened for appending. Opening it again (on SIGHUP, after logrotate moved it)
/// swaps the descriptor in one step, so no line is lost or split. Thread-safe.
class StandardErrorFile {
public:
    /// Nothing, or why the file cannot be opened (standard error is then left as it was).
    static std::expected<void, QString> open(const QString& path);
};
