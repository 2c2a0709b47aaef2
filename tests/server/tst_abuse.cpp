// contacts-server attacked as a hostile client would (issue 14). Each finding is a test that
// failed before its fix: long or NUL search terms, NUL in stored text (a 500 on PostgreSQL),
// forged log lines, pipelined requests that ran out of order, a world-readable database. The
// attacks that already failed are here too, so that they keep failing: another organization's
// contact by every form of its id, guessed tokens, nested and oversized bodies, and injection
// in every parameter.

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
    void pipelinedReadByIdSeesTheWriteBeforeIt();
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
    void otherOrganizationsContactIsUnreachable_data();
    void otherOrganizationsContactIsUnreachable();
    void guessedTokensAreRefused_data();
    void guessedTokensAreRefused();
    void nestedAndOversizedBodiesAreRefused_data();
    void nestedAndOversizedBodiesAreRefused();
    void injectionInEveryListParameter_data();
    void injectionInEveryListParameter();
    void injectionInBodiesIsStoredAsText_data();
    void injectionInBodiesIsStoredAsText();

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

    /// The path of a new contact of the attacker's organization; empty if it was refused.
    QByteArray newContactPath()
    {
        const Reply created = call(
            "POST", contacts, QJsonDocument(QJsonObject{{"userNumber", nextPhone()}}).toJson());
        if (created.status != 201)
            return {};
        return (contacts + u'/' + created.json()["data"]["id"].toString()).toUtf8();
    }

    /// The victim's contact, as the victim reads it.
    Reply victimsContact()
    {
        return m_server.request("GET", contacts + u'/' + m_victimId, &m_victim);
    }

    ContactsServerProcess m_server;
    ContactsServerProcess::Credentials m_org;
    /// Another organization on the same server, with one contact the attacks aim at.
    ContactsServerProcess::Credentials m_victim;
    QString m_victimId;
    QString m_victimVendorId;
    int m_phone = 0;
    QString nextPhone() { return QStringLiteral("+1415555%1").arg(++m_phone, 4, 10, QChar(u'0')); }
};

