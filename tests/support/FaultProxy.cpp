#include "FaultProxy.h"

#include <QHostAddress>
#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qsizetype maxHeadBytes = 64 * 1024;

/// A header's value in a header block (case-insensitive name), or a null array.
QByteArray headerValue(const QByteArray& head, const QByteArray& name)
{
    const QList<QByteArray> lines = head.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray answer(const QByteArray& statusLine, const QByteArray& contentType,
                  const QByteArray& body, const QByteArray& extraHeaders = {})
{
    return "HTTP/1.1 " + statusLine + "\r\nContent-Type: " + contentType +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders +
           "\r\n" + body;
}

} // namespace

/// One client connection and its own connection to the server. Requests are handled one at a
/// time in order (HTTP/1.1 answers in order); what the client sends meanwhile waits in m_in.
class FaultProxy::Session : public QObject {
public:
    Session(FaultProxy* proxy, QTcpSocket* client)
        : QObject(proxy), m_proxy(proxy), m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] {
            m_in += m_client->readAll();
            process();
        });
        connect(client, &QTcpSocket::disconnected, this, &Session::close);
        connect(client, &QTcpSocket::errorOccurred, this, &Session::close);
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_client->disconnect(this);
        if (m_client->state() != QAbstractSocket::UnconnectedState)
            m_client->disconnectFromHost(); // sends what was written, then closes
        if (m_upstream)
            m_upstream->abort();
        // The client socket may still be flushing; it goes with the session after a while.
        QTimer::singleShot(m_client->bytesToWrite() > 0 ? 5000 : 0, this, &QObject::deleteLater);
    }

private:
    enum class State { ReadingRequest, Delaying, Forwarding };

    void process()
    {
        while (!m_closed && m_state == State::ReadingRequest) {
            const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_in.size() > maxHeadBytes)
                    close();
                return;
            }
            const QByteArray head = m_in.left(headEnd + 4);
            if (!m_faultTaken) {
                m_fault = m_proxy->takeFault(head);
                m_head = head;
                m_faultTaken = true;
                if (m_fault.kind == FaultKind::DropRequest) {
                    m_client->abort();
                    close();
                    return;
                }
            }
            const qsizetype total = head.size() + headerValue(head, "Content-Length").toLongLong();
            if (m_in.size() < total)
                return;
            const QByteArray request = m_in.left(total);
            m_in.remove(0, total);
            m_faultTaken = false;

            switch (m_fault.kind) {
            case FaultKind::Answer500:
                m_client->write(answer("500 Internal Server Error",
                                       "application/json; charset=utf-8",
                                       R"({"success":false,"error":"Internal server error"})"));
                break;
            case FaultKind::Answer429:
                m_client->write(answer(
                    "429 Too Many Requests", "application/json; charset=utf-8",
                    R"({"success":false,"error":"Rate limit exceeded"})",
                    "Retry-After: " + QByteArray::number(m_fault.retryAfterSeconds) + "\r\n"));
                break;
            case FaultKind::AnswerHtml:
                m_client->write(answer("200 OK", "text/html; charset=utf-8",
                                       "<html><body>Sign in to the Wi-Fi</body></html>"));
                break;
            case FaultKind::Delay:
                m_state = State::Delaying;
                QTimer::singleShot(m_fault.delayMs, this, [this, request] { forward(request); });
                break;
            case FaultKind::None:
            case FaultKind::DropRequest:
            case FaultKind::DropResponse:
            case FaultKind::Kill:
                forward(request);
                break;
            }
        }
    }

    void forward(const QByteArray& request)
    {
        if (m_closed)
            return;
        if (!m_upstream) {
            // Kept for the next requests of this client connection, as a keep-alive would be.
            m_upstream = new QTcpSocket(this);
            connect(m_upstream, &QTcpSocket::readyRead, this, [this] {
                m_response += m_upstream->readAll();
                relay();
            });
            connect(m_upstream, &QTcpSocket::disconnected, this, &Session::upstreamClosed);
            connect(m_upstream, &QTcpSocket::errorOccurred, this, &Session::upstreamClosed);
            m_upstream->connectToHost(QHostAddress::LocalHost, m_proxy->m_targetPort);
        }
        m_state = State::Forwarding;
        m_response.clear();
        m_upstream->write(request); // buffered until the connection is up
        ++m_proxy->m_forwarded;
    }

    /// Sends the server's answer on once it is whole.
    void relay()
    {
        if (m_closed || m_state != State::Forwarding)
            return;
        const qsizetype headEnd = m_response.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = m_response.left(headEnd + 4);
        const QByteArray length = headerValue(head, "Content-Length");
        if (length.isNull())
            return; // read until the server closes (upstreamClosed)
        const qsizetype total = head.size() + length.toLongLong();
        if (m_response.size() < total)
            return;
        deliver(m_response.left(total), headerValue(head, "Connection").toLower() == "close");
        m_response.remove(0, total);
    }

    void deliver(const QByteArray& response, bool closeAfter)
    {
        if (m_fault.kind == FaultKind::Kill) {
            // The slot stops the client before the closed connection could make it retry.
            emit m_proxy->killed(m_head);
            m_client->abort();
            close();
            return;
        }
        if (m_fault.kind == FaultKind::DropResponse) {
            m_client->write(response.left(std::max<qsizetype>(1, response.size() / 2)));
            close();
            return;
        }
        m_client->write(response);
        if (closeAfter) {
            close();
            return;
        }
        m_state = State::ReadingRequest;
        process();
    }

    void upstreamClosed()
    {
        if (!m_upstream)
            return;
        m_upstream->disconnect(this);
        m_upstream->deleteLater();
        m_upstream = nullptr;
        if (m_state != State::Forwarding)
            return; // an idle keep-alive connection the server closed: reopened on demand
        // A response without Content-Length ends with the connection; otherwise it was cut.
        const QByteArray head = m_response.left(m_response.indexOf("\r\n\r\n") + 4);
        if (!m_response.isEmpty() && headerValue(head, "Content-Length").isNull())
            deliver(m_response, true);
        else
            close();
    }

    FaultProxy* m_proxy;
    QTcpSocket* m_client;
    QTcpSocket* m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_response;
    State m_state = State::ReadingRequest;
    Fault m_fault;
    QByteArray m_head; ///< of the request m_fault belongs to
    bool m_faultTaken = false;
    bool m_closed = false;
};

