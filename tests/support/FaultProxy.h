#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>

#include <deque>

/// A TCP proxy on a free 127.0.0.1 port in front of an HTTP/1.1 server on another loopback
/// port, for the sync tests: it reads HTTP/1.1 framing (headers and a Content-Length body,
/// many requests on one keep-alive connection) and breaks each request as told, from a script
/// (enqueue), by the request line (faultOn) and then at random with a seed (setRandomFaults).
///
/// It runs on the thread that made it, served by whatever event loop runs there: a
/// ContactsClient's own wait in the same thread, QSignalSpy::wait, QTest::qWait or QTRY_*. A
/// client in another process (contacts-cli) works too as long as the test waits for it with
/// an event loop; QProcess::waitForFinished() blocks the thread and starves the proxy.
class FaultProxy : public QObject {
    Q_OBJECT
public:
    enum class FaultKind {
        None,
        DropRequest,  ///< close the client's connection once the request's headers arrived
        DropResponse, ///< forward, then send the client half of the server's answer and close
        Delay,        ///< wait delayMs, then forward
        Answer500,    ///< answer 500 Internal server error itself, never forwarding
        Answer429,    ///< answer 429 Rate limit exceeded with Retry-After, never forwarding
        AnswerHtml,   ///< answer 200 with an HTML page (a captive portal), never forwarding
        /// forward, wait for the server's whole answer, emit killed() and close without a
        /// byte of it: the server did the work, and the test stops its client in killed()'s
        /// slot, where the client still waits for the answer, as a kill at that moment would
        Kill,
    };
    Q_ENUM(FaultKind)

    struct Fault {
        FaultKind kind = FaultKind::None;
        int delayMs = 0;           ///< Delay
        int retryAfterSeconds = 1; ///< Answer429

        static Fault none() { return {}; }
        static Fault dropRequest() { return {FaultKind::DropRequest}; }
        static Fault dropResponse() { return {FaultKind::DropResponse}; }
        static Fault delay(int ms) { return {FaultKind::Delay, ms}; }
        static Fault answer500() { return {FaultKind::Answer500}; }
        static Fault answer429(int seconds) { return {FaultKind::Answer429, 0, seconds}; }
        static Fault answerHtml() { return {FaultKind::AnswerHtml}; }
        static Fault kill() { return {FaultKind::Kill}; }
    };

    explicit FaultProxy(QObject* parent = nullptr);
    ~FaultProxy() override;

    /// Listens on a free 127.0.0.1 port, forwarding to 127.0.0.1:`targetPort`.
    bool listen(quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }

    /// Applies `fault` to the next request not yet given one (faults queue in order).
    void enqueue(Fault fault);
    /// Applies `fault` to the next `count` requests whose request line (`PATCH /path HTTP/1.1`)
    /// matches `requestLine`, before the queue and the random faults: a fault aimed at one
    /// kind of request, however many others come before it.
    void faultOn(const QRegularExpression& requestLine, Fault fault, int count = 1);
    /// After the queue is empty: each request gets one of `kinds` (uniformly) with
    /// `probability`, else none. A random Delay is 50 to 500 ms, a random 429 asks for 1 s.
    /// The same seed and the same requests give the same faults.
    void setRandomFaults(double probability, quint32 seed, QList<FaultKind> kinds);

    /// Requests whose headers arrived (each got a fault, None included).
    int requestsSeen() const { return int(m_heads.size()); }
    /// Requests sent on to the server.
    int requestsForwarded() const { return m_forwarded; }
    /// Client connections accepted (a keep-alive client sends many requests on one).
    int connectionsAccepted() const { return m_connections; }
    /// The fault given to each request seen, in order.
    QList<FaultKind> appliedFaults() const { return m_applied; }
    /// The header block (request line and headers) of each request seen, in order.
    QByteArrayList requestHeads() const { return m_heads; }

    /// Closes every open connection at once, as a network outage would.
    void closeConnections();

signals:
    /// A Kill fault holds the server's answer to `requestHead`, which the client will never
    /// see: stop the client now (a connected slot runs before the connection is closed).
    void killed(const QByteArray& requestHead);

private:
    class Session;
    friend class Session;

    struct AimedFault {
        QRegularExpression requestLine;
        Fault fault;
        int count = 0;
    };

    Fault takeFault(const QByteArray& head);

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    std::deque<Fault> m_script;
    QList<AimedFault> m_aimed;
    double m_probability = 0;
    QList<FaultKind> m_randomKinds;
    QRandomGenerator m_random;
    QList<FaultKind> m_applied;
    QByteArrayList m_heads;
    QList<QPointer<QObject>> m_sessions; ///< the Sessions, gone once deleted
    int m_forwarded = 0;
    int m_connections = 0;
};
