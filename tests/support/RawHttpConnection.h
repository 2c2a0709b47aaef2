#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <optional>
#include <utility>

/// One TCP connection to a local HTTP server that sends bytes exactly as given: several
/// requests in one write (pipelining), or framing no well-behaved client would send. Reads
/// the answers back one by one, framed by Content-Length.
class RawHttpConnection {
public:
    struct Answer {
        QByteArray version; ///< of the status line: HTTP/1.1 or HTTP/1.0
        int status = 0;
        QList<std::pair<QByteArray, QByteArray>> headers; ///< names lowercased
        QByteArray body;
        QByteArray header(const QByteArray& name) const;
    };

    /// Connects to 127.0.0.1:`port`; false when it does not within 5 s.
    bool connectTo(quint16 port);
    void send(const QByteArray& bytes);
    /// The next answer, or nothing when none comes whole within `timeoutMs`.
    std::optional<Answer> read(int timeoutMs = 10000);
    /// Whether the server closed the connection within `timeoutMs`.
    bool closedByServer(int timeoutMs = 5000);

    /// A request with the organization's headers and, when `body` is given, a JSON body.
    static QByteArray request(const QByteArray& method, const QByteArray& target,
                              const QString& organization, const QString& token,
                              const QByteArray& body = {});

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};
