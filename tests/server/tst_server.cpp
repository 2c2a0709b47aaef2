// contacts-server end to end: the real binary on a free loopback port, driven over HTTP with
// QNetworkAccessManager. Every endpoint's example and errors with the exact shapes, statuses
// and messages of contacts-api.md; authentication, organization isolation, the order in which
// errors win, body limits, concurrency and a graceful stop.

#include "ApiBodies.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "ContactsServerProcess.h"
#include "DatabaseLocation.h"
#include "TestBackend.h"
#include "Timestamps.h"
#include "VerifyOk.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/resource.h>

namespace {

using Reply = ContactsServerProcess::Reply;
using Credentials = ContactsServerProcess::Credentials;

const QString contacts = QStringLiteral("/api/whatsapp/contacts");
const QString unknownId = QStringLiteral("contact_00000000-0000-4000-8000-000000000000");

const QByteArray referenceCreateBody = R"({
  "userNumber": "+971501234567",
  "userName": "Ahmed Hassan",
  "email": "ahmed@example.com",
  "countryCode": "AE",
  "tags": ["lead", "website"],
  "params": {"source_page": "/pricing", "utm_campaign": "spring_2026"}
})";

const QByteArray referencePatchBody = R"({
  "name": "Ahmed Hassan Al-Maktoum",
  "email": "ahmed.new@example.com",
  "tags": ["vip", "returning-customer", "high-value"],
  "params": {"shopify_customer_id": "cust_789012", "loyalty_tier": "platinum"},
  "opted_in": true
})";

const QByteArray referenceBulkBody = R"({"contacts": [
    {"userNumber": "+971501111111", "userName": "Contact One", "tags": ["imported"]},
    {"userNumber": "+971502222222", "userName": "Contact Two", "tags": ["imported"]},
    {"userNumber": "+971503333333", "userName": "Contact Three", "email": "three@example.com"}
]})";

// The keys of each shape in the order the reference writes them.
const QStringList createdKeys = {
    "id",     "vendorContactId", "name",    "phone",     "email",     "countryCode", "tags",
    "params", "source",          "optedIn", "isBlocked", "createdAt", "updatedAt"};
const QStringList listItemKeys = {"id",          "name",      "phone",         "email",
                                  "countryCode", "tags",      "labels",        "source",
                                  "optedIn",     "isBlocked", "lastMessageAt", "conversationCount",
                                  "createdAt",   "updatedAt"};
const QStringList patchedKeys = {"id",   "name",   "phone",      "email",    "country_code",
                                 "tags", "params", "is_blocked", "opted_in", "updated_at"};

// The keys of the object that starts at `"data":{` in the body, in the order written.
QStringList orderedDataKeys(const QByteArray& body)
{
    QStringList keys;
    const qsizetype start = body.indexOf("\"data\":{");
    if (start < 0)
        return keys;
    int depth = 0;
    bool inString = false;
    QByteArray current;
    bool expectKey = true;
    for (qsizetype i = start + 7; i < body.size(); ++i) {
        const char c = body.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
                continue;
            }
            if (c == '"') {
                inString = false;
                if (depth == 1 && expectKey)
                    keys.append(QString::fromUtf8(current));
            } else {
                current += c;
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            current.clear();
        } else if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{';
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        } else if (c == ':' && depth == 1) {
            expectKey = false;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

QByteArray errorBody(const QString& message)
{
    return R"({"success":false,"error":")" + message.toUtf8() + "\"}";
}

// The samples of a Prometheus text exposition (format 0.0.4) by `name{labels}` (or `name`);
// nothing, and `error` says which line, when a line is neither a sample, nor a `# HELP` or
// `# TYPE` line, nor blank, or a sample comes before its family's TYPE.
std::optional<QHash<QString, double>> metricSamples(const QByteArray& text, QString* error)
{
    static const QRegularExpression sample(
        QStringLiteral(R"(^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|)"
                       R"(\\.)*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*")*\})? (\S+)$)"));
    static const QRegularExpression comment(
        QStringLiteral(R"(^# (?:HELP [a-zA-Z_:][a-zA-Z0-9_:]* .+|TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) )"
                       R"((?:counter|gauge|histogram|summary|untyped))$)"));
    static const QRegularExpression histogramSuffix(QStringLiteral("_(bucket|sum|count)$"));
    QHash<QString, double> samples;
    QSet<QString> typed;
    for (const QString& line : QString::fromUtf8(text).split(u'\n')) {
        if (line.isEmpty())
            continue;
        if (line.startsWith(u'#')) {
            const auto match = comment.match(line);
            if (!match.hasMatch()) {
                *error = QStringLiteral("not a HELP or TYPE line: ") + line;
                return std::nullopt;
            }
            if (!match.captured(1).isEmpty())
                typed.insert(match.captured(1));
            continue;
        }
        const auto match = sample.match(line);
        bool ok = false;
        const QString value = match.captured(3);
        const double number = value == u"+Inf"   ? qInf()
                              : value == u"-Inf" ? -qInf()
                                                 : value.toDouble(&ok);
        if (!match.hasMatch() || (!ok && !qIsInf(number))) {
            *error = QStringLiteral("not a sample: ") + line;
            return std::nullopt;
        }
        const QString name = match.captured(1);
        if (!typed.contains(name) && !typed.contains(QString(name).remove(histogramSuffix))) {
            *error = QStringLiteral("no TYPE before: ") + line;
            return std::nullopt;
        }
        samples.insert(name + match.captured(2), number);
    }
    return samples;
}

} // namespace

using ApiBodies::bulkOf;

class TestServer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void createExample();
    void createErrors_data();
    void createErrors();
    void getExample();
    void listExample();
    void listQueryErrors_data();
    void listQueryErrors();
    void listSearchReadsPlusAsSpace();
    void listSyncExtensions();
    void patchExample();
    void patchErrors_data();
    void patchErrors();
    void deleteExample();
    void deleteNamesTheContactMergedInto();
    void deleteMergedIntoNoOtherContact_data();
    void deleteMergedIntoNoOtherContact();
    void historyExtension();
    void healthProbes_data();
    void healthProbes();
    void metricsExposition();
    void metricsCountRequests_data();
    void metricsCountRequests();
    void metricsNameNoIdOrOrganization();
    void metricsOpenConnections();
    void metricsOnTheirOwnAddress();
    void bulkExample();
    void bulkCsvBody();
    void bulkOverThousandItems();
    void bulkThousandItems();
    void unauthorized_data();
    void unauthorized();
    void revokedTokenIsRejected();
    void organizationsAreIsolated();
    void routeErrors_data();
    void routeErrors();
    void oversizeBody();
    void hugeBodyIsNotBuffered();
    void errorOrder();
    void internalErrorLeaksNothing();
    void fullDiskLeaksNothing();
    void databaseOutageIsUnavailableThenRecovers();
    void requestLogHasNoSecrets();
    void requestLogAsJson();
    void concurrentCreatesOfOnePhone();
    void readsAreServedDuringBulk();
    void writeAheadLogIsEmptiedWhenIdle();

    void rateLimit();
    void sigtermDuringBulk();
    void startUpPrunesTheJournal();
    void tokenCommands();
    void migrateCommand();
    // --without-extensions: the hosted service's surface, which sync must work against.
    void withoutExtensionsListIgnoresThem_data();
    void withoutExtensionsListIgnoresThem();
    void withoutExtensionsRefuses_data();
    void withoutExtensionsRefuses();
    void withoutExtensionsIgnoresLabels();

private:
    Reply call(const QByteArray& method, const QString& path, const QByteArray& body = {},
               const Credentials* credentials = nullptr)
    {
        return m_server->request(method, path, credentials ? credentials : &m_org, body);
    }
    QString createContact(const QString& phone, const Credentials* credentials = nullptr);
    /// GET /metrics on `server` (the shared one when null), parsed; empty on failure.
    QHash<QString, double> scrape(ContactsServerProcess* server = nullptr, quint16 port = 0);

    std::unique_ptr<ContactsServerProcess> m_server;
    Credentials m_org;
    Credentials m_otherOrg;
    int m_phone = 0; ///< makes each test's phones unique on the shared server

    /// The same contacts on `server`: A tagged vip and lead (labelled x where labels are
    /// served), B opted in and blocked, C plain, D deleted where DELETE is served. A's id.
    QString seedExtensionCases(ContactsServerProcess& server, const Credentials& org);
    /// A second server started with --without-extensions on first use, seeded once (it
    /// cannot delete, so its tests add contacts with phones of their own).
    bool startWithoutExtensions();
    std::unique_ptr<ContactsServerProcess> m_hosted;
    Credentials m_hostedOrg;
    QString m_hostedA;
};

void TestServer::writeAheadLogIsEmptiedWhenIdle()
{
    // Requests never checkpoint (auto-checkpoint is off on their connections): the server's
    // checkpointer copies the log back after writes and truncates it once they stop.
    if (TestBackend::isPostgres())
        QSKIP("SQLite's write-ahead log; PostgreSQL checkpoints its own");
    QVERIFY(!createContact(QStringLiteral("+14155550731")).isEmpty());
    const QFileInfo wal(m_server->databasePath() + QStringLiteral("-wal"));
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(wal.filePath()).size(), 0, 10000);
    const Reply page = call("GET", contacts + "?search=5550731");
    QCOMPARE(page.status, 200);
    QCOMPARE(page.json()["data"]["total"].toInt(), 1);
}

