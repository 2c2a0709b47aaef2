#include "BidiText.h"
#include "ContactBodies.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "ContactWriter.h"
#include "CsvReader.h"
#include "GuiTestSupport.h"
#include "ImportCheckPanel.h"
#include "ImportExportActions.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportProgressPage.h"
#include "ImportResultPage.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "TagEdit.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

namespace {

using GuiTestSupport::contactByPhone;
using GuiTestSupport::readCsv;

// A Google Contacts export (the current format: `Labels`, `Phone 1 - Label`), with a
// national number, a number that is too short and a row without a phone.
const char googleCsv[] = "First Name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                         "Phone 1 - Label,Phone 1 - Value,Notes\n"
                         "أحمد,Hassan,* myContacts ::: VIP,* Work,ahmed@example.com,Mobile,"
                         "050 123 4567,Met at the fair\n"
                         "Fatima,Zahra,* myContacts,,fatima@shop.ae,Mobile,+971 50 111 2222,\n"
                         "Omar,Farouk,,,,Mobile,12,typo\n"
                         "Layla,Haddad,,,layla@example.com,Mobile,+961 71 123 456,\n"
                         "Nobody,,,,,,,no phone at all\n";

/// A CSV of `rows` distinct UAE mobiles from `first` on, with a `Name` column when `named`:
/// a file large enough that an import or a check of it can be stopped midway.
QByteArray manyMobiles(int rows, int first, bool named)
{
    QByteArray csv = named ? "Phone,Name\n" : "Phone\n";
    for (int i = 0; i < rows; ++i) {
        csv += "+9715" + QByteArray::number(first + i).rightJustified(8, '0');
        if (named)
            csv += ",Contact " + QByteArray::number(i);
        csv += '\n';
    }
    return csv;
}

/// The widget Tab moves to from `widget`.
QWidget* nextTabStop(QWidget* widget)
{
    for (QWidget* next = widget->nextInFocusChain(); next != widget;
         next = next->nextInFocusChain()) {
        if ((next->focusPolicy() & Qt::TabFocus) && next->isVisible() && next->isEnabled())
            return next;
    }
    return nullptr;
}

} // namespace

/// The import wizard driven through its pages with real widgets, against a real database.
class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void unreadableFileStaysOnFirstPage();
    void previewShowsDetectedFormat();
    void changingDelimiterReparses();
    void mappingShowsGuessAndIsRemembered();
    void importsWithRegionTagsAndErrors();
    void updateExistingMergesRows();
    void cancelKeepsCommittedBatches();
    void closingDuringImportAsksAndWaits();
    void fileDroppedOnWindowImportsAndRefreshes();
    void headerlessFileSaysSoAndImports();
    void regionReadsHeaderlessFileAgain();
    void columnFoundByValuesSaysSo();
    void checkSaysWhatImportWouldDo();
    void checkCanBeStoppedAndImportNeedNotWait();
    void vCardFileHasOptionsOnly();
    void vCardFileImports();
    void vCardFileIsTakenFromDrop();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    /// `prepare` is called on the wizard before the file is read.
    std::unique_ptr<ImportWizard>
    openWizard(const QString& path, const std::function<void(ImportWizard&)>& prepare = {});
    void goToMapping(ImportWizard& wizard);
    void importAndWait(ImportWizard& wizard);
    template <typename Page> Page* page(ImportWizard& wizard, int id)
    {
        return qobject_cast<Page*>(wizard.page(id));
    }

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ContactWriter> m_writer; ///< what the wizards import through
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestImportWizard::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_importwizard"));
}

void TestImportWizard::init()
{
    QSettings().clear();
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
    m_writer = std::make_unique<ContactWriter>(m_database->path());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestImportWizard::cleanup()
{
    m_writer.reset();
    m_database.reset();
    m_dir.reset();
}

QString TestImportWizard::writeFile(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

std::unique_ptr<ImportWizard>
TestImportWizard::openWizard(const QString& path, const std::function<void(ImportWizard&)>& prepare)
{
    auto wizard = std::make_unique<ImportWizard>(m_writer.get());
    if (prepare)
        prepare(*wizard);
    // The first page, typed into as a user would.
    wizard->show();
    if (!QTest::qWaitForWindowExposed(wizard.get()))
        return nullptr;
    auto* edit = wizard->findChild<QLineEdit*>(QStringLiteral("filePathEdit"));
    if (!edit || wizard->currentId() != ImportWizard::FilePage)
        return nullptr;
    edit->setText(path);
    if (!wizard->button(QWizard::NextButton)->isEnabled())
        return nullptr;
    wizard->button(QWizard::NextButton)->click();
    if (wizard->currentId() != ImportWizard::PreviewPage)
        return nullptr;
    return wizard;
}

void TestImportWizard::goToMapping(ImportWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
}

void TestImportWizard::importAndWait(ImportWizard& wizard)
{
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    QSignalSpy imported(&wizard, &ImportWizard::contactsImported);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ProgressPage));
    QVERIFY(finished.wait(10000));
    QCOMPARE(imported.size(), 1);
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
}

