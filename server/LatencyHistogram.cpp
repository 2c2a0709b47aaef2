#include "LatencyHistogram.h"

#include <algorithm>

namespace {

// The bounds as `le` writes them, beside LatencyHistogram::boundsNsecs.
constexpr std::array<const char*, LatencyHistogram::boundsNsecs.size() + 1> boundLabels = {
    "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1",
    "0.25",  "0.5",    "1",     "2.5",  "5",     "10",   "+Inf"};

} // namespace

void LatencyHistogram::observe(qint64 nsecs)
{
    nsecs = std::max<qint64>(nsecs, 0);
    // The first bound at or above `nsecs` (Prometheus' `le`: less than or equal).
    const auto bucket =
        std::lower_bound(boundsNsecs.begin(), boundsNsecs.end(), nsecs) - boundsNsecs.begin();
    m_buckets[size_t(bucket)].fetch_add(1, std::memory_order_relaxed);
    m_sumNsecs.fetch_add(quint64(nsecs), std::memory_order_relaxed);
}

void LatencyHistogram::write(QByteArray& out, const QByteArray& name,
                             const QByteArray& labels) const
{
    const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
    quint64 cumulative = 0;
    for (size_t i = 0; i < m_buckets.size(); ++i) {
        cumulative += m_buckets[i].load(std::memory_order_relaxed);
        out += name + "_bucket{" + prefix + "le=\"" + boundLabels[i] + "\"} " +
               QByteArray::number(cumulative) + '\n';
    }
    const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
    const double seconds = double(m_sumNsecs.load(std::memory_order_relaxed)) / 1e9;
    out += name + "_sum" + braces + ' ' + QByteArray::number(seconds, 'g', 12) + '\n';
    out += name + "_count" + braces + ' ' + QByteArray::number(cumulative) + '\n';
}
