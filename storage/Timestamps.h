#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

/// The API's timestamps: ISO 8601 UTC with milliseconds, `2026-05-16T14:22:00.000Z`.
namespace Timestamps {

QString format(const QDateTime& time);
/// Accepts ISO 8601 with or without milliseconds and with any offset; empty on anything else.
std::optional<QDateTime> parse(const QString& text);
QDateTime fromMsecs(qint64 msecs);

} // namespace Timestamps
