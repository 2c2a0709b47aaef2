// Two contacts-server processes on one database, as behind a load balancer: what one writes
// the other reads, the database decides a race on one phone, and a server killed in the
// middle of a bulk leaves all of it or none while the other keeps serving. On SQLite (one
// file, a small team's server) and on PostgreSQL (the postgresql variant).

#include "ContactsServerProcess.h"
#include "TestBackend.h"
#include "VerifyOk.h"

#include "ContactDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

namespace {

using Reply = ContactsServerProcess::Reply;
const QString contacts = QStringLiteral("/api/whatsapp/contacts");

QByteArray errorBody(const QString& message)
{
    return R"({"success":false,"error":")" + message.toUtf8() + "\"}";
}

QByteArray createBody(const QString& phone, const QString& name = {})
{
    QJsonObject body{{"userNumber", phone}};
    if (!name.isEmpty())
        body.insert("userName", name);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// A PostgreSQL cluster of one test's own (scripts/postgres-test-cluster.sh), which the test may
// shut down and start again without disturbing the suites that share the fixture's cluster.
class OwnCluster {
public:
    OwnCluster() { m_started = run(QStringLiteral("start")) == 0; }
    ~OwnCluster() { run(QStringLiteral("stop")); }
    bool started() const { return m_started; }
    /// The admin URI (database `postgres`).
    QString uri() const
    {
        QFile file(m_dir.filePath(QStringLiteral("uri")));
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed())
                                              : QString();
    }
    /// Starts the script with `action` (halt, resume) and returns at once.
    QProcess* begin(const QString& action)
    {
        auto* process = new QProcess;
        process->start(QStringLiteral("bash"),
                       {QStringLiteral(POSTGRES_TEST_CLUSTER_SCRIPT), action, m_dir.path()});
        return process;
    }

private:
    int run(const QString& action)
    {
        std::unique_ptr<QProcess> process(begin(action));
        process->waitForFinished(120000);
        return process->exitStatus() == QProcess::NormalExit ? process->exitCode() : -1;
    }

    QTemporaryDir m_dir;
    bool m_started = false;
};

} // namespace

class TestTwoServers : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesOnOneAreReadOnTheOther();
    void racingCreatesOfOnePhoneGiveOneContact();
    void serverKilledMidBulkLeavesAllOrNothing();
    void rateLimitIsSharedByTheServers();
    void serversStartingTogetherOnANewDatabase();
    void databaseRestartUnderLoad();

private:
    Reply on(ContactsServerProcess& server, const QByteArray& method, const QString& path,
             const QByteArray& body = {})
    {
        return server.request(method, path, &m_credentials, body);
    }
    qint64 total(ContactsServerProcess& server)
    {
        return on(server, "GET", contacts + "?limit=1").json()["data"]["total"].toInteger(-1);
    }

    std::unique_ptr<ContactsServerProcess> m_a;
    std::unique_ptr<ContactsServerProcess> m_b;
    ContactsServerProcess::Credentials m_credentials;
};

void TestTwoServers::init()
{
    m_a = std::make_unique<ContactsServerProcess>();
    const QStringList unlimited = {QStringLiteral("--rate-limit"), QStringLiteral("0")};
    const auto credentials = m_a->startWithToken(QStringLiteral("org-two"), unlimited);
    QVERIFY2(credentials, qPrintable(m_a->errorString()));
    m_credentials = *credentials;
    m_b = std::make_unique<ContactsServerProcess>();
    m_b->shareDatabaseOf(*m_a);
    QVERIFY2(m_b->start(unlimited), qPrintable(m_b->errorString()));
}

void TestTwoServers::cleanup()
{
    m_b.reset(); // the second server goes first: the database is the first one's
    m_a.reset();
}

void TestTwoServers::writesOnOneAreReadOnTheOther()
{
    const Reply created = on(*m_a, "POST", contacts, createBody("+14155550101", "Ahmed"));
    QCOMPARE(created.status, 201);
    const QString id = created.json()["data"]["id"].toString();
    const Reply read = on(*m_b, "GET", contacts + u'/' + id);
    QCOMPARE(read.status, 200);
    QCOMPARE(read.json()["data"]["name"].toString(), QStringLiteral("Ahmed"));

    QCOMPARE(on(*m_b, "PATCH", contacts + u'/' + id, R"({"name":"Ahmed Ali"})").status, 200);
    QCOMPARE(on(*m_a, "GET", contacts + u'/' + id).json()["data"]["name"].toString(),
             QStringLiteral("Ahmed Ali"));
    QCOMPARE(on(*m_b, "GET", contacts + "?search=ahmed%20al").json()["data"]["total"].toInt(), 1);

    QCOMPARE(on(*m_a, "DELETE", contacts + u'/' + id).status, 200);
    QCOMPARE(on(*m_b, "GET", contacts + u'/' + id).status, 404);
    QCOMPARE(on(*m_b, "POST", contacts, createBody("+14155550101")).status, 201);
}

