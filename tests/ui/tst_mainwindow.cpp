#include "AgentName.h"
#include "ConflictsDialog.h"
#include "ContactBodies.h"
#include "ContactEditor.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "ContactWriter.h"
#include "DuplicatesDialog.h"
#include "FilterSidebar.h"
#include "GuiTestSupport.h"
#include "HistoryPanel.h"
#include "MainWindow.h"
#include "MemoryTokenStore.h"
#include "MergeDialog.h"
#include "Operations.h"
#include "RecentDatabases.h"
#include "SearchField.h"
#include "StatusSummary.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncSettings.h"
#include "SyncSettingsDialog.h"
#include "SyncStatusWidget.h"
#include "TestDatabase.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

#include <memory>

namespace {

struct Seed {
    const char* name;
    const char* phone;
    const char* email;
    QStringList tags;
};

// Sorted by name: Aisha, Ahmed Ali, Ahmed Hassan, Fatima, Karim, Layla, Mariam, Omar, Yusuf.
const QList<Seed> seeds = {
    {"Ahmed Hassan", "+971501234567", "ahmed.hassan@example.com", {"VIP"}},
    {"Fatima Zahra", "+971501112222", "fatima@shop.ae", {"VIP", "lead"}},
    {"Omar Farouk", "+966501234567", "omar@example.sa", {}},
    {"Layla Haddad", "+96171123456", "layla@example.com", {"lead"}},
    {"Ahmed Ali", "+201001234567", "a.ali@example.eg", {}},
    {"Yusuf Demir", "+905321234567", "yusuf@example.com.tr", {}},
    {"Mariam Saleh", "+97455123456", "mariam@example.qa", {}},
    {"Karim Nasser", "+962791234567", "karim@example.jo", {}},
    {"Aisha Khan", "+923001234567", "aisha@example.pk", {}},
};

Contact withRowId(Contact contact, qint64 rowId)
{
    contact.rowId = rowId;
    return contact;
}

} // namespace

/// The main window driven like an agent drives it: typing, clicking headers and rows,
/// shortcuts and confirmations, checked against the store underneath.
class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void emptyStatePointsToNewAndImport();
    void searchFiltersRowsAndCount_data();
    void searchFiltersRowsAndCount();
    void searchIsDebounced();
    void countChangesOnceToTheNewTotal();
    void clickingHeaderReorders();
    void sidebarTagFilterCombinesWithSearch();
    void sidebarListsFilterFromTheKeyboard_data();
    void sidebarListsFilterFromTheKeyboard();
    void editingInEditorChangesStoreAndUndoes();
    void invalidEmailInEditorWritesNothing();
    void unsavedEditIsSavedBeforeAnotherShows();
    void addTagToThreeRowsThenUndoRedo();
    void deleteAsksAndUndoRestores();
    void deleteCancelledWritesNothing();
    void blockAndOptInAreUndoable();
    void historyUndoesAfterARestart();
    void duplicatesAreMergedFromTheKeyboard();
    void newContactFromShortcut();
    void statusShowsSelectedCount();
    void selectionSurvivesRefreshAfterEdit();
    void tableLayoutIsRemembered();
    void bigSelectionIsTaggedOnWorker();
    void bigDeleteRunsOnWorker();
    void openDatabaseFailureKeepsCurrent();
    void openingADatabasePrunesItsJournal();
    void openedDatabasesAreRecent();
    void syncNowWithoutServerOpensSettings();
    void conflictsFromStatusBarAreResolvedInTable();

private:
    void seed();
    void openWindow();
    void sortByName(Qt::SortOrder order = Qt::AscendingOrder);
    void selectRows(const QList<int>& rows);
    QString nameAt(int row) const;
    Contact stored(const QString& id);
    Operation newestOperation();
    /// Answers the next modal dialog with `answer` once it shows.
    void whenModal(std::function<void(QWidget*)> answer);
    /// Waits until every write asked for has been written and answered (they run on a
    /// worker; the undo actions wait for them).
    void waitForWrites();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
    QHash<QString, QString> m_idOfName;
};

void TestMainWindow::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_mainwindow"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
    m_idOfName.clear();
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_database.reset();
}

void TestMainWindow::seed()
{
    ContactStore store = m_database->store();
    for (const Seed& s : seeds) {
        auto created = store.create(NewContact()
                                        .setPhone(QString::fromLatin1(s.phone))
                                        .setName(QString::fromLatin1(s.name))
                                        .setEmail(QString::fromLatin1(s.email))
                                        .setTags(s.tags));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_idOfName.insert(QString::fromLatin1(s.name), created->id);
    }
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_database->path());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->model());
    QTRY_VERIFY(!m_window->model()->isCounting());
}

void TestMainWindow::sortByName(Qt::SortOrder order)
{
    m_window->table()->sortByColumn(ContactTableModel::NameColumn, order);
    QTRY_VERIFY(!m_window->model()->isCounting());
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
}

