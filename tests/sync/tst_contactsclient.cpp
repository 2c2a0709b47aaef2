// ContactsClient against the real contacts-server binary, with FaultProxy between them where a
// fault must be forced: every call's answer and error shapes, the retries (dropped requests
// and answers, 500, 429 with Retry-After, timeouts), the request budget, cancel() from another
// thread, TLS failures; and the pieces on their own (URL normalisation, RequestBudget with an
// injected clock, RetryBackoff).

#include "ContactsClient.h"
#include "ContactsServerProcess.h"
#include "FaultProxy.h"
#include "RequestBudget.h"
#include "RetryBackoff.h"
#include "SyncTestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

using SyncTestSupport::phone;

ClientOptions quickOptions()
{
    return SyncTestSupport::quickOptions(4);
}

using Credentials = ContactsServerProcess::Credentials;
using Kind = ClientError::Kind;
using Fault = FaultProxy::Fault;

const QString contactsPath = QStringLiteral("/api/whatsapp/contacts");

QString describe(const ClientResult& result)
{
    if (result)
        return QStringLiteral("HTTP %1 %2")
            .arg(result->status)
            .arg(QString::fromUtf8(QJsonDocument(result->body).toJson(QJsonDocument::Compact)));
    return QStringLiteral("error %1 (HTTP %2): %3")
        .arg(int(result.error().kind))
        .arg(result.error().status)
        .arg(result.error().message);
}

QStringList g_messages; ///< what the client logged while capture() was installed
void capture(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_messages.append(message);
}

} // namespace

// `call` is evaluated once: a second evaluation would send the request again.
#define VERIFY_REPLY(call, expectedStatus)                                                         \
    do {                                                                                           \
        const ClientResult verified_ = (call);                                                     \
        QVERIFY2(verified_ && verified_->status == (expectedStatus),                               \
                 qPrintable(describe(verified_)));                                                 \
    } while (false)

class TestContactsClient : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void contactsUrlFrom_data();
    void contactsUrlFrom();
    void requestBudget_data();
    void requestBudget();
    void retryBackoff_data();
    void retryBackoff();
    void retryBackoffIsJittered();

    void eachCallAndItsAnswer();
    void errorShapes_data();
    void errorShapes();
    void headersAndQueryOnTheWire();
    void unauthorizedIsNotRetried();

    void droppedRequestIsRetried_data();
    void droppedRequestIsRetried();
    void droppedAnswerIsRetried();
    void droppedCreateAnswerComesBackAsDuplicate();
    void serverErrorsAreRetried();
    void retryAfterIsWaited();
    void attemptsRunOut_data();
    void attemptsRunOut();
    void connectionRefused();
    void slowAnswerTimesOut();
    void notTheApiIsBadResponse();
    void cutAnswerIsNetworkError();
    void connectionsClosedBetweenCalls();
    void randomFaultsAreSurvivedAndRepeatable();

    void budgetWaitsBeforeTheServerRefuses();
    void cancelFromAnotherThread_data();
    void cancelFromAnotherThread();
    void tlsFailureIsNeverIgnored_data();
    void tlsFailureIsNeverIgnored();

private:
    std::unique_ptr<ContactsClient> makeClient(ClientOptions options = quickOptions(),
                                               const QString& token = {});
    ServerEndpoint endpointAt(quint16 port) const;
    QString createOnServer(const QString& phoneNumber);
    int countOnServer(const QString& search);

    std::unique_ptr<ContactsServerProcess> m_server;
    Credentials m_org;
    std::unique_ptr<FaultProxy> m_proxy;
    int m_phone = 0; ///< makes each test's phones unique on the shared server
};

void TestContactsClient::initTestCase()
{
    m_server = std::make_unique<ContactsServerProcess>();
    const auto org = m_server->addToken(QStringLiteral("org-a"));
    QVERIFY(org);
    m_org = *org;
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
             qPrintable(m_server->errorString()));
}

void TestContactsClient::cleanupTestCase()
{
    m_proxy.reset();
    QCOMPARE(m_server->terminate(), 0);
}

void TestContactsClient::init()
{
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(m_server->port()));
}

void TestContactsClient::cleanup()
{
    m_proxy.reset();
}

ServerEndpoint TestContactsClient::endpointAt(quint16 port) const
{
    return ServerEndpoint{QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port) + contactsPath),
                          m_org.organization, m_org.token};
}

