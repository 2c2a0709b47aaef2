// storage/'s side of sync: links, conflicts, cursors, per-contact status, nested
// transactions, writes that stay out of the outbox, and how far the journal is pruned.
#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "JournalPruning.h"
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
#include <QUuid>

#include <algorithm>

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
    void pruneWithoutServerDropsEverything();
    void pruneKeepsTheUnsentOutbox_data();
    void pruneKeepsTheUnsentOutbox();
    void pruneIsPerOrganization();
    void pruneIsOneTransaction();
    void pruneInARolledBackTransactionDropsNothing();

private:
    Contact create(const QString& phone);
    /// `count` contacts created in `store`, one journal entry each; their entries' sequences.
    QList<qint64> createJournaled(ContactStore store, int count, int firstPhone = 0);
    /// Every journal entry's sequence of `organization`.
    QList<qint64> sequences(const Organization& organization);
    void configureServer(qint64 outboxPosition);
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

QList<qint64> TestSyncBookkeeping::createJournaled(ContactStore store, int count, int firstPhone)
{
    for (int i = firstPhone; i < firstPhone + count; ++i) {
        const QString phone = QStringLiteral("+9715012345%1").arg(i, 2, 10, QLatin1Char('0'));
        if (!store.create(NewContact().setPhone(phone)))
            qFatal("create failed");
    }
    return sequences(store.organization());
}

QList<qint64> TestSyncBookkeeping::sequences(const Organization& organization)
{
    QList<qint64> out;
    auto entries = ContactStore(m_db->db(), organization).journal(0, 100000);
    if (!entries)
        qFatal("journal read failed");
    for (const JournalEntry& entry : *entries)
        out.append(entry.sequence);
    return out;
}

void TestSyncBookkeeping::configureServer(qint64 outboxPosition)
{
    SyncCursors cursors(m_db->db());
    if (!cursors.setRemote(QStringLiteral("http://127.0.0.1:1/api/whatsapp/contacts org")) ||
        !cursors.setOutboxPosition(outboxPosition))
        qFatal("cursors not saved");
}

void TestSyncBookkeeping::pruneWithoutServerDropsEverything()
{
    const Organization& org = m_db->db().defaultOrganization();
    QCOMPARE(createJournaled(m_db->store(), 4).size(), 4);
    JournalPruning pruning(m_db->db());
    QCOMPARE(*pruning.prunableThrough(org), ChangeJournal::allEntries);
    auto pruned = pruning.pruneAll();
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, 4);
    QCOMPARE(sequences(org), QList<qint64>());
    // Nothing left to drop; the next write's entry is numbered after the dropped ones.
    QCOMPARE(*pruning.pruneAll(), 0);
    const QList<qint64> next = createJournaled(m_db->store(), 1, 10);
    QCOMPARE(next.size(), 1);
    QVERIFY(next.first() > 4);
}

void TestSyncBookkeeping::pruneKeepsTheUnsentOutbox_data()
{
    // A database synced before pruning existed: a position in its settings, unsent entries
    // after it. Every entry after the position survives.
    QTest::addColumn<int>("acknowledged"); // of 5 entries
    QTest::newRow("none acknowledged") << 0;
    QTest::newRow("two acknowledged") << 2;
    QTest::newRow("all acknowledged") << 5;
}

void TestSyncBookkeeping::pruneKeepsTheUnsentOutbox()
{
    QFETCH(int, acknowledged);
    const Organization& org = m_db->db().defaultOrganization();
    const QList<qint64> written = createJournaled(m_db->store(), 5);
    QCOMPARE(written.size(), 5);
    const qint64 position = acknowledged == 0 ? 0 : written.at(acknowledged - 1);
    configureServer(position);
    SyncStatus status(m_db->db(), org.rowId);
    const qint64 pendingBefore = *status.pendingCount();
    QCOMPARE(pendingBefore, 5 - acknowledged);

    JournalPruning pruning(m_db->db());
    QCOMPARE(*pruning.prunableThrough(org), position);
    auto pruned = pruning.prune(org);
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, qint64(acknowledged));
    QCOMPARE(sequences(org), written.mid(acknowledged));
    QCOMPARE(*status.pendingCount(), pendingBefore);
    // What push reads next is exactly what it read before.
    auto outbox = m_db->store().journal(position);
    VERIFY_OK(outbox);
    QCOMPARE(outbox->size(), 5 - acknowledged);
}

void TestSyncBookkeeping::pruneIsPerOrganization()
{
    // A server's database: other organizations have no sync, so nothing reads their journal.
    const Organization& own = m_db->db().defaultOrganization();
    auto other = m_db->db().addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    VERIFY_OK(other);
    const QList<qint64> ownEntries = createJournaled(m_db->store(), 3);
    const QList<qint64> otherEntries = createJournaled(ContactStore(m_db->db(), *other), 2);
    QCOMPARE(otherEntries.size(), 2);
    configureServer(ownEntries.first());

    JournalPruning pruning(m_db->db());
    QCOMPARE(*pruning.prunableThrough(*other), ChangeJournal::allEntries);
    // One organization's prune leaves the other's journal alone.
    QCOMPARE(*pruning.prune(own), 1);
    QCOMPARE(sequences(own), ownEntries.mid(1));
    QCOMPARE(sequences(*other), otherEntries);
    // Pruning them all drops the other's entries outright, and still keeps our outbox.
    QCOMPARE(*pruning.pruneAll(), 2);
    QCOMPARE(sequences(*other), QList<qint64>());
    QCOMPARE(sequences(own), ownEntries.mid(1));
}

void TestSyncBookkeeping::pruneIsOneTransaction()
{
    // Crash safety is the transaction's: a prune killed anywhere leaves every entry or none.
    auto other = m_db->db().addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    VERIFY_OK(other);
    createJournaled(m_db->store(), 3);
    createJournaled(ContactStore(m_db->db(), *other), 2);
    const QString connection = m_db->db().connection().connectionName();
    QStringList statements;
    ContactDatabase::setStatementObserver(
        [&statements, connection](const QString& name, const QString& sql) {
            if (name == connection)
                statements.append(sql);
        });
    auto pruned = JournalPruning(m_db->db()).pruneAll();
    ContactDatabase::setStatementObserver({});
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, 5);
    QVERIFY(statements.size() >= 4);
    QCOMPARE(statements.first(), m_db->db().dialect().beginWriteSql());
    QCOMPARE(statements.last(), QStringLiteral("COMMIT"));
    const auto deletes =
        std::count_if(statements.begin(), statements.end(), [](const QString& sql) {
            return sql.startsWith(QStringLiteral("DELETE FROM journal"));
        });
    QCOMPARE(deletes, 2); // one statement per organization, inside the one transaction
    QCOMPARE(statements.count(m_db->db().dialect().beginWriteSql()), 1);
    QCOMPARE(statements.count(QStringLiteral("COMMIT")), 1);
}

void TestSyncBookkeeping::pruneInARolledBackTransactionDropsNothing()
{
    const Organization& org = m_db->db().defaultOrganization();
    const QList<qint64> written = createJournaled(m_db->store(), 3);
    {
        // A prune in an outer transaction that never commits (a crash before the commit).
        SqlTransaction outer(m_db->db(), SqlTransaction::Write);
        QVERIFY(!outer.beginError());
        QCOMPARE(*JournalPruning(m_db->db()).pruneAll(), 3);
        QCOMPARE(sequences(org), QList<qint64>());
    }
    QCOMPARE(sequences(org), written);
}

QTEST_GUILESS_MAIN(TestSyncBookkeeping)
#include "tst_syncbookkeeping.moc"
