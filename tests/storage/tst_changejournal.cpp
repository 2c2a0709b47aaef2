#include "ApiError.h"
#include "ChangeJournal.h"
#include "Contact.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "JournalEntry.h"
#include "ListQuery.h"
#include "SqlTransaction.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

using Operation = JournalEntry::Operation;

const QString ahmedPhone = QStringLiteral("+971501234567");

/// The API names a journal entry may hold.
const QStringList knownFields = {"phone",  "name",   "email",   "countryCode", "tags",
                                 "labels", "params", "optedIn", "isBlocked",   "source"};

QJsonObject fullBody()
{
    return QJsonObject{
        {"userNumber", ahmedPhone},
        {"userName", "Ahmed Hassan"},
        {"email", "ahmed@example.com"},
        {"countryCode", "US"},
        {"tags", QJsonArray{"vip"}},
        {"labels", QJsonArray{"premium"}},
        {"params", QJsonObject{{"tier", "gold"}}},
    };
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QList<Operation> operationsOf(const QList<JournalEntry>& entries)
{
    QList<Operation> operations;
    for (const JournalEntry& entry : entries)
        operations.append(entry.operation);
    return operations;
}

} // namespace

class TestChangeJournal : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createRecordsItsFields();
    void minimalCreateRecordsDerivedFields();
    void updateRecordsChangedFields_data();
    void updateRecordsChangedFields();
    void noOpUpdateWritesNothing_data();
    void noOpUpdateWritesNothing();
    void deleteRecordsDelete();
    void readsWriteNothing();
    void failedWritesWriteNothing();
    void bulkRecordsCreatedItemsOnly();
    void sequenceIncreasesAcrossDeleteAndRecreate();
    void pagesByAfterSequenceAndLimit();
    void entriesSurviveReopening();
    void journalIsPerOrganization();
    void pruneDropsThroughTheBound_data();
    void pruneDropsThroughTheBound();
    void pruneLeavesOtherOrganizations();
    void everyContactRecordsWhatItsCreateWould();
    void prunedPagesGoBackToTheFile_data();
    void prunedPagesGoBackToTheFile();

private:
    ContactStore store() { return m_db->store(); }
    QList<JournalEntry> entries(qint64 after = 0);

    std::unique_ptr<TestDatabase> m_db;
};

void TestChangeJournal::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestChangeJournal::cleanup()
{
    m_db.reset();
}

QList<JournalEntry> TestChangeJournal::entries(qint64 after)
{
    const auto read = store().journal(after, 100000);
    if (!read)
        qWarning("journal read failed: %s", qPrintable(read.error().detail));
    return read.value_or(QList<JournalEntry>{});
}

void TestChangeJournal::createRecordsItsFields()
{
    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);

    const QList<JournalEntry> journal = entries();
    QCOMPARE(journal.size(), 1);
    const JournalEntry& entry = journal.first();
    QCOMPARE(entry.operation, Operation::Create);
    QCOMPARE(entry.contactId, created->id);
    QCOMPARE(entry.contactRowId, created->rowId);
    QVERIFY(entry.sequence > 0);
    QVERIFY(qAbs(entry.at.msecsTo(created->createdAt)) < 1000);
    // Every field the create set, each once.
    QCOMPARE(sorted(entry.fields), sorted({"phone", "name", "email", "countryCode", "tags",
                                           "labels", "params", "source"}));
}

void TestChangeJournal::minimalCreateRecordsDerivedFields()
{
    const auto created = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(created);

    const QList<JournalEntry> journal = entries();
    QCOMPARE(journal.size(), 1);
    const QStringList fields = journal.first().fields;
    // The phone, the derived countryCode and the store's source are set by every create.
    for (const char* field : {"phone", "countryCode", "source"})
        QVERIFY2(fields.contains(QLatin1String(field)), field);
    for (const QString& field : fields)
        QVERIFY2(knownFields.contains(field), qPrintable(field));
    QCOMPARE(QSet<QString>(fields.begin(), fields.end()).size(), fields.size());
}

