#include "RateLimiter.h"

#include <QMutexLocker>

std::optional<int> RateLimiter::acquire(const QString& organization, qint64 nowMsecs)
{
    const int limit = m_limit.load(std::memory_order_relaxed);
    if (limit <= 0)
        return std::nullopt;
    QMutexLocker locker(&m_mutex);
    std::deque<qint64>& accepted = m_accepted[organization];
    while (!accepted.empty() && accepted.front() + windowMsecs <= nowMsecs)
        accepted.pop_front();
    if (accepted.size() < size_t(limit)) {
        accepted.push_back(nowMsecs);
        return std::nullopt;
    }
    // The oldest request in the window leaves it at front + window: round up to whole seconds.
    const qint64 wait = accepted.front() + windowMsecs - nowMsecs;
    return int(std::max<qint64>(1, (wait + 999) / 1000));
}
