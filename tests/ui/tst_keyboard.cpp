#include "ConflictsDialog.h"
#include "ContactEditor.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "ContactsServerProcess.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "SearchField.h"
#include "StatusSummary.h"
#include "SyncConflicts.h"
#include "SyncSettingsDialog.h"
#include "SyncStatusWidget.h"
#include "TestDatabase.h"

#include <QApplication>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

const QString organization = QStringLiteral("org-keys");

// Sorted by name: Ahmed Ali, Ahmed Hassan, Fatima Zahra, Karim Nasser, Layla Haddad.
const QList<std::pair<const char*, const char*>> seeds = {
    {"Ahmed Hassan", "+971501234567"}, {"Fatima Zahra", "+971501112222"},
    {"Layla Haddad", "+96171123456"},  {"Ahmed Ali", "+201001234567"},
    {"Karim Nasser", "+962791234567"},
};

/// Where a key goes: the open menu, else the widget with the keyboard focus.
QWidget* keyTarget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    return QApplication::focusWidget();
}

} // namespace

// A failure in the helper ends the test, not only the helper.
#define OPEN_WINDOW()                                                                              \
    do {                                                                                           \
        openWindow();                                                                              \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

/// Each of the agent's tasks done from the keyboard alone: the suite sends key events to the
/// focused widget (or the open menu) and nothing else, no clicks and no calls of the
/// window's slots, and checks the outcome in the store, the file or the server.
class TestKeyboard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void search();
    void moveThroughResults();
    void openAndEditContact();
    void tagSelection();
    void import();
    void exportContacts();
    void sync();
    void resolveConflict();

private:
    void openWindow();
    /// Presses `key` where the keyboard is; false (and a failure) when nothing has focus.
    bool press(QKeyCombination key);
    bool type(const QString& text);
    /// Calls `answer` once a modal dialog shows (it opens in the key's own event loop).
    void whenModal(std::function<void(QWidget*)> answer);
    QString idOf(const char* name) const { return m_ids.value(QLatin1String(name)); }
    int currentRow() const { return m_window->table()->currentIndex().row(); }
    QString currentName() const;
    /// How many contacts have the tag `follow-up`.
    qint64 taggedCount();

    std::unique_ptr<ContactsServerProcess> m_server;
    ContactsServerProcess::Credentials m_credentials;
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
    /// After a dialog closes: offscreen has no window manager to give the window back its
    /// activation (and its focus widget the keyboard), so this does what one would.
    void returnToWindow();

    QHash<QString, QString> m_ids;
    QTemporaryDir m_files;
    /// Closes a file dialog no key should have opened (it would wait for ever), and says so.
    QTimer m_fileDialogGuard;
    QString m_unexpectedDialog;
};

void TestKeyboard::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_keyboard"));
    QVERIFY(m_files.isValid());
    m_server = std::make_unique<ContactsServerProcess>();
    const auto credentials = m_server->startWithToken(
        organization, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_credentials = *credentials;
    m_fileDialogGuard.setInterval(50);
    connect(&m_fileDialogGuard, &QTimer::timeout, this, [this] {
        if (auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget())) {
            m_unexpectedDialog = dialog->windowTitle();
            dialog->reject();
        }
    });
}

void TestKeyboard::init()
{
    QSettings().clear();
    m_unexpectedDialog.clear();
    m_fileDialogGuard.start();
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
    ContactStore store = m_database->store();
    m_ids.clear();
    for (const auto& [name, phone] : seeds) {
        auto created = store.create(
            NewContact().setPhone(QString::fromLatin1(phone)).setName(QString::fromLatin1(name)));
        QVERIFY(created);
        m_ids.insert(QString::fromLatin1(name), created->id);
    }
}

void TestKeyboard::cleanup()
{
    m_fileDialogGuard.stop();
    m_window.reset();
    m_database.reset();
    QVERIFY2(m_unexpectedDialog.isEmpty(),
             qPrintable(QStringLiteral("a file dialog opened: ") + m_unexpectedDialog));
}

void TestKeyboard::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_database->path());
    m_window->setTokenStore(std::make_unique<MemoryTokenStore>());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_VERIFY(!m_window->model()->isCounting());
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
    // Where the window puts the keyboard when it opens: the contacts.
    QTRY_COMPARE(QApplication::focusWidget(), m_window->table());
}