void TestImportWizard::unreadableFileStaysOnFirstPage()
{
    ImportWizard wizard(m_writer.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* edit = wizard.findChild<QLineEdit*>(QStringLiteral("filePathEdit"));
    edit->setText(m_dir->filePath(QStringLiteral("missing.csv")));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    edit->setText(writeFile(QStringLiteral("empty.csv"), QByteArray()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    auto* error = wizard.findChild<QLabel*>(QStringLiteral("fileError"));
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("The file is empty."));
    // Editing the path clears the message.
    edit->setText(writeFile(QStringLiteral("google.csv"), googleCsv));
    QVERIFY(!error->isVisible());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
}

void TestImportWizard::previewShowsDetectedFormat()
{
    auto wizard = openWizard(writeFile(QStringLiteral("google.csv"), googleCsv));
    QVERIFY(wizard);
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    QCOMPARE(preview->encodingCombo()->currentData().toString(), QStringLiteral("UTF-8"));
    QVERIFY(preview->encodingCombo()->currentText().contains(QStringLiteral("detected")));
    QCOMPARE(preview->delimiterCombo()->currentData().toString(), QStringLiteral(","));
    QVERIFY(preview->delimiterCombo()->currentText().contains(QStringLiteral("detected")));
    QTableWidget* table = preview->table();
    QCOMPARE(table->columnCount(), 8);
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->horizontalHeaderItem(6)->text(), QStringLiteral("Phone 1 - Value"));
    QCOMPARE(BidiText::plain(table->item(0, 0)->text()), QStringLiteral("أحمد"));
    QCOMPARE(BidiText::plain(table->item(0, 6)->text()), QStringLiteral("050 123 4567"));
    // The vertical header gives the file's lines: the header is line 1.
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("2"));
}

void TestImportWizard::changingDelimiterReparses()
{
    auto wizard = openWizard(writeFile(QStringLiteral("google.csv"), googleCsv));
    QVERIFY(wizard);
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    QComboBox* delimiter = preview->delimiterCombo();
    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(";")));
    QCOMPARE(wizard->format().delimiter, QChar(u';'));
    QCOMPARE(preview->table()->columnCount(), 1);
    QVERIFY(preview->table()->horizontalHeaderItem(0)->text().startsWith(
        QStringLiteral("First Name,Last Name")));
    // With one column and no phone in it, the mapping page asks for the phone column.
    goToMapping(*wizard);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->back();

    delimiter->setCurrentIndex(delimiter->findData(QStringLiteral(",")));
    QCOMPARE(preview->table()->columnCount(), 8);
    // An encoding chosen by hand reads the file again in it.
    QComboBox* encoding = preview->encodingCombo();
    encoding->setCurrentIndex(encoding->findData(QStringLiteral("windows-1252")));
    QCOMPARE(wizard->format().encoding, QStringLiteral("windows-1252"));
    QVERIFY(BidiText::plain(preview->table()->item(0, 0)->text()) != QStringLiteral("أحمد"));
}

void TestImportWizard::mappingShowsGuessAndIsRemembered()
{
    const QString path = writeFile(QStringLiteral("google.csv"), googleCsv);
    {
        auto wizard = openWizard(path);
        QVERIFY(wizard);
        goToMapping(*wizard);
        auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
        const QList<QComboBox*>& combos = mapping->fieldCombos();
        QCOMPARE(combos.size(), 8);
        const auto fieldOf = [](QComboBox* combo) {
            return ImportField(combo->currentData().toInt());
        };
        QCOMPARE(fieldOf(combos.at(0)), ImportField::FirstName);
        QCOMPARE(fieldOf(combos.at(1)), ImportField::LastName);
        QCOMPARE(fieldOf(combos.at(2)), ImportField::Tags);
        QCOMPARE(fieldOf(combos.at(4)), ImportField::Email);
        QCOMPARE(fieldOf(combos.at(5)), ImportField::PhoneType);
        QCOMPARE(fieldOf(combos.at(6)), ImportField::Phone);
        QCOMPARE(fieldOf(combos.at(7)), ImportField::Param);
        QVERIFY(combos.at(7)->currentText().contains(QStringLiteral("Notes")));
        // Tab goes down the combos, then to the options under them.
        QCOMPARE(nextTabStop(combos.at(0)), combos.at(1));
        QCOMPARE(nextTabStop(combos.at(7)), mapping->regionCombo());
        QCOMPARE(nextTabStop(mapping->regionCombo()), mapping->tagEdit());
        QCOMPARE(nextTabStop(mapping->tagEdit()), mapping->updateExistingCheck());

        // Notes are not wanted: remembered for files with these columns once imported.
        combos.at(7)->setCurrentIndex(combos.at(7)->findData(int(ImportField::Ignore)));
        QCOMPARE(wizard->mapping().columns().at(7).field, ImportField::Ignore);
        importAndWait(*wizard);
        ContactStore store = m_database->store();
        const auto found = contactByPhone(store, QStringLiteral("+971501112222"));
        QVERIFY(found);
        QVERIFY(!found->params.contains(QStringLiteral("Notes")));
    }
    // The same columns in another order and case: the same header set.
    QByteArray reordered = "NOTES,first name,Last Name,Labels,E-mail 1 - Label,E-mail 1 - Value,"
                           "Phone 1 - Label,Phone 1 - Value\n"
                           "x,Karim,Nasser,,,,Mobile,+962 79 123 4567\n";
    auto wizard = openWizard(writeFile(QStringLiteral("reordered.csv"), reordered));
    QVERIFY(wizard);
    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QCOMPARE(ImportField(mapping->fieldCombos().at(0)->currentData().toInt()), ImportField::Ignore);
    QCOMPARE(ImportField(mapping->fieldCombos().at(7)->currentData().toInt()), ImportField::Phone);
}

