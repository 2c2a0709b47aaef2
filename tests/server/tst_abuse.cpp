// contacts-server attacked as a hostile client would (issue 14). Each finding is a test that
// failed before its fix: long or NUL search terms, NUL in stored text (a 500 on PostgreSQL),
// forged log lines, pipelined requests that ran out of order, a world-readable database.

#include "ContactsServerProcess.h"
#include "RawHttpConnection.h"
#include "TestBackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

#include <csignal>

namespace {

using Reply = ContactsServerProcess::Reply;
const QString contacts = QStringLiteral("/api/whatsapp/contacts");

QByteArray errorBody(const QString& message)
{
    return R"({"success":false,"error":")" + message.toUtf8() + "\"}";
}

} // namespace

class TestAbuse : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void searchTermsAreBounded_data();
    void searchTermsAreBounded();
    void nulInStoredTextIsRefused_data();
    void nulInStoredTextIsRefused();
    void controlCharactersAreEscapedInTheLog();
    void pipelinedCreateIsSeenByTheNextRequest();
    void pipelinedUpdatesApplyInOrder();
    void newDatabaseIsReadableByItsOwnerOnly();
    void slowOrIdleClientsAreDisconnected_data();
    void slowOrIdleClientsAreDisconnected();
    void keepAliveHoldsWithinTheTimeout();
    /// Oversized heads and ambiguous framing: answered with their status, then closed.
    void refusedRequests_data();
    void refusedRequests();
    void connectionsAreCapped();
    void connectionCloseIsHonored();
    void http10IsAnsweredIn10_data();
    void http10IsAnsweredIn10();
    void sigtermAnswersWhatWasSent_data();
    void sigtermAnswersWhatWasSent();

private:
    static void addOversizedHeads();
    static void addAmbiguousFraming();
    /// A server of its own with one-second timeouts and `extra` arguments.
    std::unique_ptr<ContactsServerProcess> strictServer(const QStringList& extra = {})
    {
        auto server = std::make_unique<ContactsServerProcess>();
        const QStringList arguments = QStringList{"--rate-limit",     "0", "--idle-timeout", "1",
                                                  "--header-timeout", "1", "--body-timeout", "1"} +
                                      extra;
        if (!server->start(arguments))
            qWarning("%s", qPrintable(server->errorString()));
        return server;
    }

    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        return m_server.request(method, path, &m_org, body);
    }
    /// A raw connection to the server, or a failed check.
    bool connect(RawHttpConnection& connection) { return connection.connectTo(m_server.port()); }

    ContactsServerProcess m_server;
    ContactsServerProcess::Credentials m_org;
    int m_phone = 0;
    QString nextPhone() { return QStringLiteral("+1415555%1").arg(++m_phone, 4, 10, QChar(u'0')); }
};

