#include "ContactsClient.h"

#include "RequestBudget.h"
#include "RetryBackoff.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#if QT_CONFIG(ssl)
#include <QSslError>
#endif

#include <algorithm>

// Off unless asked for (QT_LOGGING_RULES="contacts.sync.client.debug=true"): one line per retry.
Q_LOGGING_CATEGORY(lcContactsClient, "contacts.sync.client", QtInfoMsg)

namespace {

/// A Retry-After longer than this is taken as this: a sync run should not stall for an hour
/// on one header, and the next attempt learns the server's current wait anyway.
constexpr int maxRetryAfterSeconds = 120;
/// The wait when a 429 names none (or one that cannot be read).
constexpr int defaultRetryAfterSeconds = 1;

const QByteArray userAgent = QByteArrayLiteral("contacts/" CONTACTS_VERSION);

/// Seconds from a Retry-After header: delay-seconds or an HTTP-date (RFC 9110 allows both).
int retryAfterSeconds(const QByteArray& header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return defaultRetryAfterSeconds;
    bool ok = false;
    const qlonglong seconds = value.toLongLong(&ok);
    if (ok)
        return int(std::clamp<qlonglong>(seconds, 0, maxRetryAfterSeconds));
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!date.isValid())
        return defaultRetryAfterSeconds;
    const qint64 until = QDateTime::currentDateTimeUtc().secsTo(date);
    return int(std::clamp<qint64>(until, 0, maxRetryAfterSeconds));
}

/// The URL's query, with `+` sent as %2B: servers read a bare `+` as a space, and QUrlQuery
/// leaves it bare (a phone search for "+971" would look for " 971").
QString encodedQuery(const QUrlQuery& query)
{
    QString text = query.toString(QUrl::FullyEncoded);
    text.replace(u'+', QLatin1String("%2B"));
    return text;
}

/// Errors of the connection itself (refused, reset, DNS, proxy, a broken answer), as opposed
/// to an HTTP status the server sent in a whole answer.
bool isTransportError(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

} // namespace

/// One send and what came back of it.
struct ContactsClient::Attempt {
    enum class Outcome { Answered, TransportFailed, TimedOut, TlsFailed, Cancelled };
    Outcome outcome = Outcome::Answered;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray location;
    QString errorText;
};

ContactsClient::ContactsClient(ServerEndpoint endpoint, ClientOptions options, QObject* parent)
    : QObject(parent), m_endpoint(std::move(endpoint)), m_options(options),
      m_budget(std::make_unique<RequestBudget>(options.requestsPerMinute)),
      m_backoff(std::make_unique<RetryBackoff>(options.backoffBaseMs, options.backoffMaxMs))
{
    m_options.maxAttempts = std::max(1, m_options.maxAttempts);
}

ContactsClient::~ContactsClient() = default;

ClientResult ContactsClient::list(const QUrlQuery& query)
{
    return send("GET", {}, query, {});
}

ClientResult ContactsClient::get(const QString& contactId)
{
    return send("GET", QString::fromLatin1(QUrl::toPercentEncoding(contactId)), {}, {});
}

ClientResult ContactsClient::create(const QJsonObject& body)
{
    return send("POST", {}, {}, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ClientResult ContactsClient::patch(const QString& contactId, const QJsonObject& body)
{
    return send("PATCH", QString::fromLatin1(QUrl::toPercentEncoding(contactId)), {},
                QJsonDocument(body).toJson(QJsonDocument::Compact));
}

ClientResult ContactsClient::bulk(const QJsonArray& contacts)
{
    return send("POST", QStringLiteral("bulk"), {},
                QJsonDocument(QJsonObject{{QStringLiteral("contacts"), contacts}})
                    .toJson(QJsonDocument::Compact));
}

ClientResult ContactsClient::remove(const QString& contactId, const QString& mergedInto)
{
    QUrlQuery query;
    if (!mergedInto.isEmpty())
        query.addQueryItem(QStringLiteral("mergedInto"), mergedInto);
    return send("DELETE", QString::fromLatin1(QUrl::toPercentEncoding(contactId)), query, {});
}

void ContactsClient::cancel()
{
    m_cancelled = true;
    // Queued to the client's own thread, where m_loop lives; the flag is set first, so a wait
    // that starts after this event was handled still sees it before it blocks (see exec()).
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_loop)
                m_loop->quit();
        },
        Qt::QueuedConnection);
}