void TestImportWizard::importsWithRegionTagsAndErrors()
{
    auto wizard = openWizard(writeFile(QStringLiteral("google.csv"), googleCsv));
    QVERIFY(wizard);
    QString savedTo = m_dir->filePath(QStringLiteral("errors.csv"));
    wizard->setSaveFileChooser([&savedTo](const QString& suggested) {
        return suggested.endsWith(QStringLiteral(".csv")) ? savedTo : QString();
    });
    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QComboBox* region = mapping->regionCombo();
    region->setCurrentIndex(region->findData(QStringLiteral("AE")));
    QVERIFY(region->currentText().contains(QStringLiteral("United Arab Emirates")));
    mapping->tagEdit()->setText(QStringLiteral("fair 2026, imported"));
    importAndWait(*wizard);

    auto* result = page<ImportResultPage>(*wizard, ImportWizard::ResultPage);
    QCOMPARE(result->importedLabel()->text(), QStringLiteral("3"));
    QCOMPARE(result->updatedLabel()->text(), QStringLiteral("0"));
    QCOMPARE(result->skippedLabel()->text(), QStringLiteral("2"));

    // The national number read in the UAE; the extra tags on every contact.
    ContactStore store = m_database->store();
    const auto ahmed = contactByPhone(store, QStringLiteral("+971501234567"));
    QVERIFY2(ahmed, "050 123 4567 in region AE is +971501234567");
    QCOMPARE(ahmed->name, std::optional<QString>(QStringLiteral("أحمد Hassan")));
    QVERIFY(ahmed->tags.contains(QStringLiteral("VIP")));
    QVERIFY(ahmed->tags.contains(QStringLiteral("fair 2026")));
    QVERIFY(ahmed->tags.contains(QStringLiteral("imported")));
    const auto layla = contactByPhone(store, QStringLiteral("+96171123456"));
    QVERIFY(layla);
    QVERIFY(layla->tags.contains(QStringLiteral("imported")));
    QCOMPARE(store.count({}).value_or(-1), qint64(3));
    // The region is remembered for the next import.
    QCOMPARE(ImportMappingPage::defaultRegion(), QStringLiteral("AE"));

    // The skipped rows: Omar's number (line 4) and the row without one (line 6).
    QTableWidget* errors = result->errorTable();
    QVERIFY(errors->isVisible());
    QCOMPARE(errors->rowCount(), 2);
    QCOMPARE(errors->item(0, 0)->text(), QStringLiteral("4"));
    QCOMPARE(BidiText::plain(errors->item(0, 1)->text()), QStringLiteral("12"));
    QVERIFY(!errors->item(0, 2)->text().isEmpty());
    QCOMPARE(errors->item(1, 0)->text(), QStringLiteral("6"));

    QVERIFY(result->saveErrorsButton()->isVisible());
    result->saveErrorsButton()->click();
    const QList<QStringList> saved = readCsv(savedTo);
    QCOMPARE(saved.size(), 3);
    QStringList header = saved.at(0);
    QCOMPARE(header.takeLast(), QStringLiteral("line"));
    QCOMPARE(header.takeLast(), QStringLiteral("error"));
    QCOMPARE(header.size(), 8);
    QCOMPARE(header.at(6), QStringLiteral("Phone 1 - Value"));
    QCOMPARE(saved.at(1).at(0), QStringLiteral("Omar"));
    QCOMPARE(saved.at(1).at(6), QStringLiteral("12"));
    QCOMPARE(saved.at(1).at(8), errors->item(0, 2)->text());
    QCOMPARE(saved.at(1).at(9), QStringLiteral("4"));
    QCOMPARE(saved.at(2).at(9), QStringLiteral("6"));

    // The wizard ends with Finish, and no way back into a finished import.
    QVERIFY(wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible());
}