void TestTwoServers::racingCreatesOfOnePhoneGiveOneContact()
{
    constexpr int requests = 16;
    QList<QNetworkReply*> sent;
    for (int i = 0; i < requests; ++i) {
        ContactsServerProcess& server = i % 2 ? *m_b : *m_a;
        sent.append(server.send("POST", contacts, &m_credentials,
                                createBody("+971501234567", QStringLiteral("Client %1").arg(i))));
    }
    int created = 0;
    int conflicts = 0;
    for (QNetworkReply* reply : sent) {
        const Reply answer = ContactsServerProcess::waitFor(reply);
        if (answer.status == 201)
            ++created;
        else if (answer.status == 409 &&
                 answer.body == errorBody("Contact with this phone number already exists"))
            ++conflicts;
    }
    QCOMPARE(created, 1);
    QCOMPARE(conflicts, requests - 1);
    QCOMPARE(total(*m_a), 1);
    QCOMPARE(total(*m_b), 1);
}

void TestTwoServers::serverKilledMidBulkLeavesAllOrNothing()
{
    const QList<int> delaysMs = {0, 30, 120};
    for (qsizetype round = 0; round < delaysMs.size(); ++round) {
        QJsonArray items;
        for (int i = 0; i < 1000; ++i)
            items.append(
                QJsonObject{{"userNumber", QStringLiteral("+9715%1").arg(round * 1000 + i, 8, 10,
                                                                         QLatin1Char('0'))}});
        const QByteArray bulk =
            QJsonDocument(QJsonObject{{"contacts", items}}).toJson(QJsonDocument::Compact);
        const qint64 before = total(*m_b);
        QNetworkReply* pending = m_a->send("POST", contacts + "/bulk", &m_credentials, bulk);
        QTest::qWait(delaysMs.at(round));
        ::kill(pid_t(m_a->process().processId()), SIGKILL);
        QVERIFY(m_a->process().waitForFinished(10000));
        ContactsServerProcess::waitFor(pending, 5000);

        // The other server answers at once, and the bulk is there whole or not at all.
        const QString phone = QStringLiteral("+14155552%1").arg(round, 3, 10, QLatin1Char('0'));
        QCOMPARE(on(*m_b, "POST", contacts, createBody(phone)).status, 201);
        const qint64 added = total(*m_b) - before - 1;
        QVERIFY2(added == 0 || added == 1000, qPrintable(QString::number(added)));
        // Sent again, it adds what is missing and never a second contact for a phone.
        const Reply again = on(*m_b, "POST", contacts + "/bulk", bulk);
        QCOMPARE(again.status, 200);
        QCOMPARE(total(*m_b) - before - 1, 1000);
        QVERIFY2(m_a->start({QStringLiteral("--rate-limit"), QStringLiteral("0")}),
                 qPrintable(m_a->errorString()));
    }
}

void TestTwoServers::rateLimitIsSharedByTheServers()
{
    if (!TestBackend::isPostgres())
        QSKIP("a SQLite file is served by one process, which counts its own requests");
    const QStringList tenAMinute = {QStringLiteral("--rate-limit"), QStringLiteral("10")};
    QCOMPARE(m_b->terminate(), 0);
    QCOMPARE(m_a->terminate(), 0);
    QVERIFY2(m_a->start(tenAMinute), qPrintable(m_a->errorString()));
    QVERIFY2(m_b->start(tenAMinute), qPrintable(m_b->errorString()));

    // Ten requests in all, at once, whichever server takes them; the eleventh is refused by
    // both.
    QList<QNetworkReply*> sent;
    for (int i = 0; i < 10; ++i)
        sent.append((i % 3 ? *m_a : *m_b).send("GET", contacts, &m_credentials));
    for (QNetworkReply* reply : sent) {
        const Reply answer = ContactsServerProcess::waitFor(reply);
        QVERIFY2(answer.status == 200, answer.body.constData());
    }
    for (ContactsServerProcess* server : {m_a.get(), m_b.get()}) {
        const Reply refused = on(*server, "GET", contacts);
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.body, errorBody("Rate limit exceeded"));
        const int retryAfter = refused.header("Retry-After").toInt();
        QVERIFY2(retryAfter >= 1 && retryAfter <= 60, refused.header("Retry-After").constData());
    }
}

