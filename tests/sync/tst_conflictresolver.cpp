#include "ConflictResolver.h"
#include "Contact.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "JournalEntry.h"
#include "ListQuery.h"
#include "SyncConflicts.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace {

using Kind = SyncConflict::Kind;

const QString phone = QStringLiteral("+971501234567");

QJsonObject originalBody()
{
    return QJsonObject{{"userNumber", phone},
                       {"userName", "Ahmed"},
                       {"tags", QJsonArray{"vip"}},
                       {"labels", QJsonArray{"premium"}}};
}

// A contact as the other side last saw it, in the GET shape: what a deleted kind keeps.
QJsonObject snapshot(const QString& name, const QJsonArray& tags, bool optedIn, bool blocked)
{
    Contact contact;
    contact.id = QStringLiteral("contact_00000000-0000-4000-8000-000000000001");
    contact.vendorContactId = QStringLiteral("0123456789abcdef01234567");
    contact.phone = phone;
    contact.name = name;
    contact.email = QStringLiteral("ahmed@example.com");
    contact.countryCode = QStringLiteral("AE");
    for (const QJsonValue& tag : tags)
        contact.tags.append(tag.toString());
    contact.labels = {QStringLiteral("premium")};
    contact.params = QJsonObject{{"tier", "gold"}};
    contact.source = QStringLiteral("manual");
    contact.optedIn = optedIn;
    contact.isBlocked = blocked;
    contact.createdAt = QDateTime::currentDateTimeUtc();
    contact.updatedAt = contact.createdAt;
    return ContactJson::fullContact(contact);
}

} // namespace

class TestConflictResolver : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void appliesTheChoice_data();
    void appliesTheChoice();
    void unknownOrClosedConflictIsNotFound();
    void failedRestoreChangesNothing();
    void keepMineOnDeletedContactFailsAndKeepsTheConflict();

private:
    ContactStore store() { return m_db->store(); }
    SyncConflicts conflicts() { return SyncConflicts(m_db->db(), organization().rowId); }
    const Organization& organization() { return m_db->db().defaultOrganization(); }
    ConflictResolver resolver() { return ConflictResolver(m_db->db(), organization()); }
    qint64 lastSequence();
    std::optional<Contact> contactWithPhone();
    /// The original contact, created, with an open conflict on its name (Mine here, Ahmed on
    /// the server): the conflict's id.
    ApiResult<qint64> addNameConflict(std::optional<Contact>* created);

    std::unique_ptr<TestDatabase> m_db;
};

void TestConflictResolver::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestConflictResolver::cleanup()
{
    m_db.reset();
}

qint64 TestConflictResolver::lastSequence()
{
    const auto entries = store().journal(0, 100000);
    return entries && !entries->isEmpty() ? entries->last().sequence : 0;
}

std::optional<Contact> TestConflictResolver::contactWithPhone()
{
    ListQuery query;
    query.limit = 100;
    const auto page = store().list(query);
    if (!page)
        return std::nullopt;
    for (const Contact& contact : page->contacts) {
        if (contact.phone == phone)
            return contact;
    }
    return std::nullopt;
}

