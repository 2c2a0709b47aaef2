#include "RawHttpConnection.h"

#include <QDeadlineTimer>
#include <QHostAddress>

QByteArray RawHttpConnection::Answer::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key == name.toLower())
            return value;
    }
    return {};
}

bool RawHttpConnection::connectTo(quint16 port)
{
    m_socket.connectToHost(QHostAddress::LocalHost, port);
    return m_socket.waitForConnected(5000);
}

void RawHttpConnection::send(const QByteArray& bytes)
{
    m_socket.write(bytes);
    m_socket.flush();
}

std::optional<RawHttpConnection::Answer> RawHttpConnection::read(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd >= 0) {
            Answer answer;
            const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
            const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
            answer.version = statusLine.value(0);
            answer.status = statusLine.value(1).toInt();
            qsizetype length = 0;
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon < 0)
                    continue;
                const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
                const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                answer.headers.append({name, value});
                if (name == "content-length")
                    length = value.toLongLong();
            }
            if (m_buffer.size() >= headEnd + 4 + length) {
                answer.body = m_buffer.mid(headEnd + 4, length);
                m_buffer.remove(0, headEnd + 4 + length);
                return answer;
            }
        }
        if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
            return std::nullopt;
        if (m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
}

bool RawHttpConnection::closedByServer(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime()))))
            m_buffer += m_socket.readAll();
    }
    return m_socket.state() != QAbstractSocket::ConnectedState;
}

QByteArray RawHttpConnection::request(const QByteArray& method, const QByteArray& target,
                                      const QString& organization, const QString& token,
                                      const QByteArray& body)
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
                       "x-org-id: " + organization.toUtf8() + "\r\n" + "Authorization: Bearer " +
                       token.toUtf8() + "\r\n";
    if (!body.isEmpty() || method == "POST" || method == "PATCH")
        bytes +=
            "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
            "\r\n";
    return bytes + "\r\n" + body;
}
