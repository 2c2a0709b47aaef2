#pragma once

#include "ClientOptions.h"
#include "ServerEndpoint.h"
#include "SyncProgress.h"
#include "SyncSummary.h"

#include <QMutex>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

class ContactsClient;
struct SyncSession;

/// One sync run between a local database and a server (sync.md): probe the server's
/// extensions, pull its changes (applied without entering the outbox, merged three-way
/// with the last synced values), then push the outbox. Blocking: run() opens its own
/// connection to the database and its own client on the calling thread, so the desktop
/// calls it on a worker thread and contacts-cli on its main thread. Every server answer is
/// recorded in the transaction that moves the outbox position or the pull cursor, so a run
/// killed at any moment resends at most the one request in flight.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    SyncEngine(QString databasePath, ServerEndpoint endpoint, ClientOptions options = {},
               QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Lets run() make up to `count` deletions (both ways together) that the mass-deletion
    /// guard would hold: what the user allowed after seeing them. `count` must be 1 or more;
    /// a run told otherwise stops before it starts, and writes nothing.
    void setAllowedDeletions(qint64 count);

    SyncSummary run();
    /// Fetches one contact's full copy (a GET) when its synced copy lacks the server's
    /// params, as on a server without `view=full`, whose list never carries them (sync.md:
    /// fetched when the user opens the contact, never for every contact), and merges it.
    /// Makes no request when the copy is current or the contact is not on the server.
    SyncSummary refreshContact(const QString& contactId);
    /// Stops a run at its next request or wait; what the server acknowledged stays recorded.
    /// Safe from any thread, also before run() begins; the engine stays cancelled.
    void cancel();

signals:
    void progressed(const SyncProgress& progress);
    /// The client is waiting (budget, Retry-After, backoff): for "waiting 12 s: rate limit".
    void waiting(int milliseconds, const QString& reason);

private:
    /// Opens the run's own database connection and client, and runs `work` with them.
    SyncSummary inSession(const std::function<void(SyncSession&)>& work);
    void refresh(SyncSession& session, const QString& contactId);

    QString m_databasePath;
    ServerEndpoint m_endpoint;
    ClientOptions m_options;
    std::optional<qint64> m_allowedDeletions;
    /// The client of the run in progress, for cancel() from another thread.
    QMutex m_clientMutex;
    ContactsClient* m_client = nullptr;
    std::atomic_bool m_cancelled = false;
};