void TestImportWizard::updateExistingMergesRows()
{
    ContactStore store = m_database->store();
    QVERIFY(store.create(NewContact().setPhone(QStringLiteral("+971501112222"))));
    const QByteArray csv = "Phone,Name\n+971501112222,Fatima Zahra\n+971509998888,Sara\n";
    const QString path = writeFile(QStringLiteral("update.csv"), csv);
    for (const bool update : {false, true}) {
        auto wizard = openWizard(path);
        QVERIFY(wizard);
        goToMapping(*wizard);
        auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
        QVERIFY(!mapping->updateExistingCheck()->isChecked());
        mapping->updateExistingCheck()->setChecked(update);
        importAndWait(*wizard);
        auto* result = page<ImportResultPage>(*wizard, ImportWizard::ResultPage);
        if (!update) {
            QCOMPARE(result->importedLabel()->text(), QStringLiteral("1"));
            QCOMPARE(result->skippedLabel()->text(), QStringLiteral("1"));
            QVERIFY(!result->unchangedLabel()->isVisible());
            QCOMPARE(result->errorTable()->item(0, 2)->text(),
                     QStringLiteral("Contact already exists"));
            QCOMPARE(contactByPhone(store, QStringLiteral("+971501112222"))->name, std::nullopt);
        } else {
            // Fatima's row fills the empty name; Sara's, imported by the first run, brings
            // nothing new.
            QCOMPARE(result->updatedLabel()->text(), QStringLiteral("1"));
            QCOMPARE(result->unchangedLabel()->text(), QStringLiteral("1"));
            QVERIFY(result->unchangedLabel()->isVisible());
            QCOMPARE(result->skippedLabel()->text(), QStringLiteral("0"));
            QVERIFY(!result->errorTable()->isVisible());
            QCOMPARE(contactByPhone(store, QStringLiteral("+971501112222"))->name,
                     std::optional<QString>(QStringLiteral("Fatima Zahra")));
        }
    }
}

void TestImportWizard::cancelKeepsCommittedBatches()
{
    constexpr int rows = 40000;
    auto wizard =
        openWizard(writeFile(QStringLiteral("large.csv"), manyMobiles(rows, 1000000, true)));
    QVERIFY(wizard);
    goToMapping(*wizard);
    wizard->options().batchSize = 1000;

    QSignalSpy finished(wizard.get(), &ImportWizard::importFinished);
    auto* progress = page<ImportProgressPage>(*wizard, ImportWizard::ProgressPage);
    bool stopped = false;
    connect(wizard.get(), &ImportWizard::importProgressed, this, [&] {
        if (!stopped) {
            stopped = true;
            QVERIFY(progress->progressBar()->maximum() > 0);
            progress->stopButton()->click();
        }
    });
    wizard->button(QWizard::CommitButton)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY(stopped);
    QTRY_COMPARE(wizard->currentId(), int(ImportWizard::ResultPage));

    const auto& result = wizard->result();
    QVERIFY(result && *result);
    const ImportReport& report = **result;
    QVERIFY(report.cancelled);
    QVERIFY2(report.imported > 0 && report.imported < rows,
             qPrintable(QString::number(report.imported)));
    QCOMPARE(report.imported % 1000, 0); // whole batches only
    QCOMPARE(m_database->store().count({}).value_or(-1), report.imported);
    auto* page = this->page<ImportResultPage>(*wizard, ImportWizard::ResultPage);
    QVERIFY2(page->headline()->text().contains(QLocale().toString(report.imported)),
             qPrintable(page->headline()->text()));
    QCOMPARE(page->importedLabel()->text(), QLocale().toString(report.imported));
}

void TestImportWizard::closingDuringImportAsksAndWaits()
{
    constexpr int rows = 40000;
    auto wizard =
        openWizard(writeFile(QStringLiteral("large.csv"), manyMobiles(rows, 2000000, false)));
    QVERIFY(wizard);
    goToMapping(*wizard);
    wizard->options().batchSize = 1000;
    QStringList questions;
    bool answer = false;
    wizard->setConfirmation([&](const QString& text) {
        questions.append(text);
        return answer;
    });
    QSignalSpy progressed(wizard.get(), &ImportWizard::importProgressed);
    wizard->button(QWizard::CommitButton)->click();
    QVERIFY(progressed.wait(10000));

    // "No": the import goes on.
    wizard->reject();
    QCOMPARE(questions.size(), 1);
    QVERIFY(wizard->isVisible());
    // "Yes": it stops after the batch in flight, and the wizard closes.
    answer = true;
    QSignalSpy imported(wizard.get(), &ImportWizard::contactsImported);
    wizard->reject();
    QCOMPARE(questions.size(), 2);
    QVERIFY(!wizard->isImporting());
    QVERIFY(!wizard->isVisible());
    QCOMPARE(imported.size(), 1);
    const qint64 count = m_database->store().count({}).value_or(-1);
    QVERIFY(count > 0 && count < rows);
    QCOMPARE(count % 1000, 0);
}

void TestImportWizard::fileDroppedOnWindowImportsAndRefreshes()
{
    MainWindow window(m_database->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(!window.model()->isCounting());
    QCOMPARE(window.model()->totalCount(), 0);
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("exportAction"));
    QVERIFY(exportAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));

    // Only a CSV-like file is taken.
    QMimeData other;
    other.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("photo.png"), "x"))});
    QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &refused);
    QVERIFY(!refused.isAccepted());

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(writeFile(QStringLiteral("google.csv"), googleCsv))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QCOMPARE(wizard->preview().header.size(), 8);
    goToMapping(*wizard);
    importAndWait(*wizard);
    // The table shows the imported contacts without a manual refresh (two: without a
    // default region, `050 123 4567` is skipped).
    QTRY_COMPARE(window.model()->totalCount(), 2);
    wizard->button(QWizard::FinishButton)->click();
    QTRY_VERIFY(!window.findChild<ImportWizard*>());
}