void TestChangeJournal::updateRecordsChangedFields_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("fields");

    const QJsonValue null(QJsonValue::Null);
    QTest::newRow("name") << QJsonObject{{"name", "Ahmed Hassan Al-Maktoum"}}
                          << QStringList{"name"};
    QTest::newRow("name cleared") << QJsonObject{{"name", null}} << QStringList{"name"};
    QTest::newRow("unchanged name beside a new email")
        << QJsonObject{{"name", "Ahmed Hassan"}, {"email", "ahmed.new@example.com"}}
        << QStringList{"email"};
    QTest::newRow("email cleared") << QJsonObject{{"email", null}} << QStringList{"email"};
    QTest::newRow("country_code given")
        << QJsonObject{{"country_code", "ae"}} << QStringList{"countryCode"};
    QTest::newRow("country_code derived")
        << QJsonObject{{"country_code", null}} << QStringList{"countryCode"};
    QTest::newRow("tags") << QJsonObject{{"tags", QJsonArray{"vip", "high-value"}}}
                          << QStringList{"tags"};
    QTest::newRow("labels cleared") << QJsonObject{{"labels", null}} << QStringList{"labels"};
    QTest::newRow("params") << QJsonObject{{"params", QJsonObject{{"tier", "platinum"}}}}
                            << QStringList{"params"};
    QTest::newRow("flags") << QJsonObject{{"opted_in", true}, {"is_blocked", true}}
                           << QStringList{"isBlocked", "optedIn"};
    QTest::newRow("one flag changed of two")
        << QJsonObject{{"opted_in", true}, {"is_blocked", false}} << QStringList{"optedIn"};
    QTest::newRow("source") << QJsonObject{{"source", "crm"}} << QStringList{"source"};
    QTest::newRow("everything")
        << QJsonObject{{"name", "Sarah"},        {"email", "sarah@example.com"},
                       {"country_code", "GB"},   {"tags", QJsonArray{"new-lead"}},
                       {"labels", QJsonArray{}}, {"params", QJsonObject{}},
                       {"opted_in", true},       {"is_blocked", true},
                       {"source", "campaign"}}
        << QStringList{"name",   "email",   "countryCode", "tags",  "labels",
                       "params", "optedIn", "isBlocked",   "source"};
}

void TestChangeJournal::updateRecordsChangedFields()
{
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, fields);

    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);
    const qint64 afterCreate = entries().last().sequence;

    const auto updated = store().update(created->id, ContactBodies::changes(body));
    VERIFY_OK(updated);

    const QList<JournalEntry> journal = entries(afterCreate);
    QCOMPARE(journal.size(), 1);
    const JournalEntry& entry = journal.first();
    QCOMPARE(entry.operation, Operation::Update);
    QCOMPARE(entry.contactId, created->id);
    QCOMPARE(entry.contactRowId, created->rowId);
    QVERIFY(entry.sequence > afterCreate);
    QCOMPARE(sorted(entry.fields), sorted(fields));
}

void TestChangeJournal::noOpUpdateWritesNothing_data()
{
    QTest::addColumn<QJsonObject>("body");

    QTest::newRow("same name") << QJsonObject{{"name", "Ahmed Hassan"}};
    QTest::newRow("same countryCode") << QJsonObject{{"country_code", "us"}};
    QTest::newRow("same tags") << QJsonObject{{"tags", QJsonArray{" vip "}}};
    QTest::newRow("same params") << QJsonObject{{"params", QJsonObject{{"tier", "gold"}}}};
    QTest::newRow("same flags") << QJsonObject{{"opted_in", false}, {"is_blocked", false}};
}

void TestChangeJournal::noOpUpdateWritesNothing()
{
    QFETCH(QJsonObject, body);

    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);
    VERIFY_OK(store().update(created->id, ContactBodies::changes(body)));
    QCOMPARE(entries().size(), 1);
}

void TestChangeJournal::deleteRecordsDelete()
{
    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);
    VERIFY_OK(store().remove(created->vendorContactId));

    const QList<JournalEntry> journal = entries();
    QCOMPARE(operationsOf(journal), QList<Operation>({Operation::Create, Operation::Delete}));
    QCOMPARE(journal.last().contactId, created->id);
    QCOMPARE(journal.last().contactRowId, created->rowId);
    QVERIFY(journal.last().sequence > journal.first().sequence);
}

