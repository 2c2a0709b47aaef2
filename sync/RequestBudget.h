#pragma once

#include <QtGlobal>

#include <deque>
#include <functional>

/// The client's side of the API's rate limit: at most `requestsPerMinute` sends in any sliding
/// window of 60 seconds (0 = unlimited), so that a client alone never meets a 429. Not a
/// QObject and not thread-safe: one ContactsClient owns one.
class RequestBudget {
public:
    /// Milliseconds of a monotonic clock; injectable so that tests need not wait a minute.
    using Clock = std::function<qint64()>;

    static constexpr qint64 windowMsecs = 60'000;
    /// A send is counted by the server when it arrives, later than the client sent it by the
    /// network's latency, which varies: the client lets a send leave its window this much later.
    static constexpr qint64 latencyMarginMsecs = 1'000;

    explicit RequestBudget(int requestsPerMinute, Clock clock = {});

    int requestsPerMinute() const { return m_limit; }
    /// Milliseconds to wait before one more send stays within the budget; 0 = send now.
    qint64 waitBeforeSend() const;
    /// Counts a send made now.
    void recordSend();

private:
    qint64 now() const;

    int m_limit;
    Clock m_clock;
    std::deque<qint64> m_sends; ///< the last `m_limit` send times, oldest first
};
