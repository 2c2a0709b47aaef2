#pragma once

#include "TestBackend.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

/// The real contacts-server binary on a free loopback port, over a database of its own (a file
/// in a temporary folder, or a PostgreSQL database in the postgresql variants: TestBackend),
/// and a QNetworkAccessManager client for it. For the server's tests.
class ContactsServerProcess {
public:
    struct Reply {
        int status = 0;
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QJsonDocument json() const { return QJsonDocument::fromJson(body); }
        QByteArray header(const QByteArray& name) const;
    };
    struct Credentials {
        QString organization;
        QString token;
    };

    ContactsServerProcess();
    ~ContactsServerProcess();

    /// From now on, serves `other`'s database instead of its own: a second server on one
    /// database, as behind a load balancer. `other` must outlive this one's use of it.
    void shareDatabaseOf(const ContactsServerProcess& other) { useDatabase(other.databasePath()); }
    /// From now on, serves the database at `location` (what `--db` takes) instead of its own.
    void useDatabase(const QString& location) { m_sharedLocation = location; }

    /// What `--db` takes: the file's path or the PostgreSQL URI.
    QString databasePath() const
    {
        return m_sharedLocation.isEmpty() ? m_backend.location() : m_sharedLocation;
    }
    /// `contacts-server --db <path> token add --org <organization>`: the printed token.
    std::optional<Credentials> addToken(const QString& organization);
    /// Runs `contacts-server --db <path> <arguments>` to the end: exit code and stdout.
    std::pair<int, QByteArray> runCommand(const QStringList& arguments);

    /// Starts serving with `extraArguments`; false (see errorString) when it does not come up.
    bool start(const QStringList& extraArguments = {});
    /// addToken(), then start(): the token, or nothing (see errorString).
    std::optional<Credentials> startWithToken(const QString& organization,
                                              const QStringList& extraArguments = {});
    /// Sends `signal` (SIGTERM by default), then the exit code (-1 when it did not exit in
    /// time or crashed).
    int terminate(int signal = 15, int timeoutMs = 30000);
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }
    /// The port of the second start-up line (`contacts-server metrics on HOST:PORT`), when
    /// started with `--metrics-listen`; 0 otherwise.
    quint16 metricsPort() const { return m_metricsPort; }
    QProcess& process() { return m_process; }
    /// Everything the server wrote on stderr so far (its request log).
    QByteArray log();

    /// A request with the credentials' headers (none when `credentials` is null). The body's
    /// Content-Type is JSON unless given.
    Reply request(const QByteArray& method, const QString& pathAndQuery,
                  const Credentials* credentials, const QByteArray& body = {},
                  const QByteArray& contentType = "application/json");
    /// Starts a request and returns at once; the reply is read with waitFor().
    class QNetworkReply* send(const QByteArray& method, const QString& pathAndQuery,
                              const Credentials* credentials, const QByteArray& body = {},
                              const QByteArray& contentType = "application/json");
    /// request() to `port` (the metrics listener's, for one) rather than the API's.
    Reply requestOn(quint16 port, const QByteArray& method, const QString& pathAndQuery,
                    const Credentials* credentials = nullptr);
    static Reply waitFor(class QNetworkReply* reply, int timeoutMs = 30000);

    QNetworkAccessManager& network() { return m_network; }

private:
    class QNetworkReply* sendTo(quint16 port, const QByteArray& method, const QString& pathAndQuery,
                                const Credentials* credentials, const QByteArray& body,
                                const QByteArray& contentType);

    TestBackend m_backend; // first: the database goes after the server using it
    QString m_sharedLocation;
    QProcess m_process;
    QNetworkAccessManager m_network;
    quint16 m_port = 0;
    quint16 m_metricsPort = 0;
    QString m_error;
    QByteArray m_log;
};
