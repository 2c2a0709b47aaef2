// ContactBatchEdit: each operation changes exactly the contacts it reports, journals each of
// them, keeps tag counts, search and the organization's size right, and its inverse (undo)
// brings back the state before it. Expected states are computed here from the contacts as
// read before the edit.

#include "ContactBatchEdit.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "FieldRules.h"
#include "TagIndex.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

#include <functional>
#include <memory>

Q_DECLARE_METATYPE(TagKind)

namespace {

// The state an edit may change, without the edit's own timestamp.
Contact withoutUpdatedAt(Contact contact)
{
    contact.updatedAt = {};
    return contact;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList idsAt(const QList<Contact>& contacts, const QList<int>& indexes)
{
    QStringList ids;
    for (const int i : indexes)
        ids.append(contacts.at(i).id);
    return ids;
}

// The count of `tag` (in any spelling) among `counts`, 0 when it is not there.
qint64 countOf(const QList<TagCount>& counts, const QString& tag)
{
    for (const TagCount& c : counts) {
        if (TagIndex::key(c.name) == TagIndex::key(tag))
            return c.count;
    }
    return 0;
}

// Every edit changes the contacts at `changed` as `change` says, with a later updatedAt,
// and leaves the others exactly as they were.
void compareEdited(const QList<Contact>& before, const QList<Contact>& after,
                   const QList<int>& changed, const std::function<void(Contact&)>& change)
{
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        Contact expected = before.at(i);
        if (changed.contains(int(i))) {
            change(expected);
            QVERIFY(after.at(i).updatedAt > before.at(i).updatedAt);
            QCOMPARE(withoutUpdatedAt(after.at(i)), withoutUpdatedAt(expected));
        } else {
            QCOMPARE(after.at(i), expected);
        }
    }
}

} // namespace

class TestContactBatchEdit : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addTag_data();
    void addTag();
    void removeTag_data();
    void removeTag();
    void setFlags_data();
    void setFlags();
    void invalidTagWritesNothing_data();
    void invalidTagWritesNothing();
    void unknownAndRepeatedIds();
    void removeAndRestore();
    void restoreConflictWritesNothing();
    void hundredThousandIds();

private:
    /// A tag edit of a data row (kind, tag, targets, changed) on fresh contacts, with what
    /// was there before it.
    struct TagEdit {
        TagKind kind;
        QString tag;
        QList<Contact> before;
        QList<TagCount> countsBefore;
        qint64 journalBefore = 0;
        QStringList expectedIds; ///< the ids of the contacts the row says change
        ApiResult<QStringList> result;
    };
    /// Runs addTag (or removeTag) as the current data row says.
    TagEdit runTagEdit(bool adding);
    ContactStore store() { return m_db->store(); }
    ContactBatchEdit edit() { return ContactBatchEdit(m_db->db()); }
    /// Four contacts with known tags and labels; returns them as stored.
    QList<Contact> createContacts();
    QList<Contact> reread(const QList<Contact>& contacts);
    QList<TagCount> counts(TagKind kind);
    qint64 journalSize();
    QList<JournalEntry> journalAfter(qint64 sequence);

    std::unique_ptr<TestDatabase> m_db;
};

void TestContactBatchEdit::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestContactBatchEdit::cleanup()
{
    m_db.reset();
}

TestContactBatchEdit::TagEdit TestContactBatchEdit::runTagEdit(bool adding)
{
    QFETCH(TagKind, kind);
    QFETCH(QString, tag);
    QFETCH(QList<int>, targets);
    QFETCH(QList<int>, changed);

    TagEdit run{kind, tag, createContacts(), counts(kind), journalSize(), {}, QStringList()};
    run.expectedIds = idsAt(run.before, changed);
    const QStringList ids = idsAt(run.before, targets);
    run.result = adding ? edit().addTag(ids, tag, kind) : edit().removeTag(ids, tag, kind);
    [&] {
        VERIFY_OK(run.result);
        QCOMPARE(*run.result, run.expectedIds);
    }();
    return run;
}