void TestServer::initTestCase()
{
    m_server = std::make_unique<ContactsServerProcess>();
    const auto org = m_server->addToken(QStringLiteral("org-a"));
    const auto other = m_server->addToken(QStringLiteral("org-b"));
    QVERIFY(org && other);
    QVERIFY(org->token.startsWith(QLatin1String("ct_")));
    m_org = *org;
    m_otherOrg = *other;
    QVERIFY2(m_server->start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                              QStringLiteral("--max-body-bytes"), QStringLiteral("200000")}),
             qPrintable(m_server->errorString()));
}

void TestServer::cleanupTestCase()
{
    QCOMPARE(m_server->terminate(), 0);
}

void TestServer::init()
{
    // Each test starts from an empty organization on the shared server.
    for (const Credentials* credentials : {&m_org, &m_otherOrg}) {
        for (;;) {
            const Reply page = call("GET", contacts + "?limit=100", {}, credentials);
            QCOMPARE(page.status, 200);
            const QJsonArray items = page.json()["data"]["contacts"].toArray();
            if (items.isEmpty())
                break;
            for (const QJsonValue& item : items)
                QCOMPARE(
                    call("DELETE", contacts + u'/' + item["id"].toString(), {}, credentials).status,
                    200);
        }
    }
}

QString TestServer::createContact(const QString& phone, const Credentials* credentials)
{
    const Reply created = call(
        "POST", contacts, QJsonDocument(QJsonObject{{"userNumber", phone}}).toJson(), credentials);
    if (created.status != 201)
        return {};
    return created.json()["data"]["id"].toString();
}

void TestServer::createExample()
{
    const Reply reply = call("POST", contacts, referenceCreateBody);
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.header("Content-Type"), QByteArray("application/json; charset=utf-8"));
    QVERIFY(reply.body.startsWith(R"({"success":true,"data":{"id":"contact_)"));
    QCOMPARE(orderedDataKeys(reply.body), createdKeys);
    const QJsonObject data = reply.json()["data"].toObject();
    QCOMPARE(data["phone"].toString(), QStringLiteral("+971501234567"));
    QCOMPARE(data["name"].toString(), QStringLiteral("Ahmed Hassan"));
    QCOMPARE(data["source"].toString(), QStringLiteral("api"));
    QCOMPARE(data["tags"].toArray(), QJsonArray({"lead", "website"}));
    QCOMPARE(data["params"]["utm_campaign"].toString(), QStringLiteral("spring_2026"));
    QCOMPARE(data["optedIn"].toBool(true), false);

    const Reply duplicate = call("POST", contacts, R"({"userNumber":"00971 50 123 4567"})");
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.body, errorBody("Contact with this phone number already exists"));
}

void TestServer::createErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("no phone") << QByteArray(R"({"userName":"X"})") << 400
                              << "Phone number (userNumber) is required";
    QTest::newRow("bad phone") << QByteArray(R"({"userNumber":"12"})") << 400
                               << "Invalid phone number (userNumber): expected E.164, e.g. "
                                  "+971501234567";
    QTest::newRow("bad email") << QByteArray(R"({"userNumber":"+14155557890","email":"a b"})")
                               << 400 << "Invalid email";
    QTest::newRow("malformed JSON")
        << QByteArray(R"({"userNumber":)") << 400 << "Invalid JSON body";
    QTest::newRow("JSON array") << QByteArray(R"([{"userNumber":"+14155557890"}])") << 400
                                << "Invalid JSON body";
    QTest::newRow("empty body") << QByteArray() << 400 << "Invalid JSON body";
}

void TestServer::createErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Reply reply = call("POST", contacts, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, errorBody(message));
}

void TestServer::getExample()
{
    const Reply created = call("POST", contacts, referenceCreateBody);
    QCOMPARE(created.status, 201);
    const QJsonObject data = created.json()["data"].toObject();
    const QString id = data["id"].toString();
    const QString vendorId = data["vendorContactId"].toString();

    for (const QString& key : {id, id.mid(8).toUpper(), vendorId}) {
        const Reply reply = call("GET", contacts + u'/' + key);
        QCOMPARE(reply.status, 200);
        QStringList expected = listItemKeys;
        expected.insert(1, QStringLiteral("vendorContactId"));
        expected.insert(expected.indexOf(QStringLiteral("labels")) + 1, QStringLiteral("params"));
        QCOMPARE(orderedDataKeys(reply.body), expected);
        QCOMPARE(reply.json()["data"]["id"].toString(), id);
        QCOMPARE(reply.json()["data"]["params"]["source_page"].toString(),
                 QStringLiteral("/pricing"));
    }
    const Reply missing = call("GET", contacts + u'/' + unknownId);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.body, errorBody("Contact not found"));
    QCOMPARE(call("GET", contacts + QStringLiteral("/not-an-id")).status, 404);
}

void TestServer::listExample()
{
    QCOMPARE(call("POST", contacts + "/bulk", referenceBulkBody).status, 200);
    const Reply reply = call("GET", contacts + "?page=1&limit=2&sortBy=name&sortOrder=asc");
    QCOMPARE(reply.status, 200);
    QCOMPARE(orderedDataKeys(reply.body),
             QStringList({"contacts", "total", "page", "limit", "hasNext"}));
    const QJsonObject data = reply.json()["data"].toObject();
    QCOMPARE(data["total"].toInt(), 3);
    QCOMPARE(data["page"].toInt(), 1);
    QCOMPARE(data["limit"].toInt(), 2);
    QCOMPARE(data["hasNext"].toBool(), true);
    const QJsonArray items = data["contacts"].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)["name"].toString(), QStringLiteral("Contact One"));
    QCOMPARE(items.at(1)["name"].toString(), QStringLiteral("Contact Three"));
    QCOMPARE(items.at(0).toObject().keys().size(), listItemKeys.size());

    const Reply last = call("GET", contacts + "?page=2&limit=2&sortBy=name&sortOrder=asc");
    QCOMPARE(last.json()["data"]["contacts"].toArray().size(), 1);
    QCOMPARE(last.json()["data"]["hasNext"].toBool(), false);
    const Reply clamped = call("GET", contacts + "?limit=500");
    QCOMPARE(clamped.json()["data"]["limit"].toInt(), 100);
}

void TestServer::listQueryErrors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");
    QTest::newRow("page 0") << "page=0"
                            << "Invalid page";
    QTest::newRow("page text") << "page=two"
                               << "Invalid page";
    QTest::newRow("limit") << "limit=-1"
                           << "Invalid limit";
    QTest::newRow("sortBy") << "sortBy=phone"
                            << "Invalid sortBy";
    QTest::newRow("sortOrder") << "sortOrder=up"
                               << "Invalid sortOrder";
    QTest::newRow("updatedSince") << "updatedSince=yesterday"
                                  << "Invalid updatedSince";
}

void TestServer::listQueryErrors()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const Reply reply = call("GET", contacts + u'?' + query);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, errorBody(message));
}

void TestServer::listSearchReadsPlusAsSpace()
{
    QCOMPARE(call("POST", contacts + "/bulk", referenceBulkBody).status, 200);
    for (const QString& query :
         {QStringLiteral("search=contact+three"), QStringLiteral("search=contact%20three"),
          QStringLiteral("search=%2B971503")}) {
        const Reply reply = call("GET", contacts + u'?' + query);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()["data"]["total"].toInt(), 1);
        QCOMPARE(reply.json()["data"]["contacts"][0]["name"].toString(),
                 QStringLiteral("Contact Three"));
    }
}

void TestServer::listSyncExtensions()
{
    const QString kept = createContact(QStringLiteral("+14155557890"));
    const QString gone = createContact(QStringLiteral("+971501234567"));
    QCOMPARE(call("DELETE", contacts + u'/' + gone).status, 200);
    // Earlier tests left tombstones: list from this test's first contact on.
    const QByteArray since = QUrl::toPercentEncoding(
        call("GET", contacts + u'/' + kept).json()["data"]["createdAt"].toString());
    const Reply reply = call("GET", contacts +
                                        "?includeDeleted=true&view=full&sortBy=updated_at"
                                        "&sortOrder=asc&updatedSince=" +
                                        QString::fromLatin1(since));
    QCOMPARE(reply.status, 200);
    const QJsonArray items = reply.json()["data"]["contacts"].toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0)["id"].toString(), kept);
    QVERIFY(items.at(0).toObject().contains("params"));
    QVERIFY(items.at(0).toObject().contains("vendorContactId"));
    QCOMPARE(items.at(1).toObject().keys(), QStringList({"deleted", "id", "phone", "updatedAt"}));
    QCOMPARE(items.at(1)["id"].toString(), gone);
    QCOMPARE(items.at(1)["deleted"].toBool(), true);
    QCOMPARE(call("GET", contacts + "?view=wide").body, errorBody("Invalid view"));
}

void TestServer::patchExample()
{
    const Reply created = call("POST", contacts, referenceCreateBody);
    const QString id = created.json()["data"]["id"].toString();
    const Reply reply = call("PATCH", contacts + u'/' + id, referencePatchBody);
    QCOMPARE(reply.status, 200);
    QCOMPARE(orderedDataKeys(reply.body), patchedKeys);
    const QJsonObject data = reply.json()["data"].toObject();
    QCOMPARE(data["name"].toString(), QStringLiteral("Ahmed Hassan Al-Maktoum"));
    QCOMPARE(data["opted_in"].toBool(), true);
    QCOMPARE(data["tags"].toArray().size(), 3);
    QCOMPARE(call("GET", contacts + u'/' + id).json()["data"]["optedIn"].toBool(), true);
}

