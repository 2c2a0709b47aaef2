#include "ContactBatchEdit.h"
#include "ContactStore.h"
#include "NewContact.h"
#include "OperationUndo.h"
#include "Operations.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QTest>

#include <functional>
#include <memory>

// Undo of bulk work after a restart (Operations, OperationUndo): each batch edit is one
// operation; undoing it reverts exactly its contacts, lists those changed or deleted since and
// leaves them as they are, and is an operation of its own that can be undone in turn.
class TestOperations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void batchEditIsOneOperation();
    void undoRevertsEachKind_data();
    void undoRevertsEachKind();
    void undoOfDeleteBringsContactsBackWithTheirIds();
    void contactsChangedSinceAreListedNotOverwritten();
    void undoIsAnOperationThatCanBeUndone();
    void undoSurvivesAReopen();
    void storeWritesOfAnOperationAreUndoneTogether();
    void operationsOlderThanTheRetentionArePruned();
    void badUndoWritesNothing_data();
    void badUndoWritesNothing();

private:
    QStringList createContacts(int count);
    Contact stored(const QString& id);
    Operation operation(qint64 id);
    qint64 lastOperationId();

    std::unique_ptr<TestDatabase> m_db;
};

void TestOperations::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestOperations::cleanup()
{
    m_db.reset();
}

QStringList TestOperations::createContacts(int count)
{
    ContactStore store = m_db->store();
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        auto created =
            store.create(NewContact()
                             .setPhone(QStringLiteral("+9715014%1").arg(i, 5, 10, QLatin1Char('0')))
                             .setName(QStringLiteral("Person %1").arg(i))
                             .setTags({QStringLiteral("lead")}),
                         ContactSource::Manual);
        if (!created)
            qFatal("create: %s", qPrintable(created.error().message));
        ids.append(created->id);
    }
    return ids;
}

Contact TestOperations::stored(const QString& id)
{
    auto contact = m_db->store().contact(id);
    return contact ? *contact : Contact{};
}

Operation TestOperations::operation(qint64 id)
{
    auto found = Operations(m_db->db(), m_db->db().defaultOrganization().rowId).find(id);
    return found && *found ? **found : Operation{};
}

qint64 TestOperations::lastOperationId()
{
    auto latest = Operations(m_db->db(), m_db->db().defaultOrganization().rowId).latest(1);
    return latest && !latest->isEmpty() ? latest->first().id : 0;
}

void TestOperations::batchEditIsOneOperation()
{
    const QStringList ids = createContacts(5);
    ContactBatchEdit edit(m_db->db());
    edit.setOrigin(WriteOrigin(WriteOrigin::Method::Batch, QStringLiteral("Sara")));
    auto tagged = edit.addTag(ids, QStringLiteral("VIP"));
    VERIFY_OK(tagged);
    QVERIFY(edit.lastOperation());
    const Operation op = operation(*edit.lastOperation());
    QCOMPARE(op.kind, Operation::Kind::AddTag);
    QCOMPARE(op.argument, QStringLiteral("VIP"));
    QCOMPARE(op.actor, QStringLiteral("Sara"));
    QCOMPARE(op.method, QStringLiteral("batch"));
    QCOMPARE(op.contactCount, 5);
    QVERIFY(op.finishedAt);
    QVERIFY(!op.undoneBy);
    // A call that changes nothing records nothing.
    const qint64 before = lastOperationId();
    VERIFY_OK(edit.addTag(ids, QStringLiteral("vip")));
    QCOMPARE(lastOperationId(), before);
}

void TestOperations::undoRevertsEachKind_data()
{
    QTest::addColumn<std::function<bool(ContactBatchEdit&, const QStringList&)>>("edit");
    QTest::addColumn<std::function<bool(const Contact&)>>("isEdited");
    using Edit = std::function<bool(ContactBatchEdit&, const QStringList&)>;
    using Check = std::function<bool(const Contact&)>;
    QTest::addRow("tag") << Edit([](ContactBatchEdit& e, const QStringList& ids) {
        return e.addTag(ids, QStringLiteral("VIP")).has_value();
    }) << Check([](const Contact& c) { return c.tags.contains(QStringLiteral("VIP")); });
    QTest::addRow("untag") << Edit([](ContactBatchEdit& e, const QStringList& ids) {
        return e.removeTag(ids, QStringLiteral("LEAD")).has_value();
    }) << Check([](const Contact& c) { return c.tags.isEmpty(); });
    QTest::addRow("label") << Edit([](ContactBatchEdit& e, const QStringList& ids) {
        return e.addTag(ids, QStringLiteral("Dubai"), TagKind::Label).has_value();
    }) << Check([](const Contact& c) { return c.labels.contains(QStringLiteral("Dubai")); });
    QTest::addRow("block") << Edit([](ContactBatchEdit& e, const QStringList& ids) {
        return e.setBlocked(ids, true).has_value();
    }) << Check([](const Contact& c) { return c.isBlocked; });
    QTest::addRow("opt in") << Edit([](ContactBatchEdit& e, const QStringList& ids) {
        return e.setOptedIn(ids, true).has_value();
    }) << Check([](const Contact& c) { return c.optedIn; });
}

