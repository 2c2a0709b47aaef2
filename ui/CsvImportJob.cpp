#include "CsvImportJob.h"

#include "ContactStore.h"
#include "StoreJob.h"
#include "StoreJobRun.h"

#include <mutex>

/// What the GUI thread and the import's thread share while the import runs, and its
/// progress, which the importer reports through a callback.
struct CsvImportJob::Run : StoreJobRun<ContactImporter, Result> {
    mutable std::mutex progressMutex;
    ContactImporter::Progress progress;
};

CsvImportJob::CsvImportJob(const QString& databasePath, QObject* parent)
    : QObject(parent), m_databasePath(databasePath), m_job(new StoreJob(this))
{
    connect(m_job, &StoreJob::finished, this, &CsvImportJob::onJobFinished);
}

CsvImportJob::~CsvImportJob()
{
    cancel();
    m_job->wait();
}

void CsvImportJob::start(const QString& filePath, const ImportOptions& options)
{
    if (m_run)
        return;
    m_run = std::make_shared<Run>();
    m_clock.start();
    m_job->start(m_databasePath, [run = m_run, options, filePath, actor = m_actor,
                                  this](ContactDatabase& database) {
        ContactStore store(database);
        store.setOrigin(WriteOrigin(WriteOrigin::Method::Import, actor));
        ContactImporter importer(store);
        importer.setProgressCallback(
            [run, &importer, this](const ContactImporter::Progress& progress) {
                {
                    std::lock_guard lock(run->progressMutex);
                    run->progress = progress;
                }
                // A cancel that came before run() started is repeated here.
                if (run->isCancelRequested())
                    importer.cancel();
                // The destructor waits for this thread, and deleting the
                // job drops what is still posted to it.
                QMetaObject::invokeMethod(
                    this, [this] { emit progressed(); }, Qt::QueuedConnection);
            });
        run->attach(&importer); // a cancel already asked for reaches it at its first batch
        run->finish(importer.run(filePath, options));
    });
}

void CsvImportJob::cancel()
{
    if (!m_run)
        return;
    m_run->cancel();
}

bool CsvImportJob::isRunning() const
{
    return m_job->isRunning();
}

ContactImporter::Progress CsvImportJob::progress() const
{
    if (!m_run)
        return {};
    std::lock_guard lock(m_run->progressMutex);
    return m_run->progress;
}

void CsvImportJob::waitForFinished()
{
    m_job->wait();
    onJobFinished();
}

void CsvImportJob::onJobFinished()
{
    // Once: waitForFinished() reports at once, and StoreJob's finished() still comes later.
    if (!m_run || m_result)
        return;
    m_result = m_run->takeResult(m_job->openError());
    emit finished();
}
