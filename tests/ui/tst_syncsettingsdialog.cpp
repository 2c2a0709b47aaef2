#include "ContactsServerProcess.h"
#include "GuiTestSupport.h"
#include "KeychainTokenStore.h"
#include "MemoryTokenStore.h"
#include "MessageLabel.h"
#include "SyncSettings.h"
#include "SyncSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QtTest>

#include <memory>

namespace {

const QString organization = QStringLiteral("org-a");

QLineEdit* edit(QDialog& dialog, const char* name)
{
    return dialog.findChild<QLineEdit*>(QLatin1String(name));
}

MessageLabel* label(QDialog& dialog, const char* name)
{
    return dialog.findChild<MessageLabel*>(QLatin1String(name));
}

void fill(QDialog& dialog, const QString& url, const QString& org, const QString& token)
{
    edit(dialog, "serverUrlEdit")->setText(url);
    edit(dialog, "organizationEdit")->setText(org);
    QLineEdit* tokenEdit = edit(dialog, "tokenEdit");
    tokenEdit->setText(token);
    tokenEdit->setModified(true);
}

void clickOk(QDialog& dialog)
{
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
}

// A loopback port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

} // namespace

/// Sync ▸ Sync Settings…: settings in QSettings, the token only in the keychain, the
/// keychain's errors shown, and "Test connection" against the real contacts-server.
class TestSyncSettingsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();

    void defaultsAreOffAndHundredRequests();
    void showsStoredSettingsAndToken();
    void okSavesSettingsAndTokenOnlyInKeychain();
    void keychainErrorsAreShownAndKeepTheDialogOpen();
    void badFormIsRefused_data();
    void badFormIsRefused();
    void tokenAccountIgnoresTheApiPath();
    void testConnectionShowsTheServersAnswer_data();
    void testConnectionShowsTheServersAnswer();
    void closingDuringATestCancelsIt();
    void realKeychainAnswersOrSaysWhy();

private:
    std::unique_ptr<ContactsServerProcess> m_server;
    ContactsServerProcess::Credentials m_credentials;
    MemoryTokenStore m_tokens;
};

void TestSyncSettingsDialog::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_syncsettingsdialog"));
    m_server = std::make_unique<ContactsServerProcess>();
    const auto credentials = m_server->startWithToken(
        organization, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_credentials = *credentials;
    for (const char* phone : {"+971501234567", "+14155557890"}) {
        const auto created =
            m_server->request("POST", QStringLiteral("/api/whatsapp/contacts"), &m_credentials,
                              QByteArray(R"({"userNumber": ")") + phone + R"("})");
        QCOMPARE(created.status, 201);
    }
}

void TestSyncSettingsDialog::init()
{
    QSettings().remove(QStringLiteral("sync"));
    m_tokens = MemoryTokenStore();
}

void TestSyncSettingsDialog::defaultsAreOffAndHundredRequests()
{
    SyncSettingsDialog dialog(m_tokens);
    const SyncSettings form = dialog.settings();
    QVERIFY(!form.isConfigured());
    QCOMPARE(form.requestsPerMinute, 100);
    QVERIFY(!form.automatic);
    QVERIFY(!dialog.findChild<QSpinBox*>(QStringLiteral("intervalSpin"))->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("automaticCheck"))->setChecked(true);
    QVERIFY(dialog.findChild<QSpinBox*>(QStringLiteral("intervalSpin"))->isEnabled());
    QCOMPARE(m_tokens.reads, 0); // nothing to read before a server is set
}

void TestSyncSettingsDialog::showsStoredSettingsAndToken()
{
    SyncSettings stored;
    stored.serverUrl = QStringLiteral("https://contacts.example.com");
    stored.organizationId = organization;
    stored.requestsPerMinute = 40;
    stored.automatic = true;
    stored.intervalMinutes = 5;
    stored.afterEdits = false;
    stored.save();
    m_tokens.tokens.insert(stored.tokenAccount(), QStringLiteral("ct_secret"));

    SyncSettingsDialog dialog(m_tokens);
    QCOMPARE(dialog.settings(), stored);
    QTRY_COMPARE(edit(dialog, "tokenEdit")->text(), QStringLiteral("ct_secret"));
    QCOMPARE(edit(dialog, "tokenEdit")->echoMode(), QLineEdit::Password);
}

void TestSyncSettingsDialog::okSavesSettingsAndTokenOnlyInKeychain()
{
    SyncSettingsDialog dialog(m_tokens);
    QSignalSpy saved(&dialog, &SyncSettingsDialog::settingsSaved);
    fill(dialog, QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()), organization,
         QStringLiteral("ct_typed_token"));
    dialog.findChild<QSpinBox*>(QStringLiteral("requestsPerMinuteSpin"))->setValue(60);
    dialog.findChild<QCheckBox*>(QStringLiteral("automaticCheck"))->setChecked(true);
    clickOk(dialog);
    QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(saved.count(), 1);

    const SyncSettings loaded = SyncSettings::load();
    QCOMPARE(loaded.organizationId, organization);
    QCOMPARE(loaded.requestsPerMinute, 60);
    QVERIFY(loaded.automatic);
    QCOMPARE(m_tokens.tokens.value(loaded.tokenAccount()), QStringLiteral("ct_typed_token"));
    QSettings settings;
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(QLatin1String("ct_typed_token")),
                 qPrintable(key));
}

