#include "ConnectionGuard.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

// Per connection (besides its RequestFraming): the bytes of the request being received, and
// whether the connection's input is being discarded.
const char* const requestBytesKey = "contactsRequestBytes";
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
    if (m_framing.size() >= m_limits.maxConnections) {
        delete socket; // closes it: the client sees the connection end, not a hang
        return;
    }
    m_framing.insert(socket, RequestFraming(m_limits));
    connect(socket, &QObject::destroyed, this, [this, socket] { m_framing.remove(socket); });
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

RequestFraming::Request ConnectionGuard::requestRead(QTcpSocket* socket)
{
    arm(socket, 0);
    auto it = m_framing.find(socket);
    return it == m_framing.end() ? RequestFraming::Request{} : it->takeRequest();
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
    auto framing = m_framing.find(socket);
    if (socket->property(drainingKey).toBool() || framing == m_framing.end()) {
        socket->skip(socket->bytesAvailable());
        return;
    }
    // Qt's reader consumes everything it is given inside a transaction that lasts until its
    // request is complete: outside one, a new request starts with the bytes now available.
    qint64 bytes = socket->property(requestBytesKey).toLongLong();
    if (!socket->isTransactionStarted())
        bytes = 0;
    const QByteArray chunk = socket->peek(socket->bytesAvailable());
    bytes += chunk.size();
    socket->setProperty(requestBytesKey, bytes);

    // Deadlines count from where a head or a body begins, not from each chunk: a client
    // sending a byte a second must not keep its connection forever.
    const RequestFraming::Progress before = framing->progress();
    const RequestFraming::Progress after = framing->read(chunk);
    if (after == RequestFraming::Progress::Refused)
        return refuse(socket, framing->refusedStatus());
    if (after == RequestFraming::Progress::Head && before != RequestFraming::Progress::Head)
        arm(socket, m_limits.headerTimeoutMsecs);
    else if (after == RequestFraming::Progress::Body && before != RequestFraming::Progress::Body)
        arm(socket, m_limits.bodyTimeoutMsecs);
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
    arm(socket, drainMsecs);

    const auto framing = m_framing.constFind(socket);
    const QList<QByteArray> requestLine =
        framing == m_framing.constEnd() ? QList<QByteArray>{} : framing->requestLine().split(' ');
    emit refused(socket, status, requestLine.value(0).left(16),
                 QUrl::fromEncoded(requestLine.value(1).left(256)).path());
}
