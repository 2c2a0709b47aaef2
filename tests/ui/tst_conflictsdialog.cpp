#include "AgentName.h"
#include "ConflictList.h"
#include "ConflictsDialog.h"
#include "ContactBodies.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "ContactWriter.h"
#include "GuiTestSupport.h"
#include "MessageLabel.h"
#include "SyncConflicts.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QtTest>

#include <memory>

namespace {

const QString ahmed = QStringLiteral("+971501234567");
const QString beth = QStringLiteral("+447911123456");
const QString carl = QStringLiteral("+14155552671");

} // namespace

/// Sync ▸ Conflicts…: the open conflicts with both values, and Keep Mine / Keep Theirs on a
/// multiple selection, read by a ConflictList and applied to the real store by a writer.
class TestConflictsDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsEachConflictWithBothValues();
    void keepMineOnSelectionAppliesAndRestores();
    void keepTheirsClosesAndLeavesTheServersValue();
    void failedChoiceStaysOpenWithItsReason();

private:
    qint64 addConflict(SyncConflict conflict);
    std::unique_ptr<ConflictsDialog> openDialog(int expectedRows);
    void select(ConflictsDialog& dialog, const QList<int>& rows);
    ContactStore store() { return m_db->store(); }

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ContactWriter> m_writer;
    std::unique_ptr<ConflictList> m_conflicts;
    Contact m_ahmed;
    Contact m_beth;
    Contact m_carl; ///< deleted here; the conflict keeps its server copy
};

void TestConflictsDialog::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_conflictsdialog"));
}

void TestConflictsDialog::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    auto ahmedCreated = store().create(
        ContactBodies::newContact({{"userNumber", ahmed}, {"userName", "Ahmed Khan"}}));
    auto bethCreated = store().create(ContactBodies::newContact(
        {{"userNumber", beth}, {"userName", "Beth"}, {"tags", QJsonArray{"vip"}}}));
    auto carlCreated = store().create(
        ContactBodies::newContact({{"userNumber", carl}, {"userName", "Carl Smith"}}));
    VERIFY_OK(ahmedCreated);
    VERIFY_OK(bethCreated);
    VERIFY_OK(carlCreated);
    m_ahmed = *ahmedCreated;
    m_beth = *bethCreated;
    m_carl = *carlCreated;
    VERIFY_OK(store().remove(m_carl.id));

    SyncConflict name;
    name.contactId = m_ahmed.id;
    name.phone = ahmed;
    name.name = m_ahmed.name;
    name.field = QStringLiteral("name");
    name.localValue = QStringLiteral("Ahmed K. (VIP)");
    name.remoteValue = QStringLiteral("Ahmed Khan");
    addConflict(name);

    SyncConflict tags;
    tags.contactId = m_beth.id;
    tags.phone = beth;
    tags.name = m_beth.name;
    tags.field = QStringLiteral("tags");
    tags.localValue = QJsonArray{"vip", "lead"};
    tags.remoteValue = QJsonArray{"vip"};
    addConflict(tags);

    SyncConflict deleted;
    deleted.contactId = m_carl.id;
    deleted.phone = carl;
    deleted.name = m_carl.name;
    deleted.kind = SyncConflict::Kind::DeletedLocally;
    deleted.field = QStringLiteral("");
    Contact server = m_carl;
    server.name = QStringLiteral("Carl Smith Jr.");
    server.optedIn = true;
    deleted.remoteValue = ContactJson::fullContact(server);
    addConflict(deleted);
}

void TestConflictsDialog::cleanup()
{
    m_conflicts.reset();
    m_writer.reset();
    m_db.reset();
}

qint64 TestConflictsDialog::addConflict(SyncConflict conflict)
{
    const auto id = SyncConflicts(m_db->db(), m_db->db().defaultOrganization().rowId).add(conflict);
    if (!id)
        qFatal("adding a conflict failed: %s", qPrintable(errorText(id.error())));
    return *id;
}

std::unique_ptr<ConflictsDialog> TestConflictsDialog::openDialog(int expectedRows)
{
    m_writer = std::make_unique<ContactWriter>(m_db->path());
    m_conflicts = std::make_unique<ConflictList>(m_writer.get());
    auto dialog = std::make_unique<ConflictsDialog>(m_conflicts.get());
    dialog->show();
    if (!QTest::qWaitFor([&] { return !dialog->isBusy(); }, 10000))
        qWarning("the conflicts were not read");
    if (dialog->table()->rowCount() != expectedRows)
        qWarning("%d rows, expected %d", dialog->table()->rowCount(), expectedRows);
    return dialog;
}