void TestTwoServers::serversStartingTogetherOnANewDatabase()
{
    // Each creates the schema and the database's own organization if nobody has: under the
    // write lock, one does and the others find it.
    ContactsServerProcess fresh;
    QVERIFY2(fresh.errorString().isEmpty(), qPrintable(fresh.errorString()));
    std::vector<std::unique_ptr<QProcess>> starting;
    for (int i = 0; i < 4; ++i) {
        starting.push_back(std::make_unique<QProcess>());
        starting.back()->start(
            QStringLiteral(CONTACTS_SERVER_PATH),
            {QStringLiteral("--db"), fresh.databasePath(), QStringLiteral("migrate")});
    }
    for (const auto& process : starting) {
        QVERIFY(process->waitForFinished(30000));
        QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    }
    auto db = ContactDatabase::open(fresh.databasePath());
    VERIFY_OK(db);
    QCOMPARE((*db)->scalar(QStringLiteral("SELECT count(*) FROM organizations")).value_or(-1), 1);
}

void TestTwoServers::databaseRestartUnderLoad()
{
    if (!TestBackend::isPostgres())
        QSKIP("a database server that restarts: PostgreSQL's");
    OwnCluster cluster;
    QVERIFY(cluster.started());
    QString location = cluster.uri();
    QCOMPARE(TestBackend::runDirectly(location, QStringLiteral("CREATE DATABASE restarting")),
             QString());
    location.replace(QStringLiteral(":///postgres"), QStringLiteral(":///restarting"));
    // The servers of init() go: these two serve the cluster that restarts.
    cleanup();
    const QStringList unlimited = {QStringLiteral("--rate-limit"), QStringLiteral("0")};
    ContactsServerProcess a;
    ContactsServerProcess b;
    a.useDatabase(location);
    b.useDatabase(location);
    const auto credentials = a.startWithToken(QStringLiteral("org-restart"), unlimited);
    QVERIFY2(credentials, qPrintable(a.errorString()));
    m_credentials = *credentials;
    QVERIFY2(b.start(unlimited), qPrintable(b.errorString()));

    // Waves of 8 requests at once, half to each server, half of them creates; every answer is
    // a success or a 503 that says when to come back, never a 500 or no answer.
    int phone = 0;
    QStringList created;
    QList<int> statuses;
    auto wave = [&] {
        QList<QNetworkReply*> sent;
        for (int i = 0; i < 8; ++i) {
            ContactsServerProcess& server = i % 2 ? b : a;
            sent.append(i < 4 ? server.send("POST", contacts, &m_credentials,
                                            createBody(QStringLiteral("+1415556%1")
                                                           .arg(++phone, 4, 10, QLatin1Char('0'))))
                              : server.send("GET", contacts + "?limit=5", &m_credentials));
        }
        for (QNetworkReply* reply : sent) {
            const Reply answer = ContactsServerProcess::waitFor(reply);
            statuses.append(answer.status);
            if (answer.status == 201)
                created.append(answer.json()["data"]["id"].toString());
            else if (answer.status != 200)
                QCOMPARE(answer.status, 503);
            if (answer.status == 503) {
                QCOMPARE(answer.body, errorBody("Service unavailable"));
                QCOMPARE(answer.header("Retry-After"), QByteArray("1"));
            }
        }
    };
    auto loadUntilFinished = [&](QProcess* script) {
        std::unique_ptr<QProcess> owned(script);
        QElapsedTimer timer;
        timer.start();
        while (owned->state() != QProcess::NotRunning && timer.elapsed() < 120000) {
            wave();
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(owned->state(), QProcess::NotRunning);
        QVERIFY2(owned->exitStatus() == QProcess::NormalExit && owned->exitCode() == 0,
                 owned->readAllStandardError().constData());
    };

    wave();
    QVERIFY(!statuses.contains(503));
    loadUntilFinished(cluster.begin(QStringLiteral("halt")));
    if (QTest::currentTestFailed())
        return;
    statuses.clear();
    for (int i = 0; i < 3; ++i)
        wave();
    QCOMPARE(statuses.count(503), statuses.size()); // down: every request, read or write
    loadUntilFinished(cluster.begin(QStringLiteral("resume")));
    if (QTest::currentTestFailed())
        return;

    // Back by themselves, within a second or two of the database (each worker reconnects on
    // its next request), and every contact that was answered 201 is there.
    QElapsedTimer recovering;
    recovering.start();
    do {
        statuses.clear();
        wave();
    } while (statuses.count(503) > 0 && recovering.elapsed() < 15000);
    QCOMPARE(statuses.count(503), 0);
    for (const QString& id : std::as_const(created))
        QCOMPARE(on(id.size() % 2 ? a : b, "GET", contacts + u'/' + id).status, 200);
    QVERIFY(created.size() >= 8);
}

QTEST_GUILESS_MAIN(TestTwoServers)
#include "tst_twoservers.moc"
