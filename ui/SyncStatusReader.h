#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

/// What the status bar says of sync beside a run in progress: the database's counts and its
/// last run. A plain value.
struct SyncCounts {
    qint64 pending = 0;
    qint64 errors = 0;
    qint64 conflicts = 0;
    std::optional<QDateTime> lastRun;
    QString lastError; ///< of the last run, possibly in an earlier session
};
Q_DECLARE_METATYPE(SyncCounts)

/// Reads the SyncCounts of a database on a worker (StoreTask: SyncStatus, SyncConflicts,
/// SyncCursors) for SyncStatusWidget. Reads nothing while sync is not set up: counting a
/// never-synced database's outbox reads its whole journal. An answer that a newer reload()
/// has superseded is dropped. Lives on the GUI thread.
class SyncStatusReader : public QObject {
    Q_OBJECT
public:
    explicit SyncStatusReader(QObject* parent = nullptr);

    /// Whether a server is set up; becoming set up reads the counts.
    void setConfigured(bool configured);
    bool isConfigured() const { return m_configured; }
    QString databasePath() const { return m_databasePath; }

public slots:
    /// Reads the counts of `databasePath`; empty (or sync not set up) answers zero counts
    /// at once.
    void reload(const QString& databasePath);
    /// Reads the counts of the same database again (after an edit or a run).
    void reload() { reload(m_databasePath); }

signals:
    void countsRead(const SyncCounts& counts);
    /// The counts could not be read: the store's message.
    void readFailed(const QString& message);

private:
    bool m_configured = false;
    QString m_databasePath;
    quint64 m_generation = 0;
};