void TestAbuse::initTestCase()
{
    const auto org = m_server.startWithToken(QStringLiteral("org-abuse"),
                                             {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(org, qPrintable(m_server.errorString()));
    m_org = *org;
}

void TestAbuse::searchTermsAreBounded_data()
{
    QTest::addColumn<QString>("term");
    QTest::addColumn<int>("status");
    QTest::newRow("256 characters") << QString(256, u'a') << 200;
    QTest::newRow("256 Arabic characters") << QString(256, QChar(0x0628)) << 200;
    QTest::newRow("257 characters") << QString(257, u'a') << 400;
    // Four 2 MB terms at once took the server to a 2 GB peak, and each up to 24 s; a term
    // that long is now refused with its request line (refusedRequests).
    QTest::newRow("4,000 characters") << QString(4000, u'q') << 400;
    QTest::newRow("surrounding spaces are not counted")
        << QString(100, u' ') + QString(256, u'a') + QString(100, u' ') << 200;
    QTest::newRow("NUL in a full-text term") << QStringLiteral("ab") + QChar::Null + "cd" << 400;
    QTest::newRow("NUL in a short term") << QStringLiteral("a") + QChar::Null << 400;
}

void TestAbuse::searchTermsAreBounded()
{
    QFETCH(QString, term);
    QFETCH(int, status);
    const Reply reply =
        call("GET", contacts + "?search=" + QString::fromLatin1(QUrl::toPercentEncoding(term)));
    QCOMPARE(reply.status, status);
    if (status == 400)
        QCOMPARE(reply.body, errorBody("Invalid search"));
    else
        QCOMPARE(reply.json()["data"]["total"].toInt(-1), 0);
}

void TestAbuse::nulInStoredTextIsRefused_data()
{
    // PostgreSQL's text cannot hold U+0000: these were a 500 there, and stored on SQLite.
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QString nul = QStringLiteral("a") + QChar::Null + "b";
    QTest::newRow("name") << "userName" << QJsonValue(nul) << "Invalid name";
    QTest::newRow("email") << "email" << QJsonValue(QStringLiteral("a") + QChar::Null + "@b.co")
                           << "Invalid email";
    QTest::newRow("tag") << "tags" << QJsonValue(QJsonArray{nul}) << "Invalid tags";
    QTest::newRow("label") << "labels" << QJsonValue(QJsonArray{nul}) << "Invalid labels";
}

void TestAbuse::nulInStoredTextIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QString phone = nextPhone();
    const QJsonObject create{{"userNumber", phone}, {field, value}};
    const Reply created =
        call("POST", contacts, QJsonDocument(create).toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 400);
    QCOMPARE(created.body, errorBody(message));

    const Reply plain =
        call("POST", contacts, QJsonDocument(QJsonObject{{"userNumber", phone}}).toJson());
    QCOMPARE(plain.status, 201);
    const QString patchField = field == QLatin1String("userName") ? QStringLiteral("name") : field;
    const Reply patched =
        call("PATCH", contacts + u'/' + plain.json()["data"]["id"].toString(),
             QJsonDocument(QJsonObject{{patchField, value}}).toJson(QJsonDocument::Compact));
    QCOMPARE(patched.status, 400);
    QCOMPARE(patched.body, errorBody(message));
}

void TestAbuse::controlCharactersAreEscapedInTheLog()
{
    // Decoded, %0A ended the line and started a forged one: a DELETE that never happened.
    const QString forged = QStringLiteral("2026-12-03T00:00:00.000Z DELETE /api/whatsapp/contacts/"
                                          "x 200 1.00ms org=org-abuse");
    const QString path =
        contacts + "/x%0A" + QString::fromLatin1(QUrl::toPercentEncoding(forged)) + "%0D%1B%5B2J";
    QCOMPARE(call("GET", path).status, 404);
    QByteArray log;
    QTRY_VERIFY((log = m_server.log()).contains("\\x0a"));
    for (const QByteArray& line : log.split('\n')) {
        QVERIFY2(!line.startsWith("2026-12-03T00:00:00.000Z"), line.constData());
        QVERIFY2(!line.contains('\r') && !line.contains('\x1b'), line.toPercentEncoding().data());
    }
    QVERIFY(log.contains("\\x0d\\x1b[2J"));
}

void TestAbuse::pipelinedCreateIsSeenByTheNextRequest()
{
    // Both requests in one write: the GET ran beside the POST and never saw it (0 of 20).
    RawHttpConnection connection;
    QVERIFY(connect(connection));
    for (int round = 0; round < 20; ++round) {
        const QString phone = nextPhone();
        const QByteArray create = QJsonDocument(QJsonObject{{"userNumber", phone}}).toJson();
        connection.send(RawHttpConnection::request("POST", contacts.toUtf8(), m_org.organization,
                                                   m_org.token, create) +
                        RawHttpConnection::request("GET",
                                                   (contacts + "?search=" + phone.mid(1)).toUtf8(),
                                                   m_org.organization, m_org.token));
        const auto created = connection.read();
        QVERIFY(created);
        QCOMPARE(created->status, 201);
        const auto listed = connection.read();
        QVERIFY(listed);
        QCOMPARE(listed->status, 200);
        QCOMPARE(QJsonDocument::fromJson(listed->body)["data"]["total"].toInt(), 1);
    }
}

void TestAbuse::pipelinedUpdatesApplyInOrder()
{
    // Five PATCHes in one write: the last did not win 12 times in 20.
    const Reply created =
        call("POST", contacts, QJsonDocument(QJsonObject{{"userNumber", nextPhone()}}).toJson());
    QCOMPARE(created.status, 201);
    const QByteArray target = (contacts + u'/' + created.json()["data"]["id"].toString()).toUtf8();
    RawHttpConnection connection;
    QVERIFY(connect(connection));
    for (int round = 0; round < 20; ++round) {
        QByteArray burst;
        for (int step = 0; step < 5; ++step) {
            const QString name = QStringLiteral("Round %1 step %2").arg(round).arg(step);
            burst += RawHttpConnection::request(
                "PATCH", target, m_org.organization, m_org.token,
                QJsonDocument(QJsonObject{{"name", name}}).toJson(QJsonDocument::Compact));
        }
        connection.send(burst);
        for (int step = 0; step < 5; ++step) {
            const auto answer = connection.read();
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
        }
        QCOMPARE(call("GET", QString::fromUtf8(target)).json()["data"]["name"].toString(),
                 QStringLiteral("Round %1 step 4").arg(round));
    }
}

void TestAbuse::newDatabaseIsReadableByItsOwnerOnly()
{
    if (TestBackend::isPostgres())
        QSKIP("a file's permissions: SQLite's");
    // Every contact and the tokens' hashes were readable by every user (0644).
    QCOMPARE(
        call("POST", contacts, QJsonDocument(QJsonObject{{"userNumber", nextPhone()}}).toJson())
            .status,
        201);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QString path = m_server.databasePath() + suffix;
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QCOMPARE(QFile::permissions(path) & others, QFileDevice::Permissions());
    }
}

