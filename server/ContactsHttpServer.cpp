#include "ContactsHttpServer.h"

#include "ConnectionGuard.h"
#include "ContactDatabase.h"
#include "DatabaseLocation.h"
#include "HealthProbes.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadStorage>
#include <QTimer>

#include <sys/socket.h>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 503:
        return "Service Unavailable";
    default:
        return "Internal Server Error";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using Method = QHttpServerRequest::Method;
    switch (method) {
    case Method::Get:
        return "GET";
    case Method::Put:
        return "PUT";
    case Method::Delete:
        return "DELETE";
    case Method::Post:
        return "POST";
    case Method::Head:
        return "HEAD";
    case Method::Options:
        return "OPTIONS";
    case Method::Patch:
        return "PATCH";
    case Method::Connect:
        return "CONNECT";
    case Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray httpBytes(const ApiResponse& response, const RequestFraming::Request& request = {})
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += (request.http10 ? "HTTP/1.0 " : "HTTP/1.1 ") + QByteArray::number(response.status) +
           ' ' + reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType +
           "\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    // HTTP/1.0 closes unless told otherwise; HTTP/1.1 stays open unless told otherwise.
    if (request.closes)
        out += "Connection: close\r\n";
    else if (request.http10)
        out += "Connection: keep-alive\r\n";
    for (const auto& [name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    out += response.body;
    return out;
}

// The connection of this worker thread to the server's database, opened on first use and
// closed when the thread ends (the pool ends its threads when the server is destroyed).
// QThreadStorage rather than thread_local: it deletes while the ending QThread is still whole,
// and closing a Qt SQL connection needs its thread's data (a thread_local's destructor runs
// after Qt has torn that down, which crashed some exits).
QThreadStorage<ContactDatabase*> threadDatabases;

ContactDatabase* threadDatabase(const QString& path, QString* error)
{
    ContactDatabase* database = threadDatabases.localData();
    if (database && database->path() == path)
        return database;
    auto opened = ContactDatabase::open(path);
    if (!opened) {
        *error = opened.error().detail;
        return nullptr;
    }
    // The server's checkpointer copies the log back on its own thread instead (a checkpoint
    // inside a request's commit stalled every writer queued behind it for tens of ms).
    if (!WalCheckpointer::disableAutoCheckpoint(**opened)) {
        *error = QStringLiteral("cannot turn the automatic checkpoint off");
        return nullptr;
    }
    threadDatabases.setLocalData(opened->release()); // deletes the previous one, if any
    return threadDatabases.localData();
}

// Whether a request that failed did so because the database went away (a PostgreSQL restart,
// a failover): then its connection is to be dropped, to be opened again by the next request,
// and the client told to come back rather than given a 500.
bool lostDatabase(ApiResponse& response, ContactDatabase* database)
{
    if (response.status != 500 || !database || database->isReachable())
        return false;
    ApiResponse unavailable =
        ContactsApi::errorResponse(ApiError::unavailable(response.faultDetail));
    unavailable.organizationId = response.organizationId;
    response = std::move(unavailable);
    return true;
}

// The API's answer to `request` on `database` (null when it could not be opened, for
// `openError`); never throws.
ApiResponse answer(const ContactsApi& api, const ApiRequest& request, ContactDatabase* database,
                   const QString& openError)
{
    if (auto probed = HealthProbes::answer(request, database, openError))
        return *probed;
    if (!database)
        return ContactsApi::errorResponse(ApiError::unavailable(openError));
    try {
        return api.handle(request, *database);
    } catch (const std::exception& e) {
        return ContactsApi::errorResponse(ApiError::internal(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return ContactsApi::errorResponse(ApiError::internal(QStringLiteral("unknown exception")));
    }
}

} // namespace

ContactsHttpServer::ContactsHttpServer(QString databasePath, ContactsApi* api, int workers,
                                       const ConnectionLimits& limits, QObject* parent)
    : QAbstractHttpServer(parent), m_databasePath(std::move(databasePath)), m_api(api),
      m_limits(limits),
      // SQLite's log is copied back by this process; PostgreSQL checkpoints its own.
      m_checkpointer(DatabaseLocation::namesPostgresql(m_databasePath)
                         ? nullptr
                         : std::make_unique<WalCheckpointer>(m_databasePath, &api->writeLock())),
      m_answersReadsById(!DatabaseLocation::namesPostgresql(m_databasePath))
{
    m_workers.setMaxThreadCount(std::max(1, workers));
    // Workers keep their database connection for the life of the server.
    m_workers.setExpiryTimeout(-1);
}

ContactsHttpServer::~ContactsHttpServer()
{
    // Joins the workers, whose thread-local database connections close as they end.
    m_workers.waitForDone();
    m_connectionThreadDatabase.reset();
}

void ContactsHttpServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stopDeadline.setRemainingTime(stopGraceMsecs);
    for (QTcpServer* server : servers())
        server->close();
    checkStopped();
}

void ContactsHttpServer::checkStopped()
{
    // A request is in flight from its first byte: one a client has sent is read and answered
    // before the server ends, unless its client is too slow to finish sending it.
    bool busy = m_inFlight > 0;
    for (QTcpServer* server : servers()) {
        for (QTcpSocket* socket : server->findChildren<QTcpSocket*>()) {
            if (ConnectionGuard::isReceiving(socket))
                busy = true;
        }
    }
    if (!busy || m_stopDeadline.hasExpired())
        finishStopping();
    else
        QTimer::singleShot(10, this, &ContactsHttpServer::checkStopped);
}

void ContactsHttpServer::finishStopping()
{
    // The last answers are in the sockets' buffers: hand them to the system before the
    // process ends.
    for (auto it = m_connections.keyBegin(); it != m_connections.keyEnd(); ++it) {
        QTcpSocket* socket = *it;
        while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(1000)) {
        }
    }
    emit stopped();
}

bool ContactsHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    auto* guard = qobject_cast<ConnectionGuard*>(socket->parent());
    const RequestFraming::Request framing =
        guard ? guard->requestRead(socket) : RequestFraming::Request{};
    auto request_ = std::make_shared<ApiRequest>();
    ApiRequest& copy = *request_;
    copy.method = methodName(request.method());
    const QUrl url = request.url();
    copy.path = url.path();
    copy.query = url.query(QUrl::FullyEncoded).toLatin1();
    copy.organizationId = request.value(QByteArrayLiteral("x-org-id"));
    copy.authorization = request.value(QByteArrayLiteral("authorization"));
    copy.contentType = request.value(QByteArrayLiteral("content-type"));
    copy.body = request.body();

    const quint64 position = enqueue(socket);
    ++m_inFlight;
    Connection& connection = m_connections[socket];
    if (framing.closes && !connection.closeAfter)
        connection.closeAfter = position;

    // The logged time includes the wait for a worker.
    QElapsedTimer timer;
    timer.start();
    QPointer<QTcpSocket> target(socket);
    std::shared_ptr<Pipeline> pipeline = connection.pipeline;
    const MetricsRoute::Id route = routeOf(copy.path, socket);
    if (route == MetricsRoute::Metrics || isMetricsListener(socket)) {
        // Answered here at once, even behind a pipelined request still on a worker (the
        // answers are still written in order): no database, no wait for a worker, so that a
        // scrape answers while every worker is busy.
        const ApiResponse response =
            route == MetricsRoute::Metrics
                ? metricsAnswer(copy)
                : ContactsApi::errorResponse(ApiError{404, QStringLiteral("Not found"), {}});
        account(route, copy.method, copy.path, response, timer.nsecsElapsed());
        deliver(socket, position, httpBytes(response, framing));
        finishOne();
        return true;
    }
    if (!pipeline->running && answersOnConnectionThread(copy)) {
        // A read by id is an index look-up or two: answered here, it skips two hops between
        // threads, which cost more than the read (docs/benchmarks.md, "Reads by id").
        QString openError;
        if (!m_connectionThreadDatabase) {
            auto opened = ContactDatabase::open(m_databasePath);
            if (opened)
                m_connectionThreadDatabase = std::move(*opened);
            else
                openError = opened.error().detail;
        }
        ApiResponse response = answer(*m_api, copy, m_connectionThreadDatabase.get(), openError);
        if (lostDatabase(response, m_connectionThreadDatabase.get()))
            m_connectionThreadDatabase.reset();
        account(route, copy.method, copy.path, response, timer.nsecsElapsed());
        deliver(socket, position, httpBytes(response, framing));
        finishOne();
        return true;
    }
    auto work = [this, request_, target, position, timer, pipeline, framing, route] {
        QString openError;
        ContactDatabase* db = threadDatabase(m_databasePath, &openError);
        ApiResponse response = answer(*m_api, *request_, db, openError);
        if (lostDatabase(response, db))
            threadDatabases.setLocalData(nullptr);
        if (request_->method != "GET")
            if (m_checkpointer)
                m_checkpointer->noteWrite();
        account(route, request_->method, request_->path, response, timer.nsecsElapsed());
        QMetaObject::invokeMethod(
            this,
            [this, target, position, pipeline, bytes = httpBytes(response, framing)] {
                if (target)
                    deliver(target, position, bytes);
                if (pipeline->waiting.isEmpty())
                    pipeline->running = false;
                else
                    m_workers.start(pipeline->waiting.takeFirst());
                finishOne();
            },
            Qt::QueuedConnection);
    };
    if (pipeline->running) {
        pipeline->waiting.append(std::move(work));
    } else {
        pipeline->running = true;
        m_workers.start(std::move(work));
    }
    return true;
}