void TestKeyboard::returnToWindow()
{
    QTRY_VERIFY(!QApplication::activeModalWidget());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

bool TestKeyboard::press(QKeyCombination key)
{
    QWidget* target = keyTarget();
    if (!target) {
        qWarning("no widget has the keyboard focus");
        return false;
    }
    QTest::keyClick(target, key.key(), key.keyboardModifiers());
    return true;
}

bool TestKeyboard::type(const QString& text)
{
    QWidget* target = keyTarget();
    if (!target)
        return false;
    QTest::keyClicks(target, text);
    return true;
}

void TestKeyboard::whenModal(std::function<void(QWidget*)> answer)
{
    auto* timer = new QTimer(m_window.get());
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, timer, [timer, answer] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && QApplication::focusWidget() &&
            modal->isAncestorOf(QApplication::focusWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

QString TestKeyboard::currentName() const
{
    return m_window->table()
        ->currentIndex()
        .siblingAtColumn(ContactTableModel::NameColumn)
        .data()
        .toString();
}

qint64 TestKeyboard::taggedCount()
{
    ListQuery query;
    query.tags = {QStringLiteral("follow-up")};
    return m_database->store().count(query).value_or(-1);
}

void TestKeyboard::search()
{
    OPEN_WINDOW();
    QVERIFY(press(Qt::CTRL | Qt::Key_F));
    QCOMPARE(QApplication::focusWidget(), m_window->searchField());
    QVERIFY(type(QStringLiteral("ahmed")));
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QTRY_VERIFY(!m_window->model()->isCounting());
    QCOMPARE(m_window->statusSummary()->countText(), QStringLiteral("2 matches"));
    // Escape clears it: every contact is back.
    QVERIFY(press(Qt::Key_Escape));
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size()));
}

void TestKeyboard::moveThroughResults()
{
    OPEN_WINDOW();
    QVERIFY(press(Qt::CTRL | Qt::Key_F));
    QVERIFY(type(QStringLiteral("a")));
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size()));
    // From the search field down into its results.
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(QApplication::focusWidget(), m_window->table());
    QVERIFY(m_window->table()->currentIndex().isValid());
    QVERIFY(press(Qt::CTRL | Qt::Key_Home));
    QCOMPARE(currentRow(), 0);
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(currentRow(), 1);
    QVERIFY(press(Qt::Key_PageDown));
    QCOMPARE(currentRow(), int(seeds.size()) - 1);
    QVERIFY(press(Qt::Key_Up));
    QCOMPARE(currentRow(), int(seeds.size()) - 2);
    // The row moved to is the one selected, for the actions that follow.
    QCOMPARE(m_window->table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(m_window->table()->selectionModel()->selectedRows().first().row(),
             int(seeds.size()) - 2);
    QVERIFY(press(Qt::CTRL | Qt::Key_Home));
    QCOMPARE(currentRow(), 0);
}

void TestKeyboard::openAndEditContact()
{
    OPEN_WINDOW();
    QVERIFY(press(Qt::CTRL | Qt::Key_F));
    QVERIFY(type(QStringLiteral("layla")));
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
    QVERIFY(press(Qt::Key_Down));
    QCOMPARE(currentName(), QStringLiteral("Layla Haddad"));
    // Enter opens the editor on the name.
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(m_window->editor()->isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("nameEdit"));
    QVERIFY(press(Qt::CTRL | Qt::Key_A));
    QVERIFY(type(QStringLiteral("Layla H.")));
    // Alt+E: the email field, by its label's mnemonic.
    QVERIFY(press(Qt::ALT | Qt::Key_E));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("emailEdit"));
    QVERIFY(type(QStringLiteral("layla@example.com")));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE(m_database->store().contact(idOf("Layla Haddad"))->name,
                 std::optional<QString>(QStringLiteral("Layla H.")));
    QCOMPARE(m_database->store().contact(idOf("Layla Haddad"))->email,
             std::optional<QString>(QStringLiteral("layla@example.com")));
    // Escape closes the editor and gives the keyboard back to the table.
    QTRY_VERIFY(!m_window->editor()->isModified());
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!m_window->editor()->isVisible());
    QCOMPARE(QApplication::focusWidget(), m_window->table());
}

