#pragma once

#include <QObject>
#include <QString>

#include <functional>

class ContactDatabase;
class QThread;

/// One long store task (a file import, an export) on a thread of its own with a connection
/// of its own, opened and closed on that thread. Not StoreTask's pool: an import of a large
/// file would hold one of its two threads for minutes, and the table's reads would queue
/// behind it. finished() is emitted on the thread that called start(), after the work has
/// returned and the connection is closed. Destroying a running job waits for it.
class StoreJob : public QObject {
    Q_OBJECT
public:
    explicit StoreJob(QObject* parent = nullptr);
    ~StoreJob() override;

    /// Runs `work` on a new thread with a connection to `databasePath`. When the database
    /// cannot be opened, `work` is not called and openError() says why. One run at a time.
    void start(const QString& databasePath, std::function<void(ContactDatabase&)> work);
    bool isRunning() const;
    /// Blocks until the work has returned (the caller has asked it to stop first).
    void wait();
    /// Why the last run's connection could not be opened; empty when it was.
    QString openError() const { return m_openError; }

signals:
    void finished();

private:
    QThread* m_thread = nullptr;
    QString m_openError;
};
