// storage/'s side of sync: links, conflicts, cursors, per-contact status, nested
// transactions and writes that stay out of the outbox.
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncLinks.h"
#include "SyncStatus.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QTest>

class TestSyncBookkeeping : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void unjournaledWritesStayOutOfTheOutbox();
    void nestedTransactionCommitsWithTheOuterOne();
    void nestedTransactionRollsBackAlone();
    void linksRoundTrip();
    void linkOutlivesItsContact();
    void conflictsReplaceTheOpenOneOfAField();
    void cursorsPersistAcrossReopen();
    void statusReportsEachState();
    void serviceFieldsAreSetWithoutJournal();

private:
    Contact create(const QString& phone);
    std::unique_ptr<TestDatabase> m_db;
};

void TestSyncBookkeeping::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestSyncBookkeeping::cleanup()
{
    m_db.reset();
}

Contact TestSyncBookkeeping::create(const QString& phone)
{
    ContactStore store = m_db->store();
    auto created = store.create(NewContact().setPhone(phone).setName(QStringLiteral("N")));
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return *created;
}

void TestSyncBookkeeping::unjournaledWritesStayOutOfTheOutbox()
{
    ContactStore store = m_db->store();
    const Contact journaled = create(QStringLiteral("+971501234567"));
    auto before = store.journal(0);
    VERIFY_OK(before);
    QCOMPARE(before->size(), 1);

    store.setJournaled(false);
    auto remote = store.create(NewContact().setPhone(QStringLiteral("+14155557890")));
    VERIFY_OK(remote);
    VERIFY_OK(store.update(remote->id, ContactChanges().setName(QStringLiteral("From server"))));
    VERIFY_OK(store.update(journaled.id, ContactChanges().setTags({QStringLiteral("x")})));
    VERIFY_OK(store.remove(remote->id));
    auto after = store.journal(0);
    VERIFY_OK(after);
    QCOMPARE(after->size(), 1);

    // The writes themselves happened.
    auto tagged = store.contact(journaled.id);
    VERIFY_OK(tagged);
    QCOMPARE(tagged->tags, QStringList{QStringLiteral("x")});
    QCOMPARE(store.contact(remote->id).error().status, 404);
}

void TestSyncBookkeeping::nestedTransactionCommitsWithTheOuterOne()
{
    ContactDatabase& db = m_db->db();
    ContactStore store = m_db->store();
    {
        SqlTransaction outer(db, SqlTransaction::Write);
        QVERIFY(!outer.beginError());
        VERIFY_OK(store.create(NewContact().setPhone(QStringLiteral("+971501234567"))));
        VERIFY_OK(SyncCursors(db).setOutboxPosition(7));
        VERIFY_OK(outer.commit());
    }
    auto position = SyncCursors(db).outboxPosition();
    VERIFY_OK(position);
    QCOMPARE(*position, 7);
    auto listed = store.count(ListQuery());
    VERIFY_OK(listed);
    QCOMPARE(*listed, 1);
}

void TestSyncBookkeeping::nestedTransactionRollsBackAlone()
{
    ContactDatabase& db = m_db->db();
    ContactStore store = m_db->store();
    {
        SqlTransaction outer(db, SqlTransaction::Write);
        VERIFY_OK(SyncCursors(db).setOutboxPosition(3));
        // A failing store write rolls back its own savepoint only.
        VERIFY_OK(store.create(NewContact().setPhone(QStringLiteral("+971501234567"))));
        QCOMPARE(
            store.create(NewContact().setPhone(QStringLiteral("+971501234567"))).error().status,
            409);
        VERIFY_OK(outer.commit());
    }
    QCOMPARE(*SyncCursors(db).outboxPosition(), 3);
    QCOMPARE(*store.count(ListQuery()), 1);
    {
        // An outer transaction that is not committed undoes everything, nested writes too.
        SqlTransaction outer(db, SqlTransaction::Write);
        VERIFY_OK(store.create(NewContact().setPhone(QStringLiteral("+14155557890"))));
        VERIFY_OK(SyncCursors(db).setOutboxPosition(9));
    }
    QCOMPARE(*SyncCursors(db).outboxPosition(), 3);
    QCOMPARE(*store.count(ListQuery()), 1);
    // And the connection is usable again for a plain transaction.
    VERIFY_OK(store.create(NewContact().setPhone(QStringLiteral("+14155557890"))));
}

