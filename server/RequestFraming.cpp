#include "RequestFraming.h"

#include <algorithm>

namespace {

bool isDigits(const QByteArray& text)
{
    return !text.isEmpty() && text.size() <= 18 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

void RequestFraming::refuse(int status)
{
    m_progress = Progress::Refused;
    m_refusedStatus = status;
    m_head.clear();
}

RequestFraming::Progress RequestFraming::read(const QByteArray& bytes)
{
    qsizetype at = 0;
    while (at < bytes.size() && m_progress != Progress::Refused) {
        if (m_bodyLeft > 0) {
            const qint64 taken = std::min<qint64>(m_bodyLeft, bytes.size() - at);
            m_bodyLeft -= taken;
            at += taken;
            m_progress = m_bodyLeft > 0 ? Progress::Body : Progress::Idle;
            continue;
        }
        // Empty lines before a request line are allowed (RFC 9112, 2.2).
        if (m_head.isEmpty() && (bytes.at(at) == '\r' || bytes.at(at) == '\n')) {
            ++at;
            continue;
        }
        const qsizetype searchFrom = std::max<qsizetype>(0, m_head.size() - 3);
        const qsizetype keep = std::min<qsizetype>(bytes.size() - at, m_limits.maxHeadBytes + 4);
        m_head += bytes.mid(at, keep);
        const qsizetype end = m_head.indexOf("\r\n\r\n", searchFrom);
        const qsizetype lineEnd = m_head.indexOf("\r\n");
        m_requestLine = m_head.left(lineEnd >= 0 ? std::min<qsizetype>(lineEnd, 2048) : 2048);
        // Without its CRLF yet, a CR at the end may be the CRLF's first half (the network cut
        // the stream there): it is not part of the line.
        const qsizetype lineLength =
            lineEnd >= 0 ? lineEnd : m_head.size() - (m_head.endsWith('\r') ? 1 : 0);
        if (lineLength > m_limits.maxRequestLineBytes) {
            refuse(414);
            break;
        }
        // Until the request line ends, only its own limit applies (and bounds the head): a
        // head over its limit that is still one line may turn out to be a line over its own.
        if (lineEnd >= 0 && (end < 0 ? m_head.size() : end + 4) > m_limits.maxHeadBytes) {
            refuse(431);
            break;
        }
        if (end < 0) {
            at += keep;
            m_progress = Progress::Head;
            continue;
        }
        // What of this chunk went past the head's end is the body or the next request.
        at += keep - (m_head.size() - (end + 4));
        const QByteArray head = m_head.left(end + 2); // each line with its CRLF
        m_head.clear();
        if (!parseHead(head))
            break;
        m_progress = m_bodyLeft > 0 ? Progress::Body : Progress::Idle;
    }
    return m_progress;
}

bool RequestFraming::parseHead(const QByteArray& head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        refuse(400);
        return false;
    }
    Request request;
    const QByteArray& version = requestLine.at(2);
    if (version == "HTTP/1.0") {
        request.http10 = true;
    } else if (version != "HTTP/1.1") {
        refuse(400);
        return false;
    }
    int hosts = 0;
    int lengths = 0;
    QByteArray connection;
    for (qsizetype i = 1; i + 1 < lines.size(); ++i) { // the last is the empty one after CRLF
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r')) { // a bare LF inside the head
            refuse(400);
            return false;
        }
        line.chop(1);
        const qsizetype colon = line.indexOf(':');
        // Folded lines and space before the colon are read differently by different parsers.
        if (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t') || colon <= 0 ||
            line.at(colon - 1) == ' ' || line.at(colon - 1) == '\t') {
            refuse(400);
            return false;
        }
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            refuse(411);
            return false;
        }
        if (name == "content-length") {
            if (++lengths > 1 || !isDigits(value)) {
                refuse(400);
                return false;
            }
            m_bodyLeft = value.toLongLong();
        } else if (name == "host") {
            ++hosts;
        } else if (name == "connection") {
            connection += ',' + value.toLower();
        }
    }
    if ((!request.http10 && hosts != 1) || hosts > 1) {
        refuse(400);
        return false;
    }
    const QList<QByteArray> options = connection.split(',');
    const auto has = [&](const char* option) {
        return std::any_of(options.begin(), options.end(),
                           [&](const QByteArray& o) { return o.trimmed() == option; });
    };
    request.closes = has("close") || (request.http10 && !has("keep-alive"));
    m_requests.append(request);
    return true;
}

RequestFraming::Request RequestFraming::takeRequest()
{
    return m_requests.isEmpty() ? Request{} : m_requests.takeFirst();
}