QList<Contact> TestContactBatchEdit::createContacts()
{
    const QList<QPair<QStringList, QStringList>> tags = {
        {{"VIP", "lead"}, {"Dubai"}},
        {{"vip"}, {}},
        {{"lead"}, {"Dubai", "Riyadh"}},
        {{}, {}},
    };
    const QStringList phones = {"+971501234567", "+971502345678", "+447911123456", "+14155552671"};
    const QStringList names = {"Ahmed Khan", "Beth Jones", "Carl Smith", "Dana Ali"};
    QList<Contact> contacts;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        auto created = store().create(NewContact()
                                          .setPhone(phones.at(i))
                                          .setName(names.at(i))
                                          .setTags(tags.at(i).first)
                                          .setLabels(tags.at(i).second));
        if (!created)
            qFatal("%s", qPrintable(errorText(created.error())));
        contacts.append(*created);
    }
    QThread::msleep(2); // an edit's updatedAt differs from the creation's
    return contacts;
}

QList<Contact> TestContactBatchEdit::reread(const QList<Contact>& contacts)
{
    QList<Contact> out;
    for (const Contact& contact : contacts) {
        auto current = store().contact(contact.id);
        out.append(current ? *current : Contact{});
    }
    return out;
}

QList<TagCount> TestContactBatchEdit::counts(TagKind kind)
{
    auto counts = store().tagCounts(kind);
    return counts ? *counts : QList<TagCount>{{QStringLiteral("<error>"), -1}};
}

qint64 TestContactBatchEdit::journalSize()
{
    auto entries = store().journal(0, 1000000);
    return entries ? entries->size() : -1;
}

QList<JournalEntry> TestContactBatchEdit::journalAfter(qint64 sequence)
{
    auto entries = store().journal(sequence, 1000000);
    return entries ? *entries : QList<JournalEntry>{};
}

void TestContactBatchEdit::addTag_data()
{
    QTest::addColumn<TagKind>("kind");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<int>>("targets");
    QTest::addColumn<QList<int>>("changed");

    QTest::newRow("existing tag, other spelling")
        << TagKind::Tag << QStringLiteral(" Vip ") << QList<int>{0, 1, 2, 3} << QList<int>{2, 3};
    QTest::newRow("new tag") << TagKind::Tag << QStringLiteral("new") << QList<int>{1, 3}
                             << QList<int>{1, 3};
    QTest::newRow("all have it") << TagKind::Tag << QStringLiteral("LEAD") << QList<int>{0, 2}
                                 << QList<int>{};
    QTest::newRow("label") << TagKind::Label << QStringLiteral("Riyadh") << QList<int>{0, 2, 3}
                           << QList<int>{0, 3};
}

void TestContactBatchEdit::addTag()
{
    QFETCH(QList<int>, changed);
    const TagEdit run = runTagEdit(true);
    if (QTest::currentTestFailed())
        return;

    compareEdited(run.before, reread(run.before), changed, [&](Contact& expected) {
        (run.kind == TagKind::Tag ? expected.tags : expected.labels).append(run.tag.trimmed());
    });
    if (QTest::currentTestFailed())
        return;
    // One Update entry per changed contact, naming the field.
    const QList<JournalEntry> entries = journalAfter(run.journalBefore);
    QCOMPARE(entries.size(), changed.size());
    QStringList journaled;
    for (const JournalEntry& entry : entries) {
        QCOMPARE(entry.operation, JournalEntry::Operation::Update);
        QCOMPARE(entry.fields, QStringList{run.kind == TagKind::Tag ? QStringLiteral("tags")
                                                                    : QStringLiteral("labels")});
        journaled.append(entry.contactId);
    }
    QCOMPARE(sorted(journaled), sorted(run.expectedIds));
    // The count of the tag grew by the number changed; the tag filter finds them all.
    auto count = TagIndex(m_db->db(), m_db->db().defaultOrganization().rowId)
                     .contactCount(run.kind, run.tag);
    VERIFY_OK(count);
    const qint64 previous = countOf(run.countsBefore, run.tag);
    QCOMPARE(*count, previous + changed.size());
    ListQuery query;
    (run.kind == TagKind::Tag ? query.tags : query.labels) = {run.tag};
    QCOMPARE(store().count(query).value_or(-1), previous + changed.size());

    // Undo: removing it from exactly those ids brings back every field but updatedAt.
    const auto undone = edit().removeTag(*run.result, run.tag, run.kind);
    VERIFY_OK(undone);
    QCOMPARE(*undone, *run.result);
    const QList<Contact> restored = reread(run.before);
    for (qsizetype i = 0; i < run.before.size(); ++i)
        QCOMPARE(withoutUpdatedAt(restored.at(i)), withoutUpdatedAt(run.before.at(i)));
    QCOMPARE(counts(run.kind), run.countsBefore);
}

