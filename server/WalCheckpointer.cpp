#include "WalCheckpointer.h"

#include "ContactDatabase.h"

#include <QMutexLocker>
#include <QTimer>

#include <cstdio>

WalCheckpointer::WalCheckpointer(QString databasePath, QMutex* writeLock)
    : m_databasePath(std::move(databasePath)), m_writeLock(writeLock)
{
    m_thread.setObjectName(QStringLiteral("wal-checkpointer"));
    m_timer = new QTimer;
    m_timer->setInterval(tickMsecs);
    m_timer->moveToThread(&m_thread);
    connect(m_timer, &QTimer::timeout, m_timer, [this] { tick(); });
    connect(&m_thread, &QThread::started, m_timer, qOverload<>(&QTimer::start));
    // The connection belongs to the thread: closed there, before the thread ends.
    connect(
        &m_thread, &QThread::finished, this,
        [this] {
            delete m_timer;
            m_timer = nullptr;
            if (m_database && m_logDirty)
                checkpoint(ContactDatabase::CheckpointMode::Passive, nullptr);
            m_database.reset();
        },
        Qt::DirectConnection);
    m_thread.start();
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}

bool WalCheckpointer::disableAutoCheckpoint(ContactDatabase& database)
{
    return database.disableAutoCheckpoint().has_value();
}

void WalCheckpointer::tick()
{
    const quint64 writes = m_writes.load(std::memory_order_relaxed);
    if (writes != m_checkpointedWrites) {
        m_checkpointedWrites = writes;
        m_idleTicks = 0;
        m_logDirty = true;
        int logPages = 0;
        if (checkpoint(ContactDatabase::CheckpointMode::Passive, &logPages) &&
            logPages > restartLogPages) {
            QMutexLocker writers(m_writeLock);
            checkpoint(ContactDatabase::CheckpointMode::Restart, nullptr);
        }
        return;
    }
    // No write since the last tick: once writes have stopped for a while, empty the log file.
    if (m_logDirty && ++m_idleTicks >= idleTicksBeforeTruncate) {
        QMutexLocker writers(m_writeLock);
        if (checkpoint(ContactDatabase::CheckpointMode::Truncate, nullptr))
            m_logDirty = false;
        m_idleTicks = 0;
    }
}

bool WalCheckpointer::checkpoint(ContactDatabase::CheckpointMode mode, int* logPages)
{
    if (!m_database) {
        auto opened = ContactDatabase::open(m_databasePath);
        if (!opened) {
            std::fprintf(stderr, "  wal checkpointer: %s\n", qPrintable(opened.error().detail));
            return false;
        }
        m_database = std::move(*opened);
    }
    auto done = m_database->checkpoint(mode);
    if (!done) {
        std::fprintf(stderr, "  wal checkpointer: %s\n", qPrintable(done.error().detail));
        return false;
    }
    m_checkpoints.fetch_add(1, std::memory_order_relaxed);
    if (logPages)
        *logPages = done->logPages;
    return !done->busy;
}