void TestImportWizard::headerlessFileSaysSoAndImports()
{
    // A Palm Desktop export: no header, the UAE's national numbers; the region is the one
    // chosen at the last import.
    QSettings().setValue(QStringLiteral("import/region"), QStringLiteral("AE"));
    const QByteArray csv = "Ahmed Hassan,050 123 4567\nFatima Zahra,050 111 2222\n"
                           "Omar Farouk,055 765 4321\n";
    auto wizard = openWizard(writeFile(QStringLiteral("palm.csv"), csv));
    QVERIFY(wizard);
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    MessageLabel* note = preview->decisionsLabel();
    QVERIFY(note->isVisible());
    QVERIFY(!note->isError());
    const QStringList sentences = BidiText::plain(note->text()).split(u'\n');
    QCOMPARE(sentences.size(), 2);
    QCOMPARE(sentences.at(0), QStringLiteral("The first row holds a contact, not column names: "
                                             "the columns are named Column 1 to Column 2."));
    QCOMPARE(sentences.at(1),
             QStringLiteral("“Column 2” holds phone numbers, so it is imported as the phone."));
    // The first row is a row like the others, line 1 of the file.
    QTableWidget* table = preview->table();
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->verticalHeaderItem(0)->text(), QStringLiteral("1"));
    QCOMPARE(table->horizontalHeaderItem(0)->text(), QStringLiteral("Column 1"));
    QCOMPARE(BidiText::plain(table->item(0, 1)->text()), QStringLiteral("050 123 4567"));

    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QCOMPARE(mapping->regionCombo()->currentData().toString(), QStringLiteral("AE"));
    QCOMPARE(mapping->fieldCombos().size(), 2);
    QCOMPARE(ImportField(mapping->fieldCombos().at(1)->currentData().toInt()), ImportField::Phone);
    // The first row is checked like the others.
    QTRY_VERIFY(mapping->checkPanel()->countsLabel()->isVisible());
    QCOMPARE(mapping->checkPanel()->countsLabel()->text(), QStringLiteral("3 new"));
    importAndWait(*wizard);
    auto* result = page<ImportResultPage>(*wizard, ImportWizard::ResultPage);
    QCOMPARE(result->importedLabel()->text(), QStringLiteral("3"));
    ContactStore store = m_database->store();
    QVERIFY(contactByPhone(store, QStringLiteral("+971501234567")));
    // `Column 1`, `Column 2` name no source's columns: nothing is remembered for them.
    QSettings settings;
    settings.beginGroup(QStringLiteral("import/mappings"));
    QVERIFY(settings.childKeys().isEmpty());
}

void TestImportWizard::regionReadsHeaderlessFileAgain()
{
    // No region: `050 123 4567` is no number, so the first row reads as a header.
    QSettings().setValue(QStringLiteral("import/region"), QString());
    const QByteArray csv = "Ahmed Hassan,050 123 4567\nFatima Zahra,050 111 2222\n";
    auto wizard = openWizard(writeFile(QStringLiteral("palm.csv"), csv));
    QVERIFY(wizard);
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    QVERIFY(!preview->decisionsLabel()->isVisible());
    QCOMPARE(preview->table()->rowCount(), 1);
    goToMapping(*wizard);
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());

    // The UAE: the numbers read, the file has no header, its second column is the phone.
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QComboBox* region = mapping->regionCombo();
    region->setCurrentIndex(region->findData(QStringLiteral("AE")));
    QVERIFY(wizard->preview().headerless);
    QCOMPARE(mapping->fieldCombos().size(), 2);
    QCOMPARE(ImportField(mapping->fieldCombos().at(1)->currentData().toInt()), ImportField::Phone);
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    // Back on the preview, both rows and the note.
    wizard->back();
    QCOMPARE(preview->table()->rowCount(), 2);
    QVERIFY(preview->decisionsLabel()->isVisible());
    QVERIFY(preview->decisionsLabel()->text().startsWith(
        QStringLiteral("The first row holds a contact")));
}

void TestImportWizard::columnFoundByValuesSaysSo()
{
    QSettings().setValue(QStringLiteral("import/region"), QStringLiteral("AE"));
    const QByteArray csv = "Kunde,Kontakt\nHaddad,050 123 4567\nSaleh,055 765 4321\n";
    auto wizard = openWizard(writeFile(QStringLiteral("kunden.csv"), csv));
    QVERIFY(wizard);
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    QVERIFY(preview->decisionsLabel()->isVisible());
    QCOMPARE(BidiText::plain(preview->decisionsLabel()->text()),
             QStringLiteral("“Kontakt” holds phone numbers, so it is imported as the phone."));
    QCOMPARE(preview->table()->horizontalHeaderItem(1)->text(), QStringLiteral("Kontakt"));

    // Not imported after all: back on the preview, the note no longer says it is.
    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QComboBox* kontakt = mapping->fieldCombos().at(1);
    QCOMPARE(ImportField(kontakt->currentData().toInt()), ImportField::Phone);
    kontakt->setCurrentIndex(kontakt->findData(int(ImportField::Ignore)));
    wizard->back();
    QVERIFY(!preview->decisionsLabel()->isVisible());
}

