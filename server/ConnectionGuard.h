#pragma once

#include "ConnectionLimits.h"
#include "RequestFraming.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

/// The listening socket of contacts-server, which sees every connection's bytes before Qt
/// HttpServer 6.4 does and enforces ConnectionLimits on them: a connection idle or sending
/// too slowly is closed, a request whose line, head or whole size is too large is taken away
/// from Qt (which would read it all into memory first), reported with the status to answer,
/// and the rest of what its client sends discarded. At most `maxConnections` are open; while
/// accepting fails (out of file descriptors) it pauses rather than spin.
class ConnectionGuard final : public QTcpServer {
    Q_OBJECT

public:
    /// `hardLimit`: the most bytes of one request (its head and body) read before refusing it.
    ConnectionGuard(qint64 hardLimit, const ConnectionLimits& limits, QObject* parent = nullptr);

    /// True while `socket` (one of this guard's) has received part of a request: Qt's reader
    /// also keeps a transaction open on a connection that only signalled readyRead with nothing
    /// to read (its client closing, for one), which is not a request in flight.
    static bool isReceiving(const QTcpSocket* socket);

    /// `socket`'s next request was read whole: no deadline while the server answers it. Says
    /// how to answer it (its HTTP version, whether the connection ends after it).
    RequestFraming::Request requestRead(QTcpSocket* socket);
    /// Every request of `socket` is answered: it may stay open idle for the idle timeout.
    void answered(QTcpSocket* socket);
    /// The connections open now (the metrics' gauge). On the guard's thread.
    int openConnections() const { return int(m_framing.size()); }

signals:
    /// `socket` sent a request to refuse with `status` (400, 411, 413, 414 or 431); `method`
    /// and `path`
    /// are from its request line, for the log. Its connection is to be closed.
    void refused(QTcpSocket* socket, int status, const QByteArray& method, const QString& path);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void check(QTcpSocket* socket);
    void refuse(QTcpSocket* socket, int status);
    void arm(QTcpSocket* socket, int msecs);

    const qint64 m_hardLimit;
    const ConnectionLimits m_limits;
    QHash<QTcpSocket*, RequestFraming> m_framing;
};