bool ContactsHttpServer::answersOnConnectionThread(const ApiRequest& request) const
{
    // Only on SQLite, whose reads never wait for a writer (WAL) nor for a network: a
    // PostgreSQL round trip, or its rate limit's write, could stall every connection.
    return m_answersReadsById && request.method == "GET" &&
           ContactsApi::contactIdOf(request.path).has_value();
}

quint64 ContactsHttpServer::enqueue(QTcpSocket* socket)
{
    Connection& connection = m_connections[socket];
    if (connection.nextRequest == 0) {
        connect(socket, &QObject::destroyed, this,
                [this, socket] { m_connections.remove(socket); });
    }
    return connection.nextRequest++;
}

ConnectionGuard* ContactsHttpServer::listen(const QHostAddress& address, quint16 port)
{
    auto* guard = new ConnectionGuard(2 * m_api->maxBodyBytes() + 64 * 1024, m_limits, this);
    if (!guard->listen(address, port)) {
        delete guard;
        return nullptr;
    }
    connect(guard, &ConnectionGuard::refused, this, &ContactsHttpServer::answerRefused);
    bind(guard);
    return guard;
}

quint16 ContactsHttpServer::start(const QHostAddress& address, quint16 port)
{
    m_guard = listen(address, port);
    return m_guard ? m_guard->serverPort() : 0;
}

