#include "ContactStore.h"
#include "DuplicateFinder.h"
#include "DuplicateKeys.h"
#include "DuplicateMerge.h"
#include "NewContact.h"
#include "OperationUndo.h"
#include "Operations.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <memory>

// Duplicates (DuplicateKeys, DuplicateFinder, DuplicateMerge): which contacts are grouped and
// why, a merge that keeps one id and unites the rest in one undoable operation, and bad merges
// that write nothing.
class TestDuplicates : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keys_data();
    void keys();
    void finderGroupsByEachReason();
    void placeholderKeysLinkNobody();
    void mergeKeepsTheIdAndUnitesTheRest();
    void picksTakeAFieldFromAnotherContact();
    void mergeIsUndoneWithTheMergedIds();
    void keptContactChangedSinceIsLeftOnUndo();
    void badMergeWritesNothing_data();
    void badMergeWritesNothing();

private:
    QString create(const QString& phone, const QString& name = {}, const QString& email = {},
                   const QString& country = {});
    Contact stored(const QString& id);
    qint64 lastOperationId();

    std::unique_ptr<TestDatabase> m_db;
};

void TestDuplicates::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestDuplicates::cleanup()
{
    m_db.reset();
}

QString TestDuplicates::create(const QString& phone, const QString& name, const QString& email,
                               const QString& country)
{
    NewContact contact;
    contact.setPhone(phone);
    if (!name.isEmpty())
        contact.setName(name);
    if (!email.isEmpty())
        contact.setEmail(email);
    if (!country.isEmpty())
        contact.setCountryCode(country);
    auto created = m_db->store().create(contact, ContactSource::Manual);
    if (!created)
        qFatal("create %s: %s", qPrintable(phone), qPrintable(created.error().message));
    return created->id;
}

Contact TestDuplicates::stored(const QString& id)
{
    auto contact = m_db->store().contact(id);
    return contact ? *contact : Contact{};
}

qint64 TestDuplicates::lastOperationId()
{
    auto latest = Operations(m_db->db(), m_db->db().defaultOrganization().rowId).latest(1);
    return latest && !latest->isEmpty() ? latest->first().id : 0;
}

void TestDuplicates::keys_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QString>("key");
    QTest::addRow("email case and spaces")
        << "email" << QStringList{" Ana@Example.COM "} << "ana@example.com";
    QTest::addRow("no email") << "email" << QStringList{"  "} << "";
    QTest::addRow("name with its country")
        << "name" << QStringList{"jose  nunez", "es", "+34600000000"} << "josenunez|ES";
    QTest::addRow("name without a country takes the phone's")
        << "name" << QStringList{"o'brien", "", "+447911123456"} << "obrien|GB";
    QTest::addRow("name of punctuation only") << "name" << QStringList{"--", "ES", ""} << "";
    QTest::addRow("national number") << "phone" << QStringList{"+447911123456"} << "7911123456";
    QTest::addRow("trunk prefix kept") << "phone" << QStringList{"+4407911123456"} << "7911123456";
    QTest::addRow("wrong country code") << "phone" << QStringList{"+17911123456"} << "7911123456";
    QTest::addRow("three-digit code") << "phone" << QStringList{"+971501234567"} << "501234567";
    QTest::addRow("too short to tell") << "phone" << QStringList{"+4412345"} << "";
    QTest::addRow("no such code") << "phone" << QStringList{"+999123456789"} << "";
}

void TestDuplicates::keys()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, input);
    QFETCH(QString, key);
    if (kind == u"email")
        QCOMPARE(DuplicateKeys::email(input.at(0)), key);
    else if (kind == u"name")
        QCOMPARE(DuplicateKeys::name(input.at(0), input.at(1), input.at(2)), key);
    else
        QCOMPARE(DuplicateKeys::phone(input.at(0)), key);
}

