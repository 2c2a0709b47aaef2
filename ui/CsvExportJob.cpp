#include "CsvExportJob.h"

#include "ContactStore.h"
#include "StoreJob.h"

#include <mutex>

/// What the GUI thread and the export's thread share while the export runs.
struct CsvExportJob::Run {
    std::mutex mutex;
    ContactExporter* exporter = nullptr; ///< while run() runs
    std::atomic<bool> cancelRequested = false;
    std::optional<Result> result;
};

CsvExportJob::CsvExportJob(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_job(new StoreJob(this))
{
    connect(m_job, &StoreJob::finished, this, &CsvExportJob::onJobFinished);
}

CsvExportJob::~CsvExportJob()
{
    cancel();
    m_job->wait();
}

void CsvExportJob::start(const QString& filePath, const ExportOptions& options)
{
    if (m_job->isRunning())
        return;
    m_result.reset();
    m_cancelled = false;
    m_run = std::make_shared<Run>();
    m_job->start(m_databasePath, [run = m_run, filePath, options](ContactDatabase& database) {
        ContactStore store(database);
        ContactExporter exporter(store);
        {
            std::lock_guard lock(run->mutex);
            if (run->cancelRequested)
                return;
            run->exporter = &exporter;
        }
        auto result = exporter.run(filePath, options);
        std::lock_guard lock(run->mutex);
        run->exporter = nullptr;
        run->result = std::move(result);
    });
}

void CsvExportJob::cancel()
{
    if (!m_run || !m_job->isRunning())
        return;
    m_run->cancelRequested = true;
    std::lock_guard lock(m_run->mutex);
    if (m_run->exporter)
        m_run->exporter->cancel();
}

bool CsvExportJob::isRunning() const
{
    return m_job->isRunning();
}

std::optional<double> CsvExportJob::progress() const
{
    if (!m_run)
        return {};
    std::lock_guard lock(m_run->mutex);
    if (!m_run->exporter || m_run->exporter->totalRows() == 0)
        return {};
    return double(m_run->exporter->rowsDone()) / double(m_run->exporter->totalRows());
}

void CsvExportJob::onJobFinished()
{
    if (!m_run)
        return;
    m_cancelled = m_run->cancelRequested;
    {
        std::lock_guard lock(m_run->mutex);
        if (m_run->result)
            m_result = std::move(m_run->result);
        else
            m_result = std::unexpected(m_job->openError());
    }
    m_run.reset();
    emit finished();
}
