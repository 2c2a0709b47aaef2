#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <atomic>

/// Durations counted in fixed buckets from 1 ms to 10 s, written as a Prometheus histogram.
/// observe() is lock-free (relaxed atomics) and may run on any number of threads at once;
/// write() reads the counts as they are at that moment, one bucket after another, so a scrape
/// during traffic may be a request or two behind in some buckets. `_count` is written as the
/// buckets' total, so that it always equals the `+Inf` bucket, as Prometheus requires. On
/// cache lines of its own, so that the routes' histograms, written by different workers at
/// once, do not share one.
class alignas(64) LatencyHistogram {
public:
    /// The upper bounds of the buckets in nanoseconds (the last bucket, `+Inf`, has none).
    static constexpr std::array<qint64, 13> boundsNsecs = {
        1'000'000,     2'500'000,     5'000'000,     10'000'000,  25'000'000,
        50'000'000,    100'000'000,   250'000'000,   500'000'000, 1'000'000'000,
        2'500'000'000, 5'000'000'000, 10'000'000'000};

    void observe(qint64 nsecs);
    /// Appends the `<name>_bucket`, `_sum` and `_count` lines, each with `labels` (such as
    /// `route="/healthz"`; empty for none) before `le`.
    void write(QByteArray& out, const QByteArray& name, const QByteArray& labels) const;

private:
    std::array<std::atomic<quint64>, boundsNsecs.size() + 1> m_buckets{};
    std::atomic<quint64> m_sumNsecs{0};
};