void TestImportWizard::checkSaysWhatImportWouldDo()
{
    ContactStore store = m_database->store();
    QVERIFY(store.create(NewContact().setPhone(QStringLiteral("+971501112222"))));
    QVERIFY(store.create(
        NewContact().setPhone(QStringLiteral("+971502223333")).setName(QStringLiteral("Sara"))));
    // Two contacts already in (one without a name), two new, a duplicate of one of them,
    // a number too short and a row without one.
    const QByteArray csv = "Phone,Name\n"
                           "+971501112222,Fatima Zahra\n" // line 2
                           "+971502223333,Sara\n"         // 3
                           "+971509998888,Omar\n"         // 4
                           "+971509998888,Omar again\n"   // 5
                           "12,Typo\n"                    // 6
                           ",Nobody\n"                    // 7
                           "+971507776666,Layla\n";       // 8
    auto wizard = openWizard(writeFile(QStringLiteral("check.csv"), csv));
    QVERIFY(wizard);
    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    ImportCheckPanel* check = mapping->checkPanel();
    QVERIFY(check->isVisible());
    QTRY_VERIFY(check->countsLabel()->isVisible());
    QCOMPARE(check->statusLabel()->text(), QStringLiteral("All 7 rows checked:"));
    QCOMPARE(check->countsLabel()->text(),
             QStringLiteral("2 new · 2 already exist · 1 duplicate in the file · 2 invalid"));
    QVERIFY(!check->progressBar()->isVisible());
    QVERIFY(!check->checkButton()->isVisible());
    // The rows it would skip, by line.
    QTableWidget* problems = check->problemTable();
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->rowCount(), 5);
    QStringList lines;
    for (int row = 0; row < problems->rowCount(); ++row)
        lines.append(problems->item(row, 0)->text());
    QCOMPARE(lines, (QStringList{"2", "3", "5", "6", "7"}));
    QCOMPARE(problems->item(0, 2)->text(), QStringLiteral("Contact already exists"));
    QCOMPARE(BidiText::plain(problems->item(3, 1)->text()), QStringLiteral("12"));
    QVERIFY(problems->item(2, 2)->text().contains(QStringLiteral("line 4")));

    // Update existing contacts, with the keyboard: what the check said is gone at once, the
    // Import button stays usable, and the check runs again.
    QCheckBox* update = mapping->updateExistingCheck();
    update->setFocus();
    QTest::keyClick(update, Qt::Key_Space);
    QVERIFY(update->isChecked());
    QVERIFY(!check->countsLabel()->isVisible());
    QVERIFY(!problems->isVisible());
    QVERIFY(check->statusLabel()->text().startsWith(QStringLiteral("Checking")));
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QTRY_VERIFY(check->countsLabel()->isVisible());
    QCOMPARE(check->countsLabel()->text(),
             QStringLiteral("2 new · 1 would update · 1 unchanged · 1 duplicate in the file · "
                            "2 invalid"));
    QCOMPARE(problems->rowCount(), 3);

    // A tag to add: Sara's row brings her something now. Typed a key at a time, checked
    // once the typing stops.
    QTest::keyClicks(mapping->tagEdit(), QStringLiteral("fair"));
    QVERIFY(!check->countsLabel()->isVisible());
    QTRY_VERIFY(check->countsLabel()->isVisible());
    QCOMPARE(check->countsLabel()->text(),
             QStringLiteral("2 new · 2 would update · 1 duplicate in the file · 2 invalid"));

    // Nothing was written.
    QCOMPARE(store.count({}).value_or(-1), qint64(2));
    QCOMPARE(contactByPhone(store, QStringLiteral("+971501112222"))->name, std::nullopt);
    QVERIFY(!contactByPhone(store, QStringLiteral("+971509998888")));

    // The import does what the check said.
    importAndWait(*wizard);
    auto* result = page<ImportResultPage>(*wizard, ImportWizard::ResultPage);
    QCOMPARE(result->importedLabel()->text(), QStringLiteral("2"));
    QCOMPARE(result->updatedLabel()->text(), QStringLiteral("2"));
    QCOMPARE(result->skippedLabel()->text(), QStringLiteral("3"));
}