void TestChangeJournal::readsWriteNothing()
{
    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);

    VERIFY_OK(store().contact(created->id));
    VERIFY_OK(store().contact(created->vendorContactId));
    VERIFY_OK(store().list(ListQuery{}));
    ListQuery search;
    search.search = QStringLiteral("ahmed");
    VERIFY_OK(store().list(search));
    VERIFY_OK(store().count(search));
    VERIFY_OK(store().tagCounts(TagKind::Tag));
    VERIFY_OK(store().journal(0));
    QCOMPARE(entries().size(), 1);
}

void TestChangeJournal::failedWritesWriteNothing()
{
    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);

    QVERIFY(!store().create(ContactBodies::newContact({{"userNumber", "not a phone"}})));
    QVERIFY(!store().create(ContactBodies::newContact({{"userNumber", "+971 50 123 4567"}})));
    QVERIFY(!store().create(
        ContactBodies::newContact({{"userNumber", "+14155557890"}, {"email", "a@@b"}})));
    QVERIFY(!store().update(created->id, ContactBodies::changes({{"name", 42}})));
    QVERIFY(!store().update(created->id, ContactBodies::changes({{"nickname", "x"}})));
    QVERIFY(!store().update(created->id,
                            ContactBodies::changes({{"name", "Changed"}, {"is_blocked", "yes"}})));
    const QString unknown =
        QStringLiteral("contact_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QVERIFY(!store().update(unknown, ContactChanges().setName(QStringLiteral("x"))));
    QVERIFY(!store().remove(unknown));
    QJsonArray tooMany;
    for (int i = 0; i < 1001; ++i)
        tooMany.append(QJsonObject{
            {"userNumber", QStringLiteral("+97150%1").arg(i, 7, 10, QLatin1Char('0'))}});
    QVERIFY(!store().bulk(ContactBodies::newContacts(tooMany)));

    QCOMPARE(entries().size(), 1);
}

void TestChangeJournal::bulkRecordsCreatedItemsOnly()
{
    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", "+971502222222"}})));
    const qint64 before = entries().last().sequence;

    const QJsonArray items{
        QJsonObject{{"userNumber", "+971501111111"}, {"userName", "Contact One"}},
        QJsonObject{{"userNumber", "+971502222222"}, {"userName", "Contact Two"}},
        QJsonValue(42),
        QJsonObject{{"userNumber", "+971 50 111 1111"}},
        QJsonObject{{"userNumber", "+971503333333"}, {"email", "three@example.com"}},
        QJsonObject{{"userNumber", "+971504444444"}, {"email", "bad"}},
    };
    const auto result = store().bulk(ContactBodies::newContacts(items));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 2);

    const QList<JournalEntry> journal = entries(before);
    QCOMPARE(journal.size(), 2);
    QCOMPARE(operationsOf(journal), QList<Operation>({Operation::Create, Operation::Create}));
    QCOMPARE(journal.at(0).contactId, result->contacts.at(0).id);
    QCOMPARE(journal.at(1).contactId, result->contacts.at(1).id);
    QVERIFY(journal.at(0).sequence < journal.at(1).sequence);
    QVERIFY(journal.at(0).fields.contains("name"));
    QVERIFY(journal.at(1).fields.contains("email"));
    QVERIFY(journal.at(1).fields.contains("source"));
}

void TestChangeJournal::sequenceIncreasesAcrossDeleteAndRecreate()
{
    const auto first = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(first);
    VERIFY_OK(store().update(first->id, ContactChanges().setName(QStringLiteral("Renamed"))));
    VERIFY_OK(store().remove(first->id));
    const auto again = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(again);
    VERIFY_OK(store().remove(again->id));
    const auto third = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(third);

    const QList<JournalEntry> journal = entries();
    QCOMPARE(operationsOf(journal),
             QList<Operation>({Operation::Create, Operation::Update, Operation::Delete,
                               Operation::Create, Operation::Delete, Operation::Create}));
    for (qsizetype i = 1; i < journal.size(); ++i)
        QVERIFY2(journal.at(i).sequence > journal.at(i - 1).sequence,
                 qPrintable(QString::number(i)));
    QCOMPARE(journal.at(2).contactId, first->id);
    QCOMPARE(journal.at(3).contactId, again->id);
    QCOMPARE(journal.at(5).contactId, third->id);
    QVERIFY(again->id != first->id);
}

