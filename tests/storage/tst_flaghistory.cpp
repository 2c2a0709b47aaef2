#include "ChangeJournal.h"
#include "ContactBatchEdit.h"
#include "ContactBodies.h"
#include "ContactStore.h"
#include "FlagHistory.h"
#include "NewContact.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

// The opt-in and block history (FlagHistory) through every store path that changes a flag:
// what each records, with whose name and how, and what records nothing.
class TestFlagHistory : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createRecordsSetFlags_data();
    void createRecordsSetFlags();
    void updateRecordsEachChangedFlag();
    void unchangedFlagRecordsNothing();
    void bulkRecordsEachCreatedContact();
    void batchEditRecordsChangedContactsOnly();
    void historyOutlivesJournalPruning();
    void unknownContactIsNotFound();

private:
    using Flag = FlagChange::Flag;
    /// A contact made with `phone` and the flags, as the desktop's form or an import makes
    /// one (the API's create takes no flags).
    Contact create(const QString& phone, bool optedIn = false, bool blocked = false,
                   const WriteOrigin& origin = {});
    QList<FlagChange> historyOf(const QString& contactId);

    std::unique_ptr<TestDatabase> m_db;
};

void TestFlagHistory::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestFlagHistory::cleanup()
{
    m_db.reset();
}

namespace {

NewContact newContact(const QString& phone, bool optedIn = false, bool blocked = false)
{
    NewContact contact;
    contact.setPhone(phone);
    if (optedIn)
        contact.setOptedIn(true);
    if (blocked)
        contact.setBlocked(true);
    return contact;
}

} // namespace

Contact TestFlagHistory::create(const QString& phone, bool optedIn, bool blocked,
                                const WriteOrigin& origin)
{
    ContactStore store = m_db->store();
    store.setOrigin(origin);
    auto created = store.create(newContact(phone, optedIn, blocked));
    if (!created) {
        QTest::qFail(qPrintable(errorText(created.error())), __FILE__, __LINE__);
        return {};
    }
    return *created;
}

QList<FlagChange> TestFlagHistory::historyOf(const QString& contactId)
{
    auto history = m_db->store().flagHistory(contactId);
    if (!history) {
        QTest::qFail(qPrintable(errorText(history.error())), __FILE__, __LINE__);
        return {};
    }
    return *history;
}

void TestFlagHistory::createRecordsSetFlags_data()
{
    QTest::addColumn<bool>("optedIn");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QList<Flag>>("recorded");

    QTest::newRow("neither") << false << false << QList<Flag>{};
    QTest::newRow("opted in") << true << false << QList<Flag>{Flag::OptedIn};
    QTest::newRow("blocked") << false << true << QList<Flag>{Flag::IsBlocked};
    QTest::newRow("both") << true << true << QList<Flag>{Flag::OptedIn, Flag::IsBlocked};
}

void TestFlagHistory::createRecordsSetFlags()
{
    QFETCH(bool, optedIn);
    QFETCH(bool, blocked);
    QFETCH(QList<Flag>, recorded);

    const Contact contact =
        create(QStringLiteral("+971501234567"), optedIn, blocked,
               WriteOrigin(WriteOrigin::Method::Editor, QStringLiteral("Sara")));

    const QList<FlagChange> history = historyOf(contact.id);
    QCOMPARE(history.size(), recorded.size());
    for (qsizetype i = 0; i < history.size(); ++i) {
        const FlagChange& change = history.at(i);
        QCOMPARE(change.flag, recorded.at(i));
        QCOMPARE(change.value, true);
        QCOMPARE(change.contactId, contact.id);
        QCOMPARE(change.at, contact.createdAt);
        QCOMPARE(change.origin.actor, QStringLiteral("Sara"));
        QCOMPARE(change.origin.method, WriteOrigin::Method::Editor);
    }
}

void TestFlagHistory::updateRecordsEachChangedFlag()
{
    const Contact contact = create(QStringLiteral("+971501234567"));
    ContactStore store = m_db->store();
    WriteOrigin origin(WriteOrigin::Method::Api, QStringLiteral("tok_0123456789ab"));
    origin.note = QStringLiteral("asked on the phone");
    store.setOrigin(origin);
    auto updated = store.update(contact.id,
                                ContactBodies::changes({{"opted_in", true}, {"is_blocked", true}}));
    VERIFY_OK(updated);
    store.setOrigin(WriteOrigin(WriteOrigin::Method::Sync, QStringLiteral("sync")));
    auto unblocked = store.update(contact.id, ContactBodies::changes({{"is_blocked", false}}));
    VERIFY_OK(unblocked);

    const QList<FlagChange> history = historyOf(contact.id);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).flag, Flag::OptedIn);
    QCOMPARE(history.at(0).value, true);
    QCOMPARE(history.at(0).at, updated->updatedAt);
    QCOMPARE(history.at(0).origin.actor, QStringLiteral("tok_0123456789ab"));
    QCOMPARE(history.at(0).origin.method, WriteOrigin::Method::Api);
    QCOMPARE(history.at(0).origin.note, QStringLiteral("asked on the phone"));
    QCOMPARE(history.at(1).flag, Flag::IsBlocked);
    QCOMPARE(history.at(1).value, true);
    QCOMPARE(history.at(2).flag, Flag::IsBlocked);
    QCOMPARE(history.at(2).value, false);
    QCOMPARE(history.at(2).at, unblocked->updatedAt);
    QCOMPARE(history.at(2).origin.method, WriteOrigin::Method::Sync);
    QCOMPARE(history.at(2).origin.note, QString());
}

