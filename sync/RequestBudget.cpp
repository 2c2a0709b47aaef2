#include "RequestBudget.h"

#include <algorithm>
#include <chrono>

RequestBudget::RequestBudget(int requestsPerMinute, Clock clock)
    : m_limit(std::max(0, requestsPerMinute)), m_clock(std::move(clock))
{
    if (!m_clock) {
        m_clock = [] {
            return qint64(std::chrono::duration_cast<std::chrono::milliseconds>(
                              std::chrono::steady_clock::now().time_since_epoch())
                              .count());
        };
    }
}

qint64 RequestBudget::now() const
{
    return m_clock();
}

qint64 RequestBudget::waitBeforeSend() const
{
    if (m_limit == 0 || m_sends.size() < size_t(m_limit))
        return 0;
    // Only the last `m_limit` sends are kept: the window is full until the oldest leaves it.
    return std::max<qint64>(0, m_sends.front() + windowMsecs + latencyMarginMsecs - now());
}

void RequestBudget::recordSend()
{
    if (m_limit == 0)
        return;
    m_sends.push_back(now());
    while (m_sends.size() > size_t(m_limit))
        m_sends.pop_front();
}