void TestImportWizard::checkCanBeStoppedAndImportNeedNotWait()
{
    constexpr int rows = 40000;
    auto wizard =
        openWizard(writeFile(QStringLiteral("large.csv"), manyMobiles(rows, 3000000, true)));
    QVERIFY(wizard);
    wizard->options().batchSize = 1000;
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    ImportCheckPanel* check = mapping->checkPanel();

    // Stopped at its first batch, as a user would with the mouse.
    QString statusWhileRunning;
    bool stopped = false;
    auto stopOnce = connect(wizard.get(), &ImportWizard::checkProgressed, this, [&] {
        if (stopped)
            return;
        stopped = true;
        statusWhileRunning = check->statusLabel()->text();
        QVERIFY(check->progressBar()->isVisible());
        QCOMPARE(check->checkButton()->text(), QStringLiteral("&Stop Check"));
        QTest::mouseClick(check->checkButton(), Qt::LeftButton);
    });
    QSignalSpy finished(wizard.get(), &ImportWizard::checkFinished);
    goToMapping(*wizard);
    QVERIFY(finished.wait(20000));
    disconnect(stopOnce);
    QVERIFY(stopped);
    QVERIFY2(QRegularExpression(QStringLiteral("^Checking… \\d+ %$"))
                 .match(statusWhileRunning)
                 .hasMatch(),
             qPrintable(statusWhileRunning));
    const auto report = wizard->checkResult();
    QVERIFY(report && *report);
    QVERIFY((*report)->cancelled);
    QVERIFY2((*report)->rowsRead > 0 && (*report)->rowsRead < rows,
             qPrintable(QString::number((*report)->rowsRead)));
    QVERIFY2(check->statusLabel()->text().startsWith(QStringLiteral("Stopped after")),
             qPrintable(check->statusLabel()->text()));
    QCOMPARE(check->countsLabel()->text(),
             QStringLiteral("%1 new").arg(QLocale().toString((*report)->imported)));
    QCOMPARE(check->checkButton()->text(), QStringLiteral("Check &Again"));
    QCOMPARE(m_database->store().count({}).value_or(-1), qint64(0));

    // Checked again from the keyboard; the agent knows the file and imports meanwhile.
    check->checkButton()->setFocus();
    QTest::keyClick(check->checkButton(), Qt::Key_Space);
    QVERIFY(wizard->isChecking());
    QVERIFY(check->statusLabel()->text().startsWith(QStringLiteral("Checking")));
    importAndWait(*wizard);
    QVERIFY(!wizard->isChecking());
    QVERIFY(!wizard->checkResult());
    auto* result = page<ImportResultPage>(*wizard, ImportWizard::ResultPage);
    QCOMPARE(result->importedLabel()->text(), QLocale().toString(rows));
    QCOMPARE(m_database->store().count({}).value_or(-1), qint64(rows));
}

namespace {

// Two cards as a phone exports them.
const char vCards[] = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Rania Haddad\r\nN:Haddad;Rania;;;\r\n"
                      "TEL;TYPE=CELL:+971 50 123 4567\r\nEMAIL:rania@example.com\r\n"
                      "CATEGORIES:VIP\r\nEND:VCARD\r\n"
                      "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Saleh\r\n"
                      "TEL;TYPE=CELL:+971 55 765 4321\r\nEND:VCARD\r\n";

} // namespace

