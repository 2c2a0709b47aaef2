#pragma once

#include <QString>

#include <atomic>
#include <expected>
#include <mutex>
#include <optional>

/// What the GUI thread and a StoreJob's thread share while one long job (an import, an
/// export) runs: the worker object while it runs, a cancel that reaches it whenever it comes
/// (before the worker starts, it waits for it), and the outcome. `Worker` has cancel().
template <typename Worker, typename Result> class StoreJobRun {
public:
    /// On the job's thread, before the work: false when a cancel came first.
    bool attach(Worker* worker)
    {
        std::lock_guard lock(m_mutex);
        m_worker = worker;
        return !m_cancelRequested;
    }
    /// On the job's thread, after the work.
    void finish(Result result)
    {
        std::lock_guard lock(m_mutex);
        m_worker = nullptr;
        m_result = std::move(result);
    }
    /// From any thread.
    void cancel()
    {
        m_cancelRequested = true;
        std::lock_guard lock(m_mutex);
        if (m_worker)
            m_worker->cancel();
    }
    bool isCancelRequested() const { return m_cancelRequested; }
    /// Calls `read` with the worker (null before it starts and after it ends), under the
    /// lock that keeps it alive.
    template <typename Read> auto withWorker(Read read) const
    {
        std::lock_guard lock(m_mutex);
        return read(static_cast<const Worker*>(m_worker));
    }
    /// The outcome, or `openError` when the job's connection never opened.
    Result takeResult(const QString& openError)
    {
        std::lock_guard lock(m_mutex);
        if (m_result)
            return std::move(*m_result);
        return std::unexpected(openError);
    }

private:
    mutable std::mutex m_mutex;
    Worker* m_worker = nullptr;
    std::atomic<bool> m_cancelRequested = false;
    std::optional<Result> m_result;
};