void TestKeyboard::tagSelection()
{
    OPEN_WINDOW();
    QCOMPARE(QApplication::focusWidget(), m_window->table());
    QVERIFY(press(Qt::CTRL | Qt::Key_Home));
    QVERIFY(press(Qt::SHIFT | Qt::Key_Down));
    QVERIFY(press(Qt::SHIFT | Qt::Key_Down));
    QCOMPARE(m_window->table()->selectionModel()->selectedRows().size(), 3);
    QStringList selected;
    for (const QModelIndex& row : m_window->table()->selectionModel()->selectedRows())
        selected.append(m_window->model()->contactAt(row.row())->id);

    // The tag is typed into the dialog the shortcut opens; Enter adds it.
    bool answered = false;
    whenModal([this, &answered](QWidget*) {
        type(QStringLiteral("follow-up"));
        press(Qt::Key_Return);
        answered = true;
    });
    QVERIFY(press(Qt::CTRL | Qt::Key_T));
    QTRY_VERIFY(answered);
    QTRY_VERIFY(!m_window->hasPendingWrites());
    for (const QString& id : std::as_const(selected)) {
        QTRY_VERIFY2(m_database->store().contact(id)->tags.contains(QStringLiteral("follow-up")),
                     qPrintable(id));
    }
    QCOMPARE(taggedCount(), 3);

    returnToWindow();
    QCOMPARE(QApplication::focusWidget(), m_window->table());
    // Removed from the Contacts menu: Alt+C, then Remove Tag by its letter. (The menu key
    // opens the table's context menu on a desktop; offscreen has no such key.)
    answered = false;
    whenModal([this, &answered](QWidget*) {
        type(QStringLiteral("follow-up"));
        press(Qt::Key_Return);
        answered = true;
    });
    QVERIFY(press(Qt::ALT | Qt::Key_C));
    QTRY_VERIFY(QApplication::activePopupWidget());
    QVERIFY(press(Qt::Key_R));
    QTRY_VERIFY(answered);
    QTRY_VERIFY(!m_window->hasPendingWrites());
    QTRY_COMPARE(taggedCount(), 0);
}

void TestKeyboard::import()
{
    const QString path = m_files.filePath(QStringLiteral("keyboard.csv"));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("Name,Phone\nSalma Aziz,+971501230001\nNoor Said,+971501230002\n");
    csv.close();
    OPEN_WINDOW();

    // Alt+F opens the File menu, I its Import item.
    QVERIFY(press(Qt::ALT | Qt::Key_F));
    QTRY_VERIFY(QApplication::activePopupWidget());
    QVERIFY(press(Qt::Key_I));
    ImportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_window->findChild<ImportWizard*>()) && wizard->isActiveWindow());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("filePathEdit"));
    QVERIFY(type(path));
    // Enter: the preview, the mapping, the import.
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
    QVERIFY(press(Qt::Key_Return));
    QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ImportWizard::ResultPage), 10000);
    QCOMPARE(*m_database->store().count(ListQuery{}), int(seeds.size()) + 2);
    ContactStore store = m_database->store();
    QVERIFY(GuiTestSupport::contactByPhone(store, QStringLiteral("+971501230002")));
    // Enter finishes.
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(!m_window->findChild<ImportWizard*>());
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size()) + 2);
}

void TestKeyboard::exportContacts()
{
    const QString path = m_files.filePath(QStringLiteral("exported.csv"));
    OPEN_WINDOW();
    QVERIFY(press(Qt::CTRL | Qt::Key_E));
    ExportDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ExportDialog*>()) && dialog->isActiveWindow());
    // Alt+F: the file's path, replaced by typing.
    QVERIFY(press(Qt::ALT | Qt::Key_F));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("exportPathEdit"));
    QVERIFY(press(Qt::CTRL | Qt::Key_A));
    QVERIFY(type(path));
    // Enter exports (not Browse…, which the dialog once made its default).
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY_WITH_TIMEOUT(
        QFileInfo::exists(path) &&
            dialog->findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled(),
        10000);
    QTRY_COMPARE(GuiTestSupport::readCsv(path).size(), int(seeds.size()) + 1); // and the header
    // Escape closes it.
    const QPointer<ExportDialog> open = dialog;
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!open || !open->isVisible());
}

