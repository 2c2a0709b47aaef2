#pragma once

#include "ContactDatabase.h"

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

class QMutex;
class QTimer;

/// Copies the server's write-ahead log back into the database on its own thread and its own
/// connection, so that no request pays for a checkpoint. The request connections turn SQLite's
/// automatic checkpoint off (see disableAutoCheckpoint()); this one runs a PASSIVE checkpoint,
/// which neither waits for nor blocks writers and readers, a moment after writes, and a
/// TRUNCATE one when writes have stopped, so the log stays bounded and shrinks when idle.
class WalCheckpointer final : public QObject {
    Q_OBJECT

public:
    /// `writeLock` (may be null) is held by every writer of the server: a restart of the log
    /// takes it, so that writers queue there instead of in SQLite's sleeping busy handler.
    WalCheckpointer(QString databasePath, QMutex* writeLock);
    ~WalCheckpointer() override;

    /// Records that a write transaction committed; cheap, callable from any thread.
    void noteWrite() { m_writes.fetch_add(1, std::memory_order_relaxed); }

    /// Number of checkpoints run so far (PASSIVE, RESTART and TRUNCATE).
    int checkpoints() const { return m_checkpoints.load(std::memory_order_relaxed); }

    /// Turns SQLite's automatic checkpoint off on a request connection.
    static bool disableAutoCheckpoint(ContactDatabase& database);

private:
    void tick();
    bool checkpoint(ContactDatabase::CheckpointMode mode, int* logPages);

    const QString m_databasePath;
    QMutex* m_writeLock;
    QThread m_thread;
    QTimer* m_timer = nullptr;                   // lives in m_thread
    std::unique_ptr<ContactDatabase> m_database; // opened and used in m_thread only
    std::atomic<quint64> m_writes{0};
    std::atomic<int> m_checkpoints{0};
    quint64 m_checkpointedWrites = 0;
    bool m_logDirty = false; // frames may remain in the log since the last full checkpoint
    int m_idleTicks = 0;

    static constexpr int tickMsecs = 100;
    /// A log this long (pages of 4 KiB: 16 MiB) despite passive checkpoints, which a steady
    /// stream of writes keeps from ever restarting it, is restarted while writers wait. Under
    /// 16 concurrent creates 16 MiB gave a lower p99 than 32, 64 or 256 MiB: a longer log makes
    /// every passive checkpoint and every reader's look-up in the log slower.
    static constexpr int restartLogPages = 4096;
    static constexpr int idleTicksBeforeTruncate = 10;
};