void TestMainWindow::selectRows(const QList<int>& rows)
{
    QTableView* table = m_window->table();
    table->setFocus();
    table->clearSelection();
    for (int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    table->selectionModel()->setCurrentIndex(table->model()->index(rows.first(), 0),
                                             QItemSelectionModel::NoUpdate);
}

QString TestMainWindow::nameAt(int row) const
{
    return m_window->model()->index(row, ContactTableModel::NameColumn).data().toString();
}

Operation TestMainWindow::newestOperation()
{
    const Organization organization = m_database->db().defaultOrganization();
    auto latest = Operations(m_database->db(), organization.rowId).latest(1);
    return latest && !latest->isEmpty() ? latest->first() : Operation{};
}

Contact TestMainWindow::stored(const QString& id)
{
    auto contact = m_database->store().contact(id);
    if (!contact)
        qFatal("no contact %s", qPrintable(id));
    return *contact;
}

void TestMainWindow::waitForWrites()
{
    QTRY_VERIFY(!m_window->hasPendingWrites());
}

void TestMainWindow::whenModal(std::function<void(QWidget*)> answer)
{
    // Polls: the dialog opens inside the action's own event loop.
    auto* timer = new QTimer(m_window.get());
    timer->setInterval(10);
    connect(timer, &QTimer::timeout, timer, [timer, answer] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

void TestMainWindow::emptyStatePointsToNewAndImport()
{
    openWindow();
    auto* empty = m_window->findChild<QWidget*>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    QVERIFY(!m_window->table()->isVisible());

    QSignalSpy importRequested(m_window.get(), &MainWindow::importRequested);
    QTest::mouseClick(empty->findChild<QPushButton*>(QStringLiteral("emptyImport")),
                      Qt::LeftButton);
    QCOMPARE(importRequested.size(), 1);
    auto* importAction = m_window->findChild<QAction*>(QStringLiteral("importAction"));
    QVERIFY(importAction->isEnabled());
    importAction->trigger();
    QCOMPARE(importRequested.size(), 2);

    QTest::mouseClick(empty->findChild<QPushButton*>(QStringLiteral("emptyNewContact")),
                      Qt::LeftButton);
    ContactEditor* editor = m_window->editor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->mode(), ContactEditor::Mode::New);
    auto* phone = editor->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QTest::keyClicks(phone, QStringLiteral("+971501234567"));
    QTest::keyClick(phone, Qt::Key_Return);
    QTRY_COMPARE(*m_database->store().count(ListQuery{}), 1);
    // The first contact replaces the empty state with the table.
    QTRY_VERIFY(m_window->table()->isVisible());
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QCOMPARE(m_window->statusSummary()->countText(), QStringLiteral("1 contact"));
}

void TestMainWindow::searchFiltersRowsAndCount_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("name") << QStringLiteral("ahmed")
                          << QStringList{QStringLiteral("Ahmed Ali"),
                                         QStringLiteral("Ahmed Hassan")};
    QTest::newRow("phone digits") << QStringLiteral("1112222")
                                  << QStringList{QStringLiteral("Fatima Zahra")};
    QTest::newRow("email") << QStringLiteral("shop.ae")
                           << QStringList{QStringLiteral("Fatima Zahra")};
    QTest::newRow("nothing") << QStringLiteral("zzzz") << QStringList{};
}

void TestMainWindow::searchFiltersRowsAndCount()
{
    QFETCH(QString, search);
    QFETCH(QStringList, names);
    seed();
    openWindow();
    sortByName();
    QCOMPARE(m_window->model()->rowCount(), int(seeds.size()));
    QCOMPARE(m_window->statusSummary()->countText(), QStringLiteral("9 contacts"));

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->searchField()->hasFocus());
    QTest::keyClicks(m_window->searchField(), search);
    QTRY_COMPARE(m_window->model()->rowCount(), int(names.size()));
    QTRY_VERIFY(!m_window->model()->isCounting());
    QStringList shown;
    for (int row = 0; row < m_window->model()->rowCount(); ++row) {
        QTRY_VERIFY(m_window->model()->index(row, 0).data(ContactTableModel::LoadedRole).toBool());
        shown.append(nameAt(row));
    }
    QCOMPARE(shown, names);
    QCOMPARE(m_window->statusSummary()->countText(),
             names.size() == 1 ? QStringLiteral("1 match")
                               : QStringLiteral("%1 matches").arg(names.size()));

    // Escape clears the search and every contact is back.
    QTest::keyClick(m_window->searchField(), Qt::Key_Escape);
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size()));
    QTRY_COMPARE(m_window->statusSummary()->countText(), QStringLiteral("9 contacts"));
}

void TestMainWindow::searchIsDebounced()
{
    seed();
    openWindow();
    QSignalSpy applied(m_window->searchField(), &SearchField::searchChanged);
    QTest::keyClicks(m_window->searchField(), QStringLiteral("layla"));
    // Five keys, one query: none while typing, one once typing pauses.
    QCOMPARE(applied.size(), 0);
    QCOMPARE(m_window->model()->filter().search, QString());
    QTRY_COMPARE(applied.size(), 1);
    QCOMPARE(applied.at(0).at(0).toString(), QStringLiteral("layla"));
    QCOMPARE(m_window->model()->filter().search, QStringLiteral("layla"));
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
}

void TestMainWindow::countChangesOnceToTheNewTotal()
{
    seed();
    openWindow();
    StatusSummary* summary = m_window->statusSummary();
    QCOMPARE(summary->countText(), QStringLiteral("9 contacts"));
    // Every text the count shows, and the one it shows right after a search applies.
    QStringList shown = {summary->countText()};
    QTimer watch;
    watch.setInterval(0);
    connect(&watch, &QTimer::timeout, &watch, [&] {
        if (shown.last() != summary->countText())
            shown.append(summary->countText());
    });
    watch.start();
    QString whenApplied;
    connect(m_window->searchField(), &SearchField::searchChanged, &watch,
            [&] { whenApplied = summary->countText(); });

    QTest::keyClicks(m_window->searchField(), QStringLiteral("ahmed"));
    QTRY_COMPARE(summary->countText(), QStringLiteral("2 matches"));
    QCOMPARE(whenApplied, QStringLiteral("9 contacts"));
    QCOMPARE(shown, (QStringList{QStringLiteral("9 contacts"), QStringLiteral("2 matches")}));

    m_window->searchField()->clear();
    QTRY_COMPARE(summary->countText(), QStringLiteral("9 contacts"));
    // `a` is in every contact's name or email: the number stays, and says "matches" once the
    // search's own count arrives.
    shown = {summary->countText()};
    whenApplied.clear();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("a"));
    QTRY_COMPARE(summary->countText(), QStringLiteral("9 matches"));
    QCOMPARE(whenApplied, QStringLiteral("9 contacts"));
    QCOMPARE(shown, (QStringList{QStringLiteral("9 contacts"), QStringLiteral("9 matches")}));
}