void TestServer::patchErrors_data()
{
    QTest::addColumn<bool>("known");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown id") << false << QByteArray(R"({"name":"X"})") << 404
                                << "Contact not found";
    QTest::newRow("no valid fields")
        << true << QByteArray(R"({"phone":"+1"})") << 400 << "No valid fields to update";
    QTest::newRow("bad opted_in") << true << QByteArray(R"({"opted_in":"yes"})") << 400
                                  << "Invalid opted_in";
    QTest::newRow("malformed JSON") << true << QByteArray("{") << 400 << "Invalid JSON body";
    QTest::newRow("JSON array") << true << QByteArray("[]") << 400 << "Invalid JSON body";
    QTest::newRow("bad JSON beats unknown id")
        << false << QByteArray("nope") << 400 << "Invalid JSON body";
}

void TestServer::patchErrors()
{
    QFETCH(bool, known);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString id = known ? createContact(QStringLiteral("+14155557890")) : unknownId;
    QVERIFY(!id.isEmpty());
    const Reply reply = call("PATCH", contacts + u'/' + id, body);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, errorBody(message));
}

void TestServer::deleteExample()
{
    const QString id = createContact(QStringLiteral("+14155557890"));
    const Reply reply = call("DELETE", contacts + u'/' + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body,
             R"({"success":true,"data":{"id":")" + id.toUtf8() + R"(","deleted":true}})");
    QCOMPARE(call("GET", contacts + u'/' + id).status, 404);
    const Reply again = call("DELETE", contacts + u'/' + id);
    QCOMPARE(again.status, 404);
    QCOMPARE(again.body, errorBody("Contact not found"));
    // Deleting frees the phone.
    QVERIFY(!createContact(QStringLiteral("+14155557890")).isEmpty());
}

void TestServer::deleteNamesTheContactMergedInto()
{
    const QString kept = createContact(QStringLiteral("+14155557890"));
    const QString merged = createContact(QStringLiteral("+971501234567"));
    const Reply reply = call("DELETE", contacts + u'/' + merged + "?mergedInto=" + kept);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()["data"].toObject(),
             (QJsonObject{{"id", merged}, {"deleted", true}, {"mergedInto", kept}}));
    // The deleted feed tells a sync partner which contact the merged one is now.
    const QByteArray since = QUrl::toPercentEncoding(
        call("GET", contacts + u'/' + kept).json()["data"]["createdAt"].toString());
    const QJsonArray items =
        call("GET", contacts +
                        "?includeDeleted=true&sortBy=updated_at&sortOrder=asc&updatedSince=" +
                        QString::fromLatin1(since))
            .json()["data"]["contacts"]
            .toArray();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(1)["id"].toString(), merged);
    QCOMPARE(items.at(1)["mergedInto"].toString(), kept);
}

void TestServer::deleteMergedIntoNoOtherContact_data()
{
    QTest::addColumn<QString>("mergedInto");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << ""
                           << "Invalid mergedInto";
    QTest::newRow("unknown") << unknownId << "Invalid mergedInto";
    QTest::newRow("itself") << "itself"
                            << "Cannot merge a contact with itself";
}

void TestServer::deleteMergedIntoNoOtherContact()
{
    QFETCH(QString, mergedInto);
    QFETCH(QString, message);
    const QString id = createContact(QStringLiteral("+14155557890"));
    if (mergedInto == QLatin1String("itself"))
        mergedInto = id;
    const Reply reply = call("DELETE", contacts + u'/' + id + "?mergedInto=" + mergedInto);
    QCOMPARE(reply.status, 400);
    QCOMPARE(reply.body, errorBody(message));
    QCOMPARE(call("GET", contacts + u'/' + id).status, 200); // nothing deleted
}

void TestServer::healthProbes_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    const QByteArray ok = R"({"status":"ok"})";
    const QByteArray ready = R"({"status":"ready"})";
    QTest::addRow("healthz") << QByteArray("GET") << "/healthz" << false << 200 << ok;
    QTest::addRow("readyz") << QByteArray("GET") << "/readyz" << false << 200 << ready;
    // A token changes nothing: probes are outside the API.
    QTest::addRow("healthz with a token") << QByteArray("GET") << "/healthz" << true << 200 << ok;
    QTest::addRow("POST healthz") << QByteArray("POST") << "/healthz" << false << 405
                                  << errorBody("Method not allowed");
    QTest::addRow("DELETE readyz")
        << QByteArray("DELETE") << "/readyz" << false << 405 << errorBody("Method not allowed");
    // Only these two paths: not under the API's prefix, and no other spelling.
    QTest::addRow("under the prefix") << QByteArray("GET") << "/api/whatsapp/healthz" << false
                                      << 401 << errorBody("Unauthorized");
    QTest::addRow("trailing slash")
        << QByteArray("GET") << "/healthz/" << false << 401 << errorBody("Unauthorized");
    // /metrics likewise (its GET: metricsExposition).
    QTest::addRow("POST metrics") << QByteArray("POST") << "/metrics" << false << 405
                                  << errorBody("Method not allowed");
    QTest::addRow("DELETE metrics with a token")
        << QByteArray("DELETE") << "/metrics" << true << 405 << errorBody("Method not allowed");
    QTest::addRow("metrics under the prefix") << QByteArray("GET") << "/api/whatsapp/metrics"
                                              << false << 401 << errorBody("Unauthorized");
}

void TestServer::healthProbes()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    const Reply reply = m_server->request(method, path, withToken ? &m_org : nullptr);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, body);
    if (status == 405)
        QCOMPARE(reply.header("Allow"), QByteArray("GET"));
}

QHash<QString, double> TestServer::scrape(ContactsServerProcess* server, quint16 port)
{
    server = server ? server : m_server.get();
    const Reply reply = server->requestOn(port ? port : server->port(), "GET", "/metrics");
    if (reply.status != 200) {
        qWarning("GET /metrics answered %d: %s", reply.status, reply.body.constData());
        return {};
    }
    QString error;
    const auto samples = metricSamples(reply.body, &error);
    if (!samples)
        qWarning("%s", qPrintable(error));
    return samples.value_or(QHash<QString, double>{});
}

void TestServer::metricsExposition()
{
    QCOMPARE(m_server->request("GET", "/healthz", nullptr).status, 200);
    // No token: like the probes, outside the API.
    const Reply reply = m_server->request("GET", "/metrics", nullptr);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
    QString error;
    const auto samples = metricSamples(reply.body, &error);
    QVERIFY2(samples, qPrintable(error));
    for (const char* family :
         {"# TYPE contacts_http_requests_total counter",
          "# TYPE contacts_http_request_duration_seconds histogram",
          "# TYPE contacts_http_rate_limited_total counter",
          "# TYPE contacts_database_errors_total counter",
          "# TYPE contacts_http_open_connections gauge", "# TYPE process_start_time_seconds gauge"})
        QVERIFY2(reply.body.contains(family), family);
    QVERIFY(samples->value(R"(contacts_http_requests_total{route="/healthz",method="GET",)"
                           R"(status="200"})") >= 1);
    QVERIFY(samples->value("contacts_http_open_connections") >= 1);
    QVERIFY(samples->contains("contacts_http_rate_limited_total"));
    QVERIFY(samples->contains(R"(contacts_database_errors_total{status="500"})"));
    const double started = samples->value("process_start_time_seconds");
    const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000;
    QVERIFY2(started > now - 3600 && started <= now, QByteArray::number(started, 'f').constData());
    // Each route's histogram: buckets that only grow, up to +Inf, which is the count.
    const QString duration = QStringLiteral("contacts_http_request_duration_seconds");
    const QString healthz = QStringLiteral(R"(route="/healthz")");
    double previous = 0;
    for (const char* le : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                           "0.5", "1", "2.5", "5", "10", "+Inf"}) {
        const QString key = duration + "_bucket{" + healthz + ",le=\"" + le + "\"}";
        QVERIFY2(samples->contains(key), qPrintable(key));
        QVERIFY(samples->value(key) >= previous);
        previous = samples->value(key);
    }
    QVERIFY(previous >= 1);
    QCOMPARE(samples->value(duration + "_count{" + healthz + '}'), previous);
    QVERIFY(samples->value(duration + "_sum{" + healthz + '}') > 0);
}

void TestServer::metricsCountRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("status");
    const QString contact = contacts + u'/' + unknownId;
    QTest::addRow("list") << QByteArray("GET") << contacts << true << contacts << 200;
    QTest::addRow("create, bad body") << QByteArray("POST") << contacts << true << contacts << 400;
    QTest::addRow("unknown contact")
        << QByteArray("GET") << contact << true << "/api/whatsapp/contacts/:contactId" << 404;
    QTest::addRow("history") << QByteArray("GET") << contact + "/history" << true
                             << "/api/whatsapp/contacts/:contactId/history" << 404;
    QTest::addRow("bulk, wrong method")
        << QByteArray("GET") << contacts + "/bulk" << true << contacts + "/bulk" << 405;
    QTest::addRow("no token") << QByteArray("GET") << contacts << false << contacts << 401;
    QTest::addRow("healthz") << QByteArray("GET") << "/healthz" << false << "/healthz" << 200;
    QTest::addRow("readyz") << QByteArray("GET") << "/readyz" << false << "/readyz" << 200;
    QTest::addRow("POST healthz") << QByteArray("POST") << "/healthz" << false << "/healthz" << 405;
    QTest::addRow("unknown path") << QByteArray("GET") << "/nowhere" << true << "other" << 404;
    QTest::addRow("unknown path, no token")
        << QByteArray("GET") << "/nowhere" << false << "other" << 401;
    QTest::addRow("empty id") << QByteArray("GET") << contacts + u'/' << true << "other" << 404;
    QTest::addRow("metrics under the prefix")
        << QByteArray("GET") << "/api/whatsapp/metrics" << true << "other" << 404;
}