void TestOperations::undoRevertsEachKind()
{
    QFETCH(std::function<bool(ContactBatchEdit&, const QStringList&)>, edit);
    QFETCH(std::function<bool(const Contact&)>, isEdited);
    const QStringList ids = createContacts(4);
    QList<Contact> before;
    for (const QString& id : ids)
        before.append(stored(id));
    ContactBatchEdit batch(m_db->db());
    QVERIFY(edit(batch, ids.mid(0, 3)));
    for (int i = 0; i < 3; ++i)
        QVERIFY(isEdited(stored(ids.at(i))));

    OperationUndo undo(m_db->db(), m_db->db().defaultOrganization());
    auto report = undo.undo(*batch.lastOperation());
    VERIFY_OK(report);
    QCOMPARE(report->reverted, 3);
    QCOMPARE(report->skippedCount, 0);
    for (int i = 0; i < 4; ++i) {
        const Contact now = stored(ids.at(i));
        QVERIFY(!isEdited(now));
        QCOMPARE(now.tags, before.at(i).tags);
        QCOMPARE(now.labels, before.at(i).labels);
        QCOMPARE(now.isBlocked, before.at(i).isBlocked);
        QCOMPARE(now.optedIn, before.at(i).optedIn);
    }
    QCOMPARE(operation(*batch.lastOperation()).undoneBy, report->operationId);
}

void TestOperations::undoOfDeleteBringsContactsBackWithTheirIds()
{
    const QStringList ids = createContacts(3);
    const Contact first = stored(ids.first());
    ContactBatchEdit edit(m_db->db());
    VERIFY_OK(edit.remove(ids));
    QCOMPARE(m_db->store().contact(ids.first()).error().status, 404);

    auto report =
        OperationUndo(m_db->db(), m_db->db().defaultOrganization()).undo(*edit.lastOperation());
    VERIFY_OK(report);
    QCOMPARE(report->reverted, 3);
    const Contact back = stored(ids.first());
    QCOMPARE(back.id, first.id);
    QCOMPARE(back.phone, first.phone);
    QCOMPARE(back.name, first.name);
    QCOMPARE(back.tags, first.tags);
    QCOMPARE(back.createdAt, first.createdAt);
}

void TestOperations::contactsChangedSinceAreListedNotOverwritten()
{
    const QStringList ids = createContacts(4);
    ContactBatchEdit edit(m_db->db());
    VERIFY_OK(edit.addTag(ids, QStringLiteral("VIP")));
    const qint64 tagged = *edit.lastOperation();
    // Changed since: renamed; deleted since; and, for a deletion, a phone taken again.
    // `updatedAt` tells a later change by the millisecond.
    QTest::qSleep(2);
    ContactStore store = m_db->store();
    VERIFY_OK(store.update(ids.at(0), ContactChanges().setName(QStringLiteral("Renamed"))));
    VERIFY_OK(store.remove(ids.at(1)));

    auto report = OperationUndo(m_db->db(), m_db->db().defaultOrganization()).undo(tagged);
    VERIFY_OK(report);
    QCOMPARE(report->reverted, 2);
    QCOMPARE(report->skippedCount, 2);
    QHash<QString, UndoReport::Skipped> skips;
    for (const UndoReport::Skipped& skipped : report->skipped)
        skips.insert(skipped.contactId, skipped);
    // Each named as the agent knows it: as it is now, or by the phone it had.
    QCOMPARE(skips.value(ids.at(0)).reason, QStringLiteral("changed since"));
    QCOMPARE(skips.value(ids.at(0)).name, std::optional<QString>(QStringLiteral("Renamed")));
    QCOMPARE(skips.value(ids.at(0)).phone, QStringLiteral("+971501400000"));
    QCOMPARE(skips.value(ids.at(1)).reason, QStringLiteral("deleted since"));
    QCOMPARE(skips.value(ids.at(1)).name, std::nullopt);
    QCOMPARE(skips.value(ids.at(1)).phone, QStringLiteral("+971501400001"));
    // The renamed contact keeps its name and the tag it was given.
    QVERIFY(stored(ids.at(0)).tags.contains(QStringLiteral("VIP")));
    QCOMPARE(stored(ids.at(0)).name, std::optional<QString>(QStringLiteral("Renamed")));
    QVERIFY(!stored(ids.at(2)).tags.contains(QStringLiteral("VIP")));

    // A deletion whose phone another contact took since: that one stays deleted.
    const QString phone3 = stored(ids.at(3)).phone;
    VERIFY_OK(edit.remove({ids.at(2), ids.at(3)}));
    const qint64 deleted = *edit.lastOperation();
    VERIFY_OK(store.create(NewContact().setPhone(phone3), ContactSource::Manual));
    auto restored = OperationUndo(m_db->db(), m_db->db().defaultOrganization()).undo(deleted);
    VERIFY_OK(restored);
    QCOMPARE(restored->reverted, 1);
    QCOMPARE(restored->skippedCount, 1);
    QCOMPARE(restored->skipped.first().contactId, ids.at(3));
    QCOMPARE(restored->skipped.first().reason, QStringLiteral("phone taken"));
    QCOMPARE(restored->skipped.first().name, std::optional<QString>(QStringLiteral("Person 3")));
    QCOMPARE(stored(ids.at(2)).id, ids.at(2));
}