void TestChangeJournal::pagesByAfterSequenceAndLimit()
{
    for (int i = 0; i < 5; ++i)
        VERIFY_OK(store().create(
            ContactBodies::newContact({{"userNumber", QStringLiteral("+97150000000%1").arg(i)}})));
    const QList<JournalEntry> all = entries();
    QCOMPARE(all.size(), 5);

    const auto firstPage = store().journal(0, 2);
    VERIFY_OK(firstPage);
    QCOMPARE(firstPage->size(), 2);
    QCOMPARE(firstPage->at(0).sequence, all.at(0).sequence);
    QCOMPARE(firstPage->at(1).sequence, all.at(1).sequence);

    const auto secondPage = store().journal(firstPage->last().sequence, 2);
    VERIFY_OK(secondPage);
    QCOMPARE(secondPage->size(), 2);
    QCOMPARE(secondPage->at(0).sequence, all.at(2).sequence);
    QCOMPARE(secondPage->at(1).sequence, all.at(3).sequence);

    const auto rest = store().journal(secondPage->last().sequence, 2);
    VERIFY_OK(rest);
    QCOMPARE(rest->size(), 1);
    QCOMPARE(rest->at(0).sequence, all.at(4).sequence);

    const auto past = store().journal(all.last().sequence);
    VERIFY_OK(past);
    QVERIFY(past->isEmpty());
}

void TestChangeJournal::entriesSurviveReopening()
{
    const auto created = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(created);
    VERIFY_OK(store().update(created->id, ContactChanges().setOptedIn(true)));
    const auto other = store().create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    VERIFY_OK(other);
    VERIFY_OK(store().remove(other->id));
    const QList<JournalEntry> before = entries();
    QCOMPARE(before.size(), 4);

    QVERIFY2(m_db->reopen(), qPrintable(m_db->errorString()));

    const QList<JournalEntry> after = entries();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).sequence, before.at(i).sequence);
        QCOMPARE(after.at(i).operation, before.at(i).operation);
        QCOMPARE(after.at(i).contactId, before.at(i).contactId);
        QCOMPARE(after.at(i).contactRowId, before.at(i).contactRowId);
        QCOMPARE(after.at(i).fields, before.at(i).fields);
        QCOMPARE(after.at(i).at, before.at(i).at);
    }
    QCOMPARE(after.at(1).fields, QStringList{"optedIn"});

    // Writing goes on after the last sequence, never reusing one.
    VERIFY_OK(store().update(created->id, ContactChanges().setBlocked(true)));
    const QList<JournalEntry> more = entries(before.last().sequence);
    QCOMPARE(more.size(), 1);
    QVERIFY(more.first().sequence > before.last().sequence);
    QCOMPARE(more.first().fields, QStringList{"isBlocked"});
}

