#pragma once

#include "ClientOptions.h"

#include <QLatin1Char>
#include <QString>

/// What the sync tests share: retries in milliseconds rather than seconds (the same faults,
/// a quick suite), and valid phone numbers by the dozen.
namespace SyncTestSupport {

inline ClientOptions quickOptions(int maxAttempts)
{
    ClientOptions options;
    options.requestsPerMinute = 0;
    options.timeoutMs = 3000;
    options.maxAttempts = maxAttempts;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 100;
    return options;
}

/// A valid UAE mobile number, distinct for each `n` below 10^8.
inline QString phone(int n)
{
    return QStringLiteral("+9715%1").arg(n, 8, 10, QLatin1Char('0'));
}

} // namespace SyncTestSupport
