#include "ContactBodies.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "ContactWriter.h"
#include "CsvReader.h"
#include "ExportDialog.h"
#include "GuiTestSupport.h"
#include "ImportMappingPage.h"
#include "ImportResultPage.h"
#include "ImportWizard.h"
#include "TestDatabase.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(ExportDialog::Scope)

namespace {

using GuiTestSupport::contactByPhone;
using GuiTestSupport::readCsv;

struct Seed {
    QString name;
    QString phone;
    QString email;
    QStringList tags;
};

const QList<Seed> seeds = {
    {QStringLiteral("Ahmed Hassan"),
     QStringLiteral("+971501234567"),
     QStringLiteral("ahmed@example.com"),
     {QStringLiteral("VIP")}},
    {QStringLiteral("فاطمة الزهراء"),
     QStringLiteral("+971501112222"),
     QStringLiteral("fatima@shop.ae"),
     {QStringLiteral("VIP"), QStringLiteral("lead; hot")}},
    {QStringLiteral("Omar, Jr."), QStringLiteral("+966501234567"), {}, {}},
    {QStringLiteral("Layla \"Lulu\" Haddad"),
     QStringLiteral("+96171123456"),
     {},
     {QStringLiteral("lead")}},
    {QStringLiteral("Ahmed Ali"), QStringLiteral("+201001234567"), {}, {}},
};

} // namespace

/// The export dialog: each scope, the byte order mark, and a file that imports back.
class TestExportDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void scopesWriteTheirRows_data();
    void scopesWriteTheirRows();
    void scopesWithoutRowsAreDisabled();
    void bomIsOptionalAndRemembered();
    void historyIsWrittenForAnAudit();
    void existingFileIsReplacedOnlyWhenConfirmed();
    void exportImportsBackIntoEmptyDatabase();

private:
    std::unique_ptr<ExportDialog> openDialog(const QString& path);
    bool exportAndWait(ExportDialog& dialog);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<QTemporaryDir> m_dir;
    QHash<QString, QString> m_idOfName;
};

void TestExportDialog::initTestCase()
{
    GuiTestSupport::isolateSettings(QStringLiteral("tst_exportdialog"));
}