std::unique_ptr<ContactsClient> TestContactsClient::makeClient(ClientOptions options,
                                                               const QString& token)
{
    ServerEndpoint endpoint = endpointAt(m_proxy->port());
    if (!token.isEmpty())
        endpoint.token = token;
    return std::make_unique<ContactsClient>(endpoint, options);
}

QString TestContactsClient::createOnServer(const QString& phoneNumber)
{
    const auto reply =
        m_server->request("POST", contactsPath, &m_org,
                          QJsonDocument(QJsonObject{{"userNumber", phoneNumber}}).toJson());
    return reply.status == 201 ? reply.json()["data"]["id"].toString() : QString();
}

int TestContactsClient::countOnServer(const QString& search)
{
    QUrlQuery query{{"search", search}};
    const auto reply =
        m_server->request("GET", contactsPath + u'?' + query.toString(QUrl::FullyEncoded), &m_org);
    return reply.status == 200 ? reply.json()["data"]["total"].toInt() : -1;
}

void TestContactsClient::contactsUrlFrom_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected"); // empty: an error
    QTest::addColumn<QString>("errorPart");

    const QString api = QStringLiteral("http://h:8080/api/whatsapp/contacts");
    QTest::newRow("bare server") << "http://h:8080" << api << "";
    QTest::newRow("trailing slash") << "http://h:8080/" << api << "";
    QTest::newRow("full path") << "http://h:8080/api/whatsapp/contacts" << api << "";
    QTest::newRow("full path and slash") << "http://h:8080/api/whatsapp/contacts/" << api << "";
    QTest::newRow("spaces around") << "  http://h:8080  " << api << "";
    QTest::newRow("upper-case scheme") << "HTTP://h:8080" << api << "";
    QTest::newRow("https") << "https://contacts.example.com"
                           << "https://contacts.example.com/api/whatsapp/contacts"
                           << "";
    QTest::newRow("behind a path prefix") << "https://example.com/crm/"
                                          << "https://example.com/crm/api/whatsapp/contacts"
                                          << "";
    QTest::newRow("empty") << ""
                           << ""
                           << "empty";
    QTest::newRow("no scheme") << "h:8080"
                               << ""
                               << "http:// or https://";
    QTest::newRow("ftp") << "ftp://h/"
                         << ""
                         << "http:// or https://";
    QTest::newRow("no host") << "http:///api"
                             << ""
                             << "host";
    QTest::newRow("user info") << "http://me:secret@h/"
                               << ""
                               << "password";
    QTest::newRow("query") << "http://h/?org=1"
                           << ""
                           << "query";
}

void TestContactsClient::contactsUrlFrom()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QFETCH(QString, errorPart);
    const auto url = ServerEndpoint::contactsUrlFrom(input);
    if (expected.isEmpty()) {
        QVERIFY2(!url, qPrintable(url ? url->toString() : QString()));
        QVERIFY2(url.error().contains(errorPart), qPrintable(url.error()));
    } else {
        QVERIFY2(url, qPrintable(url ? QString() : url.error()));
        QCOMPARE(url->toString(), expected);
    }
}