void TestDuplicates::finderGroupsByEachReason()
{
    const QString byEmail1 = create("+971501230001", "Ana", "ana@example.com");
    create("+971501230002", "Someone Else");
    const QString byEmail2 = create("+971501230003", "Ana M.", " ANA@example.com");
    const QString byName1 = create("+34600000001", "José Núñez", {}, "ES");
    const QString byName2 = create("+34600000002", "jose nunez");
    const QString byPhone1 = create("+442079460958", "Front desk");
    const QString byPhone2 = create("+12079460958", "Reception");
    // Linked through each other: one group with two reasons. A number typed under the wrong
    // country code is valid in both (London and Maine).
    const QString chain1 = create("+971501230010", "Omar", "omar@example.com");
    const QString chain2 = create("+442079460999", "Omar Ali", "omar@example.com");
    const QString chain3 = create("+12079460999", "Omar A.");

    DuplicateFinder finder(m_db->db(), m_db->db().defaultOrganization());
    qint64 lastDone = 0;
    finder.setProgress([&](qint64 done, qint64) { lastDone = done; });
    auto groups = finder.find();
    VERIFY_OK(groups);
    QCOMPARE(lastDone, 10);
    QCOMPARE(groups->size(), 4);
    const auto idsOf = [](const DuplicateGroup& group) {
        QStringList ids;
        for (const Contact& contact : group.contacts)
            ids.append(contact.id);
        return ids;
    };
    QCOMPARE(idsOf(groups->at(0)), (QStringList{byEmail1, byEmail2}));
    QCOMPARE(groups->at(0).reasons, QStringList{"email"});
    QCOMPARE(idsOf(groups->at(1)), (QStringList{byName1, byName2}));
    QCOMPARE(groups->at(1).reasons, QStringList{"name"});
    QCOMPARE(idsOf(groups->at(2)), (QStringList{byPhone1, byPhone2}));
    QCOMPARE(groups->at(2).reasons, QStringList{"phone"});
    QCOMPARE(idsOf(groups->at(3)), (QStringList{chain1, chain2, chain3}));
    QCOMPARE(groups->at(3).reasons, (QStringList{"email", "phone"}));
    QCOMPARE(groups->at(3).contacts.at(1).name, QString("Omar Ali"));

    // Contacts read whole for the groups asked for only; the others hold their row ids.
    auto first = finder.find(1);
    VERIFY_OK(first);
    QCOMPARE(first->size(), 4);
    QCOMPARE(first->at(0).contacts.size(), 2);
    QCOMPARE(first->at(3).contacts.size(), 0);
    QCOMPARE(first->at(3).rowIds.size(), 3);
    QCOMPARE(first->at(3).reasons, (QStringList{"email", "phone"}));
}

void TestDuplicates::placeholderKeysLinkNobody()
{
    for (int i = 0; i <= DuplicateFinder::maxSharing; ++i)
        create(QStringLiteral("+9715012300%1").arg(i, 2, 10, QLatin1Char('0')),
               QStringLiteral("Walk-in %1").arg(i), "info@shop.example");
    auto groups = DuplicateFinder(m_db->db(), m_db->db().defaultOrganization()).find();
    VERIFY_OK(groups);
    QCOMPARE(groups->size(), 0);
}

void TestDuplicates::mergeKeepsTheIdAndUnitesTheRest()
{
    ContactStore store = m_db->store();
    const QString keep = create("+971501230001", "Ana");
    VERIFY_OK(store.update(
        keep, ContactChanges().setTags({"vip"}).setParams(QJsonObject{{"plan", "gold"}})));
    const QString other = create("+971501230002", {}, "ana@example.com", "AE");
    VERIFY_OK(store.update(other, ContactChanges()
                                      .setTags({"VIP", "lead"})
                                      .setParams(QJsonObject{{"plan", "basic"}, {"city", "Dubai"}})
                                      .setOptedIn(true)
                                      .setBlocked(true)));

    DuplicateMerge merge(m_db->db(), m_db->db().defaultOrganization());
    merge.setActor("Sara");
    auto merged = merge.merge({keep, {other}, {}});
    VERIFY_OK(merged);
    QCOMPARE(merged->merged, QStringList{other});
    const Contact now = stored(keep);
    QCOMPARE(now, merged->contact);
    QCOMPARE(now.phone, QString("+971501230001"));
    QCOMPARE(now.name, QString("Ana"));
    QCOMPARE(now.email, QString("ana@example.com"));
    QCOMPARE(now.countryCode, QString("AE"));
    QCOMPARE(now.tags, (QStringList{"vip", "lead"}));
    QCOMPARE(now.params, (QJsonObject{{"plan", "gold"}, {"city", "Dubai"}}));
    QCOMPARE(now.optedIn, false);
    QCOMPARE(now.isBlocked, true);
    QCOMPARE(store.contact(other).error().status, 404);
    // The tombstone names the contact kept: what a sync partner is told.
    QCOMPARE(store.mergedInto(other).value(), std::optional<QString>(keep));

    const Operation operation =
        **Operations(m_db->db(), m_db->db().defaultOrganization().rowId).find(merged->operationId);
    QCOMPARE(operation.kind, Operation::Kind::Merge);
    QCOMPARE(operation.argument, keep);
    QCOMPARE(operation.actor, QString("Sara"));
    QCOMPARE(operation.method, QString("merge"));
    QCOMPARE(operation.contactCount, 2);
    QVERIFY(operation.finishedAt);
    // The block came from the merge: the history says so.
    auto history = store.flagHistory(keep);
    VERIFY_OK(history);
    QVERIFY(!history->isEmpty());
    QCOMPARE(history->last().origin.method, WriteOrigin::Method::Merge);
}