void TestAbuse::slowOrIdleClientsAreDisconnected_data()
{
    // 300 of these held the server's file descriptors until normal requests timed out.
    QTest::addColumn<QByteArray>("sent");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("half a request line") << QByteArray("GET /api/whatsapp/con");
    QTest::newRow("a head without its end")
        << QByteArray("GET /api/whatsapp/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    QTest::newRow("a body shorter than its Content-Length")
        << QByteArray("POST /api/whatsapp/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                      "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":");
}

void TestAbuse::slowOrIdleClientsAreDisconnected()
{
    QFETCH(QByteArray, sent);
    const auto server = strictServer();
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(server->port()));
    if (!sent.isEmpty())
        connection.send(sent);
    QElapsedTimer waited;
    waited.start();
    QVERIFY(connection.closedByServer(5000));
    QVERIFY2(waited.elapsed() >= 800, qPrintable(QString::number(waited.elapsed())));
}

void TestAbuse::keepAliveHoldsWithinTheTimeout()
{
    // The idle timeout counts from the last answer: a client that comes back sooner is
    // served on the same connection, however long its requests took.
    const auto server = strictServer();
    const auto org = server->addToken(QStringLiteral("org-keep"));
    QVERIFY(org);
    RawHttpConnection connection;
    QVERIFY(connection.connectTo(server->port()));
    for (int i = 0; i < 4; ++i) {
        connection.send(
            RawHttpConnection::request("GET", contacts.toUtf8(), org->organization, org->token));
        const auto answer = connection.read();
        QVERIFY(answer);
        QCOMPARE(answer->status, 200);
        QTest::qWait(600);
    }
}

void TestAbuse::refusedRequests_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    addOversizedHeads();
    addAmbiguousFraming();
}

