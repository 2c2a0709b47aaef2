#pragma once

#include "ClientError.h"
#include "ClientOptions.h"
#include "ServerEndpoint.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <expected>
#include <memory>

class QEventLoop;
class QNetworkAccessManager;
class RequestBudget;
class RetryBackoff;

/// An HTTP answer the caller must read: any 2xx, and the 4xx a caller decides on (400, 404,
/// 405, 409, 413). `body` is the parsed envelope (`{"success":..., "data"|"error": ...}`).
struct ApiReply {
    int status = 0;
    QJsonObject body;
    bool ok() const { return status >= 200 && status < 300; }
    QJsonValue data() const { return body.value(QStringLiteral("data")); }
    QString error() const { return body.value(QStringLiteral("error")).toString(); }
};
using ClientResult = std::expected<ApiReply, ClientError>;

/// The Contacts API over HTTP for one organization of one server (a contacts-server or the
/// hosted service). Blocking: each call runs its own event loop until the answer arrives,
/// so it is used from one worker thread (the sync engine's, or contacts-cli's main thread).
/// It keeps under the request budget by itself, waits a 429's Retry-After and retries, backs
/// off exponentially with jitter on network errors and 5xx, and gives up with a ClientError
/// after the options' attempts; 401 and TLS errors are never retried. Calls must be made on
/// the thread the client lives in (its network manager is made there on first use); only
/// cancel() may come from another thread. Every call, on a network error, may have reached the
/// server: a create or bulk resent after a lost answer comes back as "already exists".
class ContactsClient : public QObject {
    Q_OBJECT
public:
    ContactsClient(ServerEndpoint endpoint, ClientOptions options = {}, QObject* parent = nullptr);
    ~ContactsClient() override;

    const ServerEndpoint& endpoint() const { return m_endpoint; }

    /// GET the list with `query` (page, limit, sortBy, updatedSince, ...).
    ClientResult list(const QUrlQuery& query);
    /// GET one contact by id.
    ClientResult get(const QString& contactId);
    /// POST one create body.
    ClientResult create(const QJsonObject& body);
    /// PATCH `body` onto a contact.
    ClientResult patch(const QString& contactId, const QJsonObject& body);
    /// POST /bulk with at most 1000 create bodies.
    ClientResult bulk(const QJsonArray& contacts);
    /// DELETE (our server's extension): 405 or 404 `Not found` where the server has none.
    /// `mergedInto` (ours too) names the contact a merge kept, on the server.
    ClientResult remove(const QString& contactId, const QString& mergedInto = QString());

    /// HTTP requests sent so far, retries included (the summary's `requests`). Not counted:
    /// QNetworkAccessManager's own single resend of a request whose connection closed before
    /// any answer byte (a stale keep-alive connection), which is invisible to its callers.
    int requestCount() const { return m_requestCount; }
    /// Makes the call in progress, and every later one, fail with ClientError::Cancelled
    /// at once, waits included. Safe from any thread.
    void cancel();
    bool isCancelled() const { return m_cancelled; }

signals:
    /// A wait the user should know about: the budget, a 429's Retry-After or a backoff.
    void waiting(int milliseconds, const QString& reason);

private:
    struct Attempt;

    ClientResult send(const QByteArray& method, const QString& path, const QUrlQuery& query,
                      const QByteArray& body);
    Attempt attempt(const QByteArray& method, const QUrl& url, const QByteArray& body);
    /// Waits `milliseconds` in a local event loop; false when cancelled meanwhile.
    bool pause(int milliseconds, const QString& reason);
    /// Runs `loop` unless cancelled; cancel() quits it from any thread.
    void exec(QEventLoop& loop);
    QString hostName() const;

    ServerEndpoint m_endpoint;
    ClientOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<RequestBudget> m_budget;
    std::unique_ptr<RetryBackoff> m_backoff;
    QEventLoop* m_loop = nullptr; ///< the wait in progress, touched on the client's thread only
    int m_requestCount = 0;
    std::atomic_bool m_cancelled = false;
};
