#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <deque>
#include <optional>

/// The API's rate limit: at most `limit` requests per organization in any 60 seconds (a sliding
/// window, as contacts-api.md defines it). Requests it refuses do not count, so a client that
/// waits the Retry-After it was given is served. Thread-safe, setLimit() included.
class RateLimiter {
public:
    static constexpr qint64 windowMsecs = 60'000;

    /// `limit` 0 turns the limit off.
    explicit RateLimiter(int limit) : m_limit(limit) {}

    int limit() const { return m_limit.load(std::memory_order_relaxed); }
    /// A new limit, for the requests from now on (a reload); each organization's recent
    /// requests still count against it.
    void setLimit(int limit) { m_limit.store(limit, std::memory_order_relaxed); }

    /// Counts a request of `organization` at `nowMsecs` (a monotonic clock) when the window
    /// has room, and returns nothing; otherwise returns the whole seconds (at least 1) until
    /// one more request would be accepted.
    std::optional<int> acquire(const QString& organization, qint64 nowMsecs);

private:
    std::atomic<int> m_limit;
    QMutex m_mutex;
    QHash<QString, std::deque<qint64>> m_accepted;
};
