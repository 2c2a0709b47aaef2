#include "ContactBodies.h"
#include "ContactStore.h"
#include "ContactsServerProcess.h"
#include "GuiTestSupport.h"
#include "MemoryTokenStore.h"
#include "SyncController.h"
#include "SyncSettings.h"
#include "SyncStatus.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(SyncSummary)

namespace {

const QString organization = QStringLiteral("org-a");

} // namespace

/// The desktop's sync runs: on demand against the real contacts-server, one at a time, the
/// settings asked for without a server, a missing token or a locked keychain said, and a
/// run cancelled and waited for when the window goes.
class TestSyncController : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void withoutServerAsksForSettings();
    void keychainFailureOrNoTokenIsSaid_data();
    void keychainFailureOrNoTokenIsSaid();
    void syncNowPushesLocalContacts();
    void oneRunAtATime();
    void cancelAndWaitStopsARunPromptly();
    void editsScheduleARunOnlyWhenAutomatic();
    void openingAContactFetchesParamsTheListLacks();

private:
    SyncSettings settingsFor(quint16 port) const;
    void createContacts(int count);

    std::unique_ptr<ContactsServerProcess> m_server;
    ContactsServerProcess::Credentials m_credentials;
    std::unique_ptr<TestDatabase> m_db;
    MemoryTokenStore m_tokens;
};

void TestSyncController::initTestCase()
{
    qRegisterMetaType<SyncSummary>();
    GuiTestSupport::isolateSettings(QStringLiteral("tst_synccontroller"));
    m_server = std::make_unique<ContactsServerProcess>();
    const auto credentials = m_server->startWithToken(
        organization, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_credentials = *credentials;
}

void TestSyncController::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    m_tokens = MemoryTokenStore();
}

void TestSyncController::cleanup()
{
    m_db.reset();
}

SyncSettings TestSyncController::settingsFor(quint16 port) const
{
    SyncSettings settings;
    settings.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    settings.organizationId = organization;
    settings.requestsPerMinute = 0;
    return settings;
}

void TestSyncController::createContacts(int count)
{
    ContactStore store = m_db->store();
    for (int i = 0; i < count; ++i) {
        const QString phone = QStringLiteral("+9715012%1").arg(i, 5, 10, QLatin1Char('0'));
        VERIFY_OK(store.create(ContactBodies::newContact({{"userNumber", phone}})));
    }
}

void TestSyncController::withoutServerAsksForSettings()
{
    SyncController controller(&m_tokens);
    controller.setDatabasePath(m_db->path());
    QSignalSpy asked(&controller, &SyncController::settingsRequested);
    QSignalSpy started(&controller, &SyncController::started);
    controller.syncNow();
    QCOMPARE(asked.count(), 1);
    QCOMPARE(started.count(), 0);
    QCOMPARE(m_tokens.reads, 0);
}

void TestSyncController::keychainFailureOrNoTokenIsSaid_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<QString>("expected");
    QTest::newRow("keychain locked")
        << QStringLiteral("The system keychain could not be used: locked")
        << QStringLiteral("locked");
    QTest::newRow("no token") << QString() << QStringLiteral("No token");
}

void TestSyncController::keychainFailureOrNoTokenIsSaid()
{
    QFETCH(QString, failure);
    QFETCH(QString, expected);
    m_tokens.failure = failure;
    SyncController controller(&m_tokens);
    controller.setDatabasePath(m_db->path());
    controller.setSettings(settingsFor(m_server->port()));
    QSignalSpy failed(&controller, &SyncController::startFailed);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(expected),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!controller.isRunning());
    QCOMPARE(finished.count(), 0);
}