void TestExportDialog::init()
{
    QSettings().clear();
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
    m_dir = std::make_unique<QTemporaryDir>();
    ContactStore store = m_database->store();
    m_idOfName.clear();
    for (const Seed& seed : seeds) {
        NewContact draft;
        draft.setPhone(seed.phone).setName(seed.name).setTags(seed.tags);
        if (!seed.email.isEmpty())
            draft.setEmail(seed.email);
        if (seed.phone.startsWith(QStringLiteral("+971")))
            draft.setParams(QJsonObject{{QStringLiteral("city"), QStringLiteral("Dubai")}});
        auto created = store.create(draft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        m_idOfName.insert(seed.name, created->id);
    }
}

void TestExportDialog::cleanup()
{
    m_database.reset();
    m_dir.reset();
}

std::unique_ptr<ExportDialog> TestExportDialog::openDialog(const QString& path)
{
    auto dialog = std::make_unique<ExportDialog>(m_database->path());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    dialog->findChild<QLineEdit*>(QStringLiteral("exportPathEdit"))->setText(path);
    return dialog;
}

bool TestExportDialog::exportAndWait(ExportDialog& dialog)
{
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    if (!dialog.exportButton()->isEnabled())
        return false;
    dialog.exportButton()->click();
    return finished.wait(10000) && dialog.result().has_value();
}

void TestExportDialog::scopesWriteTheirRows_data()
{
    QTest::addColumn<ExportDialog::Scope>("scope");
    QTest::addColumn<QStringList>("names"); // in the file's order

    QTest::newRow("all, by name") << ExportDialog::Scope::All
                                  << QStringList{"Ahmed Ali", "Ahmed Hassan",
                                                 "Layla \"Lulu\" Haddad", "Omar, Jr.",
                                                 "فاطمة الزهراء"};
    QTest::newRow("search and filter")
        << ExportDialog::Scope::Filtered << QStringList{"Ahmed Hassan", "فاطمة الزهراء"};
    QTest::newRow("selection, in its order")
        << ExportDialog::Scope::Selection << QStringList{"Omar, Jr.", "Ahmed Ali"};
}

void TestExportDialog::scopesWriteTheirRows()
{
    QFETCH(ExportDialog::Scope, scope);
    QFETCH(QStringList, names);
    const QString path = m_dir->filePath(QStringLiteral("out.csv"));
    auto dialog = openDialog(path);
    QVERIFY(dialog);
    ListQuery query;
    query.tags = {QStringLiteral("vip")};
    query.sortBy = SortField::Name;
    query.sortOrder = SortOrder::Ascending;
    dialog->setCurrentList(query, 2, true);
    dialog->setSelection({m_idOfName.value(QStringLiteral("Omar, Jr.")),
                          m_idOfName.value(QStringLiteral("Ahmed Ali"))});
    QVERIFY(dialog->scopeButton(ExportDialog::Scope::Filtered)->text().contains(u'2'));
    QVERIFY(dialog->scopeButton(ExportDialog::Scope::Selection)->text().contains(u'2'));
    dialog->scopeButton(scope)->click();
    QCOMPARE(dialog->scope(), scope);
    QVERIFY(exportAndWait(*dialog));
    QVERIFY2(dialog->result()->has_value(),
             qPrintable(dialog->result()->has_value() ? QString() : dialog->result()->error()));
    QCOMPARE(**dialog->result(), qint64(names.size()));
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("exportMessage"));
    QVERIFY(message->isVisible());
    QVERIFY(message->text().contains(QString::number(names.size())));

    const QList<QStringList> records = readCsv(path);
    QCOMPARE(records.size(), names.size() + 1);
    const int nameColumn = int(records.at(0).indexOf(QStringLiteral("userName")));
    QVERIFY(nameColumn >= 0);
    QStringList written;
    for (qsizetype i = 1; i < records.size(); ++i)
        written.append(records.at(i).at(nameColumn));
    QCOMPARE(written, names);
}

void TestExportDialog::scopesWithoutRowsAreDisabled()
{
    auto dialog = openDialog(m_dir->filePath(QStringLiteral("out.csv")));
    QVERIFY(dialog);
    dialog->setCurrentList({}, 5, false);
    dialog->setSelection({});
    QVERIFY(dialog->scopeButton(ExportDialog::Scope::All)->isChecked());
    QVERIFY(dialog->scopeButton(ExportDialog::Scope::All)->text().contains(u'5'));
    QVERIFY(!dialog->scopeButton(ExportDialog::Scope::Filtered)->isEnabled());
    QVERIFY(!dialog->scopeButton(ExportDialog::Scope::Selection)->isEnabled());
    dialog->setScope(ExportDialog::Scope::Selection);
    QCOMPARE(dialog->scope(), ExportDialog::Scope::All);
    // An unwritable path is an error shown in the dialog, and no file.
    dialog->setFilePath(m_dir->filePath(QStringLiteral("missing/folder/out.csv")));
    QVERIFY(exportAndWait(*dialog));
    QVERIFY(!*dialog->result());
    auto* message = dialog->findChild<QLabel*>(QStringLiteral("exportMessage"));
    QVERIFY(message->text().contains(QStringLiteral("missing/folder")));
}

void TestExportDialog::historyIsWrittenForAnAudit()
{
    ContactChanges optIn;
    optIn.setOptedIn(true);
    ContactStore store = m_database->store();
    store.setOrigin(WriteOrigin(WriteOrigin::Method::Editor, QStringLiteral("Sara")));
    QVERIFY(store.update(m_idOfName.value(QStringLiteral("Ahmed Ali")), optIn));

    const QString path = m_dir->filePath(QStringLiteral("audit.csv"));
    auto dialog = openDialog(path);
    QVERIFY(dialog);
    dialog->bomCheck()->setChecked(false);
    QTest::mouseClick(dialog->historyCheck(), Qt::LeftButton);
    QVERIFY(dialog->historyCheck()->isChecked());
    QVERIFY(exportAndWait(*dialog));
    QCOMPARE(dialog->result()->value_or(-1), 1);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("id,userNumber,userName,field,value,changedAt,changedBy"));
    QVERIFY2(lines.at(1).contains(",Ahmed Ali,optedIn,true,"), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains(",Sara,editor,"), lines.at(1).constData());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("exportMessage"))
                ->text()
                .contains(QStringLiteral("1 change of the history")));
}

