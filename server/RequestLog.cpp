#include "RequestLog.h"

#include "Timestamps.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

// `text` for a log line: control characters (a decoded %0A would forge a line, %1B send a
// terminal escape), spaces (which separate the fields) and backslashes as \xNN escapes.
QByteArray loggable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control || c == u' ' || c == u'\\')
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c; // surrogate pairs stay whole
    }
    return out.toUtf8();
}

QString faultOf(const ApiResponse& response)
{
    if (response.faultDetail.isEmpty())
        return {};
    return (response.status == 503 ? QStringLiteral("database unavailable: ")
                                   : QStringLiteral("internal error: ")) +
           response.faultDetail;
}

} // namespace

std::optional<RequestLog::Format> RequestLog::formatNamed(const QString& name)
{
    if (name == u"text")
        return Format::Text;
    if (name == u"json")
        return Format::Json;
    return std::nullopt;
}

void RequestLog::write(const QByteArray& method, const QString& path, const ApiResponse& response,
                       qint64 nsecs) const
{
    const QByteArray line = m_format.load(std::memory_order_relaxed) == Format::Json
                                ? jsonLine(method, path, response, nsecs)
                                : textLine(method, path, response, nsecs);
    // One write per request: lines from several workers do not interleave.
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
}

QByteArray RequestLog::textLine(const QByteArray& method, const QString& path,
                                const ApiResponse& response, qint64 nsecs) const
{
    QByteArray line =
        Timestamps::format(QDateTime::currentDateTimeUtc()).toUtf8() + ' ' +
        loggable(QString::fromLatin1(method)) + ' ' + loggable(path) + ' ' +
        QByteArray::number(response.status) + ' ' +
        QByteArray::number(double(nsecs) / 1e6, 'f', 2) + "ms org=" +
        (response.organizationId.isEmpty() ? QByteArray("-") : response.organizationId.toUtf8()) +
        '\n';
    if (const QString fault = faultOf(response); !fault.isEmpty())
        line += "  " + fault.toUtf8() + '\n';
    return line;
}

QByteArray RequestLog::jsonLine(const QByteArray& method, const QString& path,
                                const ApiResponse& response, qint64 nsecs) const
{
    // QJsonDocument escapes control characters: a path cannot forge a line.
    QJsonObject entry{
        {QStringLiteral("time"), Timestamps::format(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("path"), path},
        {QStringLiteral("status"), response.status},
        {QStringLiteral("ms"), qRound(double(nsecs) / 1e4) / 100.0},
        {QStringLiteral("org"),
         response.organizationId.isEmpty() ? QJsonValue() : QJsonValue(response.organizationId)},
    };
    if (const QString fault = faultOf(response); !fault.isEmpty())
        entry.insert(QStringLiteral("fault"), fault);
    return QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n';
}
