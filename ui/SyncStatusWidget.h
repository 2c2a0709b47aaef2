#pragma once

#include "SyncProgress.h"
#include "SyncStatusReader.h"
#include "SyncSummary.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <optional>

class QLabel;
class QTimer;

/// Sync's part of the status bar: "Synced 2 min ago · 3 pending", "Syncing… 120 of 400",
/// "Offline — retrying…", "Sync failed: Unauthorized", and "2 conflicts" as a link that asks
/// for the Conflicts dialog. The counts and the last run come from a SyncStatusReader (the
/// database, read on a worker); a run in progress and its end come from the SyncController.
/// Hidden while sync is not set up. Displays only: it reads nothing itself.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget* parent = nullptr);

    /// Whether a server is set up; the widget hides without one.
    void setConfigured(bool configured);
    /// Whether a failed run will be retried by itself (automatic sync): "retrying…".
    void setRetrying(bool retrying);
    /// Shows the counts `reader` reads from now on (not owned; null for none).
    void setReader(SyncStatusReader* reader);

    /// The pending, error and conflict counts and the last run, as read from the database.
    void setCounts(const SyncCounts& counts);
    /// The counts could not be read: `message` is shown as a failure.
    void setReadFailed(const QString& message);

    void setRunning(const SyncProgress& progress);
    /// A run ended: its failure, if any, is shown until the next run; the reader reads the
    /// counts again.
    void setFinished(const SyncSummary& summary);
    /// A run could not start (no token, keychain locked): `reason` is shown as a failure.
    void setStartFailed(const QString& reason);

    /// The status as shown, without markup (tests).
    QString text() const;
    qint64 pendingCount() const { return m_pending; }
    qint64 conflictCount() const { return m_conflicts; }

signals:
    /// The conflicts link was clicked.
    void conflictsRequested();

private:
    /// Writes the label from the state held.
    void showState();
    QString ago(const QDateTime& at) const;

    QLabel* m_label;
    QTimer* m_clock;
    bool m_configured = false;
    bool m_retrying = false;
    std::optional<SyncProgress> m_running;
    std::optional<ClientError> m_failure; ///< of the last run in this session
    QString m_startFailure;
    std::optional<QDateTime> m_lastRun;
    QString m_lastError; ///< the database's, from a run of an earlier session
    qint64 m_pending = 0;
    qint64 m_errors = 0;
    qint64 m_conflicts = 0;
    QPointer<SyncStatusReader> m_reader;
};