void TestExportDialog::bomIsOptionalAndRemembered()
{
    const QByteArray bom("\xEF\xBB\xBF");
    for (const bool withBom : {true, false}) {
        const QString path = m_dir->filePath(QStringLiteral("bom-%1.csv").arg(withBom));
        auto dialog = openDialog(path);
        QVERIFY(dialog);
        // On by default (Excel is what agents open exports in), then as last chosen.
        QCOMPARE(dialog->bomCheck()->isChecked(), true);
        if (!withBom)
            dialog->bomCheck()->click();
        QVERIFY(exportAndWait(*dialog));
        QVERIFY(*dialog->result());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray start = file.read(16);
        QCOMPARE(start.startsWith(bom), withBom);
        QVERIFY(start.mid(withBom ? 3 : 0).startsWith("userNumber,"));
        if (!withBom) {
            dialog.reset();
            auto again = openDialog(path);
            QVERIFY(!again->bomCheck()->isChecked());
        }
    }
}

void TestExportDialog::existingFileIsReplacedOnlyWhenConfirmed()
{
    const QString path = m_dir->filePath(QStringLiteral("agent's file.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious\n");
    }
    auto dialog = openDialog(path);
    QVERIFY(dialog);
    QStringList questions;
    bool answer = false;
    dialog->setConfirmation([&](const QString& text) {
        questions.append(text);
        return answer;
    });
    dialog->exportButton()->click();
    QCOMPARE(questions.size(), 1);
    QVERIFY(questions.at(0).contains(QStringLiteral("agent's file.csv")));
    QVERIFY(!dialog->isExporting());
    QFile kept(path);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("precious\n"));
    kept.close();

    answer = true;
    QVERIFY(exportAndWait(*dialog));
    QCOMPARE(questions.size(), 2);
    QCOMPARE(dialog->result()->value_or(-1), qint64(seeds.size()));
    QCOMPARE(readCsv(path).size(), seeds.size() + 1);
}

void TestExportDialog::exportImportsBackIntoEmptyDatabase()
{
    const QString path = m_dir->filePath(QStringLiteral("roundtrip.csv"));
    auto dialog = openDialog(path);
    QVERIFY(dialog);
    QVERIFY(exportAndWait(*dialog));
    QCOMPARE(dialog->result()->value_or(-1), qint64(seeds.size()));

    TestDatabase empty;
    QVERIFY(empty.isOpen());
    ContactWriter writer(empty.path());
    ImportWizard wizard(&writer);
    wizard.setFilePath(path);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    // The header maps back without a question: Import is available as it stands.
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    wizard.button(QWizard::CommitButton)->click();
    QVERIFY(finished.wait(10000));
    QTRY_COMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    auto* result = qobject_cast<ImportResultPage*>(wizard.page(ImportWizard::ResultPage));
    QCOMPARE(result->importedLabel()->text(), QString::number(seeds.size()));
    QCOMPARE(result->skippedLabel()->text(), QStringLiteral("0"));

    ContactStore original = m_database->store();
    ContactStore copy = empty.store();
    for (const Seed& seed : seeds) {
        const auto before = contactByPhone(original, seed.phone);
        const auto after = contactByPhone(copy, seed.phone);
        QVERIFY(before && after);
        QCOMPARE(after->name, before->name);
        QCOMPARE(after->email, before->email);
        QCOMPARE(after->countryCode, before->countryCode);
        QCOMPARE(after->tags, before->tags);
        QCOMPARE(after->labels, before->labels);
        QCOMPARE(after->params, before->params);
        QCOMPARE(after->optedIn, before->optedIn);
        QCOMPARE(after->isBlocked, before->isBlocked);
    }
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