void TestAbuse::initTestCase()
{
    const auto org = m_server.startWithToken(QStringLiteral("org-abuse"),
                                             {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(org, qPrintable(m_server.errorString()));
    m_org = *org;
    const auto victim = m_server.addToken(QStringLiteral("org-victim"));
    QVERIFY2(victim, qPrintable(m_server.errorString()));
    m_victim = *victim;
    const Reply created = m_server.request(
        "POST", contacts, &m_victim,
        R"({"userNumber":"+971501234567","userName":"Victim Person","email":"victim@example.com",)"
        R"("tags":["vip"]})");
    QCOMPARE(created.status, 201);
    m_victimId = created.json()["data"]["id"].toString();
    m_victimVendorId = created.json()["data"]["vendorContactId"].toString();
    QVERIFY(m_victimId.startsWith(QLatin1String("contact_")) && m_victimVendorId.size() == 24);
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
    const QByteArray target = newContactPath();
    QVERIFY(!target.isEmpty());
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

void TestAbuse::pipelinedReadByIdSeesTheWriteBeforeIt()
{
    // A read by id is answered on the connections' thread, a PATCH on a worker: a read sent
    // behind a PATCH must wait for it, and its answer must come second.
    const QByteArray target = newContactPath();
    QVERIFY(!target.isEmpty());
    RawHttpConnection connection;
    QVERIFY(connect(connection));
    for (int round = 0; round < 20; ++round) {
        const QString name = QStringLiteral("Round %1").arg(round);
        connection.send(
            RawHttpConnection::request(
                "PATCH", target, m_org.organization, m_org.token,
                QJsonDocument(QJsonObject{{"name", name}}).toJson(QJsonDocument::Compact)) +
            RawHttpConnection::request("GET", target, m_org.organization, m_org.token));
        const auto patched = connection.read();
        QVERIFY(patched);
        QCOMPARE(patched->status, 200);
        QCOMPARE(QJsonDocument::fromJson(patched->body)["data"]["name"].toString(), name);
        const auto read = connection.read();
        QVERIFY(read);
        QCOMPARE(read->status, 200);
        QCOMPARE(QJsonDocument::fromJson(read->body)["data"]["name"].toString(), name);
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

void TestAbuse::otherOrganizationsContactIsUnreachable_data()
{
    // Every form ContactIds reads: the id, its bare UUID in either case, the vendor id in
    // either case, surrounded by (percent-encoded) spaces.
    QTest::addColumn<QString>("form");
    QTest::newRow("id") << "id";
    QTest::newRow("bare uuid") << "uuid";
    QTest::newRow("upper-case uuid") << "UUID";
    QTest::newRow("vendor id") << "vendor";
    QTest::newRow("upper-case vendor id") << "VENDOR";
    QTest::newRow("spaces around") << "spaced";
}

void TestAbuse::otherOrganizationsContactIsUnreachable()
{
    QFETCH(QString, form);
    const QString uuid = m_victimId.mid(QStringLiteral("contact_").size());
    const QString key = form == "id"       ? m_victimId
                        : form == "uuid"   ? uuid
                        : form == "UUID"   ? uuid.toUpper()
                        : form == "vendor" ? m_victimVendorId
                        : form == "VENDOR" ? m_victimVendorId.toUpper()
                                           : "%20%20" + m_victimId + "%20";
    const QString path = contacts + u'/' + key;
    // The form names the contact for its own organization: a 404 below is isolation.
    QCOMPARE(m_server.request("GET", path, &m_victim).status, 200);

    for (const QByteArray& method :
         {QByteArray("GET"), QByteArray("PATCH"), QByteArray("DELETE")}) {
        const Reply reply = call(method, path, R"({"name":"Mallory","opted_in":true})");
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.body, errorBody("Contact not found"));
    }
    const Reply after = victimsContact();
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json()["data"]["name"].toString(), QStringLiteral("Victim Person"));
    QCOMPARE(after.json()["data"]["optedIn"].toBool(true), false);
}

void TestAbuse::guessedTokensAreRefused_data()
{
    QTest::addColumn<QString>("guess"); // TOKEN and VICTIM stand for the real tokens
    QTest::newRow("the other organization's token") << "VICTIM";
    QTest::newRow("last character changed") << "TOKEN~";
    QTest::newRow("one character short") << "TOKEN-";
    QTest::newRow("one character more") << "TOKENx";
    QTest::newRow("upper-cased") << "TOKEN^";
    QTest::newRow("only the prefix") << "ct_";
    QTest::newRow("empty") << "";
    QTest::newRow("10 kB") << QString(10000, u'a');
    QTest::newRow("SQL") << "' OR '1'='1";
}

void TestAbuse::guessedTokensAreRefused()
{
    QFETCH(QString, guess);
    QString token = m_org.token;
    if (guess == "VICTIM")
        token = m_victim.token;
    else if (guess == "TOKEN~")
        token.back() = token.back() == u'A' ? u'B' : u'A';
    else if (guess == "TOKEN-")
        token.chop(1);
    else if (guess == "TOKENx")
        token += u'x';
    else if (guess == "TOKEN^")
        token = token.toUpper();
    else
        token = guess;
    QVERIFY(token != m_org.token);
    const ContactsServerProcess::Credentials guessed{m_org.organization, token};
    for (int attempt = 0; attempt < 3; ++attempt) {
        const Reply reply = m_server.request("GET", contacts, &guessed);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.body, errorBody("Unauthorized"));
    }
    // Guessing locks nobody out, and the log never holds what was tried.
    QCOMPARE(call("GET", contacts).status, 200);
    if (token.size() > 8)
        QVERIFY(!m_server.log().contains(token.toUtf8()));
}

void TestAbuse::nestedAndOversizedBodiesAreRefused_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("answer");
    const auto nested = [](const char* open, const char* inner, const char* close, int depth) {
        return QByteArray(open).repeated(depth) + inner + QByteArray(close).repeated(depth);
    };
    const QByteArray phone = R"("userNumber":"+971509999999")";
    QTest::newRow("arrays 100,000 deep")
        << contacts << nested("[", "", "]", 100000) << 400 << errorBody("Invalid JSON body");
    QTest::newRow("params 2,000 deep")
        << contacts << "{" + phone + R"(,"params":)" + nested(R"({"a":)", "1", "}", 2000) + "}"
        << 400 << errorBody("Invalid JSON body");
    QTest::newRow("params 40 deep")
        << contacts << "{" + phone + R"(,"params":)" + nested(R"({"a":)", "1", "}", 40) + "}" << 400
        << errorBody("Invalid params");
    QByteArray manyKeys = "{" + phone + R"(,"params":{)";
    for (int i = 0; i < 50000; ++i)
        manyKeys += "\"k" + QByteArray::number(i) + "\":1,";
    manyKeys.chop(1);
    QTest::newRow("params with 50,000 keys")
        << contacts << manyKeys + "}}" << 400 << errorBody("Invalid params");
    QByteArray manyTags = "{" + phone + R"(,"tags":[)";
    for (int i = 0; i < 10000; ++i)
        manyTags += "\"t" + QByteArray::number(i) + "\",";
    manyTags.chop(1);
    QTest::newRow("10,000 tags") << contacts << manyTags + "]}" << 400 << errorBody("Invalid tags");
    QTest::newRow("a name of 100,000 characters")
        << contacts << "{" + phone + R"(,"userName":")" + QByteArray(100000, 'n') + "\"}" << 400
        << errorBody("Invalid name");
    QTest::newRow("a number of 10,000 digits")
        << contacts << R"({"userNumber":)" + QByteArray(10000, '9') + "}" << 400
        << errorBody("Invalid JSON body");
    QTest::newRow("a body over 4 MB")
        << contacts << "{" + phone + R"(,"userName":")" + QByteArray(5 << 20, 'n') + "\"}" << 413
        << errorBody("Request body too large");
    QTest::newRow("bulk items nested 500 deep")
        << contacts + "/bulk"
        << R"({"contacts":[)" + nested("[", "", "]", 500) + "]}" << 200
        << QByteArray(R"({"success":true,"data":{"imported":0,"skipped":1,"errors":[{"index":0,)"
                      R"("phone":null,"error":"Invalid contact"}],"contacts":[]}})");
}