FaultProxy::FaultProxy(QObject* parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        m_sessions.removeAll(nullptr);
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            m_sessions.append(new Session(this, client));
            ++m_connections;
        }
    });
}

FaultProxy::~FaultProxy() = default;

bool FaultProxy::listen(quint16 targetPort)
{
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FaultProxy::enqueue(Fault fault)
{
    m_script.push_back(fault);
}

void FaultProxy::faultOn(const QRegularExpression& requestLine, Fault fault, int count)
{
    m_aimed.append({requestLine, fault, count});
}

void FaultProxy::setRandomFaults(double probability, quint32 seed, QList<FaultKind> kinds)
{
    m_probability = probability;
    m_random.seed(seed);
    m_randomKinds = std::move(kinds);
}

void FaultProxy::closeConnections()
{
    for (const QPointer<QObject>& session : std::as_const(m_sessions)) {
        if (session)
            static_cast<Session*>(session.data())->close();
    }
    m_sessions.removeAll(nullptr);
}

FaultProxy::Fault FaultProxy::takeFault(const QByteArray& head)
{
    Fault fault;
    const QString requestLine = QString::fromLatin1(head.left(head.indexOf("\r\n")));
    const auto aimed = std::find_if(m_aimed.begin(), m_aimed.end(), [&](const AimedFault& a) {
        return a.requestLine.match(requestLine).hasMatch();
    });
    if (aimed != m_aimed.end()) {
        fault = aimed->fault;
        if (--aimed->count <= 0)
            m_aimed.erase(aimed);
    } else if (!m_script.empty()) {
        fault = m_script.front();
        m_script.pop_front();
    } else if (m_probability > 0 && !m_randomKinds.isEmpty() &&
               m_random.generateDouble() < m_probability) {
        fault.kind = m_randomKinds.at(m_random.bounded(int(m_randomKinds.size())));
        fault.delayMs = m_random.bounded(50, 501);
    }
    m_applied.append(fault.kind);
    m_heads.append(head);
    return fault;
}