void TestDuplicates::picksTakeAFieldFromAnotherContact()
{
    ContactStore store = m_db->store();
    const QString keep = create("+971501230001", "A. Haddad", {}, "AE");
    VERIFY_OK(store.update(keep, ContactChanges().setTags({"vip"})));
    const QString second = create("+971501230002", "Amal Haddad");
    const QString third = create("+971501230003", "Amal H.");
    VERIFY_OK(store.update(third, ContactChanges().setTags({"lead"}).setOptedIn(true)));
    // The third contact by its bare UUID: the same contact as its full id.
    const QString thirdUuid = third.mid(QStringLiteral("contact_").size());
    auto merged = DuplicateMerge(m_db->db(), m_db->db().defaultOrganization())
                      .merge({keep,
                              {second, third},
                              {{"name", second}, {"tags", thirdUuid}, {"optedIn", third}}});
    VERIFY_OK(merged);
    QCOMPARE(merged->contact.name, QString("Amal Haddad"));
    QCOMPARE(merged->contact.tags, QStringList{"lead"});
    QCOMPARE(merged->contact.optedIn, true);
    QCOMPARE(merged->contact.countryCode, QString("AE"));
    QCOMPARE(merged->merged, (QStringList{second, third}));
}

void TestDuplicates::mergeIsUndoneWithTheMergedIds()
{
    ContactStore store = m_db->store();
    const QString keep = create("+971501230001", "Ana");
    const QString other = create("+971501230002", "Ana Maria", "ana@example.com");
    VERIFY_OK(store.update(other, ContactChanges().setTags({"lead"})));
    const Contact keepBefore = stored(keep);
    const Contact otherBefore = stored(other);
    auto merged =
        DuplicateMerge(m_db->db(), m_db->db().defaultOrganization()).merge({keep, {other}, {}});
    VERIFY_OK(merged);

    // After a reopen, as after a restart of the app.
    QVERIFY(m_db->reopen());
    OperationUndo undo(m_db->db(), m_db->db().defaultOrganization());
    auto report = undo.undo(merged->operationId);
    VERIFY_OK(report);
    QCOMPARE(report->reverted, 2);
    QCOMPARE(report->skippedCount, 0);
    QCOMPARE(stored(other), otherBefore);
    QCOMPARE(m_db->store().mergedInto(other).value(), std::nullopt); // its tombstone is gone
    Contact keepNow = stored(keep);
    QCOMPARE(keepNow.name, keepBefore.name);
    QCOMPARE(keepNow.email, keepBefore.email);
    QCOMPARE(keepNow.tags, keepBefore.tags);

    // The undo is a restore, and undoing it deletes the merged contact again.
    VERIFY_OK(undo.undo(report->operationId));
    QCOMPARE(m_db->store().contact(other).error().status, 404);
}

