#include "ContactsServerProcess.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

#include <csignal>

namespace {
const QString serverPath = QStringLiteral(CONTACTS_SERVER_PATH);
}

QByteArray ContactsServerProcess::Reply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ContactsServerProcess::ContactsServerProcess()
{
    // The tests measure the server, not a proxy a CI machine may set.
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_error = m_backend.errorString();
}

ContactsServerProcess::~ContactsServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

std::pair<int, QByteArray> ContactsServerProcess::runCommand(const QStringList& arguments)
{
    if (!m_backend.isValid())
        return {-1, {}};
    QProcess command;
    command.start(serverPath, QStringList{QStringLiteral("--db"), databasePath()} + arguments);
    if (!command.waitForFinished(30000) || command.exitStatus() != QProcess::NormalExit)
        return {-1, {}};
    return {command.exitCode(), command.readAllStandardOutput()};
}

std::optional<ContactsServerProcess::Credentials>
ContactsServerProcess::addToken(const QString& organization)
{
    const auto [code, out] = runCommand(
        {QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--org"), organization});
    if (code != 0)
        return std::nullopt;
    return Credentials{organization, QString::fromUtf8(out.trimmed())};
}

std::optional<ContactsServerProcess::Credentials>
ContactsServerProcess::startWithToken(const QString& organization,
                                      const QStringList& extraArguments)
{
    auto credentials = addToken(organization);
    if (!credentials) {
        m_error =
            m_backend.isValid() ? QStringLiteral("token add failed") : m_backend.errorString();
        return std::nullopt;
    }
    if (!start(extraArguments))
        return std::nullopt;
    return credentials;
}

bool ContactsServerProcess::start(const QStringList& extraArguments)
{
    if (!m_backend.isValid()) {
        m_error = m_backend.errorString();
        return false;
    }
    m_process.setReadChannel(QProcess::StandardOutput);
    m_process.start(serverPath,
                    QStringList{QStringLiteral("--db"), databasePath(), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:0")} +
                        extraArguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    const auto portOfNextLine = [&] {
        while (!m_process.canReadLine() && !deadline.hasExpired() &&
               m_process.state() == QProcess::Running)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        const qsizetype colon = line.lastIndexOf(':');
        bool ok = false;
        const quint16 port = colon > 0 ? line.mid(colon + 1).toUShort(&ok) : 0;
        if (!ok || port == 0)
            m_error = QStringLiteral("no port in the start-up line: ") + QString::fromUtf8(line) +
                      QString::fromUtf8(m_process.readAllStandardError());
        return ok ? port : quint16(0);
    };
    m_port = portOfNextLine();
    if (m_port == 0)
        return false;
    if (extraArguments.contains(QStringLiteral("--metrics-listen"))) {
        m_metricsPort = portOfNextLine();
        if (m_metricsPort == 0)
            return false;
    }
    return true;
}

int ContactsServerProcess::terminate(int signal, int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), signal);
    if (!m_process.waitForFinished(timeoutMs) || m_process.exitStatus() != QProcess::NormalExit) {
        qWarning("contacts-server did not exit cleanly (%s): %s",
                 m_process.state() == QProcess::NotRunning ? "crashed" : "still running",
                 log().right(2000).constData());
        return -1;
    }
    return m_process.exitCode();
}

QByteArray ContactsServerProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

QNetworkReply* ContactsServerProcess::send(const QByteArray& method, const QString& pathAndQuery,
                                           const Credentials* credentials, const QByteArray& body,
                                           const QByteArray& contentType)
{
    return sendTo(m_port, method, pathAndQuery, credentials, body, contentType);
}

ContactsServerProcess::Reply ContactsServerProcess::requestOn(quint16 port,
                                                              const QByteArray& method,
                                                              const QString& pathAndQuery,
                                                              const Credentials* credentials)
{
    return waitFor(sendTo(port, method, pathAndQuery, credentials, {}, "application/json"));
}

QNetworkReply* ContactsServerProcess::sendTo(quint16 port, const QByteArray& method,
                                             const QString& pathAndQuery,
                                             const Credentials* credentials, const QByteArray& body,
                                             const QByteArray& contentType)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port) + pathAndQuery, QUrl::StrictMode));
    if (credentials) {
        request.setRawHeader("x-org-id", credentials->organization.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + credentials->token.toUtf8());
    }
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    auto* buffer = new QBuffer;
    buffer->setData(body);
    buffer->open(QIODevice::ReadOnly);
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, buffer);
    buffer->setParent(reply);
    return reply;
}

ContactsServerProcess::Reply ContactsServerProcess::waitFor(QNetworkReply* reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    Reply out;
    if (reply->isFinished()) {
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        for (const auto& pair : reply->rawHeaderPairs())
            out.headers.append({pair.first, pair.second});
    }
    reply->deleteLater();
    return out;
}

ContactsServerProcess::Reply ContactsServerProcess::request(const QByteArray& method,
                                                            const QString& pathAndQuery,
                                                            const Credentials* credentials,
                                                            const QByteArray& body,
                                                            const QByteArray& contentType)
{
    return waitFor(send(method, pathAndQuery, credentials, body, contentType));
}