void TestMainWindow::clickingHeaderReorders()
{
    seed();
    openWindow();
    QHeaderView* header = m_window->table()->horizontalHeader();
    const int column = ContactTableModel::NameColumn;
    const auto clickHeader = [&] {
        const QPoint centre(header->sectionViewportPosition(column) +
                                header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };

    clickHeader();
    QTRY_COMPARE(m_window->model()->sortColumn(), column);
    const Qt::SortOrder first = m_window->model()->sortOrder();
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
    QTRY_COMPARE(nameAt(0), first == Qt::AscendingOrder ? QStringLiteral("Ahmed Ali")
                                                        : QStringLiteral("Yusuf Demir"));

    clickHeader();
    QTRY_VERIFY(m_window->model()->sortOrder() != first);
    QTRY_COMPARE(nameAt(0), first == Qt::AscendingOrder ? QStringLiteral("Yusuf Demir")
                                                        : QStringLiteral("Ahmed Ali"));
    QTRY_COMPARE(nameAt(int(seeds.size()) - 1), first == Qt::AscendingOrder
                                                    ? QStringLiteral("Ahmed Ali")
                                                    : QStringLiteral("Yusuf Demir"));
    QCOMPARE(header->sortIndicatorSection(), column);

    // The store cannot order by tags: the click leaves the order as it was.
    const int tags = ContactTableModel::TagsColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(tags) + 5, header->height() / 2));
    QCOMPARE(m_window->model()->sortColumn(), column);
    QCOMPARE(header->sortIndicatorSection(), column);
}

void TestMainWindow::sidebarListsFilterFromTheKeyboard_data()
{
    QTest::addColumn<int>("key");
    QTest::addRow("Space") << int(Qt::Key_Space);
    QTest::addRow("Return") << int(Qt::Key_Return);
    QTest::addRow("Enter") << int(Qt::Key_Enter);
}

void TestMainWindow::sidebarListsFilterFromTheKeyboard()
{
    QFETCH(int, key);
    seed();
    openWindow();
    sortByName();
    QListView* tags = m_window->sidebar()->tagView();
    QTRY_COMPARE(tags->model()->rowCount(), 2); // lead, VIP
    const int all = m_window->model()->rowCount();
    tags->setFocus();
    QTest::keyClick(tags, Qt::Key_Home);
    while (tags->currentIndex().data().toString() != QStringLiteral("VIP")) {
        const QModelIndex before = tags->currentIndex();
        QTest::keyClick(tags, Qt::Key_Down);
        QVERIFY(tags->currentIndex() != before);
    }
    // Moving the highlight filters nothing; the key chooses the tag, as a click does.
    QVERIFY(m_window->sidebar()->selectedTags().isEmpty());
    QTest::keyClick(tags, Qt::Key(key));
    QCOMPARE(m_window->sidebar()->selectedTags(), QStringList{QStringLiteral("VIP")});
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QTest::keyClick(tags, Qt::Key(key));
    QVERIFY(m_window->sidebar()->selectedTags().isEmpty());
    QTRY_COMPARE(m_window->model()->rowCount(), all);
}

void TestMainWindow::sidebarTagFilterCombinesWithSearch()
{
    seed();
    openWindow();
    sortByName();
    QListView* tags = m_window->sidebar()->tagView();
    QTRY_COMPARE(tags->model()->rowCount(), 2); // VIP (2), lead (2)
    int vipRow = -1;
    for (int row = 0; row < tags->model()->rowCount(); ++row) {
        if (tags->model()->index(row, 0).data().toString() == QStringLiteral("VIP"))
            vipRow = row;
    }
    QVERIFY(vipRow >= 0);
    QTest::mouseClick(tags->viewport(), Qt::LeftButton, {},
                      tags->visualRect(tags->model()->index(vipRow, 0)).center());
    QCOMPARE(m_window->sidebar()->selectedTags(), QStringList{QStringLiteral("VIP")});
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QTRY_COMPARE(m_window->statusSummary()->countText(), QStringLiteral("2 matches"));

    QTest::keyClicks(m_window->searchField(), QStringLiteral("fatima"));
    QTRY_COMPARE(m_window->model()->rowCount(), 1);
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
    QCOMPARE(nameAt(0), QStringLiteral("Fatima Zahra"));

    m_window->sidebar()->blockedFilter()->setCurrentIndex(1); // blocked only
    QTRY_COMPARE(m_window->model()->rowCount(), 0);
    m_window->findChild<QAction*>(QStringLiteral("clearFiltersAction"))->trigger();
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size()));
    QVERIFY(m_window->sidebar()->selectedTags().isEmpty());
}

