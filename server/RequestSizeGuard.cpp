#include "RequestSizeGuard.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

namespace {

// Per connection: the bytes of the request being received, and whether it is being discarded.
const char* const requestBytesKey = "contactsRequestBytes";
const char* const requestLineKey = "contactsRequestLine";
const char* const drainingKey = "contactsDraining";

// How long an oversized request's client may keep sending before the connection is dropped.
constexpr int drainMsecs = 10000;

} // namespace

RequestSizeGuard::RequestSizeGuard(qint64 hardLimit, QObject* parent)
    : QTcpServer(parent), m_hardLimit(hardLimit)
{}

bool RequestSizeGuard::isReceiving(const QTcpSocket* socket)
{
    return socket->bytesAvailable() > 0 ||
           (socket->isTransactionStarted() && socket->property(requestBytesKey).toLongLong() > 0);
}

void RequestSizeGuard::incomingConnection(qintptr descriptor)
{
    auto* socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before Qt HttpServer connects its own reader (when the connection is added),
    // so that this slot sees each chunk first and can take the connection away from it.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { check(socket); });
    addPendingConnection(socket);
}

void RequestSizeGuard::check(QTcpSocket* socket)
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
        const QByteArray head = socket->peek(2048);
        socket->setProperty(requestLineKey, head.left(head.indexOf("\r\n")));
    }
    bytes += socket->bytesAvailable();
    socket->setProperty(requestBytesKey, bytes);
    if (bytes <= m_hardLimit)
        return;

    // Take the connection from Qt HttpServer (its reader is connected with the server as
    // context, this guard's parent), drop what it has buffered, and discard the rest.
    QObject::disconnect(socket, &QTcpSocket::readyRead, parent(), nullptr);
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    socket->setProperty(drainingKey, true);
    QTimer::singleShot(drainMsecs, socket, [socket] { socket->abort(); });

    const QList<QByteArray> requestLine = socket->property(requestLineKey).toByteArray().split(' ');
    emit oversized(socket, requestLine.value(0), QUrl::fromEncoded(requestLine.value(1)).path());
}