void TestDuplicates::keptContactChangedSinceIsLeftOnUndo()
{
    const QString keep = create("+971501230001", "Ana");
    const QString other = create("+971501230002", {}, "ana@example.com");
    auto merged =
        DuplicateMerge(m_db->db(), m_db->db().defaultOrganization()).merge({keep, {other}, {}});
    VERIFY_OK(merged);
    QTest::qWait(2);
    VERIFY_OK(m_db->store().update(keep, ContactChanges().setName("Ana Haddad")));
    auto report =
        OperationUndo(m_db->db(), m_db->db().defaultOrganization()).undo(merged->operationId);
    VERIFY_OK(report);
    QCOMPARE(report->reverted, 1);
    QCOMPARE(report->skippedCount, 1);
    QCOMPARE(report->skipped.at(0).contactId, keep);
    QCOMPARE(report->skipped.at(0).reason, QString("changed since"));
    QCOMPARE(stored(keep).name, QString("Ana Haddad"));
    QCOMPARE(stored(keep).email, QString("ana@example.com"));
    QCOMPARE(stored(other).phone, QString("+971501230002"));
}

void TestDuplicates::badMergeWritesNothing_data()
{
    QTest::addColumn<QString>("case_");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addRow("with itself") << "self" << 400 << "Cannot merge a contact with itself";
    QTest::addRow("with itself by its UUID")
        << "self uuid" << 400 << "Cannot merge a contact with itself";
    QTest::addRow("nothing to merge") << "none" << 400 << "No contacts to merge";
    QTest::addRow("unknown contact") << "unknown" << 404 << "Contact not found";
    QTest::addRow("another organization's contact") << "other org" << 404 << "Contact not found";
    QTest::addRow("unknown field") << "field" << 400 << "Unknown field";
    QTest::addRow("pick of a contact not merged")
        << "pick" << 400 << "Pick of a contact not merged";
    QTest::addRow("too many") << "many" << 400 << "Too many contacts to merge";
    QTest::addRow("tags past the limit") << "tags" << 400 << ApiMessages::invalidTags;
}

void TestDuplicates::badMergeWritesNothing()
{
    QFETCH(QString, case_);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString keep = create("+971501230001", "Ana");
    const QString other = create("+971501230002", "Ana M.");
    const QString stranger = create("+971501230003", "Omar");
    DuplicateMerge::Request request{keep, {other}, {}};
    if (case_ == u"self") {
        request.others.append(keep);
    } else if (case_ == u"self uuid") {
        request.others = QStringList{keep.mid(QStringLiteral("contact_").size())};
    } else if (case_ == u"none") {
        request.others.clear();
    } else if (case_ == u"unknown") {
        request.others.append("contact_" + QUuid::createUuid().toString(QUuid::WithoutBraces));
    } else if (case_ == u"other org") {
        auto org = m_db->db().addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
        VERIFY_OK(org);
        auto theirs = ContactStore(m_db->db(), *org)
                          .create(NewContact().setPhone("+971501239999"), ContactSource::Manual);
        VERIFY_OK(theirs);
        request.others.append(theirs->id);
    } else if (case_ == u"field") {
        request.picks.insert("phone", other);
    } else if (case_ == u"pick") {
        request.picks.insert("name", stranger);
    } else if (case_ == u"many") {
        for (int i = 0; i < DuplicateMerge::maxOthers; ++i)
            request.others.append(stranger);
    } else if (case_ == u"tags") {
        QStringList many;
        QStringList more;
        for (int i = 0; i < 60; ++i) {
            many.append(QStringLiteral("a%1").arg(i));
            more.append(QStringLiteral("b%1").arg(i));
        }
        VERIFY_OK(m_db->store().update(keep, ContactChanges().setTags(many)));
        VERIFY_OK(m_db->store().update(other, ContactChanges().setTags(more)));
    }
    const Contact keepBefore = stored(keep);
    const Contact otherBefore = stored(other);
    const qint64 operationsBefore = lastOperationId();
    auto refused = DuplicateMerge(m_db->db(), m_db->db().defaultOrganization()).merge(request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().status, status);
    QCOMPARE(refused.error().message, message);
    QVERIFY(!refused.error().detail.isEmpty() || status == 400);
    QCOMPARE(lastOperationId(), operationsBefore);
    QCOMPARE(stored(keep), keepBefore);
    QCOMPARE(stored(other), otherBefore);
}

QTEST_GUILESS_MAIN(TestDuplicates)
#include "tst_duplicates.moc"