void ContactsClient::exec(QEventLoop& loop)
{
    m_loop = &loop;
    if (!m_cancelled)
        loop.exec();
    m_loop = nullptr;
}

bool ContactsClient::pause(int milliseconds, const QString& reason)
{
    if (m_cancelled)
        return false;
    if (milliseconds <= 0)
        return true;
    emit waiting(milliseconds, reason);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    timer.setTimerType(Qt::PreciseTimer);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(milliseconds);
    exec(loop);
    return !m_cancelled;
}

QString ContactsClient::hostName() const
{
    return m_endpoint.contactsUrl.host();
}

ContactsClient::Attempt ContactsClient::attempt(const QByteArray& method, const QUrl& url,
                                                const QByteArray& body)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();

    QNetworkRequest request(url);
    request.setRawHeader("x-org-id", m_endpoint.organizationId.toUtf8());
    request.setRawHeader("Authorization", "Bearer " + m_endpoint.token.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, userAgent);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json; charset=utf-8"));
    // A redirect would carry the token to wherever it points; the user is told to fix the URL.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    Attempt out;
    std::unique_ptr<QNetworkReply> reply(body.isEmpty()
                                             ? m_network->sendCustomRequest(request, method)
                                             : m_network->sendCustomRequest(request, method, body));
    QStringList tlsErrors;
#if QT_CONFIG(ssl)
    // Collected for the message only: ignoreSslErrors() is never called, so the reply fails.
    connect(reply.get(), &QNetworkReply::sslErrors, this,
            [&tlsErrors](const QList<QSslError>& errors) {
                for (const QSslError& error : errors)
                    tlsErrors.append(error.errorString());
            });
#endif
    bool timedOut = false;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(m_options.timeoutMs);
    exec(loop);
    timer.stop();

    if (!reply->isFinished()) {
        reply->disconnect(this);
        reply->abort();
        out.outcome = timedOut ? Attempt::Outcome::TimedOut : Attempt::Outcome::Cancelled;
        return out;
    }
    const QNetworkReply::NetworkError error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.errorText = reply->errorString();
    if (!tlsErrors.isEmpty() || error == QNetworkReply::SslHandshakeFailedError) {
        out.outcome = Attempt::Outcome::TlsFailed;
        if (!tlsErrors.isEmpty())
            out.errorText = tlsErrors.join(QLatin1String("; "));
        return out;
    }
    // No status at all: the request never got an HTTP answer (https unsupported, ...).
    if (isTransportError(error) || (out.status == 0 && error != QNetworkReply::NoError)) {
        out.outcome = Attempt::Outcome::TransportFailed;
        return out;
    }
    out.body = reply->readAll();
    // Seen under load: a connection closed inside the body can end the reply with no error and
    // a short body. Cut off is a network failure (retried), not the server's bad answer.
    const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && reply->rawHeader("Content-Encoding").isEmpty() &&
        out.body.size() < length.toLongLong()) {
        out.outcome = Attempt::Outcome::TransportFailed;
        out.errorText = tr("the answer was cut off after %1 of %2 bytes")
                            .arg(QString::number(out.body.size()), length.toString());
        return out;
    }
    out.retryAfter = reply->rawHeader("Retry-After");
    out.location = reply->rawHeader("Location");
    return out;
}