void TestSyncSettingsDialog::keychainErrorsAreShownAndKeepTheDialogOpen()
{
    SyncSettings stored;
    stored.serverUrl = QStringLiteral("https://contacts.example.com");
    stored.organizationId = organization;
    stored.save();
    m_tokens.failure = QStringLiteral("The system keychain could not be used: no Secret Service");

    SyncSettingsDialog dialog(m_tokens);
    QSignalSpy saved(&dialog, &SyncSettingsDialog::settingsSaved);
    MessageLabel* error = label(dialog, "errorLabel");
    QTRY_COMPARE(error->text(), m_tokens.failure); // the read, on opening
    QVERIFY(error->isError());

    edit(dialog, "tokenEdit")->setText(QStringLiteral("ct_new"));
    error->clearMessage();
    clickOk(dialog);
    QTRY_COMPARE(error->text(), m_tokens.failure); // the write, on OK
    QCOMPARE(m_tokens.writes, 1);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void TestSyncSettingsDialog::badFormIsRefused_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("org");
    QTest::addColumn<QString>("error");
    QTest::newRow("not http") << "ftp://contacts.example.com" << organization
                              << "The server URL must start with http:// or https://";
    QTest::newRow("no organization")
        << "https://contacts.example.com" << QString() << "Enter the organization ID";
    QTest::newRow("no server") << QString() << organization << "Enter the server URL";
    QTest::newRow("user in URL") << "https://me:pw@contacts.example.com" << organization
                                 << "The server URL must not contain a user name or password";
}

void TestSyncSettingsDialog::badFormIsRefused()
{
    QFETCH(QString, url);
    QFETCH(QString, org);
    QFETCH(QString, error);
    SyncSettingsDialog dialog(m_tokens);
    fill(dialog, url, org, QStringLiteral("ct_token"));
    clickOk(dialog);
    QCOMPARE(label(dialog, "errorLabel")->text(), error);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(m_tokens.writes, 0);
    QVERIFY(!SyncSettings::load().isConfigured());
}

void TestSyncSettingsDialog::tokenAccountIgnoresTheApiPath()
{
    SyncSettings bare;
    bare.serverUrl = QStringLiteral("https://contacts.example.com");
    bare.organizationId = organization;
    SyncSettings full = bare;
    full.serverUrl = QStringLiteral("https://contacts.example.com/api/whatsapp/contacts/");
    QCOMPARE(full.tokenAccount(), bare.tokenAccount());
    SyncSettings other = bare;
    other.organizationId = QStringLiteral("org-b");
    QVERIFY(other.tokenAccount() != bare.tokenAccount());
}

void TestSyncSettingsDialog::testConnectionShowsTheServersAnswer_data()
{
    QTest::addColumn<bool>("reachable");
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<QString>("expected");
    QTest::newRow("connected") << true << QStringLiteral("TOKEN") << true
                               << QStringLiteral("Connected: 2 contacts on the server");
    QTest::newRow("wrong token") << true << QStringLiteral("ct_wrong") << false
                                 << QStringLiteral("HTTP 401");
    QTest::newRow("nobody listening")
        << false << QStringLiteral("TOKEN") << false << QStringLiteral("Not connected: ");
}

void TestSyncSettingsDialog::testConnectionShowsTheServersAnswer()
{
    QFETCH(bool, reachable);
    QFETCH(QString, token);
    QFETCH(bool, connected);
    QFETCH(QString, expected);
    const quint16 port = reachable ? m_server->port() : closedPort();
    token.replace(QLatin1String("TOKEN"), m_credentials.token);

    SyncSettingsDialog dialog(m_tokens);
    fill(dialog, QStringLiteral("http://127.0.0.1:%1/").arg(port), organization, token);
    auto* button = dialog.findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
    button->click();
    QVERIFY(dialog.isTesting());
    QVERIFY(!button->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isTesting(), 20000);
    QTRY_VERIFY(button->isEnabled());
    MessageLabel* answer = label(dialog, "connectionLabel");
    QVERIFY2(answer->text().contains(expected), qPrintable(answer->text()));
    if (!connected) // the client's reason names the server
        QVERIFY2(answer->text().contains(QStringLiteral("127.0.0.1")), qPrintable(answer->text()));
    QCOMPARE(answer->isError(), !connected);
    QVERIFY(!answer->text().contains(m_credentials.token));
    QCOMPARE(m_tokens.writes, 0); // a test stores nothing
}

void TestSyncSettingsDialog::closingDuringATestCancelsIt()
{
    // A server that accepts and never answers: the dialog's end must not wait the timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto dialog = std::make_unique<SyncSettingsDialog>(m_tokens);
    fill(*dialog, QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()), organization,
         QStringLiteral("ct_token"));
    dialog->testConnection();
    QTest::qWait(200);
    QVERIFY(dialog->isTesting());
    QElapsedTimer closing;
    closing.start();
    dialog.reset();
    QVERIFY2(closing.elapsed() < 5000, qPrintable(QString::number(closing.elapsed())));
}

void TestSyncSettingsDialog::realKeychainAnswersOrSaysWhy()
{
    // CI has no Secret Service: the real store must still answer, with a reason to show,
    // rather than leave the dialog waiting. Where a keychain runs, the entry is just absent.
    KeychainTokenStore keychain;
    QObject context;
    std::optional<TokenStore::ReadResult> answer;
    keychain.readToken(QStringLiteral("tst_syncsettingsdialog absent entry"), &context,
                       [&answer](TokenStore::ReadResult read) { answer = read; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
    qInfo("keychain: %s", *answer ? "no entry" : qPrintable(answer->error()));
    if (*answer)
        QCOMPARE(**answer, QString());
    else
        QVERIFY2(
            answer->error().startsWith(QStringLiteral("The system keychain could not be used: ")) &&
                answer->error().size() > 40,
            qPrintable(answer->error()));
}

QTEST_MAIN(TestSyncSettingsDialog)
#include "tst_syncsettingsdialog.moc"
