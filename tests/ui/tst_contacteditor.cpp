#include "AgentName.h"
#include "ContactEditor.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "ContactWriter.h"
#include "ParamsTableEditor.h"
#include "TagEdit.h"
#include "TestDatabase.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTableWidget>
#include <QtTest>

#include <memory>

/// The editor panel on a real database, saving through a real ContactWriter (on a worker):
/// what it saves is what the store holds, and what the store refuses is shown beside its
/// field with nothing written.
class TestContactEditor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();

    void editingNameChangesStore();
    void flagHistoryIsShown();
    void invalidFieldShowsMessageAndWritesNothing_data();
    void invalidFieldShowsMessageAndWritesNothing();
    void errorClearsOnNextSave();
    void newContactIsCreatedAsManual();
    void newContactWithBadPhone_data();
    void newContactWithBadPhone();
    void phoneIsFixedOnceCreated();
    void paramsAreEditedAsTable();
    void untouchedParamsKeepTheirType();
    void duplicateParamKeysAreRefused();
    void formTakesNoInputWhileSaving();
    void revertRestoresLoadedValues();
    void tagEditSplitsOnCommas();
    void tagEditCompletesCurrentTag();

private:
    Contact createContact(const QString& phone, const QString& name);
    template <typename T> T* field(const char* name)
    {
        T* widget = m_editor->findChild<T*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }
    void setText(const char* name, const QString& text);
    /// Clicks Save and waits for the store's answer.
    void clickSave();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<ContactWriter> m_writer;
    std::unique_ptr<ContactEditor> m_editor;
};

void TestContactEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestContactEditor::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isOpen(), qPrintable(m_database->errorString()));
    m_writer = std::make_unique<ContactWriter>(m_database->path());
    m_editor = std::make_unique<ContactEditor>();
    m_editor->setWriter(m_writer.get());
    m_editor->resize(420, 700);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
}

void TestContactEditor::cleanup()
{
    m_editor.reset();
    m_writer.reset();
    m_database.reset();
}

Contact TestContactEditor::createContact(const QString& phone, const QString& name)
{
    auto created = m_database->store().create(
        NewContact().setPhone(phone).setName(name).setEmail(QStringLiteral("a@example.com")));
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return *created;
}

void TestContactEditor::setText(const char* name, const QString& text)
{
    auto* edit = field<QLineEdit>(name);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

void TestContactEditor::clickSave()
{
    auto* save = field<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    QSignalSpy finished(m_editor.get(), &ContactEditor::saveFinished);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
}

void TestContactEditor::editingNameChangesStore()
{
    const Contact before = createContact(QStringLiteral("+971501234567"), QStringLiteral("Ahmed"));
    m_editor->showContact(before);
    QSignalSpy edited(m_editor.get(), &ContactEditor::contactEdited);

    setText("nameEdit", QStringLiteral("Ahmed Hassan"));
    QVERIFY(m_editor->isModified());
    setText("tagsEdit", QStringLiteral("VIP, lead"));
    QTest::mouseClick(field<QCheckBox>("optedInCheck"), Qt::LeftButton);
    clickSave();

    const auto stored = m_database->store().contact(before.id);
    QVERIFY(stored);
    QCOMPARE(stored->name, std::optional<QString>(QStringLiteral("Ahmed Hassan")));
    QCOMPARE(stored->tags, QStringList({QStringLiteral("VIP"), QStringLiteral("lead")}));
    QVERIFY(stored->optedIn);
    QCOMPARE(stored->email, before.email);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited.at(0).at(0).value<Contact>(), before);
    QCOMPARE(edited.at(0).at(1).value<Contact>(), *stored);
    QVERIFY(!m_editor->isModified());
}