void TestServer::metricsCountRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(bool, withToken);
    QFETCH(QString, route);
    QFETCH(int, status);
    const QString counter =
        QStringLiteral(R"(contacts_http_requests_total{route="%1",method="%2",status="%3"})")
            .arg(route, QString::fromLatin1(method))
            .arg(status);
    const QString count =
        QStringLiteral(R"(contacts_http_request_duration_seconds_count{route="%1"})").arg(route);
    const auto before = scrape();
    QVERIFY(!before.isEmpty());
    constexpr int requests = 3;
    for (int i = 0; i < requests; ++i) {
        const Reply reply = m_server->request(method, path, withToken ? &m_org : nullptr,
                                              method == "POST" ? QByteArray("{") : QByteArray());
        QCOMPARE(reply.status, status);
    }
    const auto after = scrape();
    QCOMPARE(after.value(counter) - before.value(counter), double(requests));
    QCOMPARE(after.value(count) - before.value(count), double(requests));
}

void TestServer::metricsNameNoIdOrOrganization()
{
    const QString id = createContact(QStringLiteral("+14155550761"));
    QVERIFY(!id.isEmpty());
    const QString route = QStringLiteral("/api/whatsapp/contacts/:contactId");
    const QString read =
        QStringLiteral(R"(contacts_http_requests_total{route="%1",method="GET",status="200"})")
            .arg(route);
    const double readsBefore = scrape().value(read);
    QCOMPARE(call("GET", contacts + u'/' + id).status, 200);
    QCOMPARE(call("PATCH", contacts + u'/' + id, R"({"name":"Renamed"})").status, 200);
    QCOMPARE(scrape().value(read) - readsBefore, 1.0);

    // Whatever a client puts in a path or a header adds no series: ids, organizations and
    // unknown paths each fall in a series already there.
    const auto unique = [](int i) {
        return QStringLiteral("tenant%1x%2").arg(i).arg(QRandomGenerator::global()->generate());
    };
    const Credentials stranger{QStringLiteral("org-stranger-7731"), QStringLiteral("ct_nope")};
    QCOMPARE(call("GET", contacts + "/contact_first-unknown").status, 404);
    QCOMPARE(m_server->request("GET", "/first/unknown", &stranger).status, 401);
    const Reply first = m_server->request("GET", "/metrics", nullptr);
    QStringList sent;
    for (int i = 0; i < 20; ++i) {
        sent << unique(i) << unique(i + 100);
        QCOMPARE(call("GET", contacts + "/contact_" + sent.at(sent.size() - 2)).status, 404);
        QCOMPARE(m_server->request("GET", u'/' + sent.last(), &stranger).status, 401);
    }
    const Reply last = m_server->request("GET", "/metrics", nullptr);
    QCOMPARE(last.status, 200);
    QCOMPARE(last.body.count('\n'), first.body.count('\n'));
    for (const QString& text : sent + QStringList{id, m_org.organization, stranger.organization,
                                                  QStringLiteral("first-unknown")})
        QVERIFY2(!last.body.contains(text.toUtf8()), qPrintable(text));
    QVERIFY(!last.body.contains(m_org.token.toUtf8()));
}

void TestServer::metricsOpenConnections()
{
    const auto open = [this] {
        return scrape().value("contacts_http_open_connections", -1);
    };
    const double before = open();
    QVERIFY(before >= 1); // the scrape's own
    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(clients.back()->waitForConnected(5000));
    }
    QTRY_VERIFY_WITH_TIMEOUT(open() >= before + 3, 5000);
    clients.clear(); // closes them
    QTRY_VERIFY_WITH_TIMEOUT(open() <= before, 5000);
}

void TestServer::metricsOnTheirOwnAddress()
{
    ContactsServerProcess server;
    const auto org = server.addToken(QStringLiteral("org-m"));
    QVERIFY(org);
    QVERIFY2(server.start({QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")}),
             qPrintable(server.errorString()));
    QVERIFY(server.metricsPort() != 0 && server.metricsPort() != server.port());
    QCOMPARE(server.request("GET", contacts, &*org).status, 200);
    // The API's address: /metrics is an unknown path there.
    QCOMPARE(server.request("GET", "/metrics", &*org).status, 404);
    QCOMPARE(server.request("GET", "/metrics", nullptr).status, 401);
    // The metrics' address: /metrics alone, with no token.
    const auto samples = scrape(&server, server.metricsPort());
    QCOMPARE(samples.value(R"(contacts_http_requests_total{route="/api/whatsapp/contacts",)"
                           R"(method="GET",status="200"})"),
             1.0);
    QCOMPARE(samples.value(R"(contacts_http_requests_total{route="other",method="GET",)"
                           R"(status="404"})"),
             1.0);
    QCOMPARE(samples.value(R"(contacts_http_requests_total{route="/metrics",method="GET",)"
                           R"(status="200"})"),
             0.0); // not counted before its own answer
    for (const QString& path : {contacts, QStringLiteral("/healthz"), QStringLiteral("/")})
        QCOMPARE(server.requestOn(server.metricsPort(), "GET", path, &*org).status, 404);
    const Reply post = server.requestOn(server.metricsPort(), "POST", "/metrics");
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("Allow"), QByteArray("GET"));
    QCOMPARE(server.terminate(), 0);

    ContactsServerProcess refused;
    QVERIFY(!refused.start({QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1")}));
    QVERIFY2(refused.errorString().contains(QStringLiteral("--metrics-listen wants HOST:PORT")),
             qPrintable(refused.errorString()));
}

void TestServer::historyExtension()
{
    const QString id = createContact(QStringLiteral("+14155557890"));
    const Reply empty = call("GET", contacts + u'/' + id + "/history");
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.body, R"({"success":true,"data":{"changes":[]}})");

    QCOMPARE(call("PATCH", contacts + u'/' + id, R"({"opted_in":true})").status, 200);
    QCOMPARE(call("PATCH", contacts + u'/' + id, R"({"name":"Only a name"})").status, 200);
    const Reply patched = call("PATCH", contacts + u'/' + id, R"({"opted_in":false})");
    QCOMPARE(patched.status, 200);

    const Reply reply = call("GET", contacts + u'/' + id + "/history");
    QCOMPARE(reply.status, 200);
    const QJsonArray changes = reply.json()["data"]["changes"].toArray();
    QCOMPARE(changes.size(), 2);
    const QJsonObject last = changes.at(1).toObject();
    QCOMPARE(last.keys().size(), 8);
    QCOMPARE(last["contactId"].toString(), id);
    QCOMPARE(last["field"].toString(), QStringLiteral("optedIn"));
    QCOMPARE(last["value"].toBool(true), false);
    QCOMPARE(last["changedAt"].toString(), patched.json()["data"]["updated_at"].toString());
    // The token that made the change names it: never its secret.
    QVERIFY2(QRegularExpression(QStringLiteral("^tok_[0-9a-f]{12}$"))
                 .match(last["changedBy"].toString())
                 .hasMatch(),
             qPrintable(last["changedBy"].toString()));
    QCOMPARE(last["method"].toString(), QStringLiteral("api"));
    QVERIFY(last["detail"].isNull());
    QVERIFY(last["note"].isNull());
    QCOMPARE(changes.at(0).toObject()["value"].toBool(), true);

    // Another organization does not see the contact, nor its history.
    const Reply other = call("GET", contacts + u'/' + id + "/history", {}, &m_otherOrg);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.body, errorBody("Contact not found"));
}

void TestServer::bulkExample()
{
    QVERIFY(!createContact(QStringLiteral("+971502222222")).isEmpty());
    const QByteArray body = R"({"contacts": [
        {"userNumber": "+971501111111", "userName": "Contact One"},
        {"userNumber": "+971502222222", "userName": "Contact Two"},
        {"userNumber": "bad"},
        7,
        {"userNumber": "+971501111111"}
    ]})";
    const Reply reply = call("POST", contacts + "/bulk", body);
    QCOMPARE(reply.status, 200);
    QCOMPARE(orderedDataKeys(reply.body),
             QStringList({"imported", "skipped", "errors", "contacts"}));
    const QJsonObject data = reply.json()["data"].toObject();
    QCOMPARE(data["imported"].toInt(), 1);
    QCOMPARE(data["skipped"].toInt(), 4);
    const QJsonArray errors = data["errors"].toArray();
    QCOMPARE(errors.at(0).toObject(),
             QJsonObject(
                 {{"index", 1}, {"phone", "+971502222222"}, {"error", "Contact already exists"}}));
    QCOMPARE(errors.at(1)["error"].toString(),
             QStringLiteral("Invalid phone number (userNumber): expected E.164, e.g. "
                            "+971501234567"));
    QCOMPARE(
        errors.at(2).toObject(),
        QJsonObject({{"index", 3}, {"phone", QJsonValue::Null}, {"error", "Invalid contact"}}));
    QCOMPARE(errors.at(3)["error"].toString(), QStringLiteral("Contact already exists"));
    QCOMPARE(data["contacts"][0]["status"].toString(), QStringLiteral("created"));
    QCOMPARE(call("GET", contacts + u'/' + data["contacts"][0]["id"].toString())
                 .json()["data"]["source"]
                 .toString(),
             QStringLiteral("import"));

    const Reply noArray = call("POST", contacts + "/bulk", R"({"items":[]})");
    QCOMPARE(noArray.status, 400);
    QCOMPARE(noArray.body, errorBody("Contacts array is required"));
    QCOMPARE(call("POST", contacts + "/bulk", "[]").body, errorBody("Invalid JSON body"));
}