quint16 ContactsHttpServer::startMetrics(const QHostAddress& address, quint16 port)
{
    m_metricsGuard = listen(address, port);
    return m_metricsGuard ? m_metricsGuard->serverPort() : 0;
}

bool ContactsHttpServer::isMetricsListener(const QTcpSocket* socket) const
{
    return m_metricsGuard && socket->parent() == m_metricsGuard;
}

MetricsRoute::Id ContactsHttpServer::routeOf(const QString& path, const QTcpSocket* socket) const
{
    const MetricsRoute::Id route = MetricsRoute::of(path);
    if (!m_metricsGuard)
        return route;
    if (isMetricsListener(socket))
        return route == MetricsRoute::Metrics ? route : MetricsRoute::Other;
    return route == MetricsRoute::Metrics ? MetricsRoute::Other : route;
}

ApiResponse ContactsHttpServer::metricsAnswer(const ApiRequest& request) const
{
    // Like the probes: outside the API's prefix, no token, never rate-limited.
    if (request.method != "GET")
        return ContactsApi::methodNotAllowed(QByteArrayLiteral("GET"));
    int open = 0;
    for (const ConnectionGuard* guard : {m_guard, m_metricsGuard}) {
        if (guard)
            open += guard->openConnections();
    }
    ApiResponse response;
    response.contentType = ServerMetrics::contentType;
    response.body = m_metrics.exposition(open);
    return response;
}

void ContactsHttpServer::account(MetricsRoute::Id route, const QByteArray& method,
                                 const QString& path, const ApiResponse& response, qint64 nsecs)
{
    // Every request counts, the probes' and the scrapes' own too: they are routes like the
    // others, and a prober hammering /healthz is worth seeing. A scrape is counted once its text
    // is made, so it never counts itself.
    m_metrics.record(route, method, response, nsecs);
    m_log.write(method, path, response, nsecs);
}

void ContactsHttpServer::answerRefused(QTcpSocket* socket, int status, const QByteArray& method,
                                       const QString& path)
{
    const QString message = status == 400   ? QStringLiteral("Malformed request")
                            : status == 411 ? QStringLiteral("Content-Length required")
                            : status == 414 ? QStringLiteral("Request line too long")
                            : status == 431 ? QStringLiteral("Request headers too large")
                                            : ContactsApi::bodyTooLarge;
    ApiResponse response = ContactsApi::errorResponse(ApiError{status, message, {}});
    response.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    account(routeOf(path, socket), method, path, response, 0);
    deliver(socket, enqueue(socket), httpBytes(response));
    // A lingering close: once the answer is sent, our side ends, so the client reads the
    // answer and then the end of the connection, while what it still sends is read and
    // dropped (closing outright would reset the connection, and could lose the answer).
    const auto endWhenSent = [socket] {
        if (socket->bytesToWrite() == 0)
            ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, endWhenSent);
    endWhenSent();
}

void ContactsHttpServer::missingHandler(const QHttpServerRequest&, QTcpSocket*)
{
    // handleRequest() answers every request.
}

void ContactsHttpServer::deliver(QTcpSocket* socket, quint64 position, const QByteArray& bytes)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    Connection& connection = *it;
    if (position != connection.nextAnswer) {
        connection.ready.insert(position, bytes); // an earlier request is still being answered
        return;
    }
    socket->write(bytes);
    ++connection.nextAnswer;
    while (!connection.ready.isEmpty() && connection.ready.firstKey() == connection.nextAnswer) {
        socket->write(connection.ready.take(connection.nextAnswer));
        ++connection.nextAnswer;
    }
    if (connection.closeAfter && connection.nextAnswer > *connection.closeAfter) {
        socket->disconnectFromHost(); // once what was written is sent
        return;
    }
    if (connection.nextAnswer == connection.nextRequest) {
        if (auto* guard = qobject_cast<ConnectionGuard*>(socket->parent()))
            guard->answered(socket);
    }
}

void ContactsHttpServer::finishOne()
{
    --m_inFlight;
}