void TestConflictResolver::appliesTheChoice_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("localValue");
    QTest::addColumn<QJsonValue>("remoteValue");
    QTest::addColumn<bool>("keepMine");
    /// The contact's list-shape fields afterwards; an empty object: no contact with the phone.
    QTest::addColumn<QJsonObject>("expected");
    /// The operations the choice adds to the outbox.
    QTest::addColumn<QList<int>>("journaled");

    const int update = int(JournalEntry::Operation::Update);
    const int create = int(JournalEntry::Operation::Create);
    const QJsonObject mine = snapshot("Mine", QJsonArray{"vip", "mine"}, true, true);
    const QJsonObject theirs = snapshot("Theirs", QJsonArray{"theirs"}, false, false);
    // Empty, not null: sync_conflicts.field is NOT NULL.
    const QString noField = QStringLiteral("");

    QTest::newRow("field name, keep mine")
        << int(Kind::Field) << "name" << QJsonValue("Mine") << QJsonValue("Theirs") << true
        << QJsonObject{{"name", "Mine"}} << QList<int>{update};
    QTest::newRow("field name, keep theirs")
        << int(Kind::Field) << "name" << QJsonValue("Mine") << QJsonValue("Theirs") << false
        << QJsonObject{{"name", "Ahmed"}} << QList<int>{};
    QTest::newRow("field name cleared, keep mine")
        << int(Kind::Field) << "name" << QJsonValue(QJsonValue::Null) << QJsonValue("Theirs")
        << true << QJsonObject{{"name", QJsonValue::Null}} << QList<int>{update};
    QTest::newRow("field tags, keep mine")
        << int(Kind::Field) << "tags" << QJsonValue(QJsonArray{"a", "b"})
        << QJsonValue(QJsonArray{"c"}) << true << QJsonObject{{"tags", QJsonArray{"a", "b"}}}
        << QList<int>{update};
    QTest::newRow("field opted_in, keep mine")
        << int(Kind::Field) << "opted_in" << QJsonValue(true) << QJsonValue(false) << true
        << QJsonObject{{"optedIn", true}} << QList<int>{update};
    QTest::newRow("field params, keep theirs")
        << int(Kind::Field) << "params" << QJsonValue(QJsonObject{{"tier", "gold"}})
        << QJsonValue(QJsonObject{}) << false << QJsonObject{{"name", "Ahmed"}} << QList<int>{};
    QTest::newRow("deleted on server, keep mine")
        << int(Kind::DeletedOnServer) << noField << QJsonValue(mine) << QJsonValue() << true
        << QJsonObject{{"name", "Mine"},
                       {"email", "ahmed@example.com"},
                       {"countryCode", "AE"},
                       {"tags", QJsonArray{"vip", "mine"}},
                       {"labels", QJsonArray{"premium"}},
                       {"optedIn", true},
                       {"isBlocked", true}}
        << QList<int>{create};
    QTest::newRow("deleted on server, keep theirs")
        << int(Kind::DeletedOnServer) << noField << QJsonValue(mine) << QJsonValue() << false
        << QJsonObject{} << QList<int>{};
    QTest::newRow("deleted locally, keep theirs")
        << int(Kind::DeletedLocally) << noField << QJsonValue() << QJsonValue(theirs) << false
        << QJsonObject{{"name", "Theirs"},
                       {"tags", QJsonArray{"theirs"}},
                       {"optedIn", false},
                       {"isBlocked", false}}
        << QList<int>{create};
    QTest::newRow("deleted locally, keep mine")
        << int(Kind::DeletedLocally) << noField << QJsonValue() << QJsonValue(theirs) << true
        << QJsonObject{} << QList<int>{};
}

void TestConflictResolver::appliesTheChoice()
{
    QFETCH(int, kind);
    QFETCH(QString, field);
    QFETCH(QJsonValue, localValue);
    QFETCH(QJsonValue, remoteValue);
    QFETCH(bool, keepMine);
    QFETCH(QJsonObject, expected);
    QFETCH(QList<int>, journaled);

    const auto created = store().create(ContactBodies::newContact(originalBody()));
    VERIFY_OK(created);
    // The deleted kinds: sync has already removed the contact on this side.
    if (Kind(kind) != Kind::Field)
        VERIFY_OK(store().remove(created->id));

    SyncConflict conflict;
    conflict.contactId = created->id;
    conflict.phone = phone;
    conflict.name = QStringLiteral("Ahmed");
    conflict.kind = Kind(kind);
    conflict.field = field;
    conflict.localValue = localValue;
    conflict.remoteValue = remoteValue;
    const auto id = conflicts().add(conflict);
    VERIFY_OK(id);
    const qint64 before = lastSequence();

    VERIFY_OK(keepMine ? resolver().keepMine(*id) : resolver().keepTheirs(*id));

    QCOMPARE(conflicts().openCount().value_or(-1), 0);
    const std::optional<Contact> after = contactWithPhone();
    QCOMPARE(after.has_value(), !expected.isEmpty());
    if (after) {
        const QJsonObject shown = ContactJson::listItem(*after);
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QCOMPARE(shown.value(it.key()), it.value());
    }
    const auto entries = store().journal(before);
    VERIFY_OK(entries);
    QList<int> operations;
    for (const JournalEntry& entry : *entries)
        operations.append(int(entry.operation));
    QCOMPARE(operations, journaled);
    if (!journaled.isEmpty() && Kind(kind) == Kind::Field)
        QCOMPARE(entries->first().contactId, created->id);
}

