#include "ConflictsDialog.h"
#include "ContactEditor.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "DuplicatesDialog.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "HeldDeletionsDialog.h"
#include "HistoryPanel.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MassDeletionDialog.h"
#include "MemoryTokenStore.h"
#include "MergeDialog.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncSettings.h"
#include "SyncSettingsDialog.h"
#include "SyncSummary.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QtTest>

#include <functional>
#include <memory>

/// Every control a screen reader can land on says what it is. The suite opens the real
/// window and each dialog and wizard page reachable from it, walks its widgets, and for each
/// one that is visible and takes keyboard focus asks QAccessible for it:
/// - a Name always (a label's buddy, the button's text, or setAccessibleName);
/// - a Description (setAccessibleDescription, or the tooltip, which Qt reads as one) for
///   the controls whose name alone does not say what to do or what is shown: text and
///   number inputs, combo boxes, lists, tables and trees, and buttons with no text (an icon
///   only). A button, check box or radio button whose text is its action needs none.
/// A failure lists every widget at fault with its class, object name and parents.
class TestAccessibility : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyFocusableWidgetIsNamed_data();
    void everyFocusableWidgetIsNamed();

private:
    using Opener = std::function<QWidget*(TestAccessibility&)>;
    static QHash<QString, Opener> openers();

    void openWindow();
    QAction* action(const char* name) const;
    QWidget* importWizardAt(ImportWizard::PageId page);
    QString contactId(const QString& name);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<QWidget> m_dialog; ///< a dialog the test built, not the window
    QTemporaryDir m_files;
};

namespace {

/// `QLineEdit#phoneEdit < ContactEditor#contactEditor < QSplitter#mainSplitter < …`
QString describe(const QWidget* widget)
{
    QStringList chain;
    for (const QObject* o = widget; o; o = o->parent()) {
        QString part = QString::fromLatin1(o->metaObject()->className());
        if (!o->objectName().isEmpty())
            part += QLatin1Char('#') + o->objectName();
        chain.append(part);
    }
    return chain.join(QStringLiteral(" < "));
}

bool needsDescription(const QWidget* widget)
{
    if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        return button->text().isEmpty();
    return qobject_cast<const QLineEdit*>(widget) || qobject_cast<const QTextEdit*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QComboBox*>(widget) || qobject_cast<const QAbstractItemView*>(widget);
}

/// What is wrong with the widgets under `root`, one line each; empty when nothing is.
QStringList faults(QWidget* root)
{
    QStringList found;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // A widget whose focus goes to another (a combo box's own line edit) is that one.
        if (widget->focusProxy())
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible) {
            found.append(QStringLiteral("no accessible interface: ") + describe(widget));
            continue;
        }
        if (accessible->text(QAccessible::Name).trimmed().isEmpty())
            found.append(QStringLiteral("no name: ") + describe(widget));
        else if (needsDescription(widget) &&
                 accessible->text(QAccessible::Description).trimmed().isEmpty())
            found.append(
                QStringLiteral("no description: ") + describe(widget) +
                QStringLiteral(" (named \"%1\")").arg(accessible->text(QAccessible::Name)));
    }
    return found;
}

const QByteArray smallCsv = "Name,Phone,Email\n"
                            "Salma Aziz,+971501230001,salma@example.com\n"
                            "Bad Row,12,\n";

} // namespace

void TestAccessibility::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_accessibility"));
    QVERIFY(m_files.isValid());
    QFile csv(m_files.filePath(QStringLiteral("small.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    QCOMPARE(csv.write(smallCsv), smallCsv.size());
}

void TestAccessibility::init()
{
    QSettings().clear();
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
    ContactStore store = m_database->store();
    // Two alike, so that Find Duplicates has a group to show and merge.
    for (const auto& [name, phone] :
         {std::pair{"Mona Haddad", "+971501111111"}, std::pair{"mona  haddad", "+971503333333"},
          std::pair{"Ahmed Hassan", "+971501234567"}}) {
        QVERIFY(store.create(NewContact()
                                 .setPhone(QString::fromLatin1(phone))
                                 .setName(QString::fromLatin1(name))
                                 .setEmail(QStringLiteral("x@example.com"))
                                 .setTags({QStringLiteral("vip")})));
    }
}

void TestAccessibility::cleanup()
{
    m_dialog.reset();
    m_window.reset();
    m_database.reset();
}

void TestAccessibility::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_database->path());
    m_window->setTokenStore(std::make_unique<MemoryTokenStore>());
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->model());
    QTRY_VERIFY(!m_window->model()->isCounting());
    QTRY_VERIFY(m_window->model()->index(0, 0).data(ContactTableModel::LoadedRole).toBool());
}