void TestChangeJournal::journalIsPerOrganization()
{
    ContactDatabase& db = m_db->db();
    const auto orgB = db.addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    VERIFY_OK(orgB);
    ContactStore a(db);
    ContactStore b(db, *orgB);

    VERIFY_OK(a.create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
    const auto inB = b.create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(inB);
    VERIFY_OK(b.update(inB->id, ContactChanges().setName(QStringLiteral("B"))));

    const auto journalA = a.journal(0);
    VERIFY_OK(journalA);
    QCOMPARE(journalA->size(), 1);
    const auto journalB = b.journal(0);
    VERIFY_OK(journalB);
    QCOMPARE(journalB->size(), 2);
    QCOMPARE(journalB->at(0).contactId, inB->id);
    QCOMPARE(journalB->at(1).contactId, inB->id);
}

void TestChangeJournal::pruneDropsThroughTheBound_data()
{
    QTest::addColumn<int>("through"); // the index of the last entry dropped, -1 for none
    QTest::addColumn<bool>("all");    // ChangeJournal::allEntries instead
    QTest::newRow("nothing") << -1 << false;
    QTest::newRow("the first") << 0 << false;
    QTest::newRow("up to the middle") << 2 << false;
    QTest::newRow("up to the last") << 4 << false;
    QTest::newRow("every entry") << 4 << true;
}

void TestChangeJournal::pruneDropsThroughTheBound()
{
    QFETCH(int, through);
    QFETCH(bool, all);
    for (int i = 0; i < 5; ++i) {
        const QString phone = QStringLiteral("+97150123456%1").arg(i);
        VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", phone}})));
    }
    const QList<JournalEntry> before = entries();
    QCOMPARE(before.size(), 5);
    ChangeJournal journal(m_db->db(), m_db->db().defaultOrganization().rowId);
    QCOMPARE(*journal.lastSequence(), before.last().sequence);

    const qint64 bound =
        all ? ChangeJournal::allEntries : (through < 0 ? 0 : before.at(through).sequence);
    auto pruned = journal.prune(bound);
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, qint64(through + 1));
    const QList<JournalEntry> after = entries();
    QCOMPARE(after.size(), before.size() - (through + 1));
    for (qsizetype i = 0; i < after.size(); ++i)
        QCOMPARE(after.at(i).sequence, before.at(through + 1 + i).sequence);
    // The contacts stay; the journal only forgets.
    QCOMPARE(*store().count(ListQuery()), 5);
    QCOMPARE(*journal.lastSequence(), after.isEmpty() ? 0 : after.last().sequence);
}

void TestChangeJournal::pruneLeavesOtherOrganizations()
{
    ContactDatabase& db = m_db->db();
    const auto orgB = db.addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    VERIFY_OK(orgB);
    ContactStore a(db);
    ContactStore b(db, *orgB);
    VERIFY_OK(a.create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
    VERIFY_OK(b.create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));

    QCOMPARE(*ChangeJournal(db, db.defaultOrganization().rowId).prune(ChangeJournal::allEntries),
             1);
    QCOMPARE(a.journal(0)->size(), 0);
    QCOMPARE(b.journal(0)->size(), 1);
}

void TestChangeJournal::everyContactRecordsWhatItsCreateWould()
{
    // Re-seeding an outbox whose creates were pruned: one Create per contact, with the fields
    // a create of the contact as it is now would record (fieldsOfCreate), in row order.
    const auto full = store().create(ContactBodies::newContact(fullBody()));
    VERIFY_OK(full);
    const QStringList fieldsWhenCreated = entries().last().fields;
    const auto flagged =
        store().create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    VERIFY_OK(flagged);
    VERIFY_OK(store().update(flagged->id, ContactChanges().setBlocked(true).setOptedIn(true)));
    const auto cleared = store().create(ContactBodies::newContact(
        {{"userNumber", "+971502222222"}, {"userName", "Cleared"}, {"tags", QJsonArray{"x"}}}));
    VERIFY_OK(cleared);
    VERIFY_OK(store().update(
        cleared->id, ContactChanges().setName(std::nullopt).setTags({}).setCountryCode("AE")));
    const auto gone = store().create(ContactBodies::newContact({{"userNumber", "+971503333333"}}));
    VERIFY_OK(gone);
    VERIFY_OK(store().remove(gone->id));

    ChangeJournal journal(m_db->db(), m_db->db().defaultOrganization().rowId);
    VERIFY_OK(journal.prune(ChangeJournal::allEntries));
    auto written = journal.recordEveryContact(1'700'000'000'000);
    VERIFY_OK(written);
    QCOMPARE(*written, 3);

    const QList<JournalEntry> seeded = entries();
    QCOMPARE(seeded.size(), 3);
    const QList<Contact> contacts = {*store().contact(full->id), *store().contact(flagged->id),
                                     *store().contact(cleared->id)};
    for (qsizetype i = 0; i < seeded.size(); ++i) {
        const JournalEntry& entry = seeded.at(i);
        QCOMPARE(entry.operation, Operation::Create);
        QCOMPARE(entry.contactId, contacts.at(i).id);
        QCOMPARE(entry.contactRowId, contacts.at(i).rowId);
        QCOMPARE(entry.fields, ChangeJournal::fieldsOfCreate(contacts.at(i)));
        QCOMPARE(entry.at.toMSecsSinceEpoch(), 1'700'000'000'000);
    }
    QCOMPARE(seeded.at(0).fields, fieldsWhenCreated);
    QVERIFY(seeded.at(1).fields.contains("isBlocked") && seeded.at(1).fields.contains("optedIn"));
    QVERIFY(!seeded.at(2).fields.contains("name") && !seeded.at(2).fields.contains("tags"));
}

