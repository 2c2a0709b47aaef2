#include "ContactBatchEdit.h"
#include "ContactStore.h"
#include "ContactsServerProcess.h"
#include "DatabaseSession.h"
#include "GuiTestSupport.h"
#include "HeldDeletionsDialog.h"
#include "MemoryTokenStore.h"
#include "NewContact.h"
#include "SyncActions.h"
#include "SyncController.h"
#include "SyncEngine.h"
#include "SyncSettings.h"
#include "SyncStatusWidget.h"
#include "SyncSummary.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QAction>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(SyncSummary)

namespace {

const QString organization = QStringLiteral("org-held");

QString phone(int i)
{
    return QStringLiteral("+9715013%1").arg(i, 5, 10, QLatin1Char('0'));
}

SyncSummary heldSummary(qint64 here, qint64 onServer)
{
    SyncSummary summary;
    summary.heldHere = here;
    summary.heldOnServer = onServer;
    summary.deletionLimit = 10;
    summary.heldSample.append(QJsonObject{
        {"id", "a"}, {"phone", "+971501234567"}, {"name", "Ahmed Hassan"}, {"where", "server"}});
    summary.heldSample.append(
        QJsonObject{{"id", "b"}, {"phone", "+971507654321"}, {"name", "Mona"}, {"where", "here"}});
    return summary;
}

QString allText(const QWidget& widget)
{
    QString text;
    for (const QLabel* label : widget.findChildren<QLabel*>())
        text += label->text() + u'\n';
    return text;
}

} // namespace

/// Deletions a sync held back (sync.md, "The mass-deletion guard"), on the desktop: the
/// dialog that lists them, Keep as the default, and Delete letting the next run make them.
class TestHeldDeletions : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void dialogSaysHowManyAndWhere();
    void enterKeepsThem();
    void deleteAsksTheNextRunToMakeThem();

private:
    std::unique_ptr<ContactsServerProcess> m_server;
    ContactsServerProcess::Credentials m_credentials;
};

void TestHeldDeletions::initTestCase()
{
    qRegisterMetaType<SyncSummary>();
    GuiTestSupport::isolateSettings(QStringLiteral("tst_helddeletions"));
    m_server = std::make_unique<ContactsServerProcess>();
    const auto credentials = m_server->startWithToken(
        organization, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_credentials = *credentials;
}

void TestHeldDeletions::dialogSaysHowManyAndWhere()
{
    HeldDeletionsDialog dialog(heldSummary(3, 12));
    dialog.show();
    const QString text = allText(dialog);
    QVERIFY2(text.contains(QStringLiteral("3 on this computer")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12 on the server")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("more than the 10 contacts")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("13 more")), qPrintable(text));
    QCOMPARE(dialog.count(), 15);
    QCOMPARE(dialog.sample()->topLevelItemCount(), 2);
    QCOMPARE(dialog.sample()->topLevelItem(0)->text(0), QStringLiteral("Ahmed Hassan"));
    QCOMPARE(dialog.sample()->topLevelItem(0)->text(1), QStringLiteral("+971501234567"));
    QCOMPARE(dialog.sample()->topLevelItem(0)->text(2), QStringLiteral("this computer"));
    QCOMPARE(dialog.sample()->topLevelItem(1)->text(2), QStringLiteral("the server"));
    QCOMPARE(dialog.deleteButton()->text(), QStringLiteral("&Delete 15 Contacts"));
    // `CONTACTS_SCREENSHOTS=DIR` saves the dialog for docs/.
    const QString screenshots = qEnvironmentVariable("CONTACTS_SCREENSHOTS");
    if (!screenshots.isEmpty())
        QVERIFY(dialog.grab().save(screenshots + QStringLiteral("/sync-held-deletions.png")));
}

void TestHeldDeletions::enterKeepsThem()
{
    HeldDeletionsDialog dialog(heldSummary(0, 12));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.keepButton()->isDefault());
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void TestHeldDeletions::deleteAsksTheNextRunToMakeThem()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.errorString()));
    ContactStore store = db.store();
    for (int i = 0; i < 30; ++i)
        VERIFY_OK(store.create(NewContact().setPhone(phone(i)), ContactSource::Manual));
    SyncSettings settings;
    settings.serverUrl = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
    settings.organizationId = organization;
    settings.requestsPerMinute = 0;
    settings.save();
    ServerEndpoint endpoint;
    endpoint.contactsUrl = QUrl(settings.serverUrl + QStringLiteral("/api/whatsapp/contacts"));
    endpoint.organizationId = organization;
    endpoint.token = m_credentials.token;
    QVERIFY(SyncEngine(db.path(), endpoint).run().success());
    QStringList doomed;
    for (int i = 0; i < 12; ++i)
        doomed.append((*store.contactByPhone(phone(i)))->id);
    ContactBatchEdit edit(db.db());
    VERIFY_OK(edit.remove(doomed));

    QWidget window;
    SyncStatusWidget status;
    SyncActions actions(&status, &window);
    auto tokens = std::make_unique<MemoryTokenStore>();
    tokens->tokens.insert(settings.tokenAccount(), m_credentials.token);
    actions.setTokenStore(std::move(tokens));
    auto session = DatabaseSession::open(db.path());
    VERIFY_OK(session);
    actions.setSession(session->get());
    window.show();
    QSignalSpy finished(actions.controller(), &SyncController::finished);
    actions.syncNowAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QTRY_VERIFY(window.findChild<HeldDeletionsDialog*>());
    auto* dialog = window.findChild<HeldDeletionsDialog*>();
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->count(), 12);
    const auto total = [this] {
        return m_server
            ->request("GET", QStringLiteral("/api/whatsapp/contacts?limit=1"), &m_credentials)
            .json()["data"]["total"]
            .toInt();
    };
    QCOMPARE(total(), 30);
    // They wait, and the status bar counts them as pending.
    QTRY_VERIFY2(status.text().contains(QStringLiteral("12 pending")), qPrintable(status.text()));

    // Alt+D, the Delete button's mnemonic: the next run makes the 12 deletions.
    QTest::keyClick(dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    const SyncSummary second = finished.at(1).first().value<SyncSummary>();
    QVERIFY(second.success());
    QVERIFY(!second.holdsDeletions());
    QCOMPARE(second.pushed, 12);
    QCOMPARE(total(), 18);
    actions.setSession(nullptr);
}

QTEST_MAIN(TestHeldDeletions)
#include "tst_helddeletions.moc"