void TestContactsClient::requestBudget_data()
{
    QTest::addColumn<int>("budget");
    QTest::addColumn<QList<int>>("sendTimes"); // ms on the injected clock
    QTest::addColumn<int>("now");
    QTest::addColumn<qint64>("expectedWait");

    const qint64 window = RequestBudget::windowMsecs + RequestBudget::latencyMarginMsecs;
    QTest::newRow("unlimited") << 0 << QList<int>(500, 0) << 0 << qint64(0);
    QTest::newRow("nothing sent") << 3 << QList<int>{} << 0 << qint64(0);
    QTest::newRow("room left") << 3 << QList<int>{0, 10} << 20 << qint64(0);
    QTest::newRow("full") << 3 << QList<int>{0, 10, 20} << 30 << window - 30;
    QTest::newRow("full, later") << 3 << QList<int>{0, 10, 20} << 40'000 << window - 40'000;
    QTest::newRow("oldest about to leave")
        << 3 << QList<int>{0, 10, 20} << int(window - 1) << qint64(1);
    QTest::newRow("oldest left") << 3 << QList<int>{0, 10, 20} << int(window) << qint64(0);
    QTest::newRow("window slides")
        << 2 << QList<int>{0, 30'000, 45'000} << 50'000 << 30'000 + window - 50'000;
    QTest::newRow("budget of one") << 1 << QList<int>{5'000} << 6'000 << 5'000 + window - 6'000;
}

void TestContactsClient::requestBudget()
{
    QFETCH(int, budget);
    QFETCH(QList<int>, sendTimes);
    QFETCH(int, now);
    QFETCH(qint64, expectedWait);

    qint64 clock = 0;
    RequestBudget requests(budget, [&clock] { return clock; });
    for (int time : sendTimes) {
        clock = time;
        requests.recordSend();
    }
    clock = now;
    QCOMPARE(requests.waitBeforeSend(), expectedWait);
    // Waiting what it says always makes room.
    clock += expectedWait;
    QCOMPARE(requests.waitBeforeSend(), qint64(0));
}

void TestContactsClient::retryBackoff_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("max");
    QTest::addColumn<QList<int>>("ceilings"); // for retries 1, 2, ...

    QTest::newRow("doubles") << 500 << 30'000 << QList<int>{500, 1000, 2000, 4000, 8000};
    QTest::newRow("capped") << 500 << 1500 << QList<int>{500, 1000, 1500, 1500};
    QTest::newRow("far retries stay capped")
        << 1000 << 30'000
        << QList<int>{1000,   2000,   4000,   8000,   16'000, 30'000, 30'000, 30'000, 30'000,
                      30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000,
                      30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000,
                      30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000, 30'000};
    QTest::newRow("zero base") << 0 << 1000 << QList<int>{0, 0, 0};
}

void TestContactsClient::retryBackoff()
{
    QFETCH(int, base);
    QFETCH(int, max);
    QFETCH(QList<int>, ceilings);
    RetryBackoff backoff(base, max, 42);
    for (int retry = 1; retry <= ceilings.size(); ++retry) {
        QCOMPARE(backoff.ceilingMs(retry), ceilings.at(retry - 1));
        for (int draw = 0; draw < 20; ++draw) {
            const int delay = backoff.delayMs(retry);
            QVERIFY2(delay >= 0 && delay <= ceilings.at(retry - 1),
                     qPrintable(QString::number(delay)));
        }
    }
}

void TestContactsClient::retryBackoffIsJittered()
{
    // Full jitter: the waits spread over the whole range, and a seed repeats them.
    RetryBackoff first(1000, 30'000, 7);
    RetryBackoff again(1000, 30'000, 7);
    QList<int> delays;
    for (int i = 0; i < 200; ++i) {
        delays.append(first.delayMs(3));
        QCOMPARE(again.delayMs(3), delays.last());
    }
    const auto [low, high] = std::minmax_element(delays.begin(), delays.end());
    QVERIFY2(*low < 1000 && *high > 3000,
             qPrintable(QStringLiteral("%1..%2").arg(*low).arg(*high)));
}

void TestContactsClient::eachCallAndItsAnswer()
{
    auto client = makeClient();
    const QString number = phone(++m_phone);

    const ClientResult created = client->create(
        QJsonObject{{"userNumber", number}, {"userName", "Amal"}, {"tags", QJsonArray{"lead"}}});
    VERIFY_REPLY(created, 201);
    QVERIFY(created->ok());
    const QString id = created->data()["id"].toString();
    QVERIFY(id.startsWith(QLatin1String("contact_")));
    QCOMPARE(created->data()["phone"].toString(), number);

    const ClientResult got = client->get(id);
    VERIFY_REPLY(got, 200);
    QCOMPARE(got->data()["name"].toString(), QStringLiteral("Amal"));
    QVERIFY(got->data().toObject().contains("params"));

    const ClientResult patched =
        client->patch(id, QJsonObject{{"name", "Amal Saeed"}, {"opted_in", true}});
    VERIFY_REPLY(patched, 200);
    QCOMPARE(patched->data()["name"].toString(), QStringLiteral("Amal Saeed"));
    QCOMPARE(patched->data()["opted_in"].toBool(), true);

    const ClientResult listed = client->list(QUrlQuery{{"search", number}, {"limit", "5"}});
    VERIFY_REPLY(listed, 200);
    QCOMPARE(listed->data()["total"].toInt(), 1);
    QCOMPARE(listed->data()["contacts"][0]["id"].toString(), id);

    const QString second = phone(++m_phone);
    const ClientResult bulk = client->bulk(
        QJsonArray{QJsonObject{{"userNumber", second}}, QJsonObject{{"userNumber", number}}});
    VERIFY_REPLY(bulk, 200);
    QCOMPARE(bulk->data()["imported"].toInt(), 1);
    QCOMPARE(bulk->data()["skipped"].toInt(), 1);
    QCOMPARE(bulk->data()["errors"][0]["error"].toString(),
             QStringLiteral("Contact already exists"));

    const ClientResult removed = client->remove(id);
    VERIFY_REPLY(removed, 200);
    QCOMPARE(removed->data()["deleted"].toBool(), true);
    const ClientResult gone = client->get(id);
    VERIFY_REPLY(gone, 404);
    QVERIFY(!gone->ok());
    QCOMPARE(gone->error(), QStringLiteral("Contact not found"));

    QCOMPARE(client->requestCount(), 7);
    QCOMPARE(m_proxy->requestsSeen(), 7);
    QCOMPARE(m_proxy->connectionsAccepted(), 1); // kept alive, and framed right by the proxy
}

void TestContactsClient::errorShapes_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("get unknown") << "get unknown" << 404 << "Contact not found";
    QTest::newRow("patch unknown") << "patch unknown" << 404 << "Contact not found";
    QTest::newRow("delete unknown") << "delete unknown" << 404 << "Contact not found";
    QTest::newRow("create duplicate")
        << "create duplicate" << 409 << "Contact with this phone number already exists";
    QTest::newRow("create without phone")
        << "create without phone" << 400 << "Phone number (userNumber) is required";
    QTest::newRow("create bad phone")
        << "create bad phone" << 400
        << "Invalid phone number (userNumber): expected E.164, e.g. +971501234567";
    QTest::newRow("patch nothing") << "patch nothing" << 400 << "No valid fields to update";
    QTest::newRow("patch bad email") << "patch bad email" << 400 << "Invalid email";
    QTest::newRow("bulk over 1000")
        << "bulk over 1000" << 413 << "Too many contacts in one request (max 1000)";
    QTest::newRow("list bad sortBy") << "list bad sortBy" << 400 << "Invalid sortBy";
}

void TestContactsClient::errorShapes()
{
    QFETCH(QString, call);
    QFETCH(int, status);
    QFETCH(QString, error);

    const QString existingPhone = phone(++m_phone);
    const QString existing = createOnServer(existingPhone);
    QVERIFY(!existing.isEmpty());
    const QString unknown = QStringLiteral("contact_00000000-0000-4000-8000-000000000000");
    auto client = makeClient();

    ClientResult result;
    if (call == "get unknown")
        result = client->get(unknown);
    else if (call == "patch unknown")
        result = client->patch(unknown, QJsonObject{{"name", "X"}});
    else if (call == "delete unknown")
        result = client->remove(unknown);
    else if (call == "create duplicate")
        result = client->create(QJsonObject{{"userNumber", existingPhone}});
    else if (call == "create without phone")
        result = client->create(QJsonObject{{"userName", "No Phone"}});
    else if (call == "create bad phone")
        result = client->create(QJsonObject{{"userNumber", "12"}});
    else if (call == "patch nothing")
        result = client->patch(existing, QJsonObject{{"unknownField", 1}});
    else if (call == "patch bad email")
        result = client->patch(existing, QJsonObject{{"email", "not an address"}});
    else if (call == "bulk over 1000")
        result = client->bulk(QJsonArray::fromStringList(QStringList(1001, existingPhone)));
    else if (call == "list bad sortBy")
        result = client->list(QUrlQuery{{"sortBy", "colour"}});
    else
        QFAIL("unknown call");

    VERIFY_REPLY(result, status);
    QVERIFY(!result->ok());
    QCOMPARE(result->body["success"].toBool(true), false);
    QCOMPARE(result->error(), error);
    // An answer the caller decides on is never retried.
    QCOMPARE(client->requestCount(), 1);
}

void TestContactsClient::headersAndQueryOnTheWire()
{
    auto client = makeClient();
    VERIFY_REPLY(client->list(QUrlQuery{{"search", "+1 415"}, {"limit", "1"}}), 200);
    VERIFY_REPLY(client->create(QJsonObject{{"userNumber", phone(++m_phone)}}), 201);

    const QByteArrayList heads = m_proxy->requestHeads();
    QCOMPARE(heads.size(), 2);
    for (const QByteArray& head : heads) {
        QVERIFY2(head.contains("\r\nx-org-id: " + m_org.organization.toUtf8() + "\r\n"), head);
        QVERIFY2(head.contains("\r\nAuthorization: Bearer " + m_org.token.toUtf8() + "\r\n"), head);
        QVERIFY2(head.contains("\r\nUser-Agent: contacts/" CONTACTS_VERSION "\r\n"), head);
    }
    // A bare `+` would reach the server as a space.
    QVERIFY2(heads[0].startsWith("GET /api/whatsapp/contacts?search=%2B1%20415&limit=1 HTTP/1.1"),
             heads[0]);
    QVERIFY2(heads[1].startsWith("POST /api/whatsapp/contacts HTTP/1.1"), heads[1]);
    QVERIFY2(heads[1].contains("\r\nContent-Type: application/json"), heads[1]);
}

void TestContactsClient::unauthorizedIsNotRetried()
{
    auto client = makeClient(quickOptions(), QStringLiteral("ct_not-a-token"));
    const ClientResult result = client->list({});
    QVERIFY(!result);
    QCOMPARE(result.error().kind, Kind::Unauthorized);
    QCOMPARE(result.error().status, 401);
    QVERIFY(!result.error().message.contains(QLatin1String("ct_not-a-token")));
    QCOMPARE(client->requestCount(), 1);
    QCOMPARE(m_proxy->requestsSeen(), 1);
}

void TestContactsClient::droppedRequestIsRetried_data()
{
    QTest::addColumn<int>("drops");
    QTest::addColumn<int>("minAttempts");
    // QNetworkAccessManager itself resends a request (once, here) when the connection closes
    // before any answer; more drops than that reach the client's own retries.
    QTest::newRow("once") << 1 << 1;
    QTest::newRow("three times") << 3 << 2;
}

void TestContactsClient::droppedRequestIsRetried()
{
    QFETCH(int, drops);
    QFETCH(int, minAttempts);
    const QString number = phone(++m_phone);
    auto client = makeClient();
    for (int i = 0; i < drops; ++i)
        m_proxy->enqueue(Fault::dropRequest());
    const ClientResult created = client->create(QJsonObject{{"userNumber", number}});
    VERIFY_REPLY(created, 201);
    QCOMPARE(m_proxy->appliedFaults().first(), FaultProxy::FaultKind::DropRequest);
    QCOMPARE(m_proxy->requestsSeen(), drops + 1);
    QCOMPARE(m_proxy->requestsForwarded(), 1);
    QVERIFY2(client->requestCount() >= minAttempts,
             qPrintable(QString::number(client->requestCount())));
    QCOMPARE(countOnServer(number), 1);
}

void TestContactsClient::droppedAnswerIsRetried()
{
    const QString id = createOnServer(phone(++m_phone));
    QVERIFY(!id.isEmpty());
    auto client = makeClient();
    m_proxy->enqueue(Fault::dropResponse());
    m_proxy->enqueue(Fault::dropResponse());
    const ClientResult patched = client->patch(id, QJsonObject{{"name", "Resent"}});
    VERIFY_REPLY(patched, 200);
    QCOMPARE(patched->data()["name"].toString(), QStringLiteral("Resent"));
    QCOMPARE(m_proxy->requestsSeen(), 3);
    QCOMPARE(m_proxy->requestsForwarded(), 3);
    VERIFY_REPLY(client->get(id), 200);
}

void TestContactsClient::droppedCreateAnswerComesBackAsDuplicate()
{
    // The first create reached the server; its resend is refused as a duplicate, which the
    // sync engine reads as "already created" and links. Never a second contact.
    const QString number = phone(++m_phone);
    auto client = makeClient();
    m_proxy->enqueue(Fault::dropResponse());
    const ClientResult created = client->create(QJsonObject{{"userNumber", number}});
    VERIFY_REPLY(created, 409);
    QCOMPARE(created->error(), QStringLiteral("Contact with this phone number already exists"));
    QCOMPARE(m_proxy->requestsForwarded(), 2);
    QCOMPARE(countOnServer(number), 1);
}

void TestContactsClient::serverErrorsAreRetried()
{
    const QString id = createOnServer(phone(++m_phone));
    QVERIFY(!id.isEmpty());
    auto client = makeClient();
    QSignalSpy waits(client.get(), &ContactsClient::waiting);
    m_proxy->enqueue(Fault::answer500());
    m_proxy->enqueue(Fault::answer500());

    QLoggingCategory::setFilterRules(QStringLiteral("contacts.sync.client.debug=true"));
    g_messages.clear();
    const QtMessageHandler previous = qInstallMessageHandler(capture);
    const ClientResult got = client->get(id);
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules({});

    VERIFY_REPLY(got, 200);
    QCOMPARE(client->requestCount(), 3);
    QCOMPARE(m_proxy->requestsSeen(), 3);
    QCOMPARE(m_proxy->requestsForwarded(), 1);
    // A backoff before each retry, within the options' cap (full jitter may draw 0: no wait).
    QVERIFY(waits.size() <= 2);
    for (const QList<QVariant>& wait : std::as_const(waits))
        QVERIFY(wait.first().toInt() <= quickOptions().backoffMaxMs);
    // The retries are logged, the token never.
    QCOMPARE(g_messages.size(), 2);
    for (const QString& message : std::as_const(g_messages))
        QVERIFY2(!message.contains(m_org.token), qPrintable(message));
}

void TestContactsClient::retryAfterIsWaited()
{
    const QString id = createOnServer(phone(++m_phone));
    QVERIFY(!id.isEmpty());
    auto client = makeClient();
    QSignalSpy waits(client.get(), &ContactsClient::waiting);
    m_proxy->enqueue(Fault::answer429(1));
    QElapsedTimer timer;
    timer.start();
    VERIFY_REPLY(client->get(id), 200);
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(client->requestCount(), 2);
    QCOMPARE(waits.size(), 1);
    QCOMPARE(waits.first().first().toInt(), 1000);
}

void TestContactsClient::attemptsRunOut_data()
{
    QTest::addColumn<int>("fault"); // FaultProxy::FaultKind
    QTest::addColumn<int>("kind");  // ClientError::Kind
    QTest::addColumn<int>("status");

    QTest::newRow("500") << int(FaultProxy::FaultKind::Answer500) << int(Kind::Server) << 500;
    QTest::newRow("429") << int(FaultProxy::FaultKind::Answer429) << int(Kind::RateLimited) << 429;
    QTest::newRow("dropped answers")
        << int(FaultProxy::FaultKind::DropResponse) << int(Kind::Network) << 0;
}

void TestContactsClient::attemptsRunOut()
{
    QFETCH(int, fault);
    QFETCH(int, kind);
    QFETCH(int, status);
    ClientOptions options = quickOptions();
    options.maxAttempts = 3;
    auto client = makeClient(options);
    // Retry-After 0 is read as "now": the backoff applies, the test stays quick.
    m_proxy->setRandomFaults(1.0, 1, {FaultProxy::FaultKind(fault)});
    m_proxy->enqueue(Fault{FaultProxy::FaultKind(fault), 0, 0});
    m_proxy->enqueue(Fault{FaultProxy::FaultKind(fault), 0, 0});
    m_proxy->enqueue(Fault{FaultProxy::FaultKind(fault), 0, 0});

    const ClientResult result = client->list({});
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(int(result.error().kind), kind);
    QCOMPARE(result.error().status, status);
    QVERIFY2(result.error().message.contains(QLatin1String("attempts: 3")),
             qPrintable(result.error().message));
    QCOMPARE(client->requestCount(), 3);
}

void TestContactsClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();

    ClientOptions options = quickOptions();
    options.maxAttempts = 2;
    ContactsClient client(endpointAt(port), options);
    const ClientResult result = client.list({});
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(result.error().kind, Kind::Network);
    QVERIFY2(result.error().message.contains(QLatin1String("127.0.0.1")),
             qPrintable(result.error().message));
    QCOMPARE(client.requestCount(), 2);
}

void TestContactsClient::slowAnswerTimesOut()
{
    ClientOptions options = quickOptions();
    options.timeoutMs = 300;
    options.maxAttempts = 2;
    auto client = makeClient(options);

    // Slower than the timeout twice: a Timeout after both attempts.
    m_proxy->enqueue(Fault::delay(1500));
    m_proxy->enqueue(Fault::delay(1500));
    QElapsedTimer timer;
    timer.start();
    const ClientResult result = client->list({});
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(result.error().kind, Kind::Timeout);
    QCOMPARE(client->requestCount(), 2);
    QVERIFY2(timer.elapsed() < 1500, qPrintable(QString::number(timer.elapsed())));

    // Slow but within it: answered.
    m_proxy->enqueue(Fault::delay(100));
    VERIFY_REPLY(client->list({}), 200);
}

void TestContactsClient::notTheApiIsBadResponse()
{
    auto client = makeClient();
    m_proxy->enqueue(Fault::answerHtml());
    const ClientResult result = client->list({});
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(result.error().kind, Kind::BadResponse);
    QCOMPARE(result.error().status, 200);
    QCOMPARE(client->requestCount(), 1); // a 200 is not retried
}

void TestContactsClient::cutAnswerIsNetworkError()
{
    // A server that closes the connection 20 bytes into a 100-byte body: retried as a network
    // failure, never read as the server's (bad or good) answer.
    QTcpServer server;
    connect(&server, &QTcpServer::newConnection, this, [&server] {
        while (QTcpSocket* socket = server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                              "Content-Length: 100\r\n\r\n{\"success\":true,\"data\":{");
                socket->disconnectFromHost();
            });
        }
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ClientOptions options = quickOptions();
    options.maxAttempts = 2;
    ContactsClient client(endpointAt(server.serverPort()), options);
    const ClientResult result = client.list({});
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(result.error().kind, Kind::Network);
    QCOMPARE(client.requestCount(), 2);
}