void TestConflictResolver::unknownOrClosedConflictIsNotFound()
{
    const auto unknown = resolver().keepMine(42);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().status, 404);

    std::optional<Contact> created;
    const auto id = addNameConflict(&created);
    VERIFY_OK(id);
    VERIFY_OK(resolver().keepTheirs(*id));
    const auto again = resolver().keepMine(*id);
    QVERIFY(!again);
    QCOMPARE(again.error().status, 404);
    QCOMPARE(contactWithPhone()->name, std::optional<QString>(QStringLiteral("Ahmed")));
}

void TestConflictResolver::failedRestoreChangesNothing()
{
    // The phone was taken here since: the restore is refused as a create would be, and the
    // conflict stays open for another choice.
    const auto deleted = store().create(ContactBodies::newContact(originalBody()));
    VERIFY_OK(deleted);
    VERIFY_OK(store().remove(deleted->id));
    const auto taken =
        store().create(ContactBodies::newContact(QJsonObject{{"userNumber", phone}}));
    VERIFY_OK(taken);

    SyncConflict conflict;
    conflict.contactId = deleted->id;
    conflict.phone = phone;
    conflict.kind = Kind::DeletedOnServer;
    conflict.field = QStringLiteral("");
    conflict.localValue = snapshot("Mine", QJsonArray{"vip"}, true, false);
    const auto id = conflicts().add(conflict);
    VERIFY_OK(id);
    const qint64 before = lastSequence();

    const auto restored = resolver().keepMine(*id);
    QVERIFY(!restored);
    QCOMPARE(restored.error().status, 409);
    QCOMPARE(conflicts().openCount().value_or(-1), 1);
    QCOMPARE(lastSequence(), before);
    QCOMPARE(contactWithPhone()->id, taken->id);
    QVERIFY(!contactWithPhone()->name);
}

void TestConflictResolver::keepMineOnDeletedContactFailsAndKeepsTheConflict()
{
    // A field conflict whose contact was deleted here since: nothing to apply the value to.
    std::optional<Contact> created;
    const auto id = addNameConflict(&created);
    VERIFY_OK(id);
    VERIFY_OK(store().remove(created->id));

    const auto kept = resolver().keepMine(*id);
    QVERIFY(!kept);
    QCOMPARE(kept.error().status, 404);
    QCOMPARE(conflicts().openCount().value_or(-1), 1);
    VERIFY_OK(resolver().keepTheirs(*id));
    QCOMPARE(conflicts().openCount().value_or(-1), 0);
}

ApiResult<qint64> TestConflictResolver::addNameConflict(std::optional<Contact>* created)
{
    auto contact = store().create(ContactBodies::newContact(originalBody()));
    if (!contact)
        return std::unexpected(contact.error());
    *created = *contact;
    SyncConflict conflict;
    conflict.contactId = contact->id;
    conflict.phone = phone;
    conflict.field = QStringLiteral("name");
    conflict.localValue = QStringLiteral("Mine");
    conflict.remoteValue = QStringLiteral("Ahmed");
    return conflicts().add(conflict);
}

QTEST_GUILESS_MAIN(TestConflictResolver)
#include "tst_conflictresolver.moc"