void TestSyncController::syncNowPushesLocalContacts()
{
    createContacts(3);
    const SyncSettings settings = settingsFor(m_server->port());
    m_tokens.tokens.insert(settings.tokenAccount(), m_credentials.token);
    SyncController controller(&m_tokens);
    controller.setDatabasePath(m_db->path());
    controller.setSettings(settings);
    QSignalSpy started(&controller, &SyncController::started);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QCOMPARE(started.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QVERIFY2(summary.success(), qPrintable(summary.failure ? summary.failure->message : QString()));
    QCOMPARE(summary.pushed, 3);
    QVERIFY(!controller.isRunning());

    const auto listed =
        m_server->request("GET", QStringLiteral("/api/whatsapp/contacts?limit=1"), &m_credentials);
    QCOMPARE(listed.json()["data"]["total"].toInt(), 3);
    SyncStatus status(m_db->db(), m_db->db().defaultOrganization().rowId);
    QCOMPARE(status.pendingCount().value_or(-1), 0);
}

void TestSyncController::oneRunAtATime()
{
    // A server that accepts and never answers holds the first run.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const SyncSettings settings = settingsFor(silent.serverPort());
    m_tokens.tokens.insert(settings.tokenAccount(), QStringLiteral("ct_token"));
    SyncController controller(&m_tokens);
    controller.setDatabasePath(m_db->path());
    controller.setSettings(settings);
    QSignalSpy started(&controller, &SyncController::started);
    controller.syncNow();
    QTRY_VERIFY(m_tokens.reads == 1);
    controller.syncNow();
    controller.syncNow();
    QCOMPARE(started.count(), 1);
    QCOMPARE(m_tokens.reads, 1);
    QVERIFY(controller.isRunning());
    controller.cancelAndWait();
}

void TestSyncController::cancelAndWaitStopsARunPromptly()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    const SyncSettings settings = settingsFor(silent.serverPort());
    m_tokens.tokens.insert(settings.tokenAccount(), QStringLiteral("ct_token"));
    auto controller = std::make_unique<SyncController>(&m_tokens);
    controller->setDatabasePath(m_db->path());
    controller->setSettings(settings);
    QSignalSpy finished(controller.get(), &SyncController::finished);
    controller->syncNow();
    QTest::qWait(300); // the token is read, the run waits on the silent server
    QVERIFY(controller->isRunning());
    QElapsedTimer stopping;
    stopping.start();
    controller->cancelAndWait();
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    QTRY_COMPARE(finished.count(), 1);
    const SyncSummary summary = finished.first().first().value<SyncSummary>();
    QVERIFY(!summary.success());
    QCOMPARE(summary.failure->kind, ClientError::Kind::Cancelled);
    controller.reset(); // nothing left to wait for
}

void TestSyncController::editsScheduleARunOnlyWhenAutomatic()
{
    SyncSettings settings = settingsFor(m_server->port());
    m_tokens.tokens.insert(settings.tokenAccount(), m_credentials.token);
    SyncController controller(&m_tokens);
    controller.setDatabasePath(m_db->path());
    controller.setSettings(settings);
    controller.noteLocalEdit();
    QTimer* afterEdits = nullptr;
    for (QTimer* timer : controller.findChildren<QTimer*>()) {
        if (timer->isSingleShot())
            afterEdits = timer;
    }
    QVERIFY(afterEdits);
    QVERIFY(!afterEdits->isActive()); // automatic sync is off by default
    settings.automatic = true;
    controller.setSettings(settings);
    controller.noteLocalEdit();
    QVERIFY(afterEdits->isActive());
    QCOMPARE(afterEdits->interval(), SyncController::editDelayMs);
    settings.afterEdits = false;
    controller.setSettings(settings);
    QVERIFY(!afterEdits->isActive());
}

QTEST_MAIN(TestSyncController)
#include "tst_synccontroller.moc"

void TestSyncController::openingAContactFetchesParamsTheListLacks()
{
    // The hosted service's surface: its list has no params.
    ContactsServerProcess hosted;
    const auto credentials = hosted.addToken(organization);
    QVERIFY(credentials);
    QVERIFY2(hosted.start({QStringLiteral("--rate-limit"), QStringLiteral("0"),
                           QStringLiteral("--without-extensions")}),
             qPrintable(hosted.errorString()));
    QCOMPARE(hosted
                 .request("POST", QStringLiteral("/api/whatsapp/contacts"), &*credentials,
                          R"({"userNumber":"+971501234567","params":{"plan":"pro"}})")
                 .status,
             201);

    const SyncSettings settings = settingsFor(hosted.port());
    m_tokens.tokens.insert(settings.tokenAccount(), credentials->token);
    SyncController controller(&m_tokens);
    controller.setDatabasePath(m_db->path());
    controller.setSettings(settings);
    QSignalSpy finished(&controller, &SyncController::finished);
    controller.syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    ContactStore store = m_db->store();
    const auto pulled = store.contactByPhone(QStringLiteral("+971501234567"));
    QVERIFY(pulled && *pulled);
    QCOMPARE((*pulled)->params, QJsonObject()); // the list did not carry them

    QSignalSpy refreshed(&controller, &SyncController::contactRefreshed);
    controller.refreshContact((*pulled)->id);
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 10000);
    QCOMPARE(refreshed.first().first().toString(), (*pulled)->id);
    QCOMPARE(store.contact((*pulled)->id)->params, QJsonObject({{"plan", "pro"}}));

    // Now current: opening it again asks the server nothing.
    const QByteArray logBefore = hosted.log();
    controller.refreshContact((*pulled)->id);
    controller.cancelAndWait(); // waits for the refresh
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(hosted.log().count("GET /api/whatsapp/contacts/"),
             logBefore.count("GET /api/whatsapp/contacts/"));
}