void TestContactEditor::flagHistoryIsShown()
{
    ContactStore store = m_database->store();
    store.setOrigin(WriteOrigin(WriteOrigin::Method::Import, QStringLiteral("Sara"),
                                QStringLiteral("expo.csv")));
    auto created = store.create(NewContact()
                                    .setPhone(QStringLiteral("+971501234567"))
                                    .setName(QStringLiteral("Mona"))
                                    .setOptedIn(true));
    QVERIFY(created);
    auto* history = field<QLabel>("flagHistoryLabel");
    m_editor->showContact(*created);
    QTRY_VERIFY(!history->text().isEmpty());
    QVERIFY2(history->text().startsWith(QStringLiteral("Opted in on ")),
             qPrintable(history->text()));
    QVERIFY2(history->text().endsWith(QStringLiteral(" by Sara, import of expo.csv")),
             qPrintable(history->text()));

    // A save under the agent's name, with the reason typed beside the box, comes first.
    auto* note = field<QLineEdit>("flagNoteEdit");
    QVERIFY(!note->isVisible());
    AgentName::set(QStringLiteral("Omar"));
    QTest::mouseClick(field<QCheckBox>("blockedCheck"), Qt::LeftButton);
    QVERIFY(note->isVisible());
    QTest::keyClicks(note, QStringLiteral("asked to stop"));
    const QString screenshots = qEnvironmentVariable("CONTACTS_SCREENSHOTS");
    if (!screenshots.isEmpty())
        QVERIFY(m_editor->grab().save(screenshots + QStringLiteral("/editor-flag-note.png")));
    clickSave();
    QVERIFY(!note->isVisible());
    QCOMPARE(note->text(), QString());
    AgentName::set(QString());
    QTRY_COMPARE(history->text().count(u'\n'), 1);
    const QStringList lines = history->text().split(u'\n');
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("Blocked on ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).endsWith(QStringLiteral(" by Omar, in the editor: “asked to stop”")),
             qPrintable(lines.at(0)));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("Opted in on ")));
    // `CONTACTS_SCREENSHOTS=DIR` saves the panel for docs/.
    if (!screenshots.isEmpty())
        QVERIFY(m_editor->grab().save(screenshots + QStringLiteral("/editor-history.png")));

    // A contact without changes says so.
    m_editor->showContact(createContact(QStringLiteral("+971502222222"), QStringLiteral("Ali")));
    QTRY_COMPARE(history->text(), QStringLiteral("No opt-in or block change recorded."));
}

void TestContactEditor::invalidFieldShowsMessageAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("fieldName");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("errorField");
    QTest::addColumn<QString>("message");

    QTest::newRow("email") << QByteArray("emailEdit") << QStringLiteral("not-an-email")
                           << int(ContactFieldError::Email) << QStringLiteral("Invalid email");
    QTest::newRow("email with space")
        << QByteArray("emailEdit") << QStringLiteral("a b@example.com")
        << int(ContactFieldError::Email) << QStringLiteral("Invalid email");
    QTest::newRow("country") << QByteArray("countryEdit") << QStringLiteral("ZZ")
                             << int(ContactFieldError::Country)
                             << QStringLiteral("Invalid countryCode");
    QTest::newRow("name too long")
        << QByteArray("nameEdit") << QString(257, u'n') << int(ContactFieldError::Name)
        << QStringLiteral("Invalid name");
    QTest::newRow("tag too long") << QByteArray("tagsEdit") << QString(65, u't')
                                  << int(ContactFieldError::Tags) << QStringLiteral("Invalid tags");
    QTest::newRow("label too long")
        << QByteArray("labelsEdit") << QString(65, u'l') << int(ContactFieldError::Labels)
        << QStringLiteral("Invalid labels");
}

void TestContactEditor::invalidFieldShowsMessageAndWritesNothing()
{
    QFETCH(QByteArray, fieldName);
    QFETCH(QString, value);
    QFETCH(int, errorField);
    QFETCH(QString, message);

    const Contact before = createContact(QStringLiteral("+971501234567"), QStringLiteral("Ahmed"));
    const qint64 journalBefore = m_database->store().journal(0)->size();
    m_editor->showContact(before);
    QSignalSpy edited(m_editor.get(), &ContactEditor::contactEdited);

    setText("nameEdit", QStringLiteral("Changed too"));
    setText(fieldName.constData(), value);
    clickSave();

    QCOMPARE(m_editor->errorText(ContactFieldError::Field(errorField)), message);
    for (int other = ContactFieldError::General; other <= ContactFieldError::Params; ++other) {
        if (other != errorField)
            QVERIFY2(m_editor->errorText(ContactFieldError::Field(other)).isEmpty(),
                     qPrintable(QString::number(other)));
    }
    QCOMPARE(*m_database->store().contact(before.id), before);
    QCOMPARE(m_database->store().journal(0)->size(), journalBefore);
    QCOMPARE(edited.size(), 0);
    QVERIFY(m_editor->isModified()); // the agent's input stays to be corrected
}

void TestContactEditor::errorClearsOnNextSave()
{
    const Contact before = createContact(QStringLiteral("+971501234567"), QStringLiteral("Ahmed"));
    m_editor->showContact(before);
    setText("emailEdit", QStringLiteral("broken"));
    clickSave();
    QCOMPARE(m_editor->errorText(ContactFieldError::Email), QStringLiteral("Invalid email"));
    setText("emailEdit", QStringLiteral("ahmed@example.com"));
    clickSave();
    QVERIFY(m_editor->errorText(ContactFieldError::Email).isEmpty());
    QCOMPARE(m_database->store().contact(before.id)->email,
             std::optional<QString>(QStringLiteral("ahmed@example.com")));
}