void TestContactBatchEdit::removeTag_data()
{
    QTest::addColumn<TagKind>("kind");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QList<int>>("targets");
    QTest::addColumn<QList<int>>("changed");

    QTest::newRow("any spelling") << TagKind::Tag << QStringLiteral("VIP") << QList<int>{0, 1, 2, 3}
                                  << QList<int>{0, 1};
    QTest::newRow("some targets") << TagKind::Tag << QStringLiteral("lead") << QList<int>{2, 3}
                                  << QList<int>{2};
    QTest::newRow("unknown tag") << TagKind::Tag << QStringLiteral("nobody") << QList<int>{0, 1}
                                 << QList<int>{};
    QTest::newRow("label") << TagKind::Label << QStringLiteral("dubai") << QList<int>{0, 1, 2}
                           << QList<int>{0, 2};
}

void TestContactBatchEdit::removeTag()
{
    QFETCH(QList<int>, changed);
    const TagEdit run = runTagEdit(false);
    if (QTest::currentTestFailed())
        return;

    compareEdited(run.before, reread(run.before), changed, [&](Contact& expected) {
        QStringList& list = run.kind == TagKind::Tag ? expected.tags : expected.labels;
        list.removeIf(
            [&run](const QString& t) { return TagIndex::key(t) == TagIndex::key(run.tag); });
    });
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(journalAfter(run.journalBefore).size(), changed.size());
    const qint64 previous = countOf(run.countsBefore, run.tag);
    ListQuery query;
    (run.kind == TagKind::Tag ? query.tags : query.labels) = {run.tag};
    QCOMPARE(store().count(query).value_or(-1), previous - changed.size());

    // Undo adds it back to those ids. A contact that had another spelling gets the one
    // given here: the spelling is the one thing an undo of a removal cannot know.
    if (run.result->isEmpty())
        return;
    VERIFY_OK(edit().addTag(*run.result, run.tag, run.kind));
    QList<TagCount> countsAfterUndo = counts(run.kind);
    QCOMPARE(countsAfterUndo.size(), run.countsBefore.size());
    for (qsizetype i = 0; i < run.countsBefore.size(); ++i)
        QCOMPARE(countsAfterUndo.at(i).count, run.countsBefore.at(i).count);
}

void TestContactBatchEdit::setFlags_data()
{
    QTest::addColumn<bool>("blockedFlag"); // true: setBlocked, false: setOptedIn
    QTest::addColumn<bool>("value");
    QTest::addColumn<QList<int>>("targets");
    QTest::addColumn<QList<int>>("changed");

    // Before: contact 1 is blocked, contact 2 opted in.
    QTest::newRow("block") << true << true << QList<int>{0, 1, 2} << QList<int>{0, 2};
    QTest::newRow("unblock") << true << false << QList<int>{0, 1} << QList<int>{1};
    QTest::newRow("opt in") << false << true << QList<int>{1, 2, 3} << QList<int>{1, 3};
    QTest::newRow("opt out") << false << false << QList<int>{0, 1, 2, 3} << QList<int>{2};
}

void TestContactBatchEdit::setFlags()
{
    QFETCH(bool, blockedFlag);
    QFETCH(bool, value);
    QFETCH(QList<int>, targets);
    QFETCH(QList<int>, changed);

    QList<Contact> created = createContacts();
    VERIFY_OK(store().update(created.at(1).id, ContactChanges().setBlocked(true)));
    VERIFY_OK(store().update(created.at(2).id, ContactChanges().setOptedIn(true)));
    const QList<Contact> before = reread(created);
    QThread::msleep(2);
    const qint64 journalBefore = journalSize();
    const QStringList ids = idsAt(before, targets);

    const auto result = blockedFlag ? edit().setBlocked(ids, value) : edit().setOptedIn(ids, value);
    VERIFY_OK(result);
    const QStringList expectedIds = idsAt(before, changed);
    QCOMPARE(*result, expectedIds);

    compareEdited(before, reread(before), changed, [&](Contact& expected) {
        (blockedFlag ? expected.isBlocked : expected.optedIn) = value;
    });
    if (QTest::currentTestFailed())
        return;
    const QList<JournalEntry> entries = journalAfter(journalBefore);
    QCOMPARE(entries.size(), changed.size());
    for (const JournalEntry& entry : entries)
        QCOMPARE(entry.fields, QStringList{blockedFlag ? "isBlocked" : "optedIn"});

    // Undo: the opposite value on the ids that changed.
    const auto undone =
        blockedFlag ? edit().setBlocked(*result, !value) : edit().setOptedIn(*result, !value);
    VERIFY_OK(undone);
    QCOMPARE(*undone, *result);
    const QList<Contact> restored = reread(before);
    for (qsizetype i = 0; i < before.size(); ++i)
        QCOMPARE(withoutUpdatedAt(restored.at(i)), withoutUpdatedAt(before.at(i)));
}

