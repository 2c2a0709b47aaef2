#include "ConflictsDialog.h"
#include "ContactEditor.h"
#include "ContactFieldError.h"
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
#include "TextColors.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
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
    void textFollowsThePalette_data();
    void textFollowsThePalette();
    void textFollowsAPaletteChangeWhileOpen();

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
    QPalette m_systemPalette; ///< the application's before a test replaced it
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

QPalette darkPalette()
{
    QPalette palette;
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x6f, 0xb4));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::ToolTipBase, QColor(0x35, 0x35, 0x35));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::Link, QColor(0x6a, 0xb0, 0xff));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

/// As Windows' "High Contrast Black": white on black, a bright highlight.
QPalette highContrastPalette()
{
    QPalette palette(Qt::white, Qt::black);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase})
        palette.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText,
                      QPalette::ToolTipText, QPalette::BrightText})
        palette.setColor(role, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0xbf, 0xbf, 0xbf));
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0xeb, 0xff));
    palette.setColor(QPalette::HighlightedText, Qt::black);
    palette.setColor(QPalette::Link, Qt::yellow);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x3f, 0xf2, 0x3f));
    return palette;
}

/// As GNOME's "High Contrast" (Debian 12's desktop): black on white, dark blue selection.
QPalette highContrastWhitePalette()
{
    QPalette palette(Qt::black, Qt::white);
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase})
        palette.setColor(role, Qt::white);
    for (auto role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText})
        palette.setColor(role, Qt::black);
    // Still told from a value, at 8:1.
    palette.setColor(QPalette::PlaceholderText, QColor(0x4d, 0x4d, 0x4d));
    palette.setColor(QPalette::Highlight, QColor(0x1a, 0x4c, 0x9c));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x00, 0x00, 0xc0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x55, 0x55, 0x55));
    return palette;
}

/// `color` as seen over `behind` (a placeholder's text is often half transparent).
QColor over(const QColor& color, const QColor& behind)
{
    const double a = color.alphaF();
    return QColor::fromRgbF(float(color.redF() * a + behind.redF() * (1 - a)),
                            float(color.greenF() * a + behind.greenF() * (1 - a)),
                            float(color.blueF() * a + behind.blueF() * (1 - a)));
}

/// The colour a widget's text is drawn on. A label paints no background: what shows behind it
/// is the nearest ancestor that does (a window, a viewport), in that one's palette.
QColor drawnBehind(const QWidget* widget)
{
    if (!qobject_cast<const QLabel*>(widget))
        return widget->palette().color(widget->backgroundRole());
    const QWidget* painter = widget;
    while (!painter->autoFillBackground() && !painter->isWindow() && painter->parentWidget())
        painter = painter->parentWidget();
    return painter->palette().color(painter->backgroundRole());
}

/// The visible, enabled widgets under `root` whose text is under 4.5:1 (WCAG AA) on their
/// background, one line each.
QStringList hardToRead(QWidget* root)
{
    QStringList faults;
    const QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!widget->isVisible() || !widget->isEnabled())
            continue;
        const QPalette& colors = widget->palette();
        const QColor behind = drawnBehind(widget);
        const QColor text = over(colors.color(widget->foregroundRole()), behind);
        const double ratio = TextColors::contrast(text, behind);
        if (ratio < 4.5)
            faults.append(QStringLiteral("%1 on %2 (%3:1): %4")
                              .arg(text.name(), behind.name(), QString::number(ratio, 'f', 1),
                                   describe(widget)));
    }
    return faults;
}

const QByteArray smallCsv = "Name,Phone,Email\n"
                            "Salma Aziz,+971501230001,salma@example.com\n"
                            "Bad Row,12,\n";

} // namespace

void TestAccessibility::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_accessibility"));
    m_systemPalette = QApplication::palette();
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
    QApplication::setPalette(m_systemPalette);
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

