#pragma once

#include <QRandomGenerator>

/// Exponential backoff with full jitter (a uniform wait between 0 and base · 2^(retry-1),
/// capped): retries of many clients after one outage spread out instead of arriving together.
/// Not thread-safe.
class RetryBackoff {
public:
    /// `seed` makes the waits reproducible (tests); without one they are random.
    RetryBackoff(int baseMs, int maxMs);
    RetryBackoff(int baseMs, int maxMs, quint32 seed);

    /// The upper bound of the wait before retry `retry` (1 = the first retry).
    int ceilingMs(int retry) const;
    /// The wait before retry `retry`: uniform in [0, ceilingMs(retry)].
    int delayMs(int retry);

private:
    int m_baseMs;
    int m_maxMs;
    QRandomGenerator m_random;
};
