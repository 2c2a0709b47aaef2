#pragma once

#include "ConnectionLimits.h"

#include <QByteArray>
#include <QList>

/// The HTTP/1.x framing of one connection's byte stream, read alongside Qt HttpServer's own
/// parser so that both see the same requests: where each head ends and how long its body is.
/// It refuses what two parsers could read differently (request smuggling behind a proxy):
/// Transfer-Encoding (411: only Content-Length bodies), several Content-Length headers or a
/// malformed one, a header folded over lines or with space before its colon, an HTTP/1.1
/// request without exactly one Host, and a version other than 1.0 and 1.1 (400). It also
/// notes, per request, whether its answer ends the connection (HTTP/1.0 without keep-alive,
/// or `Connection: close`) and is spoken in HTTP/1.0.
class RequestFraming {
public:
    struct Request {
        bool http10 = false;
        bool closes = false;
    };
    enum class Progress {
        Idle,    ///< between requests
        Head,    ///< in a request's line or headers
        Body,    ///< in a request's body
        Refused, ///< refusedStatus() says why; nothing more is read
    };

    explicit RequestFraming(const ConnectionLimits& limits) : m_limits(limits) {}

    /// Reads the next bytes of the stream; returns where it stands after them.
    Progress read(const QByteArray& bytes);
    Progress progress() const { return m_progress; }
    int refusedStatus() const { return m_refusedStatus; }
    /// The request line of the request in progress or refused (its first 2 kB), for the log.
    const QByteArray& requestLine() const { return m_requestLine; }
    /// The oldest request whose head was read and not yet taken (a plain HTTP/1.1 request when
    /// there is none): Qt HttpServer hands the requests over in the same order.
    Request takeRequest();

private:
    void refuse(int status);
    /// Parses a complete head (without its final blank line); false when refused.
    bool parseHead(const QByteArray& head);

    ConnectionLimits m_limits;
    Progress m_progress = Progress::Idle;
    int m_refusedStatus = 0;
    QByteArray m_head;
    QByteArray m_requestLine;
    qint64 m_bodyLeft = 0;
    QList<Request> m_requests;
};
