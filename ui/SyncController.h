#pragma once

#include "ClientOptions.h"
#include "ServerEndpoint.h"
#include "SyncProgress.h"
#include "SyncSettings.h"
#include "SyncSummary.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QThreadPool>

#include <expected>
#include <memory>
#include <optional>

class QTimer;
class TokenStore;
struct SyncRun;

/// Runs the desktop's sync (SyncEngine::run) on a worker thread, one run at a time: on
/// demand (syncNow), on a timer and shortly after local edits when the settings say so.
/// The engine opens its own connection to the database. Owned by the main window, on the
/// GUI thread; cancelAndWait() (also on destruction) stops a run at its next request and
/// waits for it, so nothing outlives the window.
class SyncController : public QObject {
    Q_OBJECT
public:
    /// How long after the last local edit an automatic run starts: a burst of edits goes in
    /// one run.
    static constexpr int editDelayMs = 20000;

    /// `tokens` must outlive the controller.
    explicit SyncController(TokenStore* tokens, QObject* parent = nullptr);
    ~SyncController() override;

    /// Replaces the token store (cancels a run); it must outlive the controller.
    void setTokenStore(TokenStore* tokens);
    /// The database to sync; empty for none. A run on the previous one is cancelled.
    void setDatabasePath(const QString& path);
    /// Takes new settings: the timer and the after-edit runs follow them.
    void setSettings(const SyncSettings& settings);
    const SyncSettings& settings() const { return m_settings; }
    bool isRunning() const;

public slots:
    /// Starts a run unless one is running; asks for the settings while there is no server.
    void syncNow();
    /// syncNow(), letting the run make up to `count` deletions the mass-deletion guard held
    /// back (the agent saw them and said yes). Only that run.
    void syncAllowingDeletions(qint64 count);
    /// A local edit: with automatic sync, a run follows editDelayMs after the last one.
    void noteLocalEdit();
    /// A contact shown in the editor: where the server's list carries no params (the hosted
    /// service), its params are fetched once if the server changed it since (sync.md). Does
    /// nothing while a run is going, without a server, or before a run has read the token.
    void refreshContact(const QString& contactId);
    /// Stops a run at its next request or wait and blocks until it has returned.
    void cancelAndWait();

signals:
    void started();
    void progressed(const SyncProgress& progress);
    /// The client is waiting (request budget, a 429's Retry-After, a backoff).
    void waiting(int milliseconds, const QString& reason);
    void finished(const SyncSummary& summary);
    /// A run could not start (the keychain failed, no token): why, for the user.
    void startFailed(const QString& reason);
    /// "Sync Now" without a server: the settings dialog should open.
    void settingsRequested();
    /// refreshContact() changed the contact here.
    void contactRefreshed(const QString& contactId);

private:
    void start(const QString& token, std::optional<qint64> allowedDeletions);
    void updateTimers();

    TokenStore* m_tokens;
    SyncSettings m_settings;
    QString m_databasePath;
    QTimer* m_timer;
    QTimer* m_afterEdits;
    /// A thread of its own: a run can take minutes at 100 requests a minute, and must not
    /// hold one of the global pool's few threads, which the store's bulk work shares.
    QThreadPool m_pool;
    QFutureWatcher<SyncSummary>* m_watcher = nullptr;
    std::shared_ptr<SyncRun> m_run;
    QFutureWatcher<SyncSummary>* m_refreshWatcher = nullptr;
    /// The token the last run read: a refresh reuses it rather than asking the keychain at
    /// every row the user opens. Kept in memory only.
    QString m_token;
    bool m_readingToken = false;
    bool m_runAgain = false; ///< edits arrived during a run
    /// For the run syncAllowingDeletions() starts.
    std::optional<qint64> m_allowedDeletions;
};
