#include "SyncController.h"

#include "SyncEngine.h"
#include "TokenStore.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <mutex>

/// The engine of the run in progress, for a cancel from the GUI thread while the worker
/// owns it.
struct SyncRun {
    std::mutex mutex;
    SyncEngine* engine = nullptr;
    bool cancelled = false;

    void cancel()
    {
        std::lock_guard lock(mutex);
        cancelled = true;
        if (engine)
            engine->cancel();
    }
};

SyncController::SyncController(TokenStore* tokens, QObject* parent)
    : QObject(parent), m_tokens(tokens), m_timer(new QTimer(this)), m_afterEdits(new QTimer(this))
{
    m_pool.setMaxThreadCount(1);
    m_afterEdits->setSingleShot(true);
    m_afterEdits->setInterval(editDelayMs);
    connect(m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(m_afterEdits, &QTimer::timeout, this, &SyncController::syncNow);
}

SyncController::~SyncController()
{
    cancelAndWait();
}

void SyncController::setTokenStore(TokenStore* tokens)
{
    cancelAndWait();
    m_tokens = tokens;
}

void SyncController::setDatabasePath(const QString& path)
{
    if (path == m_databasePath)
        return;
    cancelAndWait();
    m_token.clear();
    m_databasePath = path;
    updateTimers();
}

void SyncController::setSettings(const SyncSettings& settings)
{
    if (settings.tokenAccount() != m_settings.tokenAccount())
        m_token.clear(); // another server or organization: its own token
    m_settings = settings;
    updateTimers();
}

bool SyncController::isRunning() const
{
    return m_readingToken || m_watcher;
}

void SyncController::refreshContact(const QString& contactId)
{
    if (isRunning() || m_refreshWatcher || m_token.isEmpty() || m_databasePath.isEmpty() ||
        !m_settings.isConfigured())
        return;
    const auto endpoint = m_settings.endpoint(m_token);
    if (!endpoint)
        return;
    ClientOptions options = m_settings.clientOptions();
    options.maxAttempts = 1; // best effort: the contact shows what we have meanwhile
    m_refreshWatcher = new QFutureWatcher<SyncSummary>(this);
    connect(m_refreshWatcher, &QFutureWatcherBase::finished, this, [this, contactId] {
        const SyncSummary summary = m_refreshWatcher->result();
        m_refreshWatcher->deleteLater();
        m_refreshWatcher = nullptr;
        if (summary.pulled > 0 || summary.conflicts > 0)
            emit contactRefreshed(contactId);
    });
    m_refreshWatcher->setFuture(QtConcurrent::run(
        &m_pool, [databasePath = m_databasePath, endpoint = *endpoint, options, contactId] {
            SyncEngine engine(databasePath, endpoint, options);
            return engine.refreshContact(contactId);
        }));
}

void SyncController::updateTimers()
{
    const bool automatic =
        m_settings.automatic && m_settings.isConfigured() && !m_databasePath.isEmpty();
    if (automatic) {
        const int interval = m_settings.intervalMinutes * 60 * 1000;
        if (!m_timer->isActive() || m_timer->interval() != interval)
            m_timer->start(interval);
    } else {
        m_timer->stop();
    }
    if (!automatic || !m_settings.afterEdits)
        m_afterEdits->stop();
}

void SyncController::noteLocalEdit()
{
    if (!m_settings.automatic || !m_settings.afterEdits || !m_settings.isConfigured())
        return;
    if (isRunning())
        m_runAgain = true; // the run in progress may have read the outbox already
    else
        m_afterEdits->start();
}

void SyncController::syncAllowingDeletions(qint64 count)
{
    if (m_databasePath.isEmpty() || isRunning())
        return;
    m_allowedDeletions = count;
    syncNow();
}

void SyncController::syncNow()
{
    if (m_databasePath.isEmpty() || isRunning())
        return;
    if (!m_settings.isConfigured()) {
        m_allowedDeletions.reset();
        emit settingsRequested();
        return;
    }
    m_afterEdits->stop();
    m_readingToken = true;
    emit started();
    const QString databasePath = m_databasePath;
    m_tokens->readToken(
        m_settings.tokenAccount(), this, [this, databasePath](TokenStore::ReadResult token) {
            m_readingToken = false;
            const std::optional<qint64> allowed = std::exchange(m_allowedDeletions, std::nullopt);
            if (databasePath != m_databasePath)
                return; // another database was opened meanwhile
            if (!token) {
                emit startFailed(token.error());
                return;
            }
            if (token->isEmpty()) {
                emit startFailed(tr("No token for this server: enter it in "
                                    "Sync ▸ Sync Settings…"));
                return;
            }
            m_token = *token;
            start(*token, allowed);
        });
}

void SyncController::start(const QString& token, std::optional<qint64> allowedDeletions)
{
    const auto found = m_settings.endpoint(token);
    if (!found) {
        emit startFailed(found.error());
        return;
    }
    const ServerEndpoint endpoint = *found;
    const ClientOptions options = m_settings.clientOptions();

    m_run = std::make_shared<SyncRun>();
    m_watcher = new QFutureWatcher<SyncSummary>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const SyncSummary summary = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        m_run.reset();
        emit finished(summary);
        if (m_runAgain) {
            m_runAgain = false;
            noteLocalEdit();
        }
    });
    // The engine lives on the worker; its signals reach this object through queued calls,
    // which are dropped if this object is gone (it waits for the run first anyway).
    SyncController* self = this;
    m_watcher->setFuture(
        QtConcurrent::run(&m_pool, [run = m_run, self, databasePath = m_databasePath, endpoint,
                                    options, allowedDeletions] {
            SyncEngine engine(databasePath, endpoint, options);
            if (allowedDeletions)
                engine.setAllowedDeletions(*allowedDeletions);
            {
                std::lock_guard lock(run->mutex);
                if (run->cancelled) {
                    SyncSummary cancelled;
                    cancelled.failure =
                        ClientError{ClientError::Kind::Cancelled, 0, tr("Sync was cancelled")};
                    return cancelled;
                }
                run->engine = &engine;
            }
            QObject::connect(
                &engine, &SyncEngine::progressed, &engine,
                [self](const SyncProgress& progress) {
                    QMetaObject::invokeMethod(
                        self, [self, progress] { emit self->progressed(progress); },
                        Qt::QueuedConnection);
                },
                Qt::DirectConnection);
            QObject::connect(
                &engine, &SyncEngine::waiting, &engine,
                [self](int milliseconds, const QString& reason) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, milliseconds, reason] { emit self->waiting(milliseconds, reason); },
                        Qt::QueuedConnection);
                },
                Qt::DirectConnection);
            SyncSummary summary = engine.run();
            std::lock_guard lock(run->mutex);
            run->engine = nullptr;
            return summary;
        }));
}

void SyncController::cancelAndWait()
{
    m_afterEdits->stop();
    m_runAgain = false;
    if (m_run)
        m_run->cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
    // A refresh is one request with one attempt: waiting for it is short.
    if (m_refreshWatcher)
        m_refreshWatcher->waitForFinished();
}