void TestMainWindow::editingInEditorChangesStoreAndUndoes()
{
    seed();
    openWindow();
    sortByName();
    QTableView* table = m_window->table();
    const QRect cell = table->visualRect(table->model()->index(1, ContactTableModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    ContactEditor* editor = m_window->editor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->contact()->name, std::optional<QString>(QStringLiteral("Ahmed Hassan")));

    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    QVERIFY(name->hasFocus());
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Ahmed H. Hassan"));
    QTest::keyClick(name, Qt::Key_Return);

    const QString id = m_idOfName.value(QStringLiteral("Ahmed Hassan"));
    QTRY_COMPARE(stored(id).name, std::optional<QString>(QStringLiteral("Ahmed H. Hassan")));
    QTRY_COMPARE(nameAt(1), QStringLiteral("Ahmed H. Hassan"));
    waitForWrites();
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Edit Ahmed H. Hassan"));

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(stored(id).name, std::optional<QString>(QStringLiteral("Ahmed Hassan")));
    QTRY_COMPARE(nameAt(1), QStringLiteral("Ahmed Hassan"));
    QTRY_COMPARE(editor->contact()->name, std::optional<QString>(QStringLiteral("Ahmed Hassan")));
    waitForWrites();

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(stored(id).name, std::optional<QString>(QStringLiteral("Ahmed H. Hassan")));
}

void TestMainWindow::invalidEmailInEditorWritesNothing()
{
    seed();
    openWindow();
    sortByName();
    QTableView* table = m_window->table();
    table->setCurrentIndex(table->model()->index(0, 0));
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    ContactEditor* editor = m_window->editor();
    QVERIFY(editor->isVisible());
    const Contact before = stored(editor->contact()->id);

    auto* email = editor->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ahmed@"));
    QTest::keyClick(email, Qt::Key_Return);
    QTRY_COMPARE(editor->errorText(ContactFieldError::Email), QStringLiteral("Invalid email"));
    waitForWrites();
    QCOMPARE(stored(before.id), before);
    QCOMPARE(m_window->undoStack()->count(), 0);
}

void TestMainWindow::unsavedEditIsSavedBeforeAnotherShows()
{
    seed();
    openWindow();
    sortByName();
    QTableView* table = m_window->table();
    const auto open = [this, table](int row) {
        // Back from a message box: the window is active again before keys go to it.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        table->setCurrentIndex(table->model()->index(row, 0));
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
    };
    const QString ali = m_idOfName.value(QStringLiteral("Ahmed Ali"));
    open(0);
    ContactEditor* editor = m_window->editor();
    QCOMPARE(editor->contact()->id, ali);
    auto* name = editor->findChild<QLineEdit*>(QStringLiteral("nameEdit"));
    auto* email = editor->findChild<QLineEdit*>(QStringLiteral("emailEdit"));
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Ahmed A. Ali"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ali@"));
    QStringList questions;
    const auto answerSave = [this, &questions] {
        whenModal([&questions](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            questions.append(box->text());
            box->button(QMessageBox::Save)->click();
        });
    };

    // Saving is refused: the editor stays on the edit, with the store's message.
    answerSave();
    open(1);
    QCOMPARE(questions, QStringList{QStringLiteral("Save your changes to Ahmed Ali?")});
    QTRY_COMPARE(editor->errorText(ContactFieldError::Email), QStringLiteral("Invalid email"));
    waitForWrites();
    QCOMPARE(editor->contact()->id, ali);
    QVERIFY(editor->isModified());
    QCOMPARE(name->text(), QStringLiteral("Ahmed A. Ali"));
    QCOMPARE(stored(ali).name, std::optional<QString>(QStringLiteral("Ahmed Ali")));

    // Saved: the other contact shows once the store has the edit.
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("ali@example.eg"));
    answerSave();
    open(1);
    QCOMPARE(questions.size(), 2);
    QTRY_COMPARE(editor->contact()->id, m_idOfName.value(QStringLiteral("Ahmed Hassan")));
    QVERIFY(!editor->isModified());
    QCOMPARE(stored(ali).name, std::optional<QString>(QStringLiteral("Ahmed A. Ali")));
    waitForWrites();
    QCOMPARE(m_window->undoStack()->count(), 1);
}

void TestMainWindow::addTagToThreeRowsThenUndoRedo()
{
    seed();
    openWindow();
    sortByName();
    QTRY_COMPARE(m_window->sidebar()->tagView()->model()->rowCount(), 2); // VIP, lead
    // Rows 0..2: Ahmed Ali, Ahmed Hassan (already VIP), Aisha Khan.
    selectRows({0, 1, 2});
    const QStringList ids = {m_idOfName.value(QStringLiteral("Ahmed Ali")),
                             m_idOfName.value(QStringLiteral("Ahmed Hassan")),
                             m_idOfName.value(QStringLiteral("Aisha Khan"))};
    whenModal([](QWidget* modal) {
        auto* dialog = qobject_cast<QInputDialog*>(modal);
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("vip"));
        dialog->accept();
    });
    m_window->findChild<QAction*>(QStringLiteral("addTagAction"))->trigger();
    waitForWrites();

    // The tag takes the spelling it already has in the database.
    QCOMPARE(stored(ids[0]).tags, QStringList{QStringLiteral("VIP")});
    QCOMPARE(stored(ids[1]).tags, QStringList{QStringLiteral("VIP")});
    QCOMPARE(stored(ids[2]).tags, QStringList{QStringLiteral("VIP")});
    QCOMPARE(m_window->undoStack()->count(), 1);
    auto* undo = m_window->findChild<QAction*>(QStringLiteral("undoAction"));
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add tag “VIP” to 2 contacts"));
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
    QTRY_COMPARE(m_window->model()->index(0, ContactTableModel::TagsColumn).data().toString(),
                 QStringLiteral("VIP"));

    undo->trigger();
    waitForWrites();
    QCOMPARE(stored(ids[0]).tags, QStringList{});
    QCOMPARE(stored(ids[1]).tags, QStringList{QStringLiteral("VIP")}); // it had it before
    QCOMPARE(stored(ids[2]).tags, QStringList{});
    QCOMPARE(newestOperation().kind, Operation::Kind::RemoveTag);
    QCOMPARE(newestOperation().method, QStringLiteral("undo"));

    m_window->findChild<QAction*>(QStringLiteral("redoAction"))->trigger();
    waitForWrites();
    // The tag takes the spelling it already has in the database.
    QCOMPARE(stored(ids[0]).tags, QStringList{QStringLiteral("VIP")});
    QCOMPARE(stored(ids[1]).tags, QStringList{QStringLiteral("VIP")});
    QCOMPARE(stored(ids[2]).tags, QStringList{QStringLiteral("VIP")});
}

void TestMainWindow::deleteAsksAndUndoRestores()
{
    seed();
    openWindow();
    sortByName();
    selectRows({3, 4});
    const Contact fatima = stored(m_idOfName.value(QStringLiteral("Fatima Zahra")));
    const Contact karim = stored(m_idOfName.value(QStringLiteral("Karim Nasser")));
    QString question;
    whenModal([&question](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        question = box->text();
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::keyClick(m_window->table(), Qt::Key_Delete);

    QCOMPARE(question, QStringLiteral("Delete 2 selected contacts?"));
    waitForWrites();
    QCOMPARE(*m_database->store().count(ListQuery{}), qint64(seeds.size() - 2));
    QVERIFY(!m_database->store().contact(fatima.id));
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size() - 2));
    QTRY_COMPARE(m_window->statusSummary()->countText(), QStringLiteral("7 contacts"));

    m_window->undoStack()->undo();
    waitForWrites();
    // Back whole, with the same id and timestamps (the local row id may differ).
    QCOMPARE(withRowId(stored(fatima.id), fatima.rowId), fatima);
    QCOMPARE(withRowId(stored(karim.id), karim.rowId), karim);
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size()));
    m_window->undoStack()->redo();
    waitForWrites();
    QVERIFY(!m_database->store().contact(karim.id));
}