QAction* TestAccessibility::action(const char* name) const
{
    auto* found = m_window->findChild<QAction*>(QLatin1String(name));
    if (!found)
        qFatal("no action %s", name);
    return found;
}

QString TestAccessibility::contactId(const QString& name)
{
    auto page = m_database->store().list(ListQuery{});
    for (const Contact& contact : page ? page->contacts : QList<Contact>{}) {
        if (contact.name == name)
            return contact.id;
    }
    return {};
}

QWidget* TestAccessibility::importWizardAt(ImportWizard::PageId page)
{
    action("importAction")->trigger();
    auto* wizard = m_window->findChild<ImportWizard*>();
    if (!wizard || !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    if (page == ImportWizard::FilePage)
        return wizard;
    wizard->findChild<QLineEdit*>(QStringLiteral("filePathEdit"))
        ->setText(m_files.filePath(QStringLiteral("small.csv")));
    wizard->next();
    if (page == ImportWizard::PreviewPage)
        return wizard->currentId() == page ? wizard : nullptr;
    wizard->next();
    if (page == ImportWizard::MappingPage)
        return wizard->currentId() == page ? wizard : nullptr;
    QSignalSpy finished(wizard, &ImportWizard::importFinished);
    wizard->next();
    if (!finished.wait(10000) && finished.isEmpty())
        return nullptr;
    if (!QTest::qWaitFor([wizard] { return wizard->currentId() == ImportWizard::ResultPage; }))
        return nullptr;
    return wizard;
}

QHash<QString, TestAccessibility::Opener> TestAccessibility::openers()
{
    const auto dialogOf = [](auto* dialog) -> QWidget* {
        if (!dialog || !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    };
    return {
        {QStringLiteral("main window"),
         [](TestAccessibility& t) -> QWidget* {
             return t.m_window.get();
         }},
        {QStringLiteral("contact editor"),
         [](TestAccessibility& t) -> QWidget* {
             t.m_window->table()->setFocus();
             t.m_window->table()->selectRow(0);
             t.action("editContactAction")->trigger();
             return t.m_window->editor()->isVisible() ? t.m_window->editor() : nullptr;
         }},
        {QStringLiteral("new contact"),
         [](TestAccessibility& t) -> QWidget* {
             t.action("newContactAction")->trigger();
             return t.m_window->editor()->isVisible() ? t.m_window->editor() : nullptr;
         }},
        {QStringLiteral("history panel"),
         [](TestAccessibility& t) -> QWidget* {
             t.m_window->historyPanel()->toggleViewAction()->trigger();
             return t.m_window->historyPanel()->isVisible() ? t.m_window->historyPanel() : nullptr;
         }},
        {QStringLiteral("import: file"),
         [](TestAccessibility& t) {
             return t.importWizardAt(ImportWizard::FilePage);
         }},
        {QStringLiteral("import: preview"),
         [](TestAccessibility& t) {
             return t.importWizardAt(ImportWizard::PreviewPage);
         }},
        {QStringLiteral("import: mapping"),
         [](TestAccessibility& t) {
             return t.importWizardAt(ImportWizard::MappingPage);
         }},
        {QStringLiteral("import: result"),
         [](TestAccessibility& t) {
             return t.importWizardAt(ImportWizard::ResultPage);
         }},
        {QStringLiteral("export"),
         [dialogOf](TestAccessibility& t) {
             t.action("exportAction")->trigger();
             return dialogOf(t.m_window->findChild<ExportDialog*>());
         }},
        {QStringLiteral("sync settings"),
         [dialogOf](TestAccessibility& t) {
             t.action("syncSettingsAction")->trigger();
             return dialogOf(t.m_window->findChild<SyncSettingsDialog*>());
         }},
        {QStringLiteral("conflicts"),
         [dialogOf](TestAccessibility& t) -> QWidget* {
             SyncConflict conflict;
             conflict.contactId = t.contactId(QStringLiteral("Ahmed Hassan"));
             conflict.phone = QStringLiteral("+971501234567");
             conflict.name = QStringLiteral("Ahmed Hassan");
             conflict.field = QStringLiteral("name");
             conflict.localValue = QStringLiteral("Ahmed H.");
             conflict.remoteValue = QStringLiteral("Ahmed Hassan");
             if (!SyncConflicts(t.m_database->db(), t.m_database->db().defaultOrganization().rowId)
                      .add(conflict))
                 return nullptr;
             t.action("conflictsAction")->trigger();
             auto* dialog = t.m_window->findChild<ConflictsDialog*>();
             if (!dialog || !QTest::qWaitFor([dialog] { return dialog->table()->rowCount(); }))
                 return nullptr;
             return dialogOf(dialog);
         }},
        {QStringLiteral("duplicates"),
         [dialogOf](TestAccessibility& t) -> QWidget* {
             t.action("duplicatesAction")->trigger();
             DuplicatesDialog* dialog = t.m_window->duplicatesDialog();
             if (!dialog || !QTest::qWaitFor([dialog] { return !dialog->isFinding(); }))
                 return nullptr;
             return dialogOf(dialog);
         }},
        {QStringLiteral("merge"),
         [dialogOf](TestAccessibility& t) -> QWidget* {
             auto page = t.m_database->store().list(ListQuery{});
             if (!page || page->contacts.size() < 2)
                 return nullptr;
             t.m_dialog = std::make_unique<MergeDialog>(page->contacts.mid(0, 2));
             t.m_dialog->show();
             return dialogOf(t.m_dialog.get());
         }},
        {QStringLiteral("held deletions"),
         [dialogOf](TestAccessibility& t) -> QWidget* {
             SyncSummary summary;
             summary.heldHere = 3;
             summary.heldOnServer = 12;
             summary.deletionLimit = 10;
             summary.heldSample.append(
                 QJsonObject{{QStringLiteral("id"), QStringLiteral("c1")},
                             {QStringLiteral("phone"), QStringLiteral("+971501234567")},
                             {QStringLiteral("name"), QStringLiteral("A")},
                             {QStringLiteral("where"), QStringLiteral("here")}});
             t.m_dialog = std::make_unique<HeldDeletionsDialog>(summary);
             t.m_dialog->show();
             return dialogOf(t.m_dialog.get());
         }},
        {QStringLiteral("mass deletion"),
         [dialogOf](TestAccessibility& t) -> QWidget* {
             t.m_dialog = std::make_unique<MassDeletionDialog>(5000);
             t.m_dialog->show();
             return dialogOf(t.m_dialog.get());
         }},
    };
}

void TestAccessibility::everyFocusableWidgetIsNamed_data()
{
    QTest::addColumn<QString>("window");
    QStringList names = openers().keys();
    names.sort();
    for (const QString& name : std::as_const(names))
        QTest::newRow(qPrintable(name)) << name;
}

void TestAccessibility::everyFocusableWidgetIsNamed()
{
    QFETCH(QString, window);
    openWindow();
    QWidget* root = openers().value(window)(*this);
    QVERIFY2(root, qPrintable(QStringLiteral("could not open ") + window));
    QVERIFY(root->isVisible());
    const QStringList found = faults(root);
    // One line each: a failure's own message is cut short.
    for (const QString& fault : found)
        qWarning().noquote() << fault;
    QVERIFY2(found.isEmpty(),
             qPrintable(QStringLiteral("%1 widgets to fix, listed above").arg(found.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