void TestOperations::undoIsAnOperationThatCanBeUndone()
{
    const QStringList ids = createContacts(3);
    ContactBatchEdit edit(m_db->db());
    VERIFY_OK(edit.setBlocked(ids, true));
    const qint64 blocked = *edit.lastOperation();
    OperationUndo undo(m_db->db(), m_db->db().defaultOrganization());
    undo.setOrigin(WriteOrigin(WriteOrigin::Method::Undo, QStringLiteral("Omar")));
    auto first = undo.undo(blocked);
    VERIFY_OK(first);
    const Operation undid = operation(first->operationId);
    QCOMPARE(undid.kind, Operation::Kind::Unblock);
    QCOMPARE(undid.undoes, blocked);
    QCOMPARE(undid.method, QStringLiteral("undo"));
    QCOMPARE(undid.actor, QStringLiteral("Omar"));
    QCOMPARE(undid.contactCount, 3);
    QVERIFY(!stored(ids.first()).isBlocked);

    // Undoing the undo blocks them again.
    auto redo = undo.undo(first->operationId);
    VERIFY_OK(redo);
    QCOMPARE(redo->reverted, 3);
    QVERIFY(stored(ids.first()).isBlocked);
}

void TestOperations::undoSurvivesAReopen()
{
    const QStringList ids = createContacts(3);
    qint64 tagged = 0;
    {
        ContactBatchEdit edit(m_db->db());
        VERIFY_OK(edit.addTag(ids, QStringLiteral("VIP")));
        tagged = *edit.lastOperation();
    }
    QVERIFY(m_db->reopen());
    auto report = OperationUndo(m_db->db(), m_db->db().defaultOrganization()).undo(tagged);
    VERIFY_OK(report);
    QCOMPARE(report->reverted, 3);
    QVERIFY(!stored(ids.first()).tags.contains(QStringLiteral("VIP")));
}