void TestAbuse::addOversizedHeads()
{
    // A 1 MB URL was read and parsed whole.
    QTest::newRow("request line of 1 MB")
        << "GET /api/whatsapp/contacts?search=" + QByteArray(1024 * 1024, 'q') +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        << 414 << errorBody("Request line too long");
    QTest::newRow("request line of 9 kB")
        << "GET /api/whatsapp/contacts/" + QByteArray(9 * 1024, 'a') +
               " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        << 414 << errorBody("Request line too long");
    QTest::newRow("headers of 100 kB")
        << "GET /api/whatsapp/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " +
               QByteArray(100 * 1024, 'p') + "\r\n\r\n"
        << 431 << errorBody("Request headers too large");
}

void TestAbuse::refusedRequests()
{
    QFETCH(QByteArray, head);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    RawHttpConnection connection;
    QVERIFY(connect(connection));
    connection.send(head);
    const auto answer = connection.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, status);
    QCOMPARE(answer->body, body);
    QVERIFY(connection.closedByServer());
    QVERIFY(!connection.read(100));                           // nothing smuggled through
    QCOMPARE(call("GET", contacts + "?limit=1").status, 200); // and the server is fine
}

void TestAbuse::connectionsAreCapped()
{
    const auto server = strictServer({"--max-connections", "4", "--idle-timeout", "2"});
    std::vector<std::unique_ptr<RawHttpConnection>> idle;
    for (int i = 0; i < 4; ++i) {
        idle.push_back(std::make_unique<RawHttpConnection>());
        QVERIFY(idle.back()->connectTo(server->port()));
    }
    QTest::qWait(200); // accepted by now
    RawHttpConnection fifth;
    QVERIFY(fifth.connectTo(server->port())); // the kernel accepts; the server closes it
    QVERIFY(fifth.closedByServer(1000));
    // Once the idle ones time out, there is room again.
    for (const auto& connection : idle)
        QVERIFY(connection->closedByServer(5000));
    QTRY_COMPARE_WITH_TIMEOUT(server->request("GET", contacts, nullptr).status, 401, 5000);
}

void TestAbuse::addAmbiguousFraming()
{
    // Each was accepted, and the first smuggled a second request past a proxy that reads the
    // framing the other way.
    const QByteArray get = "GET /api/whatsapp/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    const QByteArray post = "POST /api/whatsapp/contacts HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\n";
    QTest::newRow("Content-Length and chunked")
        << post + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + get + "\r\n"
        << 411 << errorBody("Content-Length required");
    QTest::newRow("chunked alone")
        << post + "Transfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
        << 411 << errorBody("Content-Length required");
    QTest::newRow("two different Content-Lengths")
        << post + "Content-Length: 2\r\nContent-Length: 40\r\n\r\n{}" << 400
        << errorBody("Malformed request");
    QTest::newRow("two equal Content-Lengths")
        << post + "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}" << 400
        << errorBody("Malformed request");
    QTest::newRow("a Content-Length that is not a number")
        << post + "Content-Length: 2x\r\n\r\n{}" << 400 << errorBody("Malformed request");
    QTest::newRow("HTTP/1.1 without Host")
        << QByteArray("GET /api/whatsapp/contacts HTTP/1.1\r\n\r\n") << 400
        << errorBody("Malformed request");
    QTest::newRow("two Hosts") << get + "Host: example.com\r\n\r\n"
                               << 400 << errorBody("Malformed request");
    QTest::newRow("space before a colon") << get + "Content-Length : 5\r\n\r\n"
                                          << 400 << errorBody("Malformed request");
    QTest::newRow("a folded header") << get + "X-Org-Id: a\r\n b\r\n\r\n"
                                     << 400 << errorBody("Malformed request");
    QTest::newRow("HTTP/2.0 in an HTTP/1 request line")
        << QByteArray("GET /api/whatsapp/contacts HTTP/2.0\r\nHost: 127.0.0.1\r\n\r\n") << 400
        << errorBody("Malformed request");
}

