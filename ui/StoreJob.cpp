#include "StoreJob.h"

#include "ContactDatabase.h"

#include <QThread>

StoreJob::StoreJob(QObject* parent) : QObject(parent) {}

StoreJob::~StoreJob()
{
    wait();
}

void StoreJob::start(const QString& databasePath, std::function<void(ContactDatabase&)> work)
{
    Q_ASSERT(!isRunning());
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    m_openError.clear();
    m_thread = QThread::create([this, databasePath, work = std::move(work)] {
        auto database = ContactDatabase::open(databasePath);
        if (!database) {
            // Read on the GUI thread only after the thread has finished, which orders it.
            m_openError = database.error().detail.isEmpty() ? database.error().message
                                                            : database.error().detail;
            return;
        }
        work(**database);
        // The connection closes here, on the thread that opened it.
    });
    m_thread->setObjectName(QStringLiteral("StoreJob"));
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &StoreJob::finished);
    m_thread->start();
}

bool StoreJob::isRunning() const
{
    return m_thread && !m_thread->isFinished();
}

void StoreJob::wait()
{
    if (m_thread)
        m_thread->wait();
}