void TestOperations::storeWritesOfAnOperationAreUndoneTogether()
{
    // A sync run's writes: single creates, updates and deletions by a store that joins its
    // operation, some contacts written twice.
    const QStringList ids = createContacts(5);
    const QString &updated = ids.at(0), &deleted = ids.at(1), &updatedThenDeleted = ids.at(2),
                  &deletedSince = ids.at(3), &untouched = ids.at(4);
    const Contact deletedBefore = stored(deleted);
    ContactStore store = m_db->store();
    WriteOrigin origin(WriteOrigin::Method::Sync, QStringLiteral("sync"));
    auto begun = Operations(m_db->db(), m_db->db().defaultOrganization().rowId)
                     .begin(Operation::Kind::Sync, QStringLiteral("contacts.example.org"), origin);
    VERIFY_OK(begun);
    origin.operation = *begun;
    store.setOrigin(origin);
    VERIFY_OK(store.update(updated, ContactChanges().setName(QStringLiteral("First"))));
    VERIFY_OK(store.update(updated, ContactChanges().setEmail(QStringLiteral("a@example.org"))));
    VERIFY_OK(store.remove(deleted));
    VERIFY_OK(store.update(updatedThenDeleted, ContactChanges().setName(QStringLiteral("Gone"))));
    VERIFY_OK(store.remove(updatedThenDeleted));
    VERIFY_OK(store.update(deletedSince, ContactChanges().setName(QStringLiteral("Synced"))));
    auto created =
        store.create(NewContact().setPhone(QStringLiteral("+971509998877")), ContactSource::Import);
    VERIFY_OK(created);
    auto another =
        store.create(NewContact().setPhone(QStringLiteral("+971509998878")), ContactSource::Import);
    VERIFY_OK(another);
    auto createdThenDeleted =
        store.create(NewContact().setPhone(QStringLiteral("+971509998879")), ContactSource::Import);
    VERIFY_OK(createdThenDeleted);
    VERIFY_OK(store.remove(createdThenDeleted->id));
    VERIFY_OK(Operations(m_db->db(), m_db->db().defaultOrganization().rowId).finish(*begun));
    QCOMPARE(operation(*begun).contactCount, 7); // those written twice count once
    QVERIFY(m_db->store().remove(deletedSince));

    OperationUndo undo(m_db->db(), m_db->db().defaultOrganization());
    auto report = undo.undo(*begun);
    VERIFY_OK(report);
    QCOMPARE(operation(report->operationId).kind, Operation::Kind::Revert);
    QCOMPARE(report->reverted, 5);
    QCOMPARE(report->skippedCount, 2); // and the one it created and deleted
    QCOMPARE(report->skipped.first().contactId, deletedSince);
    QCOMPARE(report->skipped.first().reason, QStringLiteral("deleted since"));
    QCOMPARE(stored(updated).name, std::optional<QString>(QStringLiteral("Person 0")));
    QCOMPARE(stored(updated).email, std::nullopt);
    QCOMPARE(stored(deleted).id, deleted);
    QCOMPARE(stored(deleted).phone, deletedBefore.phone);
    QCOMPARE(stored(updatedThenDeleted).name, std::optional<QString>(QStringLiteral("Person 2")));
    QVERIFY(!m_db->store().contact(created->id));
    QVERIFY(!m_db->store().contact(another->id));
    QVERIFY(!m_db->store().contact(createdThenDeleted->id));
    QVERIFY(m_db->store().contact(untouched));

    // The revert is undone in turn: the operation's changes are back.
    auto redo = undo.undo(report->operationId);
    VERIFY_OK(redo);
    QCOMPARE(redo->reverted, 5);
    QCOMPARE(stored(updated).email, std::optional<QString>(QStringLiteral("a@example.org")));
    QVERIFY(!m_db->store().contact(deleted));
    QVERIFY(!m_db->store().contact(updatedThenDeleted));
    QCOMPARE(stored(created->id).phone, QStringLiteral("+971509998877"));
}

void TestOperations::operationsOlderThanTheRetentionArePruned()
{
    const QStringList ids = createContacts(3);
    ContactBatchEdit edit(m_db->db());
    VERIFY_OK(edit.remove({ids.at(0)}));
    const qint64 old = *edit.lastOperation();
    VERIFY_OK(edit.addTag({ids.at(1)}, QStringLiteral("VIP")));
    const qint64 recent = *edit.lastOperation();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 day = 24 * 3600 * 1000LL;
    VERIFY_OK(
        m_db->db().execute(QStringLiteral("UPDATE operations SET started_at = ? WHERE id = ?"),
                           {now - (Operations::keptDays + 1) * day, old}));
    Operations operations(m_db->db(), m_db->db().defaultOrganization().rowId);
    auto pruned = operations.pruneStartedBefore(now - Operations::keptDays * day);
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, 1);
    QCOMPARE(operation(old).id, 0);
    QCOMPARE(operation(recent).id, recent);
    // Its snapshot went with it; the recent one's contacts stay recorded.
    const auto kept = m_db->db().integers(
        QStringLiteral("SELECT operation_id FROM operation_contacts ORDER BY operation_id"));
    VERIFY_OK(kept);
    QCOMPARE(*kept, QList<qint64>{recent});
    auto refused = OperationUndo(m_db->db(), m_db->db().defaultOrganization()).undo(old);
    QVERIFY(!refused);
    QCOMPARE(refused.error().status, 404);
}

void TestOperations::badUndoWritesNothing_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("unknown") << "unknown" << 404 << "Operation not found";
    QTest::addRow("undone twice") << "twice" << 409 << "Operation already undone";
    QTest::addRow("every contact deleted since") << "deleted" << 409 << "Nothing to undo";
}

void TestOperations::badUndoWritesNothing()
{
    QFETCH(QString, case_);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QStringList ids = createContacts(2);
    ContactBatchEdit edit(m_db->db());
    VERIFY_OK(edit.setOptedIn(ids, true));
    qint64 target = *edit.lastOperation();
    OperationUndo undo(m_db->db(), m_db->db().defaultOrganization());
    if (case_ == u"unknown")
        target += 1000;
    else if (case_ == u"twice")
        VERIFY_OK(undo.undo(target));
    else
        VERIFY_OK(ContactBatchEdit(m_db->db()).remove(ids));
    const qint64 operationsBefore = lastOperationId();
    auto refused = undo.undo(target);
    QVERIFY(!refused);
    QCOMPARE(refused.error().status, status);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(lastOperationId(), operationsBefore);
}

QTEST_GUILESS_MAIN(TestOperations)
#include "tst_operations.moc"
