#pragma once

#include "ApiResponse.h"
#include "LatencyHistogram.h"
#include "MetricsRoute.h"

#include <QByteArray>

#include <array>
#include <atomic>

/// What contacts-server counts for `GET /metrics`, written in Prometheus' text exposition
/// format 0.0.4: requests by route template, method and status, their latency by route, the
/// rate limit's refusals, the answers the database failed, and the process's start time.
/// Every label comes from a fixed set (unknown methods and statuses count as `other`), so the
/// number of series is bounded whatever clients send. record() is lock-free, relaxed atomics in
/// fixed arrays, and runs on the workers and the connections' thread at once; exposition() may
/// run on any thread. Owned by the server, shared by its listeners. Aligned to cache lines:
/// the workers write its counters, and a neighbour's members (the server's database path, read
/// by every worker) must not share a line with them.
class alignas(64) ServerMetrics {
public:
    static inline const QByteArray contentType =
        QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8");

    ServerMetrics();

    /// Counts one answered request: `method` as sent, `nsecs` from when it was read whole
    /// (negative counts as 0).
    void record(MetricsRoute::Id route, const QByteArray& method, const ApiResponse& response,
                qint64 nsecs);
    /// Every metric in the text format; `openConnections` is the gauge's value, which the
    /// listening sockets know.
    QByteArray exposition(int openConnections) const;

private:
    static constexpr std::array<const char*, 9> methods = {
        "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "CONNECT", "TRACE"};
    static constexpr std::array<int, 14> statuses = {200, 201, 400, 401, 404, 405, 409,
                                                     411, 413, 414, 429, 431, 500, 503};
    // One more of each for `other`.
    static constexpr int methodSlots = int(methods.size()) + 1;
    static constexpr int statusSlots = int(statuses.size()) + 1;

    static int methodSlot(const QByteArray& method);
    static int statusSlot(int status);

    std::array<std::atomic<quint64>, MetricsRoute::count * methodSlots * statusSlots> m_requests{};
    std::array<LatencyHistogram, MetricsRoute::count> m_latency;
    std::atomic<quint64> m_rateLimited{0};
    std::atomic<quint64> m_databaseFailed{0};      ///< 500s with a fault
    std::atomic<quint64> m_databaseUnavailable{0}; ///< 503s with a fault
    const qint64 m_startMsecs;
};
