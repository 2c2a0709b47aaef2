#include "CsvExportJob.h"

#include "ContactStore.h"
#include "StoreJob.h"
#include "StoreJobRun.h"

struct CsvExportJob::Run : StoreJobRun<ContactExporter, Result> {};

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
        if (!run->attach(&exporter))
            return;
        run->finish(exporter.run(filePath, options));
    });
}

void CsvExportJob::cancel()
{
    if (!m_run || !m_job->isRunning())
        return;
    m_run->cancel();
}

bool CsvExportJob::isRunning() const
{
    return m_job->isRunning();
}

std::optional<double> CsvExportJob::progress() const
{
    if (!m_run)
        return {};
    return m_run->withWorker([](const ContactExporter* exporter) -> std::optional<double> {
        if (!exporter || exporter->totalRows() == 0)
            return {};
        return double(exporter->rowsDone()) / double(exporter->totalRows());
    });
}

void CsvExportJob::onJobFinished()
{
    if (!m_run)
        return;
    m_cancelled = m_run->isCancelRequested();
    m_result = m_run->takeResult(m_job->openError());
    m_run.reset();
    emit finished();
}