void TestContactEditor::newContactIsCreatedAsManual()
{
    QSignalSpy created(m_editor.get(), &ContactEditor::contactCreated);
    m_editor->startNewContact();
    QCOMPARE(m_editor->mode(), ContactEditor::Mode::New);
    QVERIFY(field<QLineEdit>("phoneEdit")->hasFocus());
    QTest::keyClicks(field<QLineEdit>("phoneEdit"), QStringLiteral("+971 50 123 4567"));
    setText("nameEdit", QStringLiteral("Fatima"));
    setText("labelsEdit", QStringLiteral("Dubai"));
    QTest::mouseClick(field<QCheckBox>("blockedCheck"), Qt::LeftButton);
    clickSave();

    QCOMPARE(created.size(), 1);
    const Contact contact = created.at(0).at(0).value<Contact>();
    const auto stored = m_database->store().contact(contact.id);
    QVERIFY(stored);
    QCOMPARE(*stored, contact);
    QCOMPARE(stored->phone, QStringLiteral("+971501234567"));
    QCOMPARE(stored->name, std::optional<QString>(QStringLiteral("Fatima")));
    QCOMPARE(stored->labels, QStringList{QStringLiteral("Dubai")});
    QCOMPARE(stored->source, QStringLiteral("manual"));
    QVERIFY(stored->isBlocked);
    QVERIFY(!stored->optedIn);
    QCOMPARE(m_editor->mode(), ContactEditor::Mode::Existing);
}

void TestContactEditor::newContactWithBadPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString() << QStringLiteral("Phone number (userNumber) is required");
    QTest::newRow("not a number")
        << QStringLiteral("12")
        << QStringLiteral("Invalid phone number (userNumber): expected E.164, e.g. +971501234567");
    QTest::newRow("taken") << QStringLiteral("+971501234567")
                           << QStringLiteral("Contact with this phone number already exists");
}

void TestContactEditor::newContactWithBadPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, message);
    createContact(QStringLiteral("+971501234567"), QStringLiteral("Existing"));
    QSignalSpy created(m_editor.get(), &ContactEditor::contactCreated);

    m_editor->startNewContact();
    if (!phone.isEmpty())
        QTest::keyClicks(field<QLineEdit>("phoneEdit"), phone);
    setText("nameEdit", QStringLiteral("Someone"));
    clickSave();

    QCOMPARE(m_editor->errorText(ContactFieldError::Phone), message);
    QCOMPARE(created.size(), 0);
    QCOMPARE(*m_database->store().count(ListQuery{}), 1);
    QCOMPARE(m_editor->mode(), ContactEditor::Mode::New);
}

void TestContactEditor::phoneIsFixedOnceCreated()
{
    const Contact contact = createContact(QStringLiteral("+971501234567"), QStringLiteral("A"));
    m_editor->showContact(contact);
    auto* phone = field<QLineEdit>("phoneEdit");
    QVERIFY(phone->isReadOnly());
    QTest::keyClicks(phone, QStringLiteral("999"));
    QCOMPARE(phone->text(), contact.phone);
    m_editor->startNewContact();
    QVERIFY(!phone->isReadOnly());
}

void TestContactEditor::paramsAreEditedAsTable()
{
    const Contact contact = createContact(QStringLiteral("+971501234567"), QStringLiteral("A"));
    m_editor->showContact(contact);
    auto* params = field<ParamsTableEditor>("paramsEditor");
    params->addRow();
    QTableWidget* table = params->table();
    table->item(0, 0)->setText(QStringLiteral("plan"));
    table->item(0, 1)->setText(QStringLiteral("gold"));
    QVERIFY(m_editor->isModified());
    clickSave();
    QCOMPARE(m_database->store().contact(contact.id)->params,
             QJsonObject({{QStringLiteral("plan"), QStringLiteral("gold")}}));

    table->selectRow(0);
    params->removeSelectedRows();
    clickSave();
    QCOMPARE(m_database->store().contact(contact.id)->params, QJsonObject());
}

void TestContactEditor::untouchedParamsKeepTheirType()
{
    auto created = m_database->store().create(
        NewContact()
            .setPhone(QStringLiteral("+971501234567"))
            .setParams({{QStringLiteral("orders"), 12}, {QStringLiteral("vip"), true}}));
    QVERIFY(created);
    m_editor->showContact(*created);
    auto* params = field<ParamsTableEditor>("paramsEditor");
    QCOMPARE(params->params(), created->params);
    params->table()->item(0, 1)->setText(QStringLiteral("13 orders"));
    clickSave();
    QCOMPARE(m_database->store().contact(created->id)->params,
             QJsonObject({{QStringLiteral("orders"), QStringLiteral("13 orders")},
                          {QStringLiteral("vip"), true}}));
}