void TestMainWindow::deleteCancelledWritesNothing()
{
    seed();
    openWindow();
    sortByName();
    selectRows({0});
    whenModal([](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        QCOMPARE(box->text(), QStringLiteral("Delete the selected contact?"));
        QTest::keyClick(box, Qt::Key_Escape);
    });
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QCOMPARE(*m_database->store().count(ListQuery{}), qint64(seeds.size()));
    QCOMPARE(m_window->undoStack()->count(), 0);

    // In the search field, Del edits the text and deletes no contact.
    m_window->searchField()->setFocus();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("ab"));
    QTest::keyClick(m_window->searchField(), Qt::Key_Home);
    QTest::keyClick(m_window->searchField(), Qt::Key_Delete);
    QCOMPARE(m_window->searchField()->text(), QStringLiteral("b"));
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(*m_database->store().count(ListQuery{}), qint64(seeds.size()));
}

void TestMainWindow::blockAndOptInAreUndoable()
{
    seed();
    openWindow();
    sortByName();
    selectRows({0, 1});
    const QString ali = m_idOfName.value(QStringLiteral("Ahmed Ali"));
    const QString hassan = m_idOfName.value(QStringLiteral("Ahmed Hassan"));
    m_window->findChild<QAction*>(QStringLiteral("blockAction"))->trigger();
    waitForWrites();
    QVERIFY(stored(ali).isBlocked);
    QVERIFY(stored(hassan).isBlocked);
    m_window->findChild<QAction*>(QStringLiteral("optInAction"))->trigger();
    waitForWrites();
    QVERIFY(stored(ali).optedIn);
    QCOMPARE(m_window->undoStack()->count(), 2);
    QCOMPARE(m_window->undoStack()->undoText(), QStringLiteral("Opt in 2 contacts"));

    m_window->undoStack()->undo();
    waitForWrites();
    QVERIFY(!stored(ali).optedIn);
    QVERIFY(stored(ali).isBlocked);
    m_window->undoStack()->undo();
    waitForWrites();
    QVERIFY(!stored(ali).isBlocked);
    QVERIFY(!stored(hassan).isBlocked);
    // The history and the operations tell the undo from an edit.
    const auto history = m_database->store().flagHistory(ali);
    QVERIFY(history && !history->isEmpty());
    QCOMPARE(history->last().origin.method, WriteOrigin::Method::Undo);
    QCOMPARE(history->last().value, false);
    const Operation undone = newestOperation();
    QCOMPARE(undone.kind, Operation::Kind::Unblock);
    QCOMPARE(undone.method, QStringLiteral("undo"));

    m_window->undoStack()->redo();
    waitForWrites();
    QVERIFY(stored(ali).isBlocked);
    QCOMPARE(newestOperation().method, QStringLiteral("batch"));
}