void TestImportWizard::vCardFileHasOptionsOnly()
{
    // The preview the importer gives for a vCard file (ImportPreview::kind): a summary of the
    // first cards under a fixed header. Until the importer reads vCards it is made here.
    const auto readVCards = [](const QString& path, const CsvFormat& format,
                               const QString& region) -> std::expected<ImportPreview, QString> {
        auto read = ContactImporter::preview(path, format, 20, region);
        if (!read || read->kind == ImportFileKind::VCard || !path.endsWith(u".vcf"))
            return read;
        ImportPreview preview;
        preview.kind = ImportFileKind::VCard;
        preview.format = read->format;
        preview.header = {"Name", "Phone", "Email", "Tags"};
        preview.rows = {
            CsvRecord{{"Rania Haddad", "+971 50 123 4567", "rania@example.com", "VIP"}, 1, {}},
            CsvRecord{{"Omar Saleh", "+971 55 765 4321", "", ""}, 9, {}}};
        preview.fileSize = read->fileSize;
        return preview;
    };
    auto wizard = openWizard(writeFile(QStringLiteral("phone.vcf"), vCards),
                             [&](ImportWizard& w) { w.setPreviewReader(readVCards); });
    QVERIFY(wizard);
    QVERIFY(wizard->isVCard());

    // The summary, without an encoding or a delimiter to choose.
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    QVERIFY(!preview->encodingCombo()->isVisible());
    QVERIFY(!preview->delimiterCombo()->isVisible());
    QVERIFY(!preview->decisionsLabel()->isVisible());
    QTableWidget* table = preview->table();
    QVERIFY(table->isVisible());
    QCOMPARE(table->columnCount(), 4);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("Phone"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(BidiText::plain(table->item(1, 0)->text()), QStringLiteral("Omar Saleh"));
    QCOMPARE(table->verticalHeaderItem(1)->text(), QStringLiteral("9"));
    auto* summary = preview->findChild<QLabel*>(QStringLiteral("previewSummary"));
    QVERIFY(summary->text().startsWith(QStringLiteral("The first 2 cards of phone.vcf")));

    // No columns to match; the region, the tags and update-existing stay, in Tab order.
    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QCOMPARE(mapping->title(), QStringLiteral("Choose the Options"));
    QVERIFY(!mapping->findChild<QWidget*>(QStringLiteral("mappingScroll"))->isVisible());
    QVERIFY(mapping->fieldCombos().isEmpty());
    QVERIFY(!mapping->findChild<QLabel*>(QStringLiteral("mappingWarning"))->isVisible());
    QVERIFY(mapping->regionCombo()->isVisible());
    QVERIFY(mapping->tagEdit()->isVisible());
    QVERIFY(mapping->updateExistingCheck()->isVisible());
    QCOMPARE(nextTabStop(mapping->regionCombo()), mapping->tagEdit());
    QCOMPARE(nextTabStop(mapping->tagEdit()), mapping->updateExistingCheck());
    QVERIFY(wizard->button(QWizard::CommitButton)->isEnabled());
    QVERIFY(mapping->checkPanel()->isVisible());

    // The import is told the file is vCards, and gets no mapping: each card has its own.
    mapping->tagEdit()->setText(QStringLiteral("phone"));
    const ImportOptions options = wizard->importOptions();
    QCOMPARE(options.kind, ImportFileKind::VCard);
    QVERIFY(!options.mapping);
    QCOMPARE(options.tags, QStringList{QStringLiteral("phone")});
    // Nothing is remembered for a vCard's summary.
    QVERIFY(mapping->validatePage());
    QSettings settings;
    settings.beginGroup(QStringLiteral("import/mappings"));
    QVERIFY(settings.childKeys().isEmpty());

    // Back to a CSV file: its columns again.
    wizard->back();
    wizard->back();
    QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
    auto* edit = wizard->findChild<QLineEdit*>(QStringLiteral("filePathEdit"));
    edit->setText(writeFile(QStringLiteral("google.csv"), googleCsv));
    wizard->button(QWizard::NextButton)->click();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    QVERIFY(preview->encodingCombo()->isVisible());
    goToMapping(*wizard);
    QCOMPARE(mapping->title(), QStringLiteral("Match the Columns"));
    QVERIFY(mapping->findChild<QWidget*>(QStringLiteral("mappingScroll"))->isVisible());
    QCOMPARE(mapping->fieldCombos().size(), 8);
}

void TestImportWizard::vCardFileImports()
{
    const QString path = writeFile(QStringLiteral("phone.vcf"), vCards);
    const auto read = ContactImporter::preview(path);
    QVERIFY(read);
    if (read->kind != ImportFileKind::VCard)
        QSKIP("ContactImporter does not read vCard files yet (ImportPreview::kind is Csv)");
    auto wizard = openWizard(path);
    QVERIFY(wizard);
    auto* preview = page<ImportPreviewPage>(*wizard, ImportWizard::PreviewPage);
    QVERIFY(!preview->encodingCombo()->isVisible());
    QCOMPARE(preview->table()->rowCount(), 2);
    goToMapping(*wizard);
    auto* mapping = page<ImportMappingPage>(*wizard, ImportWizard::MappingPage);
    QVERIFY(mapping->fieldCombos().isEmpty());
    QTRY_VERIFY(mapping->checkPanel()->countsLabel()->isVisible());
    QCOMPARE(mapping->checkPanel()->countsLabel()->text(), QStringLiteral("2 new"));
    importAndWait(*wizard);
    QCOMPARE(m_database->store().count({}).value_or(-1), qint64(2));
    ContactStore store = m_database->store();
    const auto rania = contactByPhone(store, QStringLiteral("+971501234567"));
    QVERIFY(rania);
    QCOMPARE(rania->email, std::optional<QString>(QStringLiteral("rania@example.com")));
}

void TestImportWizard::vCardFileIsTakenFromDrop()
{
    // The file dialog offers contact files, CSV and vCard, then each kind alone.
    const QStringList filters = ImportFilePage::fileFilter().split(QStringLiteral(";;"));
    QCOMPARE(filters.size(), 4);
    QVERIFY(filters.at(0).contains(QStringLiteral("*.csv")));
    QVERIFY(filters.at(0).contains(QStringLiteral("*.vcf")));
    QVERIFY(filters.at(0).contains(QStringLiteral("*.vcard")));
    QVERIFY(filters.at(2).contains(QStringLiteral("*.vcf")));

    for (const QString& name : {QStringLiteral("phone.vcf"), QStringLiteral("Contacts.VCF"),
                                QStringLiteral("card.vcard")}) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(writeFile(name, vCards))});
        QVERIFY2(!ImportExportActions::importableFile(&mime).isEmpty(), qPrintable(name));
    }

    MainWindow window(m_database->path());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = writeFile(QStringLiteral("phone.vcf"), vCards);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    auto* wizard = window.findChild<ImportWizard*>();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QCOMPARE(wizard->filePath(), path);
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->reject();
    QTRY_VERIFY(!window.findChild<ImportWizard*>());
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