void TestServer::bulkCsvBody()
{
    const QByteArray csv = "\xEF\xBB\xBFuserNumber,userName,email,tags\r\n"
                           "+971501111111,\"Hassan, Ahmed\",ahmed@example.com,\"vip, lead\"\r\n"
                           "+14155557890,Sarah,,\n"
                           "12,Bad,,\n";
    const Reply reply = m_server->request("POST", contacts + "/bulk", &m_org, csv, "text/csv");
    QCOMPARE(reply.status, 200);
    const QJsonObject data = reply.json()["data"].toObject();
    QCOMPARE(data["imported"].toInt(), 2);
    QCOMPARE(data["skipped"].toInt(), 1);
    QCOMPARE(data["errors"][0]["index"].toInt(), 2);
    QCOMPARE(data["errors"][0]["phone"].toString(), QStringLiteral("12"));
    const QJsonObject ahmed = call("GET", contacts + u'/' + data["contacts"][0]["id"].toString())
                                  .json()["data"]
                                  .toObject();
    QCOMPARE(ahmed["name"].toString(), QStringLiteral("Hassan, Ahmed"));
    QCOMPARE(ahmed["tags"].toArray(), QJsonArray({"vip", "lead"}));
    QCOMPARE(ahmed["email"].toString(), QStringLiteral("ahmed@example.com"));

    const Reply broken =
        m_server->request("POST", contacts + "/bulk", &m_org, "userNumber\n\"+1", "text/csv");
    QCOMPARE(broken.status, 400);
    QCOMPARE(broken.body, errorBody("Invalid CSV body"));
}

void TestServer::bulkOverThousandItems()
{
    const Reply reply = call("POST", contacts + "/bulk", bulkOf(1001));
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.body, errorBody("Too many contacts in one request (max 1000)"));
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(), 0);

    QByteArray csv = "userNumber\n";
    for (int i = 0; i < 1001; ++i)
        csv += QStringLiteral("+9715%1\n").arg(i, 8, 10, QLatin1Char('0')).toUtf8();
    const Reply csvReply = m_server->request("POST", contacts + "/bulk", &m_org, csv, "text/csv");
    QCOMPARE(csvReply.status, 413);
    QCOMPARE(csvReply.body, errorBody("Too many contacts in one request (max 1000)"));
}

void TestServer::bulkThousandItems()
{
    const Reply reply = call("POST", contacts + "/bulk", bulkOf(1000));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json()["data"]["imported"].toInt(), 1000);
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(), 1000);
}

void TestServer::unauthorized_data()
{
    QTest::addColumn<QByteArray>("orgHeader");
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no headers") << QByteArray() << QByteArray();
    QTest::newRow("no org") << QByteArray() << QByteArray("Bearer TOKEN");
    QTest::newRow("no token") << QByteArray("org-a") << QByteArray();
    QTest::newRow("not bearer") << QByteArray("org-a") << QByteArray("Basic TOKEN");
    QTest::newRow("wrong token") << QByteArray("org-a") << QByteArray("Bearer ct_wrong");
    QTest::newRow("other org's token") << QByteArray("org-a") << QByteArray("Bearer OTHER");
    QTest::newRow("unknown org") << QByteArray("org-z") << QByteArray("Bearer TOKEN");
}

void TestServer::unauthorized()
{
    QFETCH(QByteArray, orgHeader);
    QFETCH(QByteArray, authorization);
    authorization.replace("OTHER", m_otherOrg.token.toUtf8());
    authorization.replace("TOKEN", m_org.token.toUtf8());
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("POST")}) {
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) + contacts));
        if (!orgHeader.isEmpty())
            request.setRawHeader("x-org-id", orgHeader);
        if (!authorization.isEmpty())
            request.setRawHeader("Authorization", authorization);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* sent = m_server->network().sendCustomRequest(
            request, method, method == "POST" ? referenceCreateBody : QByteArray());
        const Reply reply = ContactsServerProcess::waitFor(sent);
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.body, errorBody("Unauthorized"));
    }
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(), 0);
}

void TestServer::revokedTokenIsRejected()
{
    const auto extra = m_server->addToken(QStringLiteral("org-a"));
    QVERIFY(extra);
    QCOMPARE(call("GET", contacts, {}, &*extra).status, 200);
    const auto [code, out] = m_server->runCommand({"token", "list"});
    QCOMPARE(code, 0);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const QByteArray lastId = lines.last().split(' ').first();
    QVERIFY(!out.contains(extra->token.toUtf8()));
    QCOMPARE(m_server->runCommand({"token", "revoke", QString::fromUtf8(lastId)}).first, 0);
    // The server keeps a token that authenticated for a second (AuthenticationCache): the
    // revocation, made by another process, takes hold within that.
    QTRY_COMPARE_WITH_TIMEOUT(call("GET", contacts, {}, &*extra).status, 401, 5000);
    QCOMPARE(call("GET", contacts).status, 200);
}

void TestServer::organizationsAreIsolated()
{
    const Reply created = call("POST", contacts, referenceCreateBody);
    QCOMPARE(created.status, 201);
    const QString id = created.json()["data"]["id"].toString();
    const QString vendorId = created.json()["data"]["vendorContactId"].toString();
    const Credentials* other = &m_otherOrg;

    const Reply list = call("GET", contacts + "?search=ahmed", {}, other);
    QCOMPARE(list.json()["data"]["total"].toInt(), 0);
    QCOMPARE(call("GET", contacts, {}, other).json()["data"]["total"].toInt(), 0);
    for (const QString& key : {id, vendorId}) {
        QCOMPARE(call("GET", contacts + u'/' + key, {}, other).body,
                 errorBody("Contact not found"));
    }
    QCOMPARE(call("PATCH", contacts + u'/' + id, R"({"name":"Mallory"})", other).status, 404);
    QCOMPARE(call("DELETE", contacts + u'/' + id, {}, other).status, 404);
    // The same phone is not a duplicate in another organization.
    QCOMPARE(call("POST", contacts, referenceCreateBody, other).status, 201);
    const Reply bulk = call("POST", contacts + "/bulk", referenceBulkBody, other);
    QCOMPARE(bulk.json()["data"]["imported"].toInt(), 3);
    // Organization A is untouched.
    const Reply mine = call("GET", contacts + u'/' + id);
    QCOMPARE(mine.json()["data"]["name"].toString(), QStringLiteral("Ahmed Hassan"));
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(), 1);
}

void TestServer::routeErrors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("allow");
    QTest::newRow("unknown route")
        << QByteArray("GET") << "/api/whatsapp/groups" << 404 << "Not found" << QByteArray();
    QTest::newRow("root") << QByteArray("GET") << "/" << 404 << "Not found" << QByteArray();
    QTest::newRow("too deep") << QByteArray("GET") << contacts + "/a/b" << 404 << "Not found"
                              << QByteArray();
    QTest::newRow("PUT list") << QByteArray("PUT") << contacts << 405 << "Method not allowed"
                              << QByteArray("GET, POST");
    QTest::newRow("DELETE list") << QByteArray("DELETE") << contacts << 405 << "Method not allowed"
                                 << QByteArray("GET, POST");
    QTest::newRow("GET bulk") << QByteArray("GET") << contacts + "/bulk" << 405
                              << "Method not allowed" << QByteArray("POST");
    QTest::newRow("POST contact") << QByteArray("POST") << contacts + '/' + unknownId << 405
                                  << "Method not allowed" << QByteArray("GET, PATCH, DELETE");
    QTest::newRow("history of an unknown id")
        << QByteArray("GET") << contacts + '/' + unknownId + "/history" << 404
        << "Contact not found" << QByteArray();
    QTest::newRow("history without an id")
        << QByteArray("GET") << contacts + "//history" << 404 << "Not found" << QByteArray();
    QTest::newRow("PATCH history") << QByteArray("PATCH") << contacts + '/' + unknownId + "/history"
                                   << 405 << "Method not allowed" << QByteArray("GET");
    QTest::newRow("below history") << QByteArray("GET") << contacts + '/' + unknownId + "/history/1"
                                   << 404 << "Not found" << QByteArray();
}

void TestServer::routeErrors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QByteArray, allow);
    const Reply reply = call(method, path);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, errorBody(message));
    QCOMPARE(reply.header("Allow"), allow);
}

void TestServer::oversizeBody()
{
    const QByteArray big =
        R"({"userNumber":"+14155557890","userName":")" + QByteArray(250000, 'a') + "\"}";
    const Reply reply = call("POST", contacts, big);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.body, errorBody("Request body too large"));
    const Reply bulk = call("POST", contacts + "/bulk", big);
    QCOMPARE(bulk.status, 413);
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(), 0);
    // The connection still serves the next request.
    QCOMPARE(call("GET", contacts).status, 200);
}

