#pragma once

#include "ApiResponse.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <optional>

/// The request log on stderr: a line per request with its time, method, path, status,
/// duration and organization, never a token or a body; a 500's or 503's cause follows it.
/// As text (fields separated by spaces, the path's spaces and control characters escaped) or
/// as one JSON object per line, for a log collector. Written from any thread; its format can change
/// while it is.
class RequestLog {
public:
    enum class Format { Text, Json };

    /// `text` or `json`; nothing for another name.
    static std::optional<Format> formatNamed(const QString& name);

    explicit RequestLog(Format format = Format::Text) : m_format(format) {}

    /// For the lines from now on (a reload); any thread.
    void setFormat(Format format) { m_format.store(format, std::memory_order_relaxed); }

    void write(const QByteArray& method, const QString& path, const ApiResponse& response,
               qint64 nsecs) const;

private:
    QByteArray textLine(const QByteArray& method, const QString& path, const ApiResponse& response,
                        qint64 nsecs) const;
    QByteArray jsonLine(const QByteArray& method, const QString& path, const ApiResponse& response,
                        qint64 nsecs) const;

    std::atomic<Format> m_format;
};