void TestAbuse::nestedAndOversizedBodiesAreRefused()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, answer);
    const int before = call("GET", contacts).json()["data"]["total"].toInt(-1);
    const Reply reply = call("POST", path, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, answer);
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(-2), before);
}

void TestAbuse::injectionInEveryListParameter_data()
{
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("value");
    const QStringList parameters = {"page", "limit",  "sortBy",  "sortOrder", "search",
                                    "tags", "labels", "optedIn", "isBlocked", "updatedSince"};
    const QStringList values = {"' OR '1'='1", "\"; DROP TABLE contacts; --",
                                "*",           "%",
                                "_",           "NEAR(victim person)",
                                "victim OR a", "\\",
                                ")",           "vip' UNION SELECT name FROM contacts --"};
    for (const QString& parameter : parameters) {
        for (int i = 0; i < values.size(); ++i)
            QTest::addRow("%s %d", qPrintable(parameter), i) << parameter << values.at(i);
    }
}

void TestAbuse::injectionInEveryListParameter()
{
    QFETCH(QString, parameter);
    QFETCH(QString, value);
    const Reply reply =
        call("GET", contacts + u'?' + parameter + u'=' + QUrl::toPercentEncoding(value));
    QVERIFY2(reply.status == 200 || reply.status == 400, reply.body.constData());
    // Never a row of another organization, whatever the term matched.
    QVERIFY2(!reply.body.contains("Victim") && !reply.body.contains("971501234567"),
             reply.body.constData());
    QCOMPARE(victimsContact().status, 200);
}

void TestAbuse::injectionInBodiesIsStoredAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("quote") << "O'Brien'); DROP TABLE contacts; --";
    QTest::newRow("double quote") << "\"; DELETE FROM contacts; --";
    QTest::newRow("fts syntax") << "NEAR(a b) OR c* AND \"d\"";
    QTest::newRow("like wildcards") << "100% _sure_";
    QTest::newRow("backslashes") << "C:\\\\Users\\'x";
}

void TestAbuse::injectionInBodiesIsStoredAsText()
{
    QFETCH(QString, text);
    const QJsonObject body{{"userNumber", nextPhone()},
                           {"userName", text},
                           {"tags", QJsonArray{text}},
                           {"params", QJsonObject{{text, text}}}};
    const Reply created =
        call("POST", contacts, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(created.status, 201);
    const Reply read = call("GET", contacts + u'/' + created.json()["data"]["id"].toString());
    QCOMPARE(read.json()["data"]["name"].toString(), text);
    QCOMPARE(read.json()["data"]["tags"].toArray(), QJsonArray{text});
    QCOMPARE(read.json()["data"]["params"].toObject(), (QJsonObject{{text, text}}));
    // Found by its own text, as text.
    const Reply found =
        call("GET", contacts + "?search=" + QUrl::toPercentEncoding(text.left(200)));
    QCOMPARE(found.status, 200);
    QVERIFY2(found.json()["data"]["total"].toInt() >= 1, found.body.constData());
    QCOMPARE(victimsContact().status, 200);
}

QTEST_GUILESS_MAIN(TestAbuse)
#include "tst_abuse.moc"
