#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class ConflictsDialog;
class HeldDeletionsDialog;
struct SyncSummary;
class DatabaseSession;
class QAction;
class SyncController;
class SyncStatusReader;
class SyncStatusWidget;
class TokenStore;
class QWidget;

/// Sync in the window: Sync Now, Sync ▸ Conflicts… and Sync Settings…, and what they drive:
/// the SyncController's runs on the open database, the status bar's SyncStatusWidget and the
/// SyncStatusReader it shows, the conflicts dialog (one at a time, resolving through the
/// session's writer) and the settings dialog. Local edits (the writer's reports) count as
/// pending and, with automatic sync, bring a run. Lives on the GUI thread.
class SyncActions : public QObject {
    Q_OBJECT
public:
    /// `status` is the status bar's widget and `window` hosts the dialogs (not owned). The
    /// token is kept in the OS keychain.
    SyncActions(SyncStatusWidget* status, QWidget* window, QObject* parent = nullptr);
    ~SyncActions() override;

    SyncController* controller() const { return m_sync; }
    bool isRunning() const;
    QAction* syncNowAction() const { return m_syncNow; }
    QAction* conflictsAction() const { return m_conflicts; }
    QAction* settingsAction() const { return m_settings; }
    /// Sync Now and Conflicts… while a database is open (Sync Now: and no run goes).
    void updateActions();
    /// Replaces the OS keychain that holds the sync token (tests: there is none in CI).
    /// Before any sync or settings dialog.
    void setTokenStore(std::unique_ptr<TokenStore> tokens);
    /// The database to sync (not owned; null for none). The previous one's conflicts dialog
    /// closes and its run stops.
    void setSession(DatabaseSession* session);
    /// Stops a run at its next request and waits for it (the window closes); what the
    /// server acknowledged stays recorded.
    void stop();

public slots:
    void syncNow();
    /// The open conflicts of the database, one dialog at a time.
    void showConflicts();
    /// Server, organization, token, when to sync.
    void showSettings();
    /// The editor shows this contact: its params may be fetched from the server.
    void refreshContact(const QString& contactId);

signals:
    /// A run started or ended: Sync Now follows.
    void stateChanged();
    /// A run or a refreshed contact changed contacts here: the table and the editor read
    /// them again.
    void contactsSynced();
    /// For the status bar.
    void message(const QString& text, int timeout);

private:
    void createActions();
    void applySettings();
    void onSyncFinished(const SyncSummary& summary);
    /// Asks about deletions the run held back, unless the agent already chose to keep these
    /// and the run was not theirs.
    void askAboutHeldDeletions(const SyncSummary& summary);
    void onLocalEdit();

    QWidget* m_window;
    SyncStatusWidget* m_status;
    std::unique_ptr<TokenStore> m_tokens;
    SyncController* m_sync;
    SyncStatusReader* m_reader;
    DatabaseSession* m_session = nullptr;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QPointer<HeldDeletionsDialog> m_heldDialog;
    /// The held deletions the agent chose to keep: an automatic run holding as many asks no
    /// more; Sync Now, or a different count, asks again.
    qint64 m_keptHeld = 0;
    bool m_runByAgent = false;
    QAction* m_syncNow = nullptr;
    QAction* m_conflicts = nullptr;
    QAction* m_settings = nullptr;
};