void TestAccessibility::textFollowsThePalette_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<QString>("screenshot");
    QTest::newRow("light") << m_systemPalette << QString();
    QTest::newRow("dark") << darkPalette() << QStringLiteral("screenshot-dark.png");
    // The docs show the white one: Fusion draws frames a shade darker than the window, so on
    // black it draws none, and the fields of the black one cannot be told apart.
    QTest::newRow("high contrast black") << highContrastPalette() << QString();
    QTest::newRow("high contrast white")
        << highContrastWhitePalette() << QStringLiteral("screenshot-high-contrast.png");
}

/// The system's palette (set before the window opens, as the platform does) reaches every
/// text: each visible label, field and button keeps 4.5:1 (WCAG AA) between its text and its
/// background, an error in the editor too. A colour set in code instead of taken from the
/// palette shows here. `CONTACTS_SCREENSHOTS=DIR` saves the window for docs/.
void TestAccessibility::textFollowsThePalette()
{
    QFETCH(QPalette, palette);
    QFETCH(QString, screenshot);
    QApplication::setPalette(palette);
    ContactStore store = m_database->store();
    for (const auto& [name, phone] :
         {std::pair{"Fatima Zahra", "+971501112222"}, std::pair{"Layla Haddad", "+96171123456"},
          std::pair{"Omar Farouk", "+966501234567"}, std::pair{"Yusuf Demir", "+905321234567"}}) {
        QVERIFY(store.create(NewContact()
                                 .setPhone(QString::fromLatin1(phone))
                                 .setName(QString::fromLatin1(name))
                                 .setTags({QStringLiteral("lead")})));
    }
    openWindow();
    // An error on show: a new contact with a number too short.
    action("newContactAction")->trigger();
    auto* phone = m_window->editor()->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QTest::keyClicks(phone, QStringLiteral("12"));
    QTest::keyClick(phone, Qt::Key_Return);
    QLabel* error = nullptr;
    QTRY_VERIFY(error = [this]() -> QLabel* {
        for (auto* label : m_window->editor()->findChildren<QLabel*>()) {
            if (label->objectName().startsWith(QStringLiteral("error")) && label->isVisible())
                return label;
        }
        return nullptr;
    }());

    const QStringList faults = hardToRead(m_window.get());
    for (const QString& fault : faults)
        qWarning().noquote() << fault;
    QVERIFY2(
        faults.isEmpty(),
        qPrintable(QStringLiteral("%1 widgets hard to read, listed above").arg(faults.size())));

    const QString screenshots = qEnvironmentVariable("CONTACTS_SCREENSHOTS");
    if (!screenshots.isEmpty() && !screenshot.isEmpty())
        QVERIFY(m_window->grab().save(screenshots + QLatin1Char('/') + screenshot));
}

/// The system turns dark while the window is open, an error and the editor's quieter text on
/// show: their colours, worked out from the palette rather than taken from a role, follow.
void TestAccessibility::textFollowsAPaletteChangeWhileOpen()
{
    QApplication::setPalette(m_systemPalette);
    QVERIFY(m_database->store().create(
        NewContact().setPhone(QStringLiteral("+971501112222")).setName(QStringLiteral("Fatima"))));
    openWindow();
    action("newContactAction")->trigger();
    auto* phone = m_window->editor()->findChild<QLineEdit*>(QStringLiteral("phoneEdit"));
    QTest::keyClicks(phone, QStringLiteral("12"));
    QTest::keyClick(phone, Qt::Key_Return);
    auto* error = m_window->editor()->findChild<QLabel*>(
        QStringLiteral("error%1").arg(int(ContactFieldError::Phone)));
    QVERIFY(error);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(hardToRead(m_window.get()), QStringList());

    for (const QPalette& palette : {darkPalette(), highContrastPalette(), m_systemPalette}) {
        QApplication::setPalette(palette);
        // The new palette reaches the widgets through events: once it is behind the error,
        // the error's own colour must follow.
        QTRY_COMPARE(drawnBehind(error), palette.color(QPalette::Window));
        QTRY_COMPARE(hardToRead(m_window.get()), QStringList());
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