void TestContactsClient::connectionsClosedBetweenCalls()
{
    // An outage between two calls: the kept-alive connection is gone, the next call opens one.
    auto client = makeClient();
    VERIFY_REPLY(client->list({}), 200);
    m_proxy->closeConnections();
    QTest::qWait(50);
    VERIFY_REPLY(client->list({}), 200);
    QCOMPARE(m_proxy->requestsForwarded(), 2);
}

void TestContactsClient::randomFaultsAreSurvivedAndRepeatable()
{
    // The sync tests' mode: faults at random from a seed. Reads survive every fault the client
    // retries, and one seed gives the same faults for the same requests.
    const QString id = createOnServer(phone(++m_phone));
    QVERIFY(!id.isEmpty());
    const QList<FaultProxy::FaultKind> kinds = {
        FaultProxy::FaultKind::DropRequest, FaultProxy::FaultKind::DropResponse,
        FaultProxy::FaultKind::Delay, FaultProxy::FaultKind::Answer500};
    QList<FaultProxy::FaultKind> firstRun;
    for (int run = 0; run < 2; ++run) {
        FaultProxy proxy;
        QVERIFY(proxy.listen(m_server->port()));
        proxy.setRandomFaults(0.4, 2026, kinds);
        ClientOptions options = quickOptions();
        options.maxAttempts = 10;
        ContactsClient client(endpointAt(proxy.port()), options);
        for (int i = 0; i < 20; ++i)
            VERIFY_REPLY(client.get(id), 200);
        const QList<FaultProxy::FaultKind> applied = proxy.appliedFaults();
        QCOMPARE(applied.size(), proxy.requestsSeen());
        QVERIFY2(applied.count(FaultProxy::FaultKind::None) < applied.size() - 5,
                 qPrintable(QString::number(applied.count(FaultProxy::FaultKind::None))));
        if (run == 0)
            firstRun = applied;
        else
            QCOMPARE(applied, firstRun);
    }
}