void TestContactBatchEdit::invalidTagWritesNothing_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<TagKind>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QString("  ") << TagKind::Tag << ApiMessages::invalidTags;
    QTest::newRow("too long") << QString(FieldRules::maxTagLength + 1, u'x') << TagKind::Label
                              << ApiMessages::invalidLabels;
}

void TestContactBatchEdit::invalidTagWritesNothing()
{
    QFETCH(QString, tag);
    QFETCH(TagKind, kind);
    QFETCH(QString, message);
    const QList<Contact> before = createContacts();
    const qint64 journalBefore = journalSize();
    const auto added = edit().addTag({before.at(0).id, before.at(3).id}, tag, kind);
    QVERIFY(!added);
    QCOMPARE(added.error().status, 400);
    QCOMPARE(added.error().message, message);
    QCOMPARE(reread(before), before);
    QCOMPARE(journalSize(), journalBefore);
}

void TestContactBatchEdit::unknownAndRepeatedIds()
{
    const QList<Contact> before = createContacts();
    const QString bareUuid = before.at(3).id.mid(QStringLiteral("contact_").size()).toUpper();
    const auto added = edit().addTag(
        {before.at(3).id, QStringLiteral("contact_nonsense"), before.at(3).id, bareUuid,
         QStringLiteral("contact_00000000-0000-4000-8000-000000000000"), before.at(1).id},
        QStringLiteral("new"), TagKind::Tag);
    VERIFY_OK(added);
    QCOMPARE(*added, (QStringList{before.at(3).id, before.at(1).id}));
    QCOMPARE(TagIndex(m_db->db(), m_db->db().defaultOrganization().rowId)
                 .contactCount(TagKind::Tag, QStringLiteral("new"))
                 .value_or(-1),
             2);
    const auto none = edit().setBlocked({}, true);
    VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

void TestContactBatchEdit::removeAndRestore()
{
    QList<Contact> created = createContacts();
    VERIFY_OK(store().update(created.at(2).id, ContactChanges().setBlocked(true).setOptedIn(true)));
    const QList<Contact> before = reread(created);
    const QList<TagCount> tagsBefore = counts(TagKind::Tag);
    const QList<TagCount> labelsBefore = counts(TagKind::Label);
    const qint64 journalBefore = journalSize();

    const auto removed = edit().remove({before.at(0).id, before.at(2).id});
    VERIFY_OK(removed);
    QCOMPARE(*removed, (QList<Contact>{before.at(0), before.at(2)}));
    QCOMPARE(store().count(ListQuery{}).value_or(-1), 2);
    QCOMPARE(store().contact(before.at(0).id).error().status, 404);
    ListQuery search;
    search.search = QStringLiteral("Carl");
    QCOMPARE(store().count(search).value_or(-1), 0);
    // Counts: VIP 2 -> 1, lead 2 -> 0 (gone from the list), Dubai 2 -> 0, Riyadh 1 -> 0.
    QCOMPARE(counts(TagKind::Tag), (QList<TagCount>{{"VIP", 1}}));
    QCOMPARE(counts(TagKind::Label), QList<TagCount>{});
    const QList<JournalEntry> deletes = journalAfter(journalBefore);
    QCOMPARE(deletes.size(), 2);
    for (const JournalEntry& entry : deletes)
        QCOMPARE(entry.operation, JournalEntry::Operation::Delete);
    QSqlQuery tombstones(m_db->db().connection());
    QVERIFY(tombstones.exec("SELECT count(*) FROM deleted_contacts") && tombstones.next());
    QCOMPARE(tombstones.value(0).toInt(), 2);
    tombstones.finish();
    // The phone is free again, as after a single delete.
    const qint64 journalAfterRemove = journalSize();

    const auto restored = edit().restore(*removed);
    VERIFY_OK(restored);
    const QList<Contact> after = reread(before);
    for (qsizetype i = 0; i < before.size(); ++i) {
        Contact expected = before.at(i);
        expected.rowId = after.at(i).rowId; // the local key may be new; nothing else is
        QCOMPARE(after.at(i), expected);
    }
    QCOMPARE(restored->size(), 2);
    QCOMPARE(restored->at(0).id, before.at(0).id);
    QCOMPARE(restored->at(0).rowId, after.at(0).rowId);
    QCOMPARE(counts(TagKind::Tag), tagsBefore);
    QCOMPARE(counts(TagKind::Label), labelsBefore);
    QCOMPARE(store().count(ListQuery{}).value_or(-1), 4);
    QCOMPARE(store().count(search).value_or(-1), 1);
    QVERIFY(tombstones.exec("SELECT count(*) FROM deleted_contacts") && tombstones.next());
    QCOMPARE(tombstones.value(0).toInt(), 0);
    tombstones.finish();
    const QList<JournalEntry> creates = journalAfter(journalAfterRemove);
    QCOMPARE(creates.size(), 2);
    QCOMPARE(creates.at(1).operation, JournalEntry::Operation::Create);
    QCOMPARE(creates.at(1).contactId, before.at(2).id);
    QVERIFY(creates.at(1).fields.contains(QStringLiteral("isBlocked")));
    // The organization's size, which unfiltered counts read, is right again.
    QSqlQuery size(m_db->db().connection());
    QVERIFY(size.exec("SELECT contact_count FROM organizations") && size.next());
    QCOMPARE(size.value(0).toInt(), 4);
}

void TestContactBatchEdit::restoreConflictWritesNothing()
{
    const QList<Contact> created = createContacts();
    const auto removed = edit().remove({created.at(0).id, created.at(1).id});
    VERIFY_OK(removed);
    // Someone takes the second contact's phone meanwhile.
    VERIFY_OK(store().create(NewContact().setPhone(created.at(1).phone)));
    const qint64 journalBefore = journalSize();
    const auto restored = edit().restore(*removed);
    QVERIFY(!restored);
    QCOMPARE(restored.error().status, 409);
    QCOMPARE(store().contact(created.at(0).id).error().status, 404);
    QCOMPARE(journalSize(), journalBefore);
    QCOMPARE(store().count(ListQuery{}).value_or(-1), 3);

    // Restoring a contact that is back already is refused too.
    const auto once = edit().restore({removed->at(0)});
    VERIFY_OK(once);
    const auto twice = edit().restore({removed->at(0)});
    QVERIFY(!twice);
    QCOMPARE(twice.error().status, 409);
}

void TestContactBatchEdit::hundredThousandIds()
{
    // 100,000 contacts written straight through the bulk path, with short bodies.
    const int count = 100000;
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{"userNumber", QStringLiteral("+97150%1").arg(1000000 + i)}});
    auto bulk = store().bulk(ContactBodies::newContacts(items), ContactSource::Import, count);
    VERIFY_OK(bulk);
    QCOMPARE(bulk->imported, count);
    QStringList ids;
    ids.reserve(count);
    for (const BulkResult::Created& created : bulk->contacts)
        ids.append(created.id);

    const auto added = edit().addTag(ids, QStringLiteral("campaign"), TagKind::Tag);
    VERIFY_OK(added);
    QCOMPARE(added->size(), count);
    ListQuery query;
    query.tags = {QStringLiteral("campaign")};
    QCOMPARE(store().count(query).value_or(-1), count);
    // (setBlocked and removeTag share addTag's statements; bench_model times them at 1M.)
    const auto deleted = edit().remove(ids.mid(0, count / 2));
    VERIFY_OK(deleted);
    QCOMPARE(deleted->size(), count / 2);
    QCOMPARE(store().count(ListQuery{}).value_or(-1), count / 2);
    const auto back = edit().restore(*deleted);
    VERIFY_OK(back);
    QCOMPARE(store().count(ListQuery{}).value_or(-1), count);
}

QTEST_GUILESS_MAIN(TestContactBatchEdit)
#include "tst_contactbatchedit.moc"