void TestServer::hugeBodyIsNotBuffered()
{
    // 96 MB against a limit of 200 kB: answered 413 as soon as it passes twice the limit,
    // whatever else is wrong with it, and the rest is discarded rather than kept in memory.
    constexpr qint64 size = 96 * 1024 * 1024;
    // The growth during this request, not the absolute peak, which a sanitizer's shadow
    // memory alone exceeds: the peak is reset first (Linux's clear_refs).
    const QString procDir = QStringLiteral("/proc/%1/").arg(m_server->process().processId());
    const auto statusKb = [&](const QByteArray& field) {
        QFile status(procDir + QStringLiteral("status"));
        if (!status.open(QIODevice::ReadOnly))
            return qint64(-1);
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf(field + ':');
        if (at < 0)
            return qint64(-1);
        const qsizetype from = at + field.size() + 1;
        return text.mid(from, text.indexOf('\n', at) - from)
            .trimmed()
            .split(' ')
            .first()
            .toLongLong();
    };
    QFile clearRefs(procDir + QStringLiteral("clear_refs"));
    QVERIFY(clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1);
    clearRefs.close();
    const qint64 beforeKb = statusKb("VmRSS");
    QVERIFY(beforeKb > 0);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("POST /api/whatsapp/contacts HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: application/json\r\nContent-Length: " +
                 QByteArray::number(size) + "\r\n\r\n");
    const QByteArray chunk(1024 * 1024, ' ');
    QByteArray answer;
    for (qint64 sent = 0; sent < size && socket.state() == QAbstractSocket::ConnectedState;
         sent += chunk.size()) {
        socket.write(chunk);
        while (socket.bytesToWrite() > 0 && socket.waitForBytesWritten(5000)) {
        }
        answer += socket.readAll();
    }
    while (!answer.contains(R"("error":"Request body too large"})") &&
           socket.waitForReadyRead(5000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.left(200).constData());
    QVERIFY(answer.contains("\r\nConnection: close\r\n"));
    QVERIFY(answer.endsWith(errorBody("Request body too large")));

    const qint64 growthKb = statusKb("VmHWM") - beforeKb;
    QVERIFY2(growthKb < 48 * 1024, QByteArray::number(growthKb).constData());
    qInfo("server peak RSS grew by %lld kB during the request", growthKb);
    QCOMPARE(call("GET", contacts).status, 200);
}

void TestServer::errorOrder()
{
    const QByteArray big(250000, '[');
    // 401 before anything else.
    QCOMPARE(m_server->request("PUT", "/nowhere", nullptr, big).status, 401);
    // A route error before the body's size, the size before the body's syntax.
    QCOMPARE(call("PUT", "/nowhere", big).status, 404);
    QCOMPARE(call("PUT", contacts, big).status, 405);
    QCOMPARE(call("PATCH", contacts + u'/' + unknownId, big).status, 413);
    // A bad body before an unknown contact; a bad field before a duplicate.
    QCOMPARE(call("PATCH", contacts + u'/' + unknownId, "[").body, errorBody("Invalid JSON body"));
    QVERIFY(!createContact(QStringLiteral("+14155557890")).isEmpty());
    QCOMPARE(call("POST", contacts, R"({"userNumber":"+14155557890","email":"x"})").body,
             errorBody("Invalid email"));
}

void TestServer::internalErrorLeaksNothing()
{
    // A second server on a copy of the setup whose search index is gone behind its back.
    ContactsServerProcess broken;
    const auto credentials = broken.addToken(QStringLiteral("org-x"));
    QVERIFY(credentials);
    QCOMPARE(TestBackend::runDirectly(broken.databasePath(),
                                      QStringLiteral("DROP TABLE contacts_search")),
             QString());
    QVERIFY2(broken.start(), qPrintable(broken.errorString()));
    const Reply reply =
        broken.request("POST", contacts, &*credentials, R"({"userNumber":"+14155557890"})");
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.body, errorBody("Internal server error"));
    // Counted as the database's.
    const auto samples = scrape(&broken);
    QCOMPARE(samples.value(R"(contacts_database_errors_total{status="500"})"), 1.0);
    QCOMPARE(samples.value(R"(contacts_database_errors_total{status="503"})"), 0.0);
    QCOMPARE(samples.value(R"(contacts_http_requests_total{route="/api/whatsapp/contacts",)"
                           R"(method="POST",status="500"})"),
             1.0);
    QCOMPARE(broken.terminate(), 0);
    const QByteArray log = broken.log();
    QVERIFY2(log.contains("POST /api/whatsapp/contacts 500"), log.constData());
    QVERIFY2(log.contains("contacts_search"), log.constData()); // the cause, for the operator
}

void TestServer::fullDiskLeaksNothing()
{
    // The disk is the operator's business: the client gets the 500 of any fault, the log says
    // what the storage said.
    if (TestBackend::isPostgres())
        QSKIP("a file size limit on the server's own database file: SQLite's");
    ContactsServerProcess full;
    const auto credentials = full.addToken(QStringLiteral("org-x"));
    QVERIFY(credentials);
    // Room for the database as made, not for a thousand contacts in its log; SIGXFSZ ignored,
    // a write beyond the limit fails with EFBIG as on a full quota.
    const rlim_t limit = rlim_t(QFileInfo(full.databasePath()).size() + 64 * 1024);
    full.process().setChildProcessModifier([limit] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered{};
        getrlimit(RLIMIT_FSIZE, &lowered);
        lowered.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &lowered);
    });
    QVERIFY2(full.start(), qPrintable(full.errorString()));
    QJsonArray items;
    for (int i = 0; i < 1000; ++i)
        items.append(
            QJsonObject{{"userNumber", QStringLiteral("+9715012%1").arg(i, 5, 10, QChar(u'0'))},
                        {"userName", QString(200, QChar(u'a' + i % 26))}});
    const Reply reply = full.request("POST", contacts + "/bulk", &*credentials,
                                     QJsonDocument(QJsonObject{{"contacts", items}}).toJson());
    QCOMPARE(reply.status, 500);
    QCOMPARE(reply.body, errorBody("Internal server error"));
    full.terminate();
    const QByteArray log = full.log();
    QVERIFY2(log.contains("POST /api/whatsapp/contacts/bulk 500"), log.constData());
    QVERIFY2(log.contains("internal error: cannot write the database: disk I/O error (File too "
                          "large)"),
             log.constData());
}

void TestServer::databaseOutageIsUnavailableThenRecovers()
{
    if (!TestBackend::isPostgres())
        QSKIP("a database server that goes away and comes back: PostgreSQL's");
    const auto location = DatabaseLocation::parse(m_server->databasePath());
    VERIFY_OK(location);
    const QString name = location->databaseName();
    QString admin = m_server->databasePath();
    admin.replace(QStringLiteral(":///") + name, QStringLiteral(":///postgres"));
    const QString id = createContact(QStringLiteral("+14155550931"));
    QVERIFY(!id.isEmpty());

    // The outage: no new connections, and every open one cut, as a restart or failover does.
    QCOMPARE(TestBackend::runDirectly(
                 admin, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name)),
             QString());
    QCOMPARE(TestBackend::runDirectly(admin, QStringLiteral("SELECT pg_terminate_backend(pid)"
                                                            " FROM pg_stat_activity"
                                                            " WHERE datname = '%1'")
                                                 .arg(name)),
             QString());
    for (int i = 0; i < 6; ++i) {
        const Reply reply = call("GET", contacts + u'/' + id);
        QCOMPARE(reply.status, 503);
        QCOMPARE(reply.body, errorBody("Service unavailable"));
        QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
    }
    QCOMPARE(call("POST", contacts, R"({"userNumber":"+14155550932"})").status, 503);
    // The process is up; it is not ready.
    QCOMPARE(m_server->request("GET", "/healthz", nullptr).status, 200);
    const Reply notReady = m_server->request("GET", "/readyz", nullptr);
    QCOMPARE(notReady.status, 503);
    QCOMPARE(notReady.body, errorBody("Service unavailable"));
    // Six reads, a create and a probe, each the database's.
    QCOMPARE(scrape().value(R"(contacts_database_errors_total{status="503"})"), 8.0);

    // Back: the server reconnects by itself, and nothing was lost.
    QCOMPARE(TestBackend::runDirectly(
                 admin, QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)),
             QString());
    Reply reply;
    for (int i = 0; i < 20 && reply.status != 200; ++i)
        reply = call("GET", contacts + u'/' + id);
    QCOMPARE(reply.status, 200);
    QCOMPARE(m_server->request("GET", "/readyz", nullptr).status, 200);
    QVERIFY(!createContact(QStringLiteral("+14155550932")).isEmpty());
    QTest::qWait(100);
    const QByteArray log = m_server->log();
    QVERIFY2(log.contains(" 503 ") && log.contains("database unavailable"), log.constData());
    QVERIFY2(!log.contains(" 500 "), log.constData());
}

void TestServer::requestLogHasNoSecrets()
{
    QCOMPARE(call("POST", contacts, referenceCreateBody).status, 201);
    QCOMPARE(call("GET", contacts + "?search=ahmed").status, 200);
    static const QRegularExpression line(
        QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z GET /api/whatsapp/contacts 200 )"
                       R"(\d+\.\d\dms org=org-a$)"),
        QRegularExpression::MultilineOption);
    // The line is written after the answer is sent: wait for it, under any load.
    QTRY_VERIFY_WITH_TIMEOUT(line.match(QString::fromUtf8(m_server->log())).hasMatch(), 10000);
    const QByteArray log = m_server->log();
    QVERIFY(!log.contains(m_org.token.toUtf8()));
    QVERIFY(!log.contains(m_org.token.mid(3).toUtf8()));
    QVERIFY(!log.contains("ahmed"));
    QVERIFY(!log.contains("+971501234567"));
}