void TestContactEditor::duplicateParamKeysAreRefused()
{
    const Contact contact = createContact(QStringLiteral("+971501234567"), QStringLiteral("A"));
    m_editor->showContact(contact);
    auto* params = field<ParamsTableEditor>("paramsEditor");
    for (const char* value : {"1", "2"}) {
        params->addRow();
        const int row = params->table()->rowCount() - 1;
        params->table()->item(row, 0)->setText(QStringLiteral("plan"));
        params->table()->item(row, 1)->setText(QString::fromLatin1(value));
    }
    clickSave();
    QVERIFY(m_editor->errorText(ContactFieldError::Params).contains(QStringLiteral("plan")));
    QCOMPARE(*m_database->store().contact(contact.id), contact);
}

void TestContactEditor::formTakesNoInputWhileSaving()
{
    const Contact contact = createContact(QStringLiteral("+971501234567"), QStringLiteral("A"));
    m_editor->showContact(contact);
    setText("nameEdit", QStringLiteral("B"));
    QSignalSpy finished(m_editor.get(), &ContactEditor::saveFinished);
    QSignalSpy edited(m_editor.get(), &ContactEditor::contactEdited);
    auto* name = field<QLineEdit>("nameEdit");
    QTest::keyClick(name, Qt::Key_Return);
    // The answer comes through the event loop: until then the form is as it was sent.
    QVERIFY(m_editor->isSaving());
    QVERIFY(!field<QPushButton>("saveButton")->isEnabled());
    QTest::keyClicks(name, QStringLiteral("CD"));
    QTest::keyClick(name, Qt::Key_Return);
    QCOMPARE(name->text(), QStringLiteral("B"));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).toBool());
    QCOMPARE(edited.size(), 1);
    QVERIFY(!m_editor->isSaving());
    QVERIFY(name->hasFocus()); // nothing was disabled under the cursor
    QCOMPARE(m_database->store().contact(contact.id)->name,
             std::optional<QString>(QStringLiteral("B")));
    QTest::keyClicks(name, QStringLiteral("C"));
    QCOMPARE(name->text(), QStringLiteral("BC"));
}

void TestContactEditor::revertRestoresLoadedValues()
{
    const Contact contact = createContact(QStringLiteral("+971501234567"), QStringLiteral("A"));
    m_editor->showContact(contact);
    setText("nameEdit", QStringLiteral("B"));
    setText("emailEdit", QStringLiteral("bad"));
    clickSave();
    QVERIFY(!m_editor->errorText(ContactFieldError::Email).isEmpty());
    m_editor->revert();
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("A"));
    QCOMPARE(field<QLineEdit>("emailEdit")->text(), QStringLiteral("a@example.com"));
    QVERIFY(m_editor->errorText(ContactFieldError::Email).isEmpty());
    QVERIFY(!m_editor->isModified());

    // Escape reverts unsaved edits, and closes the panel when there are none.
    QSignalSpy closeRequested(m_editor.get(), &ContactEditor::closeRequested);
    setText("nameEdit", QStringLiteral("C"));
    QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Escape);
    QCOMPARE(field<QLineEdit>("nameEdit")->text(), QStringLiteral("A"));
    QCOMPARE(closeRequested.size(), 0);
    QTest::keyClick(field<QLineEdit>("nameEdit"), Qt::Key_Escape);
    QCOMPARE(closeRequested.size(), 1);
}

void TestContactEditor::tagEditSplitsOnCommas()
{
    QCOMPARE(TagEdit::split(QStringLiteral(" VIP, lead ,, ، عميل،Dubai ")),
             QStringList({QStringLiteral("VIP"), QStringLiteral("lead"), QStringLiteral("عميل"),
                          QStringLiteral("Dubai")}));
    TagEdit edit;
    edit.setTags({QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(edit.text(), QStringLiteral("a, b"));
    QCOMPARE(edit.tags(), QStringList({QStringLiteral("a"), QStringLiteral("b")}));
}

void TestContactEditor::tagEditCompletesCurrentTag()
{
    QStringListModel existing(
        {QStringLiteral("VIP"), QStringLiteral("Vendor"), QStringLiteral("Lead")});
    TagEdit edit;
    edit.setCompletionModel(&existing);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("Lead, v"));
    QCOMPARE(edit.completer()->completionPrefix(), QStringLiteral("v"));
    QCOMPARE(edit.completer()->completionCount(), 2);
    QTRY_VERIFY(edit.completer()->popup()->isVisible());
    QTest::keyClick(edit.completer()->popup(), Qt::Key_Return);
    QCOMPARE(edit.tags(), QStringList({QStringLiteral("Lead"), QStringLiteral("VIP")}));
    QCOMPARE(edit.text(), QStringLiteral("Lead, VIP, "));
}

QTEST_MAIN(TestContactEditor)
#include "tst_contacteditor.moc"
