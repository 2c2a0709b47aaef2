#include "ServerMetrics.h"

#include <QDateTime>

namespace {

void family(QByteArray& out, const char* name, const char* type, const char* help)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + ' ' + type + '\n';
}

} // namespace

ServerMetrics::ServerMetrics() : m_startMsecs(QDateTime::currentMSecsSinceEpoch()) {}

int ServerMetrics::methodSlot(const QByteArray& method)
{
    for (size_t i = 0; i < methods.size(); ++i) {
        if (method == methods[i])
            return int(i);
    }
    return int(methods.size());
}

int ServerMetrics::statusSlot(int status)
{
    for (size_t i = 0; i < statuses.size(); ++i) {
        if (status == statuses[i])
            return int(i);
    }
    return int(statuses.size());
}

void ServerMetrics::record(MetricsRoute::Id route, const QByteArray& method,
                           const ApiResponse& response, qint64 nsecs)
{
    const int slot =
        (int(route) * methodSlots + methodSlot(method)) * statusSlots + statusSlot(response.status);
    m_requests[size_t(slot)].fetch_add(1, std::memory_order_relaxed);
    m_latency[size_t(route)].observe(nsecs);
    // Only the rate limit answers 429 (ContactsApi::handle).
    if (response.status == 429)
        m_rateLimited.fetch_add(1, std::memory_order_relaxed);
    // A 500 or 503 with a fault is the one the request log follows with its cause: a statement
    // that failed, or a database that could not be reached or opened (ContactsApi::
    // errorResponse). The server's only other 500, a caught exception, has never been seen.
    if (!response.faultDetail.isEmpty()) {
        if (response.status == 503)
            m_databaseUnavailable.fetch_add(1, std::memory_order_relaxed);
        else if (response.status == 500)
            m_databaseFailed.fetch_add(1, std::memory_order_relaxed);
    }
}

QByteArray ServerMetrics::exposition(int openConnections) const
{
    QByteArray out;
    out.reserve(16 * 1024);
    family(out, "contacts_http_requests_total", "counter",
           "Requests answered, by route template, method and status.");
    for (int route = 0; route < MetricsRoute::count; ++route) {
        const QByteArray routeLabel = MetricsRoute::label(MetricsRoute::Id(route));
        for (int method = 0; method < methodSlots; ++method) {
            for (int status = 0; status < statusSlots; ++status) {
                const quint64 n =
                    m_requests[size_t((route * methodSlots + method) * statusSlots + status)].load(
                        std::memory_order_relaxed);
                // Only the combinations seen: most never are (a POST to /healthz answered 201).
                if (n == 0)
                    continue;
                out += "contacts_http_requests_total{route=\"" + routeLabel + "\",method=\"" +
                       (method < int(methods.size()) ? QByteArray(methods[size_t(method)])
                                                     : QByteArray("other")) +
                       "\",status=\"" +
                       (status < int(statuses.size()) ? QByteArray::number(statuses[size_t(status)])
                                                      : QByteArray("other")) +
                       "\"} " + QByteArray::number(n) + '\n';
            }
        }
    }
    family(out, "contacts_http_request_duration_seconds", "histogram",
           "Time from a request read whole to its answer (the wait for a worker included), by "
           "route template.");
    for (int route = 0; route < MetricsRoute::count; ++route) {
        m_latency[size_t(route)].write(out, "contacts_http_request_duration_seconds",
                                       "route=\"" + MetricsRoute::label(MetricsRoute::Id(route)) +
                                           '"');
    }
    family(out, "contacts_http_rate_limited_total", "counter",
           "Requests refused with 429 by the rate limit.");
    out += "contacts_http_rate_limited_total " +
           QByteArray::number(m_rateLimited.load(std::memory_order_relaxed)) + '\n';
    family(out, "contacts_database_errors_total", "counter",
           "Requests answered 500 because a database statement failed, or 503 because the "
           "database could not be reached.");
    out += "contacts_database_errors_total{status=\"500\"} " +
           QByteArray::number(m_databaseFailed.load(std::memory_order_relaxed)) + '\n';
    out += "contacts_database_errors_total{status=\"503\"} " +
           QByteArray::number(m_databaseUnavailable.load(std::memory_order_relaxed)) + '\n';
    family(out, "contacts_http_open_connections", "gauge", "Client connections open now.");
    out += "contacts_http_open_connections " + QByteArray::number(openConnections) + '\n';
    family(out, "process_start_time_seconds", "gauge",
           "Start time of the process since the Unix epoch, in seconds.");
    out += "process_start_time_seconds " + QByteArray::number(m_startMsecs / 1000.0, 'f', 3) + '\n';
    return out;
}