void TestChangeJournal::prunedPagesGoBackToTheFile_data()
{
    QTest::addColumn<bool>("madeBefore"); // made before auto_vacuum: keeps its free pages
    QTest::newRow("new database") << false;
    QTest::newRow("database made before") << true;
}

void TestChangeJournal::prunedPagesGoBackToTheFile()
{
    QFETCH(bool, madeBefore);
    if (TestBackend::isPostgres())
        QSKIP("PostgreSQL's DELETE leaves the space to autovacuum: nothing to give back");
    // A database whose file is already in WAL mode before the store first opens it cannot
    // take auto_vacuum any more: the state of every database made before this build.
    TestBackend backend;
    QVERIFY2(backend.isValid(), qPrintable(backend.errorString()));
    if (madeBefore)
        QCOMPARE(TestBackend::runDirectly(backend.location(),
                                          QStringLiteral("PRAGMA journal_mode = WAL")),
                 QString());
    auto opened = ContactDatabase::open(backend.location());
    VERIFY_OK(opened);
    ContactDatabase& db = **opened;
    QCOMPARE(*db.scalar(QStringLiteral("PRAGMA auto_vacuum")), madeBefore ? 0 : 2);

    ContactStore store(db);
    for (int batch = 0; batch < 3; ++batch) {
        QJsonArray items;
        for (int i = 0; i < 1000; ++i)
            items.append(QJsonObject{
                {"userNumber", QStringLiteral("+97150%1").arg(1'000'000 + batch * 1000 + i)}});
        auto bulk = store.bulk(ContactBodies::newContacts(items));
        VERIFY_OK(bulk);
        QCOMPARE(bulk->imported, 1000);
    }
    const qint64 pagesBefore = *db.scalar(QStringLiteral("PRAGMA page_count"));
    qint64 released = 0;
    {
        SqlTransaction transaction(db, SqlTransaction::Write);
        QVERIFY(!transaction.beginError());
        QCOMPARE(
            *ChangeJournal(db, db.defaultOrganization().rowId).prune(ChangeJournal::allEntries),
            3000);
        auto freed = db.releaseFreePages();
        VERIFY_OK(freed);
        released = *freed;
        VERIFY_OK(transaction.commit());
    }
    const qint64 pagesAfter = *db.scalar(QStringLiteral("PRAGMA page_count"));
    const qint64 freePages = *db.scalar(QStringLiteral("PRAGMA freelist_count"));
    if (madeBefore) {
        // The freed pages stay in the file, and the next writes take them first.
        QCOMPARE(released, 0);
        QCOMPARE(pagesAfter, pagesBefore);
        QVERIFY2(freePages > 10, qPrintable(QString::number(freePages)));
        QJsonArray items;
        for (int i = 0; i < 200; ++i)
            items.append(
                QJsonObject{{"userNumber", QStringLiteral("+97152%1").arg(1'000'000 + i)}});
        VERIFY_OK(store.bulk(ContactBodies::newContacts(items)));
        QVERIFY(*db.scalar(QStringLiteral("PRAGMA freelist_count")) < freePages);
    } else {
        // Every freed page went back to the file system: the file is that much smaller.
        QVERIFY2(released > 10, qPrintable(QString::number(released)));
        QCOMPARE(freePages, 0);
        QCOMPARE(pagesAfter, pagesBefore - released);
    }
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