void TestContactsClient::budgetWaitsBeforeTheServerRefuses()
{
    // A server that allows 3 requests a minute, a client with the same budget: the 4th call
    // waits (about a minute, so the test cancels the wait) instead of meeting a 429.
    ContactsServerProcess limited;
    const auto org = limited.addToken(QStringLiteral("org-limited"));
    QVERIFY(org);
    QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("3")}),
             qPrintable(limited.errorString()));
    ClientOptions options = quickOptions();
    options.requestsPerMinute = 3;
    ContactsClient client(
        ServerEndpoint{
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(limited.port()) + contactsPath),
            org->organization, org->token},
        options);
    for (int i = 0; i < 3; ++i)
        VERIFY_REPLY(client.list({}), 200);

    QList<int> waits;
    connect(&client, &ContactsClient::waiting, this, [&](int milliseconds, const QString&) {
        waits.append(milliseconds);
        client.cancel();
    });
    const ClientResult fourth = client.list({});
    QVERIFY(!fourth);
    QCOMPARE(fourth.error().kind, Kind::Cancelled);
    QCOMPARE(client.requestCount(), 3);
    QCOMPARE(waits.size(), 1);
    QVERIFY2(waits.first() > 55'000 && waits.first() <= 61'000,
             qPrintable(QString::number(waits.first())));
    // Cancelled for good: later calls send nothing.
    QCOMPARE(client.list({}).error().kind, Kind::Cancelled);
    QCOMPARE(client.requestCount(), 3);
    QCOMPARE(limited.terminate(), 0);
}