void TestAbuse::connectionCloseIsHonored()
{
    RawHttpConnection connection;
    QVERIFY(connect(connection));
    QByteArray request =
        RawHttpConnection::request("GET", contacts.toUtf8(), m_org.organization, m_org.token);
    request.insert(request.indexOf("\r\n\r\n") + 2, "Connection: close\r\n");
    connection.send(request);
    const auto answer = connection.read();
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    QCOMPARE(answer->header("connection"), QByteArray("close"));
    QVERIFY(connection.closedByServer(2000));
}

void TestAbuse::http10IsAnsweredIn10_data()
{
    QTest::addColumn<bool>("keepAlive");
    QTest::newRow("closes by default") << false;
    QTest::newRow("keep-alive") << true;
}

void TestAbuse::http10IsAnsweredIn10()
{
    QFETCH(bool, keepAlive);
    RawHttpConnection connection;
    QVERIFY(connect(connection));
    const QByteArray request = "GET " + contacts.toUtf8() +
                               " HTTP/1.0\r\nx-org-id: " + m_org.organization.toUtf8() +
                               "\r\nAuthorization: Bearer " + m_org.token.toUtf8() + "\r\n" +
                               (keepAlive ? "Connection: keep-alive\r\n" : "") + "\r\n";
    for (int i = 0; i < (keepAlive ? 2 : 1); ++i) {
        connection.send(request);
        const auto answer = connection.read();
        QVERIFY(answer);
        QCOMPARE(answer->version, QByteArray("HTTP/1.0"));
        QCOMPARE(answer->status, 200);
    }
    QCOMPARE(connection.closedByServer(keepAlive ? 300 : 2000), !keepAlive);
}

void TestAbuse::sigtermAnswersWhatWasSent_data()
{
    QTest::addColumn<int>("items");
    QTest::newRow("creates") << 1;
    QTest::newRow("bulks of 1,000") << 1000;
}

void TestAbuse::sigtermAnswersWhatWasSent()
{
    // Sent just before SIGTERM, 12 of 12 creates and 11 of 12 bulks were committed and never
    // answered: a client cannot tell a lost answer from a lost request.
    QFETCH(int, items);
    ContactsServerProcess server;
    const auto org = server.startWithToken(QStringLiteral("org-term"),
                                           {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(org, qPrintable(server.errorString()));
    std::vector<std::unique_ptr<RawHttpConnection>> connections;
    for (int i = 0; i < 12; ++i) {
        connections.push_back(std::make_unique<RawHttpConnection>());
        QVERIFY(connections.back()->connectTo(server.port()));
    }
    QTest::qWait(100); // every connection accepted
    for (int i = 0; i < 12; ++i) {
        QJsonArray list;
        for (int j = 0; j < items; ++j)
            list.append(QJsonObject{{"userNumber", QStringLiteral("+4477%1%2")
                                                       .arg(i, 2, 10, QChar(u'0'))
                                                       .arg(j, 6, 10, QChar(u'0'))}});
        const QByteArray body =
            items == 1
                ? QJsonDocument(list.first().toObject()).toJson(QJsonDocument::Compact)
                : QJsonDocument(QJsonObject{{"contacts", list}}).toJson(QJsonDocument::Compact);
        connections[i]->send(RawHttpConnection::request(
            "POST", (items == 1 ? contacts : contacts + "/bulk").toUtf8(), org->organization,
            org->token, body));
    }
    ::kill(pid_t(server.process().processId()), SIGTERM);
    for (const auto& connection : connections) {
        const auto answer = connection->read(15000);
        QVERIFY(answer);
        QCOMPARE(answer->status, items == 1 ? 201 : 200);
    }
    QVERIFY(server.process().waitForFinished(15000));
    QCOMPARE(server.process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestAbuse)
#include "tst_abuse.moc"
