#include "RetryBackoff.h"

#include <algorithm>

RetryBackoff::RetryBackoff(int baseMs, int maxMs)
    : RetryBackoff(baseMs, maxMs, QRandomGenerator::global()->generate())
{}

RetryBackoff::RetryBackoff(int baseMs, int maxMs, quint32 seed)
    : m_baseMs(std::max(0, baseMs)), m_maxMs(std::max(0, maxMs)), m_random(seed)
{}

int RetryBackoff::ceilingMs(int retry) const
{
    // Doubling past 2^30 overflows an int; the cap is reached long before in practice.
    const int doublings = std::clamp(retry - 1, 0, 30);
    const qint64 ceiling = qint64(m_baseMs) << doublings;
    return int(std::min<qint64>(ceiling, m_maxMs));
}

int RetryBackoff::delayMs(int retry)
{
    const int ceiling = ceilingMs(retry);
    return ceiling <= 0 ? 0 : int(m_random.bounded(ceiling + 1));
}
