#include "ContactBodies.h"
#include "ContactStore.h"
#include "GuiTestSupport.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncStatusReader.h"
#include "SyncStatusWidget.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QLabel>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

/// The status bar's sync status: what it says for each outcome of a run, and the counts its
/// reader reads from a real database.
class TestSyncStatusWidget : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void hiddenUntilConfigured();
    void countsFromTheDatabase();
    void runOutcomes_data();
    void runOutcomes();
    void conflictsLinkAsksForTheDialog();

private:
    void configure(int conflicts);
    std::unique_ptr<TestDatabase> m_db;
};

void TestSyncStatusWidget::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_syncstatuswidget"));
}

void TestSyncStatusWidget::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestSyncStatusWidget::cleanup()
{
    m_db.reset();
}

// Three contacts, synced up to the first one's creation, and `conflicts` open conflicts.
void TestSyncStatusWidget::configure(int conflicts)
{
    ContactStore store = m_db->store();
    QList<Contact> created;
    for (const char* phone : {"+971501234567", "+447911123456", "+14155552671"}) {
        auto contact = store.create(ContactBodies::newContact({{"userNumber", phone}}));
        QVERIFY(contact);
        created.append(*contact);
    }
    SyncCursors cursors(m_db->db());
    VERIFY_OK(cursors.setRemote(QStringLiteral("http://127.0.0.1:1/api/whatsapp/contacts org")));
    VERIFY_OK(cursors.setOutboxPosition(store.journal(0)->first().sequence));
    VERIFY_OK(cursors.setLastRun(QDateTime::currentDateTimeUtc().addSecs(-150), QString()));
    for (int i = 0; i < conflicts; ++i) {
        SyncConflict conflict;
        conflict.contactId = created.at(i).id;
        conflict.phone = created.at(i).phone;
        conflict.field = QStringLiteral("name");
        conflict.localValue = QStringLiteral("Mine");
        conflict.remoteValue = QStringLiteral("Theirs");
        VERIFY_OK(SyncConflicts(m_db->db(), m_db->db().defaultOrganization().rowId).add(conflict));
    }
}

void TestSyncStatusWidget::hiddenUntilConfigured()
{
    QWidget statusBar;
    auto* widget = new SyncStatusWidget(&statusBar);
    statusBar.show();
    QVERIFY(!widget->isVisible());
    widget->setConfigured(true);
    QVERIFY(widget->isVisible());
    QCOMPARE(widget->text(), QStringLiteral("Not synced yet"));
    widget->setConfigured(false);
    QVERIFY(!widget->isVisible());
}

void TestSyncStatusWidget::countsFromTheDatabase()
{
    configure(2);
    SyncStatusReader reader;
    SyncStatusWidget widget;
    widget.setReader(&reader);
    // Nothing is read while there is no server (the window opens its database first).
    reader.reload(m_db->path());
    QTest::qWait(200);
    QCOMPARE(widget.pendingCount(), 0);
    reader.setConfigured(true);
    widget.setConfigured(true);
    QTRY_COMPARE(widget.pendingCount(), 2);
    QCOMPARE(widget.conflictCount(), 2);
    QCOMPARE(widget.text(), QStringLiteral("Synced 2 min ago · 2 pending · 2 conflicts"));
}

void TestSyncStatusWidget::runOutcomes_data()
{
    QTest::addColumn<int>("kind"); // -1: success
    QTest::addColumn<bool>("retrying");
    QTest::addColumn<QString>("expected");
    QTest::newRow("success") << -1 << false << QStringLiteral("Synced just now");
    QTest::newRow("offline, automatic")
        << int(ClientError::Kind::Network) << true << QStringLiteral("Offline — retrying…");
    QTest::newRow("offline, by hand")
        << int(ClientError::Kind::Timeout) << false << QStringLiteral("Offline — not synced");
    QTest::newRow("unauthorized") << int(ClientError::Kind::Unauthorized) << true
                                  << QStringLiteral("Sync failed: Unauthorized");
    QTest::newRow("server") << int(ClientError::Kind::Server) << false
                            << QStringLiteral("Sync failed: h failed (HTTP 503)");
}

void TestSyncStatusWidget::runOutcomes()
{
    QFETCH(int, kind);
    QFETCH(bool, retrying);
    QFETCH(QString, expected);
    SyncStatusWidget widget;
    widget.setConfigured(true);
    widget.setRetrying(retrying);
    widget.setRunning(SyncProgress{SyncProgress::Phase::Pulling, 120, 400});
    QCOMPARE(widget.text(), QStringLiteral("Syncing: receiving 120 of 400"));
    SyncSummary summary;
    if (kind >= 0)
        summary.failure =
            ClientError{ClientError::Kind(kind), 503, QStringLiteral("h failed (HTTP 503)")};
    widget.setFinished(summary);
    QCOMPARE(widget.text(), expected);
}

void TestSyncStatusWidget::conflictsLinkAsksForTheDialog()
{
    configure(1);
    SyncStatusReader reader;
    reader.setConfigured(true);
    SyncStatusWidget widget;
    widget.setReader(&reader);
    widget.setConfigured(true);
    reader.reload(m_db->path());
    QTRY_COMPARE(widget.conflictCount(), 1);
    QSignalSpy requested(&widget, &SyncStatusWidget::conflictsRequested);
    auto* label = widget.findChild<QLabel*>(QStringLiteral("syncStatusLabel"));
    QVERIFY(label->text().contains(QStringLiteral("<a href=")));
    emit label->linkActivated(QStringLiteral("conflicts"));
    QCOMPARE(requested.count(), 1);
}

QTEST_MAIN(TestSyncStatusWidget)
#include "tst_syncstatuswidget.moc"