void TestSyncBookkeeping::linksRoundTrip()
{
    const Contact contact = create(QStringLiteral("+971501234567"));
    SyncLinks links(m_db->db(), m_db->store().organization().rowId);
    SyncLink link;
    link.contactId = contact.id;
    link.remoteId = QStringLiteral("contact_00000000-0000-4000-8000-000000000001");
    link.base = QJsonObject{{QStringLiteral("name"), QStringLiteral("N")},
                            {QStringLiteral("tags"), QJsonArray{QStringLiteral("a")}}};
    link.remoteUpdatedAt = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
    VERIFY_OK(links.save(link));

    auto byContact = links.byContact(contact.id);
    VERIFY_OK(byContact);
    QVERIFY(byContact->has_value());
    QCOMPARE((*byContact)->remoteId, link.remoteId);
    QCOMPARE((*byContact)->base, link.base);
    QCOMPARE((*byContact)->remoteUpdatedAt, link.remoteUpdatedAt);
    auto byRemote = links.byRemote(link.remoteId);
    VERIFY_OK(byRemote);
    QCOMPARE((*byRemote)->contactId, contact.id);
    QCOMPARE(*links.linkedCount(), 1);

    // An error row has no remote id and is not counted as linked.
    const Contact other = create(QStringLiteral("+14155557890"));
    SyncLink failed;
    failed.contactId = other.id;
    failed.state = SyncState::Error;
    failed.error = QStringLiteral("Invalid email");
    VERIFY_OK(links.save(failed));
    QCOMPARE(*links.linkedCount(), 1);
    QCOMPARE((*links.byContact(other.id))->error, failed.error);

    VERIFY_OK(links.clear());
    QCOMPARE(*links.linkedCount(), 0);
}

void TestSyncBookkeeping::linkOutlivesItsContact()
{
    ContactStore store = m_db->store();
    const Contact contact = create(QStringLiteral("+971501234567"));
    SyncLinks links(m_db->db(), store.organization().rowId);
    SyncLink link;
    link.contactId = contact.id;
    link.remoteId = QStringLiteral("contact_00000000-0000-4000-8000-000000000002");
    VERIFY_OK(links.save(link));
    VERIFY_OK(store.remove(contact.id));
    // The deletion is still to be sent: the link is how push finds the remote id.
    auto kept = links.byContact(contact.id);
    VERIFY_OK(kept);
    QVERIFY(kept->has_value());
}

void TestSyncBookkeeping::conflictsReplaceTheOpenOneOfAField()
{
    const Contact contact = create(QStringLiteral("+971501234567"));
    SyncConflicts conflicts(m_db->db(), m_db->store().organization().rowId);
    SyncConflict conflict;
    conflict.contactId = contact.id;
    conflict.phone = contact.phone;
    conflict.field = QStringLiteral("name");
    conflict.localValue = QStringLiteral("Mine 1");
    conflict.remoteValue = QStringLiteral("Theirs");
    VERIFY_OK(conflicts.add(conflict));
    conflict.localValue = QStringLiteral("Mine 2");
    auto second = conflicts.add(conflict);
    VERIFY_OK(second);
    conflict.field = QStringLiteral("tags");
    conflict.localValue = QJsonArray{QStringLiteral("a")};
    conflict.remoteValue = QJsonValue::Null;
    VERIFY_OK(conflicts.add(conflict));

    auto open = conflicts.open();
    VERIFY_OK(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).localValue, QJsonValue(QStringLiteral("Mine 2")));
    QCOMPARE(open->at(1).localValue, QJsonValue(QJsonArray{QStringLiteral("a")}));
    QCOMPARE(open->at(1).remoteValue, QJsonValue(QJsonValue::Null));
    QVERIFY(*conflicts.hasOpen(contact.id));

    VERIFY_OK(conflicts.resolve(*second));
    QCOMPARE(*conflicts.openCount(), 1);
    QVERIFY(!(*conflicts.find(*second)).has_value());
}

void TestSyncBookkeeping::cursorsPersistAcrossReopen()
{
    {
        SyncCursors cursors(m_db->db());
        QCOMPARE(*cursors.remote(), QString());
        QCOMPARE(*cursors.outboxPosition(), 0);
        QVERIFY(!cursors.pulledUntil()->has_value());
        VERIFY_OK(cursors.setRemote(QStringLiteral("http://h/api/whatsapp/contacts org")));
        VERIFY_OK(cursors.setOutboxPosition(42));
        VERIFY_OK(
            cursors.setPulledUntil(QDateTime::fromMSecsSinceEpoch(1'700'000'000'007, Qt::UTC)));
        VERIFY_OK(cursors.setLastRun(QDateTime::fromMSecsSinceEpoch(1'700'000'100'000, Qt::UTC),
                                     QStringLiteral("Unauthorized")));
    }
    QVERIFY(m_db->reopen());
    SyncCursors cursors(m_db->db());
    QCOMPARE(*cursors.remote(), QStringLiteral("http://h/api/whatsapp/contacts org"));
    QCOMPARE(*cursors.outboxPosition(), 42);
    QCOMPARE(cursors.pulledUntil()->value().toMSecsSinceEpoch(), 1'700'000'000'007);
    QCOMPARE(cursors.lastRun()->value().toMSecsSinceEpoch(), 1'700'000'100'000);
    QCOMPARE(*cursors.lastError(), QStringLiteral("Unauthorized"));
}