void TestContactsClient::cancelFromAnotherThread_data()
{
    QTest::addColumn<int>("faultKind");
    QTest::addColumn<int>("faultValue");
    QTest::newRow("during a Retry-After wait") << int(FaultProxy::FaultKind::Answer429) << 60;
    QTest::newRow("during a slow answer") << int(FaultProxy::FaultKind::Delay) << 60'000;
    QTest::newRow("during a backoff") << int(FaultProxy::FaultKind::Answer500) << 0;
}

void TestContactsClient::cancelFromAnotherThread()
{
    QFETCH(int, faultKind);
    QFETCH(int, faultValue);
    ClientOptions options = quickOptions();
    options.timeoutMs = 120'000;
    options.backoffBaseMs = 60'000;
    options.backoffMaxMs = 60'000;
    auto client = makeClient(options);
    m_proxy->setRandomFaults(1.0, 1, {FaultProxy::FaultKind(faultKind)});
    m_proxy->enqueue(Fault{FaultProxy::FaultKind(faultKind), faultValue, faultValue});

    ContactsClient* target = client.get();
    std::unique_ptr<QThread> canceller(QThread::create([target] {
        QThread::msleep(300);
        target->cancel();
    }));
    QElapsedTimer timer;
    timer.start();
    canceller->start();
    const ClientResult result = client->list({});
    QVERIFY(canceller->wait(5000));
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(result.error().kind, Kind::Cancelled);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(client->isCancelled());
}