void TestFlagHistory::unchangedFlagRecordsNothing()
{
    const Contact contact = create(QStringLiteral("+971501234567"), true);
    ContactStore store = m_db->store();
    VERIFY_OK(store.update(contact.id, ContactBodies::changes({{"opted_in", true}})));
    VERIFY_OK(store.update(contact.id, ContactBodies::changes({{"name", "Ahmed"}})));
    QCOMPARE(historyOf(contact.id).size(), 1);
}

void TestFlagHistory::bulkRecordsEachCreatedContact()
{
    ContactStore store = m_db->store();
    store.setOrigin(WriteOrigin(WriteOrigin::Method::Import, QStringLiteral("Sara"),
                                QStringLiteral("expo.csv")));
    auto bulk = store.bulk({newContact(QStringLiteral("+971501111111"), true),
                            newContact(QStringLiteral("+971502222222")),
                            newContact(QStringLiteral("not a phone"), true),
                            newContact(QStringLiteral("+971503333333"), true, true)});
    VERIFY_OK(bulk);
    QCOMPARE(bulk->imported, 3);

    const QList<FlagChange> first = historyOf(bulk->contacts.at(0).id);
    QCOMPARE(first.size(), 1);
    QCOMPARE(first.at(0).origin.method, WriteOrigin::Method::Import);
    QCOMPARE(first.at(0).origin.detail, QStringLiteral("expo.csv"));
    QCOMPARE(first.at(0).origin.actor, QStringLiteral("Sara"));
    QCOMPARE(historyOf(bulk->contacts.at(1).id).size(), 0);
    const QList<FlagChange> third = historyOf(bulk->contacts.at(2).id);
    QCOMPARE(third.size(), 2);
    QCOMPARE(third.at(0).flag, Flag::OptedIn);
    QCOMPARE(third.at(1).flag, Flag::IsBlocked);
}

void TestFlagHistory::batchEditRecordsChangedContactsOnly()
{
    const Contact opted = create(QStringLiteral("+971501111111"), true);
    const Contact plain = create(QStringLiteral("+971502222222"));
    ContactBatchEdit edit(m_db->db());
    edit.setOrigin(WriteOrigin(WriteOrigin::Method::Batch, QStringLiteral("Omar")));
    auto changed = edit.setOptedIn({opted.id, plain.id}, true);
    VERIFY_OK(changed);
    QCOMPARE(*changed, QStringList{plain.id});

    QCOMPARE(historyOf(opted.id).size(), 1); // its create's
    const QList<FlagChange> history = historyOf(plain.id);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.at(0).flag, Flag::OptedIn);
    QCOMPARE(history.at(0).value, true);
    QCOMPARE(history.at(0).origin.actor, QStringLiteral("Omar"));
    QCOMPARE(history.at(0).origin.method, WriteOrigin::Method::Batch);

    VERIFY_OK(edit.setBlocked({opted.id, plain.id}, true));
    QCOMPARE(historyOf(opted.id).size(), 2);
    QCOMPARE(historyOf(plain.id).last().flag, Flag::IsBlocked);
}

void TestFlagHistory::historyOutlivesJournalPruning()
{
    const Contact contact = create(QStringLiteral("+971501234567"), true);
    ChangeJournal journal(m_db->db(), m_db->db().defaultOrganization().rowId);
    auto pruned = journal.prune(ChangeJournal::allEntries);
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, 1);
    QVERIFY(m_db->reopen());
    QCOMPARE(historyOf(contact.id).size(), 1);
}

void TestFlagHistory::unknownContactIsNotFound()
{
    create(QStringLiteral("+971501234567"), true);
    for (const QString& id : {QStringLiteral("contact_00000000-0000-4000-8000-000000000000"),
                              QStringLiteral("nonsense"), QString()}) {
        auto history = m_db->store().flagHistory(id);
        QVERIFY(!history);
        QCOMPARE(history.error().status, 404);
        QCOMPARE(history.error().message, QStringLiteral("Contact not found"));
    }
}

QTEST_GUILESS_MAIN(TestFlagHistory)
#include "tst_flaghistory.moc"
