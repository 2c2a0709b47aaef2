#include "WalCheckpointer.h"

#include "ContactDatabase.h"

#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
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
                checkpoint("PASSIVE", nullptr);
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
    QSqlQuery query(database.connection());
    return query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

void WalCheckpointer::tick()
{
    const quint64 writes = m_writes.load(std::memory_order_relaxed);
    if (writes != m_checkpointedWrites) {
        m_checkpointedWrites = writes;
        m_idleTicks = 0;
        m_logDirty = true;
        int logPages = 0;
        if (checkpoint("PASSIVE", &logPages) && logPages > restartLogPages) {
            QMutexLocker writers(m_writeLock);
            checkpoint("RESTART", nullptr);
        }
        return;
    }
    // No write since the last tick: once writes have stopped for a while, empty the log file.
    if (m_logDirty && ++m_idleTicks >= idleTicksBeforeTruncate) {
        QMutexLocker writers(m_writeLock);
        if (checkpoint("TRUNCATE", nullptr))
            m_logDirty = false;
        m_idleTicks = 0;
    }
}

bool WalCheckpointer::checkpoint(const char* mode, int* logPages)
{
    if (!m_database) {
        auto opened = ContactDatabase::open(m_databasePath);
        if (!opened) {
            std::fprintf(stderr, "  wal checkpointer: %s\n", qPrintable(opened.error().detail));
            return false;
        }
        m_database = std::move(*opened);
    }
    // The mode is one of our own constants, never user input.
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(QLatin1String(mode))) ||
        !query.next()) {
        std::fprintf(stderr, "  wal checkpointer: %s\n", qPrintable(query.lastError().text()));
        return false;
    }
    m_checkpoints.fetch_add(1, std::memory_order_relaxed);
    // Columns: busy (the checkpoint could not finish), pages in the log, pages checkpointed.
    const bool busy = query.value(0).toInt() != 0;
    if (logPages)
        *logPages = query.value(1).toInt();
    query.finish();
    return !busy;
}