void TestContactsClient::tlsFailureIsNeverIgnored_data()
{
    QTest::addColumn<bool>("selfSigned");
    QTest::newRow("self-signed certificate") << true;
    QTest::newRow("plain HTTP on the port") << false;
}

void TestContactsClient::tlsFailureIsNeverIgnored()
{
    QFETCH(bool, selfSigned);
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    // A server the client must not trust (a self-signed certificate, as a misconfigured server
    // or an interception proxy shows), or one that speaks plain HTTP: an error, never retried,
    // nothing falls back to http.
    QSslServer tlsServer;
    QTcpServer plainServer;
    QTcpServer* server = &plainServer;
    if (selfSigned) {
        QFile certificate(QStringLiteral(CONTACTS_TEST_DATA "/selfsigned-test.crt"));
        QFile key(QStringLiteral(CONTACTS_TEST_DATA "/selfsigned-test.key"));
        QVERIFY(certificate.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
        configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Ec, QSsl::Pem));
        QVERIFY(!configuration.localCertificate().isNull() && !configuration.privateKey().isNull());
        tlsServer.setSslConfiguration(configuration);
        server = &tlsServer;
    } else {
        connect(&plainServer, &QTcpServer::newConnection, this, [&plainServer] {
            while (QTcpSocket* socket = plainServer.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                                  "Connection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QVERIFY(server->listen(QHostAddress::LocalHost));

    ServerEndpoint endpoint{
        QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server->serverPort()) + contactsPath),
        m_org.organization, m_org.token};
    ClientOptions options = quickOptions();
    options.timeoutMs = 5000;
    ContactsClient client(endpoint, options);
    const ClientResult result = client.list({});
    QVERIFY2(!result, qPrintable(describe(result)));
    QCOMPARE(result.error().kind, Kind::Tls);
    QCOMPARE(client.requestCount(), 1);
    if (selfSigned)
        QVERIFY2(result.error().message.contains(QLatin1String("self-signed")),
                 qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestContactsClient)
#include "tst_contactsclient.moc"