void TestSyncBookkeeping::statusReportsEachState()
{
    ContactStore store = m_db->store();
    const qint64 org = store.organization().rowId;
    const Contact synced = create(QStringLiteral("+971501234567"));
    const Contact edited = create(QStringLiteral("+14155557890"));
    const Contact failed = create(QStringLiteral("+447911123456"));
    const Contact conflicted = create(QStringLiteral("+33612345678"));
    const Contact unsent = create(QStringLiteral("+4915112345678"));
    SyncStatus status(m_db->db(), org);
    // Before a first sync there is nothing to show.
    QVERIFY(status.states({synced.id})->isEmpty());
    QVERIFY(status.marks({synced.id, unsent.id})->isEmpty());

    SyncCursors cursors(m_db->db());
    VERIFY_OK(cursors.setRemote(QStringLiteral("http://h org")));
    auto journal = store.journal(0);
    VERIFY_OK(journal);
    VERIFY_OK(cursors.setOutboxPosition(journal->last().sequence));
    SyncLinks links(m_db->db(), org);
    int n = 0;
    for (const Contact& contact : {synced, edited, failed, conflicted}) {
        SyncLink link;
        link.contactId = contact.id;
        link.remoteId = QStringLiteral("contact_00000000-0000-4000-8000-00000000000%1").arg(++n);
        if (contact.id == failed.id) {
            link.state = SyncState::Error;
            link.error = QStringLiteral("Invalid email");
        }
        VERIFY_OK(links.save(link));
    }
    VERIFY_OK(store.update(edited.id, ContactChanges().setName(QStringLiteral("Edited"))));
    SyncConflict conflict;
    conflict.contactId = conflicted.id;
    conflict.phone = conflicted.phone;
    conflict.field = QStringLiteral("name");
    VERIFY_OK(SyncConflicts(m_db->db(), org).add(conflict));

    auto states = status.states({synced.id, edited.id, failed.id, conflicted.id, unsent.id});
    VERIFY_OK(states);
    QCOMPARE(states->value(synced.id), SyncState::Synced);
    QCOMPARE(states->value(edited.id), SyncState::Pending);
    QCOMPARE(states->value(failed.id), SyncState::Error);
    QCOMPARE(states->value(conflicted.id), SyncState::Conflict);
    QCOMPARE(states->value(unsent.id), SyncState::Pending);
    QCOMPARE(*status.pendingCount(), 1); // the edit; `unsent` was before the position
    QCOMPARE(*status.errorCount(), 1);

    // A table window's marks: the contacts not synced, the server's reason for an error, all
    // in one statement; an id that names no contact's UUID is left out.
    int statements = 0;
    ContactDatabase::setStatementObserver(
        [&statements](const QString&, const QString&) { ++statements; });
    auto marks = status.marks({synced.id, edited.id, failed.id, conflicted.id, unsent.id,
                               QStringLiteral("contact_unknown")});
    ContactDatabase::setStatementObserver({});
    VERIFY_OK(marks);
    QCOMPARE(statements, 1);
    QCOMPARE(*marks, (SyncMarks{{edited.id, {SyncState::Pending, {}}},
                                {failed.id, {SyncState::Error, QStringLiteral("Invalid email")}},
                                {conflicted.id, {SyncState::Conflict, {}}},
                                {unsent.id, {SyncState::Pending, {}}}}));
}

void TestSyncBookkeeping::serviceFieldsAreSetWithoutJournal()
{
    ContactStore store = m_db->store();
    const Contact contact = create(QStringLiteral("+971501234567"));
    const QDateTime lastMessage = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
    VERIFY_OK(store.setServiceFields(contact.rowId, QStringLiteral("65a1b2c3d4e5f6a7b8c9d0e1"),
                                     lastMessage, 5));
    auto read = store.contact(contact.id);
    VERIFY_OK(read);
    QCOMPARE(read->vendorContactId, QStringLiteral("65a1b2c3d4e5f6a7b8c9d0e1"));
    QCOMPARE(read->lastMessageAt, std::optional(lastMessage));
    QCOMPARE(read->conversationCount, 5);
    QCOMPARE(read->updatedAt, contact.updatedAt);
    QCOMPARE(store.journal(0)->size(), 1);
}

QTEST_GUILESS_MAIN(TestSyncBookkeeping)
#include "tst_syncbookkeeping.moc"