void TestServer::requestLogAsJson()
{
    ContactsServerProcess server;
    const auto org = server.addToken(QStringLiteral("org-j"));
    QVERIFY(org);
    QVERIFY2(server.start({QStringLiteral("--log-format"), QStringLiteral("json")}),
             qPrintable(server.errorString()));
    QCOMPARE(server.request("POST", contacts, &*org, referenceCreateBody).status, 201);
    // A decoded line break and a space in the path: escaped inside the object.
    QCOMPARE(server.request("GET", QStringLiteral("/a%0Ab%20c"), &*org).status, 404);
    QCOMPARE(server.request("GET", QStringLiteral("/healthz"), nullptr).status, 200);
    // The log is written after the answer is sent: wait for its three lines.
    QByteArray log;
    QList<QJsonObject> entries;
    const auto readEntries = [&] {
        log = server.log();
        entries.clear();
        for (const QByteArray& line : log.split('\n')) {
            if (line.startsWith('{')) // the start-up lines are not requests
                entries.append(QJsonDocument::fromJson(line).object());
        }
        return entries.size();
    };
    QTRY_COMPARE_WITH_TIMEOUT(readEntries(), 3, 10000);
    for (const QJsonObject& entry : std::as_const(entries))
        QVERIFY2(!entry.isEmpty(), log.constData()); // each line one whole object
    const QJsonObject created = entries.at(0);
    QCOMPARE(created.keys(), (QStringList{"method", "ms", "org", "path", "status", "time"}));
    QCOMPARE(created["method"].toString(), QStringLiteral("POST"));
    QCOMPARE(created["path"].toString(), contacts);
    QCOMPARE(created["status"].toInt(), 201);
    QCOMPARE(created["org"].toString(), QStringLiteral("org-j"));
    QVERIFY(created["ms"].toDouble(-1) >= 0);
    QVERIFY(Timestamps::parse(created["time"].toString()));
    QCOMPARE(entries.at(1)["path"].toString(), QStringLiteral("/a\nb c"));
    QCOMPARE(entries.at(1)["status"].toInt(), 404);
    QVERIFY(entries.at(2)["org"].isNull());
    QVERIFY(!log.contains(org->token.toUtf8()));
    QVERIFY(!log.contains("+971501234567"));

    ContactsServerProcess refused;
    QVERIFY(!refused.start({QStringLiteral("--log-format"), QStringLiteral("xml")}));
    QVERIFY2(refused.errorString().contains(QStringLiteral("--log-format wants text or json")),
             qPrintable(refused.errorString()));
}

void TestServer::concurrentCreatesOfOnePhone()
{
    // One client (connection pool) each, so that the requests really run at once.
    constexpr int clients = 16;
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> replies;
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        managers.back()->setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) + contacts));
        request.setRawHeader("x-org-id", m_org.organization.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + m_org.token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        replies.append(managers.back()->post(
            request, QByteArray(R"({"userNumber":"+971501234567","userName":"Client )") +
                         QByteArray::number(i) + "\"}"));
    }
    int created = 0;
    int conflicts = 0;
    for (QNetworkReply* sent : replies) {
        const Reply reply = ContactsServerProcess::waitFor(sent);
        if (reply.status == 201)
            ++created;
        else if (reply.status == 409 &&
                 reply.body == errorBody("Contact with this phone number already exists"))
            ++conflicts;
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, clients - 1);
    QCOMPARE(call("GET", contacts).json()["data"]["total"].toInt(), 1);
}

void TestServer::readsAreServedDuringBulk()
{
    // Many bulk requests queued at once on their own connections must not keep a read on
    // another connection waiting for all of them.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    QList<QNetworkReply*> bulks;
    for (int i = 0; i < 3; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        managers.back()->setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(
            QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) + contacts + "/bulk"));
        request.setRawHeader("x-org-id", m_org.organization.toUtf8());
        request.setRawHeader("Authorization", "Bearer " + m_org.token.toUtf8());
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        bulks.append(managers.back()->post(request, bulkOf(1000, i * 1000)));
    }
    const Reply read = call("GET", contacts + "?limit=1");
    QCOMPARE(read.status, 200);
    int imported = 0;
    for (QNetworkReply* bulk : bulks)
        imported += ContactsServerProcess::waitFor(bulk).json()["data"]["imported"].toInt();
    QCOMPARE(imported, 3000);
}

void TestServer::rateLimit()
{
    ContactsServerProcess limited;
    const auto a = limited.addToken(QStringLiteral("org-a"));
    const auto b = limited.addToken(QStringLiteral("org-b"));
    QVERIFY(a && b);
    QVERIFY2(limited.start({QStringLiteral("--rate-limit"), QStringLiteral("3")}),
             qPrintable(limited.errorString()));
    // Unauthenticated requests do not count.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(limited.request("GET", contacts, nullptr).status, 401);
    // Every authenticated request counts, whatever its answer.
    QCOMPARE(limited.request("GET", contacts, &*a).status, 200);
    QCOMPARE(limited.request("GET", "/nowhere", &*a).status, 404);
    QCOMPARE(limited.request("POST", contacts, &*a, "{").status, 400);
    const Reply over = limited.request("GET", contacts, &*a);
    QCOMPARE(over.status, 429);
    QCOMPARE(over.body, errorBody("Rate limit exceeded"));
    bool ok = false;
    const int retryAfter = over.header("Retry-After").toInt(&ok);
    QVERIFY(ok);
    QVERIFY2(retryAfter >= 58 && retryAfter <= 60, over.header("Retry-After").constData());
    // 429 comes before the route's own errors; 401 before 429.
    QCOMPARE(limited.request("PUT", "/nowhere", &*a).status, 429);
    QCOMPARE(limited.request("GET", contacts, nullptr).status, 401);
    // The probes and the metrics are never limited, with a token or without.
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(limited.request("GET", "/healthz", &*a).status, 200);
        QCOMPARE(limited.request("GET", "/readyz", nullptr).status, 200);
        QCOMPARE(limited.request("GET", "/metrics", &*a).status, 200);
    }
    const auto samples = scrape(&limited);
    QCOMPARE(samples.value("contacts_http_rate_limited_total"), 2.0);
    QCOMPARE(samples.value(R"(contacts_http_requests_total{route="/api/whatsapp/contacts",)"
                           R"(method="GET",status="429"})"),
             1.0);
    QCOMPARE(samples.value(R"(contacts_http_requests_total{route="other",method="PUT",)"
                           R"(status="429"})"),
             1.0);
    // Another organization has its own budget.
    QCOMPARE(limited.request("GET", contacts, &*b).status, 200);
    // Ctrl+C stops it as cleanly as SIGTERM.
    QCOMPARE(limited.terminate(SIGINT), 0);
}

void TestServer::startUpPrunesTheJournal()
{
    // No organization of a server's database syncs: at its next start every entry goes.
    ContactsServerProcess server;
    const auto credentials = server.addToken(QStringLiteral("org-a"));
    QVERIFY(credentials);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.request("POST", contacts + "/bulk", &*credentials, bulkOf(3)).status, 200);
    QCOMPARE(server.terminate(), 0);
    const auto journalRows = [&server]() -> qint64 {
        auto db = ContactDatabase::open(server.databasePath());
        if (!db)
            return -1;
        return (*db)->scalar(QStringLiteral("SELECT count(*) FROM journal")).value_or(-1);
    };
    QCOMPARE(journalRows(), 3);

    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QCOMPARE(server.terminate(), 0);
    QVERIFY2(server.log().contains("pruned 3 change journal entries"), server.log().constData());
    QCOMPARE(journalRows(), 0);
}

void TestServer::sigtermDuringBulk()
{
    ContactsServerProcess server;
    const auto credentials = server.addToken(QStringLiteral("org-a"));
    QVERIFY(credentials);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QNetworkReply* bulk = server.send("POST", contacts + "/bulk", &*credentials, bulkOf(1000));
    // Once the request has left, stop the server while it works on it.
    QSignalSpy uploaded(bulk, &QNetworkReply::uploadProgress);
    QTRY_VERIFY_WITH_TIMEOUT(!uploaded.isEmpty() && uploaded.last().at(0) == uploaded.last().at(1),
                             10000);
    QCOMPARE(server.terminate(), 0);
    const Reply reply = ContactsServerProcess::waitFor(bulk, 5000);

    auto db = ContactDatabase::open(server.databasePath());
    QVERIFY(db);
    auto organization = (*db)->organization(QStringLiteral("org-a"));
    QVERIFY(organization && *organization);
    ContactStore store(**db, **organization);
    const auto count = store.count(ListQuery{});
    QVERIFY(count);
    // All of the request's contacts or none; and all when the client got its answer.
    QVERIFY2(*count == 0 || *count == 1000, QByteArray::number(*count).constData());
    if (reply.status == 200)
        QCOMPARE(*count, 1000);
    qInfo("bulk answered with %d; %lld contacts stored", reply.status, *count);
}

