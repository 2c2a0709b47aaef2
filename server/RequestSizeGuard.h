#pragma once

#include <QByteArray>
#include <QString>
#include <QTcpServer>

class QTcpSocket;

/// The listening socket of contacts-server, which also keeps an oversized request body out of
/// memory. Qt HttpServer 6.4 reads a whole request before handing it over, so a request that
/// passes `hardLimit` bytes is taken away from it: the guard reports it (the server answers
/// 413 and closes the connection) and discards the rest of what the client sends.
class RequestSizeGuard final : public QTcpServer {
    Q_OBJECT

public:
    RequestSizeGuard(qint64 hardLimit, QObject* parent = nullptr);

    /// True while `socket` (one of this guard's) has received part of a request: Qt's reader
    /// also keeps a transaction open on a connection that only signalled readyRead with nothing
    /// to read (its client closing, for one), which is not a request in flight.
    static bool isReceiving(const QTcpSocket* socket);

signals:
    /// `socket` sent a request larger than the limit; `method` and `path` are from its
    /// request line, for the log.
    void oversized(QTcpSocket* socket, const QByteArray& method, const QString& path);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void check(QTcpSocket* socket);

    const qint64 m_hardLimit;
};
