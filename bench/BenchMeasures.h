#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTextStream>

#include <chrono>

/// What the benchmark tools measure and how they print it, so that bench_store and
/// bench_model report times, percentiles and memory the same way.
namespace BenchMeasures {

using Clock = std::chrono::steady_clock;

/// Wall-clock milliseconds since `start`.
double msSince(Clock::time_point start);
/// CPU milliseconds of the calling thread so far: unlike the wall clock, not inflated when
/// other processes take the cores.
double threadCpuMs();
/// CPU seconds of the whole process (all its threads) so far.
double processCpuSeconds();
/// Nearest-rank percentile (`fraction` 0.5 for the median) of the samples, in any order.
double percentile(QList<double> samples, double fraction);
/// A field of /proc/self/status in kB (VmRSS the resident set, VmHWM its peak); -1 if
/// unreadable.
qint64 procStatusKb(const QByteArray& field);
/// That field in megabytes, as "12.3 MB".
QString procStatusMb(const QByteArray& field);

/// Milliseconds with two decimals below 10 ms, one above.
QString millis(double ms);
/// An integer with thousands separators (1,000,000).
QString thousands(qint64 value);

/// The results (markdown).
QTextStream& out();
/// Progress and errors.
QTextStream& err();

} // namespace BenchMeasures