void TestServer::tokenCommands()
{
    ContactsServerProcess server;
    QCOMPARE(server.runCommand({"token", "list"}), std::make_pair(0, QByteArray()));
    const auto [code, out] = server.runCommand({"token", "add"});
    QCOMPARE(code, 0);
    QVERIFY(QRegularExpression(QStringLiteral("^ct_[A-Za-z0-9_-]{43}\n$"))
                .match(QString::fromUtf8(out))
                .hasMatch());
    // The token is stored only as a hash: not in any column, nor anywhere in a SQLite file.
    const QByteArray secret = out.trimmed();
    {
        auto db = ContactDatabase::open(server.databasePath());
        VERIFY_OK(db);
        int tokens = 0, leaked = 0;
        QVERIFY((*db)->forEachRow(
            QStringLiteral("SELECT uid, hash FROM api_tokens"), {}, [&](const SqlRow& row) {
                ++tokens;
                leaked += row.text(0).toUtf8().contains(secret) || row.bytes(1).contains(secret);
                return true;
            }));
        QCOMPARE(tokens, 1);
        QCOMPARE(leaked, 0);
    }
    if (!TestBackend::isPostgres()) {
        QFile file(server.databasePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(secret));
    }
    QCOMPARE(server.runCommand({"token", "add", "--org", "bad org!"}).first, 1);
    QCOMPARE(server.runCommand({"token", "revoke", "tok_000000000000"}).first, 1);
    QCOMPARE(server.runCommand({"token", "frobnicate"}).first, 1);
}

void TestServer::migrateCommand()
{
    // A deployment runs it before starting the servers; again, it changes nothing.
    ContactsServerProcess server;
    for (int run = 0; run < 2; ++run) {
        const auto [code, out] = server.runCommand({"migrate"});
        QCOMPARE(code, 0);
        const QRegularExpressionMatch version =
            QRegularExpression(QStringLiteral(": schema version (\\d+)\n$"))
                .match(QString::fromUtf8(out));
        QVERIFY2(version.hasMatch(), out.constData());
        auto db = ContactDatabase::open(server.databasePath());
        VERIFY_OK(db);
        QCOMPARE(version.captured(1).toInt(), (*db)->schemaVersion());
    }
    QCOMPARE(server.runCommand({"migrate", "now"}).first, 1);
}

QString TestServer::seedExtensionCases(ContactsServerProcess& server, const Credentials& org)
{
    const auto create = [&](const QByteArray& body) {
        return server.request("POST", contacts, &org, body).json()["data"]["id"].toString();
    };
    const QString a = create(
        R"({"userNumber":"+14155550101","userName":"A","tags":["vip","lead"],"labels":["x"]})");
    const QString b = create(R"({"userNumber":"+14155550102","userName":"B"})");
    server.request("PATCH", contacts + u'/' + b, &org, R"({"opted_in":true,"is_blocked":true})");
    create(R"({"userNumber":"+14155550103","userName":"C"})");
    const QString d = create(R"({"userNumber":"+14155550104","userName":"D"})");
    server.request("DELETE", contacts + u'/' + d, &org);
    return a;
}

bool TestServer::startWithoutExtensions()
{
    if (m_hosted)
        return true;
    auto server = std::make_unique<ContactsServerProcess>();
    const auto org = server->addToken(QStringLiteral("org-hosted"));
    if (!org || !server->start({QStringLiteral("--without-extensions"),
                                QStringLiteral("--rate-limit"), QStringLiteral("0")})) {
        qWarning("contacts-server --without-extensions: %s", qPrintable(server->errorString()));
        return false;
    }
    m_hostedOrg = *org;
    m_hostedA = seedExtensionCases(*server, m_hostedOrg);
    m_hosted = std::move(server);
    return !m_hostedA.isEmpty();
}

void TestServer::withoutExtensionsListIgnoresThem_data()
{
    QTest::addColumn<QString>("parameters");
    QTest::newRow("tag") << "tag=vip";
    QTest::newRow("tag, repeated") << "tag=vip&tag=lead";
    QTest::newRow("label") << "label=x";
    QTest::newRow("optedIn") << "optedIn=true";
    QTest::newRow("optedIn, unreadable") << "optedIn=maybe";
    QTest::newRow("isBlocked") << "isBlocked=false";
    QTest::newRow("updatedSince") << "updatedSince=9999-12-31T23:59:59.999Z";
    QTest::newRow("updatedSince, unreadable") << "updatedSince=never";
    QTest::newRow("includeDeleted") << "updatedSince=2000-01-01T00:00:00.000Z&includeDeleted=true";
    QTest::newRow("view") << "view=full";
    QTest::newRow("view, unreadable") << "view=wide";
}

void TestServer::withoutExtensionsListIgnoresThem()
{
    QFETCH(QString, parameters);
    QVERIFY(startWithoutExtensions());
    const QString baseline = contacts + QStringLiteral("?limit=100&sortOrder=asc");
    const QString extended = baseline + u'&' + parameters;

    // The same request changes our server's answer: the row exercises an extension.
    QVERIFY(!seedExtensionCases(*m_server, m_org).isEmpty());
    const Reply ours = call("GET", extended);
    QVERIFY2(ours.status != 200 || ours.json()["data"] != call("GET", baseline).json()["data"],
             ours.body.constData());

    const Reply plain = m_hosted->request("GET", baseline, &m_hostedOrg);
    QCOMPARE(plain.status, 200);
    QVERIFY(plain.json()["data"]["total"].toInt() >= 4);
    const Reply reply = m_hosted->request("GET", extended, &m_hostedOrg);
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.body, plain.body);
    QCOMPARE(reply.json()["data"]["contacts"][0].toObject().keys().size(), listItemKeys.size());
}

void TestServer::withoutExtensionsRefuses_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path"); // `{A}`: the id of a contact that exists
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("allow");
    const QByteArray json = "application/json";
    QTest::newRow("sortBy updated_at")
        << QByteArray("GET") << contacts + "?sortBy=updated_at" << QByteArray() << json << 400
        << "Invalid sortBy" << QByteArray();
    QTest::newRow("a bad page still wins")
        << QByteArray("GET") << contacts + "?page=0&sortBy=updated_at" << QByteArray() << json
        << 400 << "Invalid page" << QByteArray();
    QTest::newRow("DELETE") << QByteArray("DELETE") << contacts + "/{A}" << QByteArray() << json
                            << 405 << "Method not allowed" << QByteArray("GET, PATCH");
    QTest::newRow("DELETE unknown id")
        << QByteArray("DELETE") << contacts + u'/' + unknownId << QByteArray() << json << 405
        << "Method not allowed" << QByteArray("GET, PATCH");
    QTest::newRow("CSV bulk") << QByteArray("POST") << contacts + "/bulk"
                              << QByteArray("userNumber\n+14155550199\n") << QByteArray("text/csv")
                              << 400 << "Invalid JSON body" << QByteArray();
    QTest::newRow("PATCH labels only")
        << QByteArray("PATCH") << contacts + "/{A}" << QByteArray(R"({"labels":["y"]})") << json
        << 400 << "No valid fields to update" << QByteArray();
    QTest::newRow("PATCH labels only, unknown id")
        << QByteArray("PATCH") << contacts + u'/' + unknownId << QByteArray(R"({"labels":["y"]})")
        << json << 404 << "Contact not found" << QByteArray();
    QTest::newRow("history") << QByteArray("GET") << contacts + "/{A}/history" << QByteArray()
                             << json << 404 << "Not found" << QByteArray();
}

void TestServer::withoutExtensionsRefuses()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QByteArray, allow);
    QVERIFY(startWithoutExtensions());
    path.replace(QStringLiteral("{A}"), m_hostedA);
    const Reply before = m_hosted->request("GET", contacts + "?limit=100", &m_hostedOrg);
    const Reply reply = m_hosted->request(method, path, &m_hostedOrg, body, contentType);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.body, errorBody(message));
    QCOMPARE(reply.header("Allow"), allow);
    // Nothing was written.
    QCOMPARE(m_hosted->request("GET", contacts + "?limit=100", &m_hostedOrg).body, before.body);
}

void TestServer::withoutExtensionsIgnoresLabels()
{
    QVERIFY(startWithoutExtensions());
    const auto labelsOf = [&](const QString& id) {
        const Reply reply = m_hosted->request("GET", contacts + u'/' + id, &m_hostedOrg);
        return reply.json()["data"]["labels"].toArray();
    };
    const Reply created = m_hosted->request(
        "POST", contacts, &m_hostedOrg,
        R"({"userNumber":"+14155550111","userName":"Created","labels":["x","y"]})");
    QCOMPARE(created.status, 201);
    const QString createdId = created.json()["data"]["id"].toString();
    QCOMPARE(labelsOf(createdId), QJsonArray());

    const Reply bulk =
        m_hosted->request("POST", contacts + "/bulk", &m_hostedOrg,
                          R"({"contacts":[{"userNumber":"+14155550112","labels":["x"]},)"
                          R"({"userNumber":"+14155550113","labels":"not a list"}]})");
    QCOMPARE(bulk.status, 200);
    // Not even read: a bad labels value is no error either.
    QCOMPARE(bulk.json()["data"]["imported"].toInt(), 2);
    QCOMPARE(labelsOf(bulk.json()["data"]["contacts"][0]["id"].toString()), QJsonArray());

    const Reply patched = m_hosted->request("PATCH", contacts + u'/' + createdId, &m_hostedOrg,
                                            R"({"name":"Renamed","labels":["z"]})");
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json()["data"]["name"].toString(), QStringLiteral("Renamed"));
    QCOMPARE(labelsOf(createdId), QJsonArray());

    // Our own server keeps them: what the surface withholds, not what the store does.
    const Reply ours =
        call("POST", contacts, R"({"userNumber":"+14155550111","labels":["x","y"]})");
    QCOMPARE(call("GET", contacts + u'/' + ours.json()["data"]["id"].toString())
                 .json()["data"]["labels"]
                 .toArray(),
             QJsonArray({"x", "y"}));
}

QTEST_GUILESS_MAIN(TestServer)
#include "tst_server.moc"
