#include "ConnectionGuard.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

// Per connection: the bytes of the request being received, its request line, its head until
// the head is complete, and whether the connection's input is being discarded.
const char* const requestBytesKey = "contactsRequestBytes";
const char* const requestLineKey = "contactsRequestLine";
const char* const headKey = "contactsHead";
const char* const headDoneKey = "contactsHeadDone";
const char* const drainingKey = "contactsDraining";
const QString deadlineName = QStringLiteral("contactsDeadline");

// How long a refused request's client may keep sending before the connection is dropped.
constexpr int drainMsecs = 10000;
// How long accepting pauses after it failed (out of file descriptors, for one).
constexpr int acceptPauseMsecs = 100;

} // namespace

ConnectionGuard::ConnectionGuard(qint64 hardLimit, const ConnectionLimits& limits, QObject* parent)
    : QTcpServer(parent), m_hardLimit(hardLimit), m_limits(limits)
{
    // When accept fails the listening socket stays readable, and Qt would try again at once,
    // forever (0.9 of a core at 64 file descriptors).
    connect(this, &QTcpServer::acceptError, this, [this] {
        pauseAccepting();
        QTimer::singleShot(acceptPauseMsecs, this, [this] { resumeAccepting(); });
    });
}

bool ConnectionGuard::isReceiving(const QTcpSocket* socket)
{
    return socket->bytesAvailable() > 0 ||
           (socket->isTransactionStarted() && socket->property(requestBytesKey).toLongLong() > 0);
}

void ConnectionGuard::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        delete socket; // closes it: the client sees the connection end, not a hang
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    auto* deadline = new QTimer(socket);
    deadline->setObjectName(deadlineName);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, socket, [socket] { socket->abort(); });
    // Connected before Qt HttpServer connects its own reader (when the connection is added),
    // so that this slot sees each chunk first and can take the connection away from it.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { check(socket); });
    addPendingConnection(socket);
    arm(socket, m_limits.idleTimeoutMsecs);
}

void ConnectionGuard::requestRead(QTcpSocket* socket)
{
    arm(socket, 0);
}

void ConnectionGuard::answered(QTcpSocket* socket)
{
    if (socket->property(drainingKey).toBool())
        return;
    arm(socket, isReceiving(socket) ? m_limits.headerTimeoutMsecs : m_limits.idleTimeoutMsecs);
}

void ConnectionGuard::arm(QTcpSocket* socket, int msecs)
{
    auto* deadline = socket->findChild<QTimer*>(deadlineName, Qt::FindDirectChildrenOnly);
    if (!deadline)
        return;
    if (msecs > 0)
        deadline->start(msecs);
    else
        deadline->stop();
}

void ConnectionGuard::check(QTcpSocket* socket)
{
    if (socket->property(drainingKey).toBool()) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    // Qt's reader consumes everything it is given inside a transaction that lasts until its
    // request is complete: outside one, a new request starts with the bytes now available.
    qint64 bytes = socket->property(requestBytesKey).toLongLong();
    if (!socket->isTransactionStarted()) {
        bytes = 0;
        socket->setProperty(headKey, QByteArray());
        socket->setProperty(headDoneKey, false);
        arm(socket, m_limits.headerTimeoutMsecs);
    }
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    bytes += chunk.size();
    socket->setProperty(requestBytesKey, bytes);

    if (!socket->property(headDoneKey).toBool()) {
        // The head is kept until its end is seen, never past maxHeadBytes and one chunk.
        const QByteArray head = socket->property(headKey).toByteArray() + chunk;
        const qsizetype lineEnd = head.indexOf("\r\n");
        socket->setProperty(requestLineKey, lineEnd >= 0 ? head.left(lineEnd) : head.left(2048));
        if ((lineEnd < 0 ? head.size() : lineEnd) > m_limits.maxRequestLineBytes)
            return refuse(socket, 414);
        const qsizetype headEnd = head.indexOf("\r\n\r\n");
        if ((headEnd < 0 ? head.size() : headEnd + 4) > m_limits.maxHeadBytes)
            return refuse(socket, 431);
        if (headEnd >= 0) {
            socket->setProperty(headDoneKey, true);
            socket->setProperty(headKey, QByteArray());
            arm(socket, m_limits.bodyTimeoutMsecs);
        } else {
            socket->setProperty(headKey, head);
        }
    }
    if (bytes > m_hardLimit)
        refuse(socket, 413);
}

void ConnectionGuard::refuse(QTcpSocket* socket, int status)
{
    // Take the connection from Qt HttpServer (its reader is connected with the server as
    // context, this guard's parent), drop what it has buffered, and discard the rest.
    QObject::disconnect(socket, &QTcpSocket::readyRead, parent(), nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    socket->setProperty(drainingKey, true);
    socket->setProperty(headKey, QByteArray());
    arm(socket, drainMsecs);

    const QList<QByteArray> requestLine = socket->property(requestLineKey).toByteArray().split(' ');
    emit refused(socket, status, requestLine.value(0).left(16),
                 QUrl::fromEncoded(requestLine.value(1).left(256)).path());
}