void TestConflictsDialog::select(ConflictsDialog& dialog, const QList<int>& rows)
{
    QTableWidget* table = dialog.table();
    table->clearSelection();
    for (int row : rows) {
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
}

void TestConflictsDialog::listsEachConflictWithBothValues()
{
    auto dialog = openDialog(3);
    QTableWidget* table = dialog->table();
    QCOMPARE(table->rowCount(), 3);
    const auto cell = [table](int row, int column) {
        return table->item(row, column)->text();
    };
    QCOMPARE(cell(0, ConflictsDialog::ContactColumn),
             QStringLiteral("Ahmed Khan · +971 50 123 4567"));
    QCOMPARE(cell(0, ConflictsDialog::FieldColumn), QStringLiteral("Name"));
    QCOMPARE(cell(0, ConflictsDialog::MineColumn), QStringLiteral("Ahmed K. (VIP)"));
    QCOMPARE(cell(0, ConflictsDialog::TheirsColumn), QStringLiteral("Ahmed Khan"));
    QVERIFY(!cell(0, ConflictsDialog::WhenColumn).isEmpty());
    QCOMPARE(cell(1, ConflictsDialog::FieldColumn), QStringLiteral("Tags"));
    QCOMPARE(cell(1, ConflictsDialog::MineColumn), QStringLiteral("vip, lead"));
    QCOMPARE(cell(1, ConflictsDialog::TheirsColumn), QStringLiteral("vip"));
    QCOMPARE(cell(2, ConflictsDialog::FieldColumn), QStringLiteral("Deleted here"));
    // What "Keep Theirs" would restore, in the tooltip.
    const QString restorable = table->item(2, ConflictsDialog::TheirsColumn)->toolTip();
    QVERIFY2(restorable.contains(QStringLiteral("Carl Smith Jr.")), qPrintable(restorable));
    // Nothing selected, nothing to apply.
    QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->isEnabled());
    select(*dialog, {1});
    QVERIFY(dialog->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->isEnabled());
    QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisible());
}

void TestConflictsDialog::keepMineOnSelectionAppliesAndRestores()
{
    auto dialog = openDialog(3);
    QSignalSpy resolved(dialog.get(), &ConflictsDialog::conflictsResolved);
    select(*dialog, {0, 1, 2});
    dialog->findChild<QPushButton*>(QStringLiteral("keepMineButton"))->click();
    QTRY_COMPARE(resolved.count(), 1);
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(dialog->table()->rowCount(), 0);
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("emptyLabel"))->isVisible());

    QCOMPARE(store().contact(m_ahmed.id)->name, std::optional<QString>("Ahmed K. (VIP)"));
    QCOMPARE(store().contact(m_beth.id)->tags, (QStringList{"vip", "lead"}));
    // Deleted here and kept so: Carl stays deleted.
    ContactStore current = store();
    QVERIFY(!GuiTestSupport::contactByPhone(current, carl));
}

void TestConflictsDialog::keepTheirsClosesAndLeavesTheServersValue()
{
    auto dialog = openDialog(3);
    AgentName::set(QStringLiteral("Sara"));
    select(*dialog, {0, 2});
    dialog->findChild<QPushButton*>(QStringLiteral("keepTheirsButton"))->click();
    QTRY_VERIFY(!dialog->isBusy());
    QTRY_COMPARE(dialog->table()->rowCount(), 1);
    QCOMPARE(dialog->table()->item(0, ConflictsDialog::FieldColumn)->text(),
             QStringLiteral("Tags"));
    QCOMPARE(store().contact(m_ahmed.id)->name, std::optional<QString>("Ahmed Khan"));
    // The server's copy of the contact deleted here comes back.
    ContactStore current = store();
    const auto restored = GuiTestSupport::contactByPhone(current, carl);
    QVERIFY(restored);
    QCOMPARE(restored->name, std::optional<QString>("Carl Smith Jr."));
    // The opt-in it brought back is the agent's choice, and the history says so.
    const auto history = current.flagHistory(restored->id);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().origin.actor, QStringLiteral("Sara"));
    QCOMPARE(history->first().origin.method, WriteOrigin::Method::Editor);
}

void TestConflictsDialog::failedChoiceStaysOpenWithItsReason()
{
    // Carl's phone was taken here since: restoring the server's copy is refused.
    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", carl}})));
    auto dialog = openDialog(3);
    select(*dialog, {0, 2});
    dialog->findChild<QPushButton*>(QStringLiteral("keepTheirsButton"))->click();
    QTRY_VERIFY(!dialog->isBusy());
    QTRY_COMPARE(dialog->table()->rowCount(), 2);
    auto* error = dialog->findChild<MessageLabel*>(QStringLiteral("errorLabel"));
    QVERIFY(error->isError());
    QVERIFY2(error->text().contains(QStringLiteral("already exists")), qPrintable(error->text()));
    QCOMPARE(dialog->table()->item(1, ConflictsDialog::FieldColumn)->text(),
             QStringLiteral("Deleted here"));
}

QTEST_MAIN(TestConflictsDialog)
#include "tst_conflictsdialog.moc"