void TestMainWindow::historyUndoesAfterARestart()
{
    seed();
    AgentName::set(QStringLiteral("Sara"));
    const auto forgetName = qScopeGuard([] { AgentName::set(QString()); });
    openWindow();
    sortByName();
    selectRows({0, 1, 2});
    m_window->findChild<QAction*>(QStringLiteral("blockAction"))->trigger();
    waitForWrites();
    const QString ali = m_idOfName.value(QStringLiteral("Ahmed Ali"));
    const QString hassan = m_idOfName.value(QStringLiteral("Ahmed Hassan"));
    QVERIFY(stored(ali).isBlocked);
    QVERIFY(stored(hassan).isBlocked);
    m_window->close();
    m_window.reset();
    // Hassan is renamed since: the undo leaves him blocked, and says so.
    QTest::qSleep(2);
    QVERIFY(
        m_database->store().update(hassan, ContactChanges().setName(QStringLiteral("A. Hassan"))));

    // A restart: the QUndoStack is empty, the history is not.
    openWindow();
    QCOMPARE(m_window->undoStack()->count(), 0);
    HistoryPanel* history = m_window->historyPanel();
    QVERIFY(!history->isVisible());
    QTest::keyClick(m_window->table(), Qt::Key_H, Qt::ControlModifier);
    QTRY_VERIFY(history->isVisible());
    QTRY_VERIFY(history->list()->topLevelItemCount() > 0);
    const QTreeWidgetItem* top = history->list()->topLevelItem(0);
    QCOMPARE(top->text(1), QStringLiteral("Blocked"));
    QCOMPARE(top->text(2), QStringLiteral("Sara"));
    QCOMPARE(top->text(3), QStringLiteral("3"));
    QVERIFY(history->undoButton()->isEnabled());

    // From the keyboard: the list has focus, Enter undoes the selected operation.
    history->list()->setFocus();
    QCOMPARE(history->list()->currentItem(), top);
    QTest::keyClick(history->list(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(history->resultLabel()->isVisible(), 10000);
    QVERIFY2(history->resultLabel()->text().contains(QStringLiteral("2 contacts reverted")),
             qPrintable(history->resultLabel()->text()));
    QVERIFY(!stored(ali).isBlocked);
    QVERIFY(stored(hassan).isBlocked);
    QCOMPARE(history->notReverted()->count(), 1);
    // Named as the agent knows him now, his id in the tooltip.
    QVERIFY2(history->notReverted()->item(0)->text().startsWith(
                 QStringLiteral("A. Hassan (+971 50 123 4567)")),
             qPrintable(history->notReverted()->item(0)->text()));
    QCOMPARE(history->notReverted()->item(0)->toolTip(), hassan);
    QVERIFY(history->notReverted()->item(0)->text().contains(QStringLiteral("changed since")));
    // The list shows the undo and what it undid; the undone one cannot be undone again.
    QTRY_COMPARE(history->list()->topLevelItem(0)->text(1), QStringLiteral("Unblocked"));
    const QTreeWidgetItem* undone = history->list()->topLevelItem(1);
    QVERIFY(undone->text(4).startsWith(QStringLiteral("Undone by #")));
    history->list()->setCurrentItem(history->list()->topLevelItem(1));
    QVERIFY(!history->undoButton()->isEnabled());
    // `CONTACTS_SCREENSHOTS=DIR` saves the panel for docs/.
    const QString screenshots = qEnvironmentVariable("CONTACTS_SCREENSHOTS");
    if (!screenshots.isEmpty())
        QVERIFY(m_window->grab().save(screenshots + QStringLiteral("/history-panel.png")));
}

void TestMainWindow::duplicatesAreMergedFromTheKeyboard()
{
    ContactStore store = m_database->store();
    const auto create = [&store](const NewContact& contact) {
        auto created = store.create(contact, ContactSource::Manual);
        return created ? created->id : QString();
    };
    const QString keep = create(NewContact()
                                    .setPhone(QStringLiteral("+971501111111"))
                                    .setName(QStringLiteral("Mona Haddad"))
                                    .setTags({QStringLiteral("vip")}));
    const QString other = create(NewContact()
                                     .setPhone(QStringLiteral("+971503333333"))
                                     .setName(QStringLiteral("mona  haddad"))
                                     .setEmail(QStringLiteral("mona@example.com"))
                                     .setTags({QStringLiteral("lead")}));
    QVERIFY(
        !create(
             NewContact().setPhone(QStringLiteral("+971502222222")).setName(QStringLiteral("Ali")))
             .isEmpty());
    AgentName::set(QStringLiteral("Sara"));
    const auto forgetName = qScopeGuard([] { AgentName::set(QString()); });
    openWindow();

    QTest::keyClick(m_window->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->duplicatesDialog() && m_window->duplicatesDialog()->isVisible());
    DuplicatesDialog* duplicates = m_window->duplicatesDialog();
    QTRY_VERIFY_WITH_TIMEOUT(!duplicates->isFinding(), 10000);
    QVERIFY2(duplicates->groups()->topLevelItemCount() == 1,
             qPrintable(duplicates->summary()->text()));
    QTreeWidgetItem* group = duplicates->groups()->topLevelItem(0);
    QVERIFY2(group->text(0).contains(QStringLiteral("same name and country")),
             qPrintable(group->text(0)));
    QCOMPARE(group->childCount(), 2);
    QCOMPARE(group->child(1)->text(2), QStringLiteral("mona@example.com"));
    const QString screenshots = qEnvironmentVariable("CONTACTS_SCREENSHOTS");
    if (!screenshots.isEmpty())
        QVERIFY(duplicates->grab().save(screenshots + QStringLiteral("/duplicates-view.png")));

    // Enter on the selected group opens the merge, fields side by side.
    QCOMPARE(duplicates->groups()->currentItem(), group);
    QTest::keyClick(duplicates->groups(), Qt::Key_Return);
    MergeDialog* merge = nullptr;
    QTRY_VERIFY((merge = duplicates->findChild<MergeDialog*>()) && merge->isVisible());
    QCOMPARE(duplicates->findChildren<MergeDialog*>().size(), 1);
    QVERIFY(duplicates->isVisible());
    const auto result = [merge](const char* field) {
        return merge->findChild<QLabel*>(QStringLiteral("result_") + QLatin1String(field))->text();
    };
    QCOMPARE(result("name"), QStringLiteral("Mona Haddad"));
    QCOMPARE(result("email"), QStringLiteral("mona@example.com"));
    QCOMPARE(result("tags"), QStringLiteral("vip, lead"));
    // The name from the second contact: Down twice past Automatic and the first contact.
    QComboBox* name = merge->sourceBox(QStringLiteral("name"));
    name->setFocus();
    QTest::keyClick(name, Qt::Key_Down);
    QTest::keyClick(name, Qt::Key_Down);
    QCOMPARE(name->currentData().toString(), other);
    QCOMPARE(result("name"), QStringLiteral("mona  haddad"));
    if (!screenshots.isEmpty())
        QVERIFY(merge->grab().save(screenshots + QStringLiteral("/merge-dialog.png")));
    // Enter: Merge is the default button.
    QTest::keyClick(name, Qt::Key_Return);
    waitForWrites();
    QTRY_VERIFY2(duplicates->groups()->topLevelItemCount() == 0,
                 qPrintable(duplicates->summary()->text()));
    QVERIFY2(duplicates->summary()->text().contains(QStringLiteral("Merged 2 contacts")),
             qPrintable(duplicates->summary()->text()));
    const Contact merged = stored(keep);
    QCOMPARE(merged.name, QStringLiteral("mona  haddad"));
    QCOMPARE(merged.email, QStringLiteral("mona@example.com"));
    QCOMPARE(merged.tags, (QStringList{QStringLiteral("vip"), QStringLiteral("lead")}));
    QCOMPARE(store.contact(other).error().status, 404);
    QTest::keyClick(duplicates, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->duplicatesDialog());

    // The merge is in History, by Sara, and its undo brings the other contact back.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window->table(), Qt::Key_H, Qt::ControlModifier);
    HistoryPanel* history = m_window->historyPanel();
    QTRY_VERIFY(history->isVisible());
    QTRY_VERIFY(history->list()->topLevelItemCount() > 0);
    QCOMPARE(history->list()->topLevelItem(0)->text(1), QStringLiteral("Merged duplicates"));
    QCOMPARE(history->list()->topLevelItem(0)->text(2), QStringLiteral("Sara"));
    history->list()->setFocus();
    QTest::keyClick(history->list(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(history->resultLabel()->isVisible(), 10000);
    QCOMPARE(stored(other).phone, QStringLiteral("+971503333333"));
    QCOMPARE(stored(keep).name, QStringLiteral("Mona Haddad"));
}

void TestMainWindow::newContactFromShortcut()
{
    seed();
    openWindow();
    QTest::keyClick(m_window->table(), Qt::Key_N, Qt::ControlModifier);
    ContactEditor* editor = m_window->editor();
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->mode(), ContactEditor::Mode::New);
    auto* phone = editor->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QVERIFY(phone->hasFocus());
    QTest::keyClicks(phone, QStringLiteral("+971509998888"));
    QTest::keyClick(phone, Qt::Key_Return);
    waitForWrites();
    QCOMPARE(*m_database->store().count(ListQuery{}), qint64(seeds.size() + 1));
    QTRY_COMPARE(m_window->model()->rowCount(), int(seeds.size() + 1));
    QCOMPARE(m_window->undoStack()->count(), 1);

    const QString id = editor->contact()->id;
    m_window->undoStack()->undo();
    waitForWrites();
    QVERIFY(!m_database->store().contact(id));
    QTRY_COMPARE(editor->mode(), ContactEditor::Mode::Empty);
    m_window->undoStack()->redo();
    waitForWrites();
    QCOMPARE(stored(id).phone, QStringLiteral("+971509998888"));
}

void TestMainWindow::statusShowsSelectedCount()
{
    seed();
    openWindow();
    sortByName();
    QVERIFY(m_window->statusSummary()->selectedText().isEmpty());
    selectRows({0, 2, 4});
    QCOMPARE(m_window->statusSummary()->selectedText(), QStringLiteral("3 selected"));
    QTest::keyClick(m_window->table(), Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(m_window->statusSummary()->selectedText(), QStringLiteral("9 selected"));
}

void TestMainWindow::selectionSurvivesRefreshAfterEdit()
{
    seed();
    openWindow();
    QTest::keyClicks(m_window->searchField(), QStringLiteral("ahmed"));
    QTRY_COMPARE(m_window->model()->rowCount(), 2);
    QTRY_VERIFY(!m_window->model()->isCounting());
    QTRY_VERIFY(m_window->model()->index(1, 0).data(ContactTableModel::LoadedRole).toBool());
    selectRows({0, 1});
    QSignalSpy reset(m_window->model(), &QAbstractItemModel::modelReset);
    // With a search on, the edit re-reads the matches (the edit may move rows in or out).
    m_window->findChild<QAction*>(QStringLiteral("blockAction"))->trigger();
    QTRY_COMPARE(reset.size(), 1);
    QCOMPARE(m_window->table()->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(m_window->statusSummary()->selectedText(), QStringLiteral("2 selected"));
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("unblockAction"))->isEnabled());
}

void TestMainWindow::tableLayoutIsRemembered()
{
    seed();
    openWindow();
    QHeaderView* header = m_window->table()->horizontalHeader();
    header->setSectionHidden(ContactTableModel::EmailColumn, true);
    header->resizeSection(ContactTableModel::NameColumn, 321);
    header->moveSection(header->visualIndex(ContactTableModel::PhoneColumn), 0);
    sortByName(Qt::DescendingOrder);
    m_window->close();
    m_window.reset();

    openWindow();
    header = m_window->table()->horizontalHeader();
    QVERIFY(header->isSectionHidden(ContactTableModel::EmailColumn));
    QCOMPARE(header->sectionSize(ContactTableModel::NameColumn), 321);
    QCOMPARE(header->visualIndex(ContactTableModel::PhoneColumn), 0);
    QCOMPARE(m_window->model()->sortColumn(), int(ContactTableModel::NameColumn));
    QCOMPARE(m_window->model()->sortOrder(), Qt::DescendingOrder);
}

void TestMainWindow::bigSelectionIsTaggedOnWorker()
{
    // More contacts than ContactWriter writes without announcing it.
    ContactStore store = m_database->store();
    for (int batch = 0; batch < 2; ++batch) {
        QJsonArray items;
        for (int i = 0; i < 750; ++i) {
            items.append(
                QJsonObject{{QStringLiteral("userNumber"),
                             QStringLiteral("+97150%1").arg(batch * 1000 + i, 7, 10, QChar(u'0'))},
                            {QStringLiteral("userName"),
                             QStringLiteral("Generated %1").arg(batch * 1000 + i)}});
        }
        auto result = store.bulk(ContactBodies::newContacts(items));
        QVERIFY(result);
    }
    openWindow();
    QCOMPARE(m_window->model()->rowCount(), 1500);
    m_window->table()->setFocus();
    m_window->table()->selectAll();
    m_window->setTagPrompt([](TagKind, bool) { return QStringLiteral("campaign"); });
    m_window->findChild<QAction*>(QStringLiteral("addTagAction"))->trigger();
    QVERIFY(m_window->isBusy());
    QVERIFY(m_window->statusSummary()->isBusy());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("undoAction"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
    QCOMPARE(m_window->undoStack()->count(), 1);
    ListQuery tagged;
    tagged.tags = {QStringLiteral("campaign")};
    QCOMPARE(*m_database->store().count(tagged), 1500);

    m_window->undoStack()->undo();
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
    QCOMPARE(*m_database->store().count(tagged), 0);
}

void TestMainWindow::bigDeleteRunsOnWorker()
{
    QJsonArray items;
    for (int i = 0; i < ContactWriter::quietReplaceLimit + 50; ++i) {
        items.append(QJsonObject{
            {QStringLiteral("userNumber"), QStringLiteral("+97150%1").arg(i, 7, 10, QChar(u'0'))}});
    }
    QVERIFY(m_database->store().bulk(ContactBodies::newContacts(items)));
    const qint64 total = items.size();
    openWindow();
    QCOMPARE(m_window->model()->rowCount(), int(total));
    QStringList questions;
    m_window->setConfirmation([&questions](const QString& question) {
        questions.append(question);
        return true;
    });
    m_window->table()->setFocus();
    m_window->table()->selectAll();
    QTest::keyClick(m_window->table(), Qt::Key_Delete);
    QCOMPARE(questions, QStringList{QStringLiteral("Delete %1 selected contacts?").arg(total)});
    QVERIFY(m_window->isBusy());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("newContactAction"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
    QCOMPARE(*m_database->store().count(ListQuery{}), 0);
    QTRY_COMPARE(m_window->model()->rowCount(), 0);

    m_window->undoStack()->undo();
    QVERIFY(m_window->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000);
    QCOMPARE(*m_database->store().count(ListQuery{}), total);
    QTRY_COMPARE(m_window->model()->rowCount(), int(total));
}

void TestMainWindow::openingADatabasePrunesItsJournal()
{
    // No server is configured: nothing will read the entries the seed left, and the window
    // drops them on a worker once the database is open.
    seed();
    QCOMPARE(m_database->store().journal(0)->size(), seeds.size());
    openWindow();
    QTRY_COMPARE(m_database->store().journal(0)->size(), 0);
    QCOMPARE(*m_database->store().count(ListQuery{}), qint64(seeds.size()));
}

void TestMainWindow::openDatabaseFailureKeepsCurrent()
{
    seed();
    openWindow();
    QTemporaryDir dir;
    // A folder where the database file should be: SQLite cannot open it.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("contacts.db")));
    QString message;
    whenModal([&message](QWidget* modal) {
        auto* box = qobject_cast<QMessageBox*>(modal);
        QVERIFY(box);
        message = box->text();
        box->accept();
    });
    const QString bad = dir.filePath(QStringLiteral("contacts.db"));
    QVERIFY(!m_window->openDatabase(bad));
    QVERIFY(message.contains(QDir::toNativeSeparators(bad)));
    QCOMPARE(m_window->databasePath(), m_database->path());
    QCOMPARE(m_window->model()->rowCount(), int(seeds.size()));
}

void TestMainWindow::openedDatabasesAreRecent()
{
    openWindow();
    TestDatabase other;
    QVERIFY(other.isOpen());
    QSignalSpy opened(m_window.get(), &MainWindow::databaseOpened);
    QVERIFY(m_window->openDatabase(other.path()));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(m_window->databasePath(), other.path());
    QCOMPARE(RecentDatabases().paths(), QStringList({other.path(), m_database->path()}));

    auto* recent = m_window->findChild<QMenu*>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(other.path()));
    recent->actions().at(1)->trigger();
    QCOMPARE(m_window->databasePath(), m_database->path());
    QCOMPARE(RecentDatabases().paths().first(), m_database->path());
}

void TestMainWindow::syncNowWithoutServerOpensSettings()
{
    openWindow();
    m_window->setTokenStore(std::make_unique<MemoryTokenStore>());
    QVERIFY(!m_window->syncStatus()->isVisible()); // nothing to say before a server is set
    auto* syncNow = m_window->findChild<QAction*>(QStringLiteral("syncNowAction"));
    QVERIFY(syncNow);
    QCOMPARE(syncNow->shortcut(), QKeySequence(Qt::Key_F5));
    QTest::keyClick(m_window->table(), Qt::Key_F5);
    QTRY_VERIFY(m_window->findChild<SyncSettingsDialog*>());
    auto* dialog = m_window->findChild<SyncSettingsDialog*>();
    QTRY_VERIFY(dialog->isVisible());
    dialog->reject();
}

void TestMainWindow::conflictsFromStatusBarAreResolvedInTable()
{
    seed();
    SyncSettings settings;
    settings.serverUrl = QStringLiteral("http://127.0.0.1:1");
    settings.organizationId = QStringLiteral("org-a");
    settings.save();
    SyncCursors(m_database->db())
        .setRemote(QStringLiteral("http://127.0.0.1:1/api/whatsapp/contacts org-a"))
        .value();
    const QString ahmed = m_idOfName.value(QStringLiteral("Ahmed Hassan"));
    SyncConflict conflict;
    conflict.contactId = ahmed;
    conflict.phone = QStringLiteral("+971501234567");
    conflict.name = QStringLiteral("Ahmed Hassan");
    conflict.field = QStringLiteral("name");
    conflict.localValue = QStringLiteral("Ahmed H. (VIP)");
    conflict.remoteValue = QStringLiteral("Ahmed Hassan");
    QVERIFY(SyncConflicts(m_database->db(), m_database->db().defaultOrganization().rowId)
                .add(conflict));

    openWindow();
    SyncStatusWidget* status = m_window->syncStatus();
    QVERIFY(status->isVisible());
    QTRY_VERIFY2(status->text().contains(QStringLiteral("1 conflict")), qPrintable(status->text()));
    const auto markOf = [this, &ahmed] {
        const int row = m_window->model()->rowOfContact(ahmed);
        return SyncState(
            m_window->model()->index(row, 0).data(ContactTableModel::SyncStateRole).toInt());
    };
    QCOMPARE(markOf(), SyncState::Conflict);

    emit status->conflictsRequested();
    auto* dialog = m_window->findChild<ConflictsDialog*>();
    QVERIFY(dialog);
    QTRY_COMPARE(dialog->table()->rowCount(), 1);
    dialog->table()->selectRow(0);
    dialog->keepMine();
    QTRY_COMPARE(dialog->table()->rowCount(), 0);
    QCOMPARE(stored(ahmed).name, std::optional<QString>(QStringLiteral("Ahmed H. (VIP)")));
    // The table shows the value kept, now waiting to be sent, and the status no conflict.
    QTRY_COMPARE(markOf(), SyncState::Pending);
    QTRY_VERIFY2(!status->text().contains(QStringLiteral("conflict")), qPrintable(status->text()));
    QCOMPARE(nameAt(m_window->model()->rowOfContact(ahmed)), QStringLiteral("Ahmed H. (VIP)"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
