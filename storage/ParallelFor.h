#pragma once

#include <QRunnable>
#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <vector>

/// A parallel loop that is safe to start from a pool thread. QtConcurrent's blocking calls
/// wait for their pool while doing nothing, so two of them started from that pool's own
/// threads (two server workers importing at once) can each hold a thread the other needs,
/// forever. Here the calling thread takes part, and runs itself every chunk the pool has
/// not started: it only ever waits for chunks that are already running.
namespace ParallelFor {

/// Calls `body(begin, end)` over [0, count) in chunks, on `pool` and the calling thread.
template <typename Body> void run(QThreadPool* pool, qsizetype count, const Body& body)
{
    const qsizetype workers = std::max(1, pool->maxThreadCount()) + 1;
    // A few chunks per worker evens out rows that cost more than others.
    const qsizetype chunks = std::min<qsizetype>(count, workers * 4);
    if (chunks <= 1) {
        body(0, count);
        return;
    }
    const auto begin = [&](qsizetype chunk) {
        return chunk * count / chunks;
    };
    QSemaphore finished;
    std::vector<std::unique_ptr<QRunnable>> queued;
    queued.reserve(size_t(chunks - 1));
    for (qsizetype chunk = 1; chunk < chunks; ++chunk) {
        std::unique_ptr<QRunnable> task(
            QRunnable::create([&body, &finished, from = begin(chunk), to = begin(chunk + 1)] {
                body(from, to);
                finished.release();
            }));
        task->setAutoDelete(false);
        pool->start(task.get());
        queued.push_back(std::move(task));
    }
    body(0, begin(1));
    for (const std::unique_ptr<QRunnable>& task : queued) {
        if (pool->tryTake(task.get()))
            task->run();
    }
    finished.acquire(int(chunks - 1));
}

} // namespace ParallelFor