ClientResult ContactsClient::send(const QByteArray& method, const QString& path,
                                  const QUrlQuery& query, const QByteArray& body)
{
    Q_ASSERT_X(QThread::currentThread() == thread(), "ContactsClient",
               "called from a thread other than the client's own");
    const auto failed = [](ClientError::Kind kind, int status, const QString& message) {
        return ClientResult(std::unexpected(ClientError{kind, status, message}));
    };
    const auto cancelled = [&] {
        return failed(ClientError::Kind::Cancelled, 0, tr("The request was cancelled"));
    };

    QUrl url = m_endpoint.contactsUrl;
    if (!path.isEmpty())
        url.setPath(url.path(QUrl::FullyEncoded) + u'/' + path, QUrl::StrictMode);
    if (!query.isEmpty())
        url.setQuery(encodedQuery(query), QUrl::StrictMode);

    for (int attemptNumber = 1;; ++attemptNumber) {
        for (qint64 wait = m_budget->waitBeforeSend(); wait > 0;
             wait = m_budget->waitBeforeSend()) {
            if (!pause(
                    int(wait),
                    tr("Keeping within %1 requests per minute").arg(m_options.requestsPerMinute)))
                return cancelled();
        }
        if (m_cancelled)
            return cancelled();
        m_budget->recordSend();
        ++m_requestCount;
        const Attempt answer = attempt(method, url, body);

        // What failed and how long to wait before the next attempt, when it may be retried.
        ClientError error;
        int waitMs = 0;
        QString waitReason;
        switch (answer.outcome) {
        case Attempt::Outcome::Cancelled:
            return cancelled();
        case Attempt::Outcome::TlsFailed:
            return failed(
                ClientError::Kind::Tls, 0,
                tr("The secure connection to %1 failed: %2").arg(hostName(), answer.errorText));
        case Attempt::Outcome::TimedOut:
            error = {ClientError::Kind::Timeout, 0,
                     tr("%1 did not answer within %2 s")
                         .arg(hostName(), QString::number((m_options.timeoutMs + 999) / 1000))};
            break;
        case Attempt::Outcome::TransportFailed:
            // Any status of a cut answer is not the server's verdict.
            error = {ClientError::Kind::Network, 0,
                     tr("The connection to %1 failed: %2").arg(hostName(), answer.errorText)};
            break;
        case Attempt::Outcome::Answered:
            break;
        }

        if (answer.outcome == Attempt::Outcome::Answered) {
            const int status = answer.status;
            const QJsonDocument json = QJsonDocument::fromJson(answer.body);
            const QString serverError = json.object().value(QStringLiteral("error")).toString();
            const auto withServerError = [&](const QString& text) {
                return serverError.isEmpty() ? text : text + QLatin1String(": ") + serverError;
            };
            if (status == 401)
                return failed(
                    ClientError::Kind::Unauthorized, status,
                    tr("%1 refused the organization id or the token (HTTP 401)").arg(hostName()));
            if (status == 429) {
                error = {ClientError::Kind::RateLimited, status,
                         withServerError(
                             tr("%1 still limits the request rate (HTTP 429)").arg(hostName()))};
                waitMs = retryAfterSeconds(answer.retryAfter) * 1000;
                waitReason = tr("The server asked to wait (rate limit)");
            } else if (status >= 500) {
                error = {ClientError::Kind::Server, status,
                         withServerError(
                             tr("%1 failed (HTTP %2)").arg(hostName(), QString::number(status)))};
            } else if (status >= 300 && status < 400) {
                return failed(ClientError::Kind::BadResponse, status,
                              tr("%1 redirects (HTTP %2) to %3: use that address as the server "
                                 "URL")
                                  .arg(hostName(), QString::number(status),
                                       QString::fromUtf8(answer.location)));
            } else if (!json.isObject() ||
                       !json.object().value(QStringLiteral("success")).isBool()) {
                return failed(ClientError::Kind::BadResponse, status,
                              tr("The answer of %1 (HTTP %2) is not the Contacts API's: is %3 "
                                 "the right server URL?")
                                  .arg(hostName(), QString::number(status),
                                       m_endpoint.contactsUrl.toDisplayString()));
            } else {
                return ApiReply{status, json.object()};
            }
        }

        if (attemptNumber >= m_options.maxAttempts) {
            error.message =
                tr("%1 (attempts: %2)").arg(error.message, QString::number(attemptNumber));
            return std::unexpected(error);
        }
        if (waitMs == 0) {
            waitMs = m_backoff->delayMs(attemptNumber);
            waitReason = tr("Retrying: %1").arg(error.message);
        }
        qCDebug(lcContactsClient) << method << url.path() << "attempt" << attemptNumber
                                  << "failed:" << error.message << "- retrying in" << waitMs
                                  << "ms";
        if (!pause(waitMs, waitReason))
            return cancelled();
    }
}
