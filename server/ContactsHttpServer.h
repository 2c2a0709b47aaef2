#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ConnectionLimits.h"
#include "ContactsApi.h"
#include "MetricsRoute.h"
#include "RequestLog.h"
#include "ServerMetrics.h"
#include "WalCheckpointer.h"

#include <QAbstractHttpServer>
#include <QDeadlineTimer>
#include <QHash>
#include <QMap>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

class QHostAddress;
class QTcpSocket;

/// The HTTP side of contacts-server: reads each request off its connection, answers it on a
/// worker thread (each worker with its own database connection, so a slow bulk import does not
/// stall reads), and writes the answers back on each connection in the order of the requests.
/// A read by id on SQLite, an index look-up, is answered on the connections' thread instead.
/// Writes one log line per request on stderr (RequestLog): time, method, path, status,
/// milliseconds and organization; never a header, a query or a body. Counts every request
/// for `GET /metrics` (ServerMetrics), served on the API's address or on one of its own.
class ContactsHttpServer final : public QAbstractHttpServer {
    Q_OBJECT

public:
    ContactsHttpServer(QString databasePath, ContactsApi* api, int workers,
                       const ConnectionLimits& limits = {}, QObject* parent = nullptr);
    ~ContactsHttpServer() override;

    /// Listens on `address`:`port` (0: a free port); the bound port, or 0 on failure. A request
    /// over twice the API's body limit (plus 64 KiB of headers) is answered 413 as soon as it
    /// passes that size, whatever else is wrong with it, and its connection closed; smaller
    /// ones are read whole and answered in the API's order of errors. A request line or head
    /// past its limit gets 414 or 431 likewise, and the connection limits hold (ConnectionGuard).
    quint16 start(const QHostAddress& address, quint16 port);
    /// Serves `GET /metrics` on `address`:`port` alone (any other path there is 404), and no
    /// longer on start()'s address, where it is then an unknown path like any other: the API
    /// can be public while the metrics stay on a private address. The bound port, or 0 on
    /// failure; before or after start().
    quint16 startMetrics(const QHostAddress& address, quint16 port);
    /// How the request log is written (text unless told), from the next request on.
    void setLogFormat(RequestLog::Format format) { m_log.setFormat(format); }

    /// Stops accepting connections and emits stopped() once every request in flight (received
    /// in part or whole) has been answered, or after 10 s; the workers' database connections
    /// are closed when the object is destroyed.
    void stop();

signals:
    void stopped();

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    /// The requests of one connection that wait for the one before them: a client that
    /// pipelines a POST and a GET must see its contact. Shared with the requests, so that
    /// those read before their client went away still run, in order.
    struct Pipeline {
        bool running = false;
        QList<std::function<void()>> waiting;
    };
    /// The answers of one connection not yet written, by the position of their request.
    struct Connection {
        quint64 nextRequest = 0;
        quint64 nextAnswer = 0;
        QMap<quint64, QByteArray> ready;
        std::shared_ptr<Pipeline> pipeline = std::make_shared<Pipeline>();
        /// The request after whose answer the connection ends (Connection: close, HTTP/1.0).
        std::optional<quint64> closeAfter;
    };

    /// A listening socket on `address`:`port` with the connection limits; null on failure.
    class ConnectionGuard* listen(const QHostAddress& address, quint16 port);
    /// The template `path` is counted under on `socket`'s listener: `/metrics` is a route only
    /// where it is served, and the metrics listener has no other.
    MetricsRoute::Id routeOf(const QString& path, const QTcpSocket* socket) const;
    bool isMetricsListener(const QTcpSocket* socket) const;
    /// The answer to a request for `/metrics` where it is served.
    ApiResponse metricsAnswer(const ApiRequest& request) const;
    /// Logs and counts an answered request; from any thread.
    void account(MetricsRoute::Id route, const QByteArray& method, const QString& path,
                 const ApiResponse& response, qint64 nsecs);
    /// The position of a new request on `socket`, in the order its answers are written.
    quint64 enqueue(QTcpSocket* socket);
    void deliver(QTcpSocket* socket, quint64 position, const QByteArray& bytes);
    void answerRefused(QTcpSocket* socket, int status, const QByteArray& method,
                       const QString& path);
    /// Whether `request` is read here, on the connections' thread, rather than on a worker.
    bool answersOnConnectionThread(const ApiRequest& request) const;
    void finishOne();
    void checkStopped();
    void finishStopping();

    const QString m_databasePath;
    RequestLog m_log;
    ServerMetrics m_metrics;
    ContactsApi* m_api;
    const ConnectionLimits m_limits;
    class ConnectionGuard* m_guard = nullptr;
    class ConnectionGuard* m_metricsGuard = nullptr; ///< null: /metrics is on m_guard's address
    QThreadPool m_workers;
    // Declared after the pool's users are done with it: destroyed after ~ContactsHttpServer()
    // has joined the workers.
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    /// For the reads answered on the connections' thread (answersOnConnectionThread()).
    std::unique_ptr<ContactDatabase> m_connectionThreadDatabase;
    const bool m_answersReadsById;
    QHash<QTcpSocket*, Connection> m_connections;
    int m_inFlight = 0;
    bool m_stopping = false;
    QDeadlineTimer m_stopDeadline;
    static constexpr int stopGraceMsecs = 10000;
};