void TestKeyboard::sync()
{
    OPEN_WINDOW();
    // No server yet: F5 asks for one. Each field by its label's letter.
    QVERIFY(press(Qt::Key_F5));
    SyncSettingsDialog* settings = nullptr;
    QTRY_VERIFY((settings = m_window->findChild<SyncSettingsDialog*>()) &&
                settings->isActiveWindow());
    QVERIFY(press(Qt::ALT | Qt::Key_U));
    QVERIFY(press(Qt::CTRL | Qt::Key_A));
    QVERIFY(type(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
    QVERIFY(press(Qt::ALT | Qt::Key_O));
    QVERIFY(type(organization));
    QVERIFY(press(Qt::ALT | Qt::Key_K));
    QVERIFY(type(m_credentials.token));
    QVERIFY(press(Qt::ALT | Qt::Key_R));
    QVERIFY(press(Qt::CTRL | Qt::Key_A));
    QVERIFY(type(QStringLiteral("0")));
    QVERIFY(press(Qt::Key_Return));
    QTRY_VERIFY(!m_window->findChild<SyncSettingsDialog*>());
    returnToWindow();

    // Now F5 syncs: the five contacts reach the server.
    QVERIFY(press(Qt::Key_F5));
    QTRY_VERIFY_WITH_TIMEOUT(
        m_server->request("GET", QStringLiteral("/api/whatsapp/contacts?limit=1"), &m_credentials)
                .json()["data"]["total"]
                .toInt() == int(seeds.size()),
        20000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncStatus()->text().contains(QStringLiteral("Synced")),
                             20000);
}

void TestKeyboard::resolveConflict()
{
    const QString ahmed = idOf("Ahmed Hassan");
    const QString layla = idOf("Layla Haddad");
    const auto addConflict = [this](const QString& id, const QString& mine, const QString& theirs) {
        SyncConflict conflict;
        conflict.contactId = id;
        conflict.phone = m_database->store().contact(id)->phone;
        conflict.name = *m_database->store().contact(id)->name;
        conflict.field = QStringLiteral("name");
        conflict.localValue = mine;
        conflict.remoteValue = theirs;
        return bool(SyncConflicts(m_database->db(), m_database->db().defaultOrganization().rowId)
                        .add(conflict));
    };
    QVERIFY(addConflict(ahmed, QStringLiteral("Ahmed H. (VIP)"), QStringLiteral("Ahmed Hassan")));
    QVERIFY(addConflict(layla, QStringLiteral("Layla H."), QStringLiteral("Layla Haddad")));
    OPEN_WINDOW();

    QVERIFY(press(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    ConflictsDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ConflictsDialog*>()) && dialog->isActiveWindow());
    QTRY_COMPARE(dialog->table()->rowCount(), 2);
    // The keyboard is on the conflicts; Space chooses the current one (none is chosen for
    // the agent).
    QTRY_COMPARE(QApplication::focusWidget(), dialog->table());
    QVERIFY(press(Qt::Key_Space));
    QCOMPARE(dialog->table()->selectionModel()->selectedRows().size(), 1);
    const QString first =
        dialog->table()->item(0, ConflictsDialog::ContactColumn)->data(Qt::DisplayRole).toString();
    const bool ahmedFirst = first.contains(QStringLiteral("Ahmed"));
    QVERIFY(press(Qt::ALT | Qt::Key_M)); // Keep Mine
    QTRY_COMPARE(dialog->table()->rowCount(), 1);
    QTRY_COMPARE(m_database->store().contact(ahmedFirst ? ahmed : layla)->name,
                 std::optional<QString>(ahmedFirst ? QStringLiteral("Ahmed H. (VIP)")
                                                   : QStringLiteral("Layla H.")));
    // The keyboard is back on the conflict left.
    QTRY_COMPARE(QApplication::focusWidget(), dialog->table());
    QVERIFY(press(Qt::Key_Space));
    QCOMPARE(dialog->table()->selectionModel()->selectedRows().size(), 1);
    QVERIFY(press(Qt::ALT | Qt::Key_T)); // Keep Theirs
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    QCOMPARE(m_database->store().contact(ahmedFirst ? layla : ahmed)->name,
             std::optional<QString>(ahmedFirst ? QStringLiteral("Layla Haddad")
                                               : QStringLiteral("Ahmed Hassan")));
    QVERIFY(press(Qt::Key_Escape));
    QTRY_VERIFY(!m_window->findChild<ConflictsDialog*>());
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
