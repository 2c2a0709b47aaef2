// ContactStore::list / count / tagCounts against contacts-api.md: paging, the four sort orders,
// search (scan path for short terms, full-text path for longer ones), the extension filters
// and the tag sidebar. Expected results are computed here, independently of the store: a
// naive filter and sort over every contact, read back one by one with ContactStore::contact.

#include "ContactBodies.h"
#include "ContactListing.h"
#include "ContactStore.h"
#include "ListQueryReader.h"
#include "TestDatabase.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <memory>

Q_DECLARE_METATYPE(SortField)
Q_DECLARE_METATYPE(SortOrder)

namespace {

// Deliberately not TextFold: canonical decomposition, every non-spacing mark dropped, Unicode
// case folding. The test data keep to letters whose only marks are Latin accents and Arabic
// vowel marks, where this and the spec's folding agree.
QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString kept;
    for (const char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) != QChar::Mark_NonSpacing)
            kept.append(QString::fromUcs4(&c, 1));
    }
    return kept.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString digitsOf(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

QString errorText(const ApiError& error)
{
    return QStringLiteral("%1 %2 (%3)").arg(error.status).arg(error.message, error.detail);
}

// A contact with what the naive filter and sort need, computed once.
struct Row {
    Contact contact;
    std::optional<QString> foldedName;
    std::optional<QString> foldedEmail;
    QString phoneDigits;
    std::optional<QByteArray> nameKey; // UTF-8 bytes compare in code point order
};

Row rowOf(const Contact& contact)
{
    Row row{contact, {}, {}, digitsOf(contact.phone), {}};
    if (contact.name) {
        row.foldedName = fold(*contact.name);
        row.nameKey = row.foldedName->toUtf8();
    }
    if (contact.email)
        row.foldedEmail = fold(*contact.email);
    return row;
}

// How a contact is named in the expectations of a _data table.
QString keyOf(const Contact& contact)
{
    if (contact.name)
        return *contact.name;
    if (contact.email)
        return *contact.email;
    return contact.phone;
}

bool containsTag(const QStringList& have, const QString& wanted)
{
    return std::any_of(have.begin(), have.end(), [&](const QString& tag) {
        return tag.toCaseFolded() == wanted.toCaseFolded();
    });
}

struct NaiveSearch {
    QString term;   // folded
    QString digits; // empty when the term has fewer than 3 digits

    explicit NaiveSearch(const QString& search)
    {
        term = fold(search.trimmed());
        digits = digitsOf(search);
        if (digits.size() < 3)
            digits.clear();
    }

    bool matches(const Row& row) const
    {
        if (term.isEmpty())
            return true;
        if (row.foldedName && row.foldedName->contains(term))
            return true;
        if (row.foldedEmail && row.foldedEmail->contains(term))
            return true;
        return !digits.isEmpty() && row.phoneDigits.contains(digits);
    }
};

bool matchesQuery(const Row& row, const ListQuery& query, const NaiveSearch& search)
{
    const Contact& c = row.contact;
    if (!search.matches(row))
        return false;
    for (const QString& tag : query.tags) {
        if (!containsTag(c.tags, tag))
            return false;
    }
    for (const QString& label : query.labels) {
        if (!containsTag(c.labels, label))
            return false;
    }
    if (query.optedIn && c.optedIn != *query.optedIn)
        return false;
    if (query.isBlocked && c.isBlocked != *query.isBlocked)
        return false;
    if (query.updatedSince && c.updatedAt < *query.updatedSince)
        return false;
    return true;
}

// Nulls last in both directions; equal keys (nulls among themselves too) by id, in the
// direction of the sort order.
bool sortsBefore(const Row& a, const Row& b, SortField field, SortOrder order)
{
    int cmp = 0;
    bool aNull = false;
    bool bNull = false;
    switch (field) {
    case SortField::CreatedAt:
        cmp = a.contact.createdAt < b.contact.createdAt   ? -1
              : b.contact.createdAt < a.contact.createdAt ? 1
                                                          : 0;
        break;
    case SortField::UpdatedAt:
        cmp = a.contact.updatedAt < b.contact.updatedAt   ? -1
              : b.contact.updatedAt < a.contact.updatedAt ? 1
                                                          : 0;
        break;
    case SortField::LastMessageAt:
        aNull = !a.contact.lastMessageAt;
        bNull = !b.contact.lastMessageAt;
        if (!aNull && !bNull) {
            cmp = *a.contact.lastMessageAt < *b.contact.lastMessageAt   ? -1
                  : *b.contact.lastMessageAt < *a.contact.lastMessageAt ? 1
                                                                        : 0;
        }
        break;
    case SortField::Name:
        aNull = !a.nameKey;
        bNull = !b.nameKey;
        if (!aNull && !bNull)
            cmp = a.nameKey->compare(*b.nameKey);
        break;
    }
    if (aNull != bNull)
        return bNull;
    if (cmp == 0)
        cmp = a.contact.id.compare(b.contact.id);
    return order == SortOrder::Ascending ? cmp < 0 : cmp > 0;
}

QList<const Row*> expectedRows(const QList<Row>& rows, const ListQuery& query)
{
    const NaiveSearch search(query.search);
    QList<const Row*> hits;
    for (const Row& row : rows) {
        if (matchesQuery(row, query, search))
            hits.append(&row);
    }
    std::sort(hits.begin(), hits.end(), [&](const Row* a, const Row* b) {
        return sortsBefore(*a, *b, query.sortBy, query.sortOrder);
    });
    return hits;
}

QStringList idsOf(const QList<const Row*>& rows)
{
    QStringList ids;
    for (const Row* row : rows)
        ids.append(row->contact.id);
    return ids;
}

QStringList idsOf(const QList<Contact>& contacts)
{
    QStringList ids;
    for (const Contact& contact : contacts)
        ids.append(contact.id);
    return ids;
}

QStringList sortedKeys(const QList<Contact>& contacts)
{
    QStringList keys;
    for (const Contact& contact : contacts)
        keys.append(keyOf(contact));
    keys.sort();
    return keys;
}

// Unique, valid UAE mobile numbers (50 followed by 7 digits).
QString phoneFor(int i)
{
    return QStringLiteral("+97150") + QString::number(1000000 + i * 37).rightJustified(7, u'0');
}

QJsonObject item(const QString& phone, const std::optional<QString>& name,
                 const std::optional<QString>& email = {}, const QStringList& tags = {},
                 const QStringList& labels = {})
{
    QJsonObject object{{"userNumber", phone}};
    if (name)
        object.insert("userName", *name);
    if (email)
        object.insert("email", *email);
    if (!tags.isEmpty())
        object.insert("tags", QJsonArray::fromStringList(tags));
    if (!labels.isEmpty())
        object.insert("labels", QJsonArray::fromStringList(labels));
    return object;
}

ListQuery sorted(SortField field, SortOrder order, int limit)
{
    ListQuery query;
    query.sortBy = field;
    query.sortOrder = order;
    query.limit = limit;
    return query;
}

const char* orderName(SortOrder order)
{
    return order == SortOrder::Ascending ? "asc" : "desc";
}

} // namespace

class TestContactList : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabase();
    void pagingEdges_data();
    void pagingEdges();
    void walkEveryOrder_data();
    void walkEveryOrder();
    void nameOrder_data();
    void nameOrder();
    void lastMessageAtOrdersById_data();
    void lastMessageAtOrdersById();
    void createdAtTiesById_data();
    void createdAtTiesById();
    void updatedAtFollowsChanges();

    void searchKnown_data();
    void searchKnown();
    void searchAgreesWithNaive_data();
    void searchAgreesWithNaive();
    void searchMetacharacters_data();
    void searchMetacharacters();
    void searchWhitespaceMatchesAll_data();
    void searchWhitespaceMatchesAll();
    void searchWithSortAndPaging_data();
    void searchWithSortAndPaging();

    void listingWindowsAgreeWithNaive_data();
    void listingWindowsAgreeWithNaive();

    void listFollowsWrites();

    void filters_data();
    void filters();
    void updatedSinceIsInclusive();
    void otherOrganizationIsInvisible();

    void tagCountsFollowWrites();
    void tagsAndLabelsCountedApart();

    void largeDatabase();

private:
    ContactStore store() { return m_t->store(); }
    QStringList tagCounts(TagKind kind);
    void bulkAdd(const QJsonArray& items);
    /// `count` contacts named by `name` (with `%1` their number), in one bulk call.
    void bulkAddNamed(int count, const QString& name);
    /// The rows of a test that runs in each direction: column `sortOrder`.
    static void addSortOrderRows();
    void create(const NewContact& draft);
    void reload();
    void walk(ListQuery query, QList<Contact>* listed, qint64* total);
    void checkAgainstNaive(const ListQuery& query);
    void checkSearch(const QString& search, const QStringList& expectedKeys);
    QString describe(const QStringList& ids) const;

    void seedVaried(int count, quint32 seed);
    void seedMixed();
    void seedMetacharacters();
    void seedFilters();

    std::unique_ptr<TestDatabase> m_t;
    QList<Row> m_rows; // every contact of the test, as ContactStore::contact returns it
};

void TestContactList::init()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorString()));
    m_rows.clear();
}

void TestContactList::cleanup()
{
    m_rows.clear();
    m_t.reset();
}

// --- fixture helpers ---------------------------------------------------------------------

void TestContactList::bulkAddNamed(int count, const QString& name)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(item(phoneFor(i), name.arg(i)));
    bulkAdd(items);
}

void TestContactList::addSortOrderRows()
{
    QTest::addColumn<SortOrder>("sortOrder");
    QTest::newRow("asc") << SortOrder::Ascending;
    QTest::newRow("desc") << SortOrder::Descending;
}

void TestContactList::bulkAdd(const QJsonArray& items)
{
    const auto result = store().bulk(ContactBodies::newContacts(items));
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : errorText(result.error())));
    if (!result->errors.isEmpty()) {
        const auto& error = result->errors.first();
        QFAIL(qPrintable(QStringLiteral("bulk item %1 (%2) skipped: %3")
                             .arg(error.index)
                             .arg(error.phone.value_or(QStringLiteral("null")), error.error)));
    }
    QCOMPARE(result->imported, items.size());
    for (const auto& created : result->contacts) {
        const auto contact = store().contact(created.id);
        QVERIFY2(contact.has_value(), qPrintable(contact ? QString() : errorText(contact.error())));
        m_rows.append(rowOf(*contact));
    }
}

void TestContactList::create(const NewContact& draft)
{
    const auto contact = store().create(draft);
    QVERIFY2(contact.has_value(), qPrintable(contact ? QString() : errorText(contact.error())));
    m_rows.append(rowOf(*contact));
}

// After updates, read every contact again so that the naive side sees what the store holds.
void TestContactList::reload()
{
    for (Row& row : m_rows) {
        const auto contact = store().contact(row.contact.id);
        QVERIFY2(contact.has_value(), qPrintable(contact ? QString() : errorText(contact.error())));
        row = rowOf(*contact);
    }
}

// Every page of `query` in turn, checking what each page promises on its own: the same total,
// the size that total implies, hasNext == page * limit < total, and count() agreeing.
void TestContactList::walk(ListQuery query, QList<Contact>* listed, qint64* total)
{
    listed->clear();
    *total = -1;
    for (int page = 1;; ++page) {
        query.page = page;
        const auto result = store().list(query);
        QVERIFY2(result.has_value(),
                 qPrintable(QStringLiteral("page %1: %2")
                                .arg(page)
                                .arg(result ? QString() : errorText(result.error()))));
        if (page == 1)
            *total = result->total;
        QCOMPARE(result->total, *total);
        QCOMPARE(result->page, page);
        QCOMPARE(result->limit, query.limit);
        const qint64 offset = qint64(page - 1) * query.limit;
        QCOMPARE(qint64(result->contacts.size()),
                 std::clamp<qint64>(*total - offset, 0, query.limit));
        QCOMPARE(result->hasNext, qint64(page) * query.limit < *total);
        listed->append(result->contacts);
        if (!result->hasNext)
            break;
        QVERIFY2(page <= *total / query.limit, "hasNext stays true past the last page");
    }
    const auto counted = store().count(query);
    QVERIFY2(counted.has_value(), qPrintable(counted ? QString() : errorText(counted.error())));
    QCOMPARE(*counted, *total);
}

QString TestContactList::describe(const QStringList& ids) const
{
    QHash<QString, const Row*> byId;
    for (const Row& row : m_rows)
        byId.insert(row.contact.id, &row);
    QStringList parts;
    for (const QString& id : ids) {
        const Row* row = byId.value(id);
        parts.append(row ? QStringLiteral("%1 [%2 %3]")
                               .arg(keyOf(row->contact), id.right(8),
                                    row->contact.createdAt.toString(Qt::ISODateWithMs))
                         : QStringLiteral("unknown %1").arg(id));
    }
    return parts.join(QStringLiteral(", "));
}

// All pages of `query` equal the naive filter and sort, with nothing lost or repeated.
void TestContactList::checkAgainstNaive(const ListQuery& query)
{
    QList<Contact> listed;
    qint64 total = 0;
    walk(query, &listed, &total);
    if (QTest::currentTestFailed())
        return;

    const QList<const Row*> expected = expectedRows(m_rows, query);
    const QStringList expectedIds = idsOf(expected);
    const QStringList actualIds = idsOf(listed);
    QCOMPARE(total, qint64(expected.size()));
    QVERIFY2(QSet<QString>(actualIds.begin(), actualIds.end()).size() == actualIds.size(),
             "a contact is listed twice");
    if (actualIds != expectedIds) {
        qsizetype at = 0;
        while (at < actualIds.size() && at < expectedIds.size() &&
               actualIds.at(at) == expectedIds.at(at))
            ++at;
        QFAIL(
            qPrintable(QStringLiteral("search '%1' sortBy %2 %3: order differs at %4\n"
                                      "  actual:   %5\n  expected: %6")
                           .arg(query.search, ListQueryReader::sortFieldName(query.sortBy),
                                QLatin1String(orderName(query.sortOrder)))
                           .arg(at)
                           .arg(describe(actualIds.mid(at, 5)), describe(expectedIds.mid(at, 5)))));
    }
    // The listed items are the contacts they claim to be.
    for (qsizetype i = 0; i < listed.size(); ++i) {
        QCOMPARE(listed.at(i).name, expected.at(i)->contact.name);
        QCOMPARE(listed.at(i).phone, expected.at(i)->contact.phone);
        QCOMPARE(listed.at(i).email, expected.at(i)->contact.email);
    }
}

// A search through the API's own parsing, checked against the hand-written expectation and
// against the naive filter.
void TestContactList::checkSearch(const QString& search, const QStringList& expectedKeys)
{
    QUrlQuery url;
    url.addQueryItem(QStringLiteral("search"), QString::fromUtf8(QUrl::toPercentEncoding(search)));
    url.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const auto query = ListQueryReader::read(url);
    QVERIFY2(query.has_value(), qPrintable(query ? QString() : errorText(query.error())));

    QList<Contact> listed;
    qint64 total = 0;
    walk(*query, &listed, &total);
    if (QTest::currentTestFailed())
        return;
    QStringList expected = expectedKeys;
    expected.sort();
    const QStringList actual = sortedKeys(listed);
    QVERIFY2(actual == expected,
             qPrintable(QStringLiteral("search '%1'\n  found:    %2\n  expected: %3")
                            .arg(search, actual.join(QStringLiteral(" | ")),
                                 expected.join(QStringLiteral(" | ")))));

    QList<Contact> naive;
    for (const Row* row : expectedRows(m_rows, *query))
        naive.append(row->contact);
    QCOMPARE(sortedKeys(naive), expected); // guards the naive filter itself
    checkAgainstNaive(*query);
}

// "name count" per tag, most used first, or the error.
QStringList TestContactList::tagCounts(TagKind kind)
{
    const auto counts = store().tagCounts(kind);
    if (!counts)
        return {QStringLiteral("error: ") + errorText(counts.error())};
    QStringList shown;
    for (const TagCount& tag : *counts)
        shown.append(QStringLiteral("%1 %2").arg(tag.name).arg(tag.count));
    return shown;
}

// --- seeds -------------------------------------------------------------------------------

// Names mixing case variants, Latin accents, Arabic, CJK and emoji; a quarter without name.
void TestContactList::seedVaried(int count, quint32 seed)
{
    static const QStringList firstNames = {
        "Ahmed",  "ahmed", "AHMED",    "Émile", "emile", "ÉMILE", "Zoë",   "zoe",  "Sarah", "Omar",
        "Fatima", "José",  "François", "Björk", "Chloé", "Renée", "Lucía", "Mia",  "Noah",  "Ünal",
        "محمد",   "علي",   "فاطمة",    "خالد",  "يوسف",  "王",    "李",    "小明", "🚀",     "🎉"};
    static const QStringList lastNames = {"Hassan", "Johnson", "Zola",   "Saldaña",     "Müller",
                                          "García", "Dupont",  "Smith",  "O'Brien",     "حسن",
                                          "محمد",   "明",      "Rocket", "under_score", "50% off"};
    static const QStringList locals = {"ahmed", "emile", "zoe", "sarah", "omar", "info", "a.b"};
    static const QStringList domains = {"example.com", "mail.test", "corp.ae"};
    static const QStringList tagPool = {"vip", "VIP", "lead", "new", "returning"};
    static const QStringList labelPool = {"premium", "gold", "Premium"};

    QRandomGenerator random(seed);
    const auto pick = [&](const QStringList& list) {
        return list.at(random.bounded(int(list.size())));
    };
    const int base = int(m_rows.size());
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        std::optional<QString> name;
        switch (random.bounded(4)) {
        case 0:
            break;
        case 1:
            name = pick(firstNames);
            break;
        default:
            name = pick(firstNames) + u' ' + pick(lastNames);
        }
        std::optional<QString> email;
        if (random.bounded(2))
            email = QStringLiteral("%1.%2@%3").arg(pick(locals)).arg(base + i).arg(pick(domains));
        QStringList tags;
        for (const QString& tag : tagPool) {
            if (random.bounded(5) == 0)
                tags.append(tag);
        }
        QStringList labels;
        for (const QString& label : labelPool) {
            if (random.bounded(7) == 0)
                labels.append(label);
        }
        items.append(item(phoneFor(base + i), name, email, tags, labels));
        if (items.size() == ContactStore::maxBulkItems) {
            bulkAdd(items);
            if (QTest::currentTestFailed())
                return;
            items = {};
        }
    }
    if (!items.isEmpty())
        bulkAdd(items);
    if (QTest::currentTestFailed())
        return;

    // Some later writes, so that updated_at differs from created_at and filters have work.
    for (int i = 0; i < m_rows.size(); i += 9) {
        const auto updated =
            store().update(m_rows.at(i).contact.id, ContactChanges().setOptedIn(true));
        QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    }
    for (int i = 0; i < m_rows.size(); i += 13) {
        const auto updated =
            store().update(m_rows.at(i).contact.id, ContactChanges().setBlocked(true));
        QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    }
    reload();
    if (QTest::currentTestFailed())
        return;
    // A few created on their own, a little later, so created_at is not one instant.
    const int next = int(m_rows.size());
    for (int i = 0; i < 6; ++i) {
        QThread::msleep(2);
        create(NewContact()
                   .setPhone(phoneFor(next + i))
                   .setName(i % 2 ? std::optional<QString>() : pick(firstNames)));
        if (QTest::currentTestFailed())
            return;
    }
}

const QStringList mixedKeys = {"Ahmed Hassan",
                               "ahmed ali",
                               "AHMED",
                               "Émile Zola",
                               "emile",
                               "Zoë Saldaña",
                               "Zoe",
                               "محمد علي",
                               "فاطمة",
                               "خالد محمد",
                               "王小明",
                               "李雷",
                               "Rocket 🚀 Man",
                               "🚀",
                               "Party 🎉",
                               "Sarah Johnson",
                               "noname@example.com",
                               "+971552000016",
                               "José Núñez",
                               "François",
                               "Oliver Twist",
                               "Björk",
                               "Go🚀Now"};

void TestContactList::seedMixed()
{
    const auto phone = [](int n) {
        return QStringLiteral("+9715520000") + QString::number(n).rightJustified(2, u'0');
    };
    QJsonArray items{
        item("+971501234567", "Ahmed Hassan", "ahmed@example.com", {"vip"}, {"premium"}),
        item(phone(1), "ahmed ali"),
        item(phone(2), "AHMED"),
        item(phone(3), "Émile Zola", "emile@example.fr"),
        item(phone(4), "emile"),
        item(phone(5), "Zoë Saldaña", "zoe@example.com"),
        item(phone(6), "Zoe"),
        item(phone(7), "محمد علي"),
        item(phone(8), "فاطمة", "fatima@example.ae"),
        item(phone(9), "خالد محمد"),
        item(phone(10), "王小明", "wang@example.cn"),
        item(phone(11), "李雷"),
        item(phone(12), "Rocket 🚀 Man"),
        item(phone(13), "🚀"),
        item(phone(14), "Party 🎉"),
        item("+14155557890", "Sarah Johnson"),
        item(phone(15), {}, "noname@example.com"),
        item(phone(16), {}),
        item(phone(17), "José Núñez", "jose@example.es"),
        item(phone(18), "François"),
        item("+447911123456", "Oliver Twist", "oliver@example.co.uk"),
        item(phone(19), "Björk"),
        item(phone(20), "Go🚀Now"),
    };
    bulkAdd(items);
}

const QStringList metacharacterNames = {
    "50% off",      "under_score",       "O'Brien",     "say \"hi\"",    "star*light",
    "this OR that", "NEAR(me)",          "back\\slash", "(paren)",       "key:value",
    "name:x",       "caret^up",          "dash-line",   "{name} braces", "a'b",
    "x OR y",       "empty \"\" quotes", "plain text",  "a*b",           "semi;colon",
    "50 percent"};

void TestContactList::seedMetacharacters()
{
    QJsonArray items;
    for (int i = 0; i < metacharacterNames.size(); ++i)
        items.append(item(phoneFor(i), metacharacterNames.at(i)));
    bulkAdd(items);
}

// Tags and labels with case variants; flags set through PATCH as the API does.
void TestContactList::seedFilters()
{
    QJsonArray items{
        item(phoneFor(1), "Alpha", {}, {"vip", "lead"}, {"premium"}),
        item(phoneFor(2), "Beta", {}, {"VIP"}, {"Premium", "gold"}),
        item(phoneFor(3), "Gamma", {}, {"lead"}),
        item(phoneFor(4), "Delta", {}, {}, {"gold"}),
        item(phoneFor(5), "Alphabet", {}, {"vip", "New Lead"}, {"premium"}),
        item(phoneFor(6), "Epsilon", {}, {"vip-plus"}),
        item(phoneFor(7), {}, {}, {"vip"}),
    };
    bulkAdd(items);
    if (QTest::currentTestFailed())
        return;
    const auto set = [&](int index, const ContactChanges& patch) {
        const auto updated = store().update(m_rows.at(index).contact.id, patch);
        QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    };
    set(0, ContactChanges().setOptedIn(true));
    set(1, ContactChanges().setBlocked(true));
    set(2, ContactChanges().setOptedIn(true).setBlocked(true));
    reload();
}

// --- paging ------------------------------------------------------------------------------

void TestContactList::emptyDatabase()
{
    for (const int page : {1, 2}) {
        ListQuery query;
        query.page = page;
        const auto result = store().list(query);
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : errorText(result.error())));
        QVERIFY(result->contacts.isEmpty());
        QCOMPARE(result->total, 0);
        QVERIFY(!result->hasNext);
    }
    ListQuery search;
    search.search = QStringLiteral("ahmed");
    const auto counted = store().count(search);
    QVERIFY(counted.has_value());
    QCOMPARE(*counted, 0);
    const auto tags = store().tagCounts(TagKind::Tag);
    QVERIFY(tags.has_value());
    QVERIFY(tags->isEmpty());
}

void TestContactList::pagingEdges_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("hasNext");

    // 23 contacts.
    QTest::newRow("first of five") << 1 << 5 << 5 << true;
    QTest::newRow("fourth of five") << 4 << 5 << 5 << true;
    QTest::newRow("last, partial") << 5 << 5 << 3 << false;
    QTest::newRow("just past the end") << 6 << 5 << 0 << false;
    QTest::newRow("far past the end") << 100 << 5 << 0 << false;
    QTest::newRow("limit equals total") << 1 << 23 << 23 << false;
    QTest::newRow("limit one short") << 1 << 22 << 22 << true;
    QTest::newRow("the one left over") << 2 << 22 << 1 << false;
    QTest::newRow("limit above total") << 1 << 100 << 23 << false;
    QTest::newRow("second page, limit above total") << 2 << 100 << 0 << false;
    QTest::newRow("limit 1, last") << 23 << 1 << 1 << false;
    QTest::newRow("limit 1, next to last") << 22 << 1 << 1 << true;
    // page * limit overflows an int here; the answer is still an empty last page.
    QTest::newRow("int max page") << 2147483647 << 100 << 0 << false;
    QTest::newRow("int max page, limit 1") << 2147483647 << 1 << 0 << false;
}

void TestContactList::pagingEdges()
{
    QFETCH(int, page);
    QFETCH(int, limit);
    QFETCH(int, size);
    QFETCH(bool, hasNext);

    bulkAddNamed(23, QStringLiteral("Contact %1"));
    if (QTest::currentTestFailed())
        return;

    ListQuery query;
    query.page = page;
    query.limit = limit;
    const auto result = store().list(query);
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : errorText(result.error())));
    QCOMPARE(result->total, 23);
    QCOMPARE(result->page, page);
    QCOMPARE(result->limit, limit);
    QCOMPARE(result->contacts.size(), size);
    QCOMPARE(result->hasNext, hasNext);

    // The page is the slice of the whole order (created_at desc, ties by id desc).
    const QStringList all = idsOf(expectedRows(m_rows, ListQuery()));
    const QStringList slice =
        query.offset() < all.size() ? all.mid(query.offset(), limit) : QStringList();
    QCOMPARE(idsOf(result->contacts), slice);
}

void TestContactList::walkEveryOrder_data()
{
    QTest::addColumn<SortField>("sortBy");
    QTest::addColumn<SortOrder>("sortOrder");
    QTest::addColumn<int>("limit");

    for (const SortField field :
         {SortField::CreatedAt, SortField::Name, SortField::LastMessageAt, SortField::UpdatedAt}) {
        for (const SortOrder order : {SortOrder::Ascending, SortOrder::Descending}) {
            for (const int limit : {7, 100}) {
                QTest::addRow("%s %s limit %d", qPrintable(ListQueryReader::sortFieldName(field)),
                              orderName(order), limit)
                    << field << order << limit;
            }
        }
    }
    QTest::newRow("name asc limit 1") << SortField::Name << SortOrder::Ascending << 1;
    QTest::newRow("name desc limit 1") << SortField::Name << SortOrder::Descending << 1;
}

// Every contact exactly once, in the independently computed order, whatever the page size;
// with names, pages cross from named contacts into the unnamed ones.
void TestContactList::walkEveryOrder()
{
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    QFETCH(int, limit);

    seedVaried(250, 1);
    if (QTest::currentTestFailed())
        return;

    if (sortBy == SortField::Name && limit > 1) {
        const auto named = std::count_if(m_rows.begin(), m_rows.end(),
                                         [](const Row& row) { return row.contact.name; });
        QVERIFY2(named > 0 && named < m_rows.size(), "the seed needs named and unnamed");
        QVERIFY2(named % limit != 0, "a page should hold both named and unnamed contacts");
    }
    checkAgainstNaive(sorted(sortBy, sortOrder, limit));
    if (QTest::currentTestFailed())
        return;

    QList<Contact> listed;
    qint64 total = 0;
    walk(sorted(sortBy, sortOrder, limit), &listed, &total);
    QCOMPARE(total, m_rows.size());
    QSet<QString> seen;
    for (const Contact& contact : listed)
        seen.insert(contact.id);
    for (const Row& row : m_rows)
        QVERIFY2(seen.contains(row.contact.id), qPrintable(describe({row.contact.id})));
}

void TestContactList::nameOrder_data()
{
    QTest::addColumn<SortOrder>("sortOrder");
    QTest::addColumn<QStringList>("folded"); // the names as they must come, folded; "" is null

    QTest::newRow("asc") << SortOrder::Ascending
                         << QStringList{"ahmed",      "ahmed", "bob", "emile", "emile",
                                        "emile zola", "zoe",   "zoe", "علي",   "محمد",
                                        "王",         "🚀",     "",    "",      ""};
    QTest::newRow("desc") << SortOrder::Descending
                          << QStringList{"🚀",     "王",         "محمد",  "علي",   "zoe",
                                         "zoe",   "emile zola", "emile", "emile", "bob",
                                         "ahmed", "ahmed",      "",      "",      ""};
}

// Name order folds case and Latin accents; equal names and the unnamed (always last) come in
// id order, in the direction of sortOrder.
void TestContactList::nameOrder()
{
    QFETCH(SortOrder, sortOrder);
    QFETCH(QStringList, folded);

    // Some through bulk (one instant), some on their own.
    bulkAdd(QJsonArray{item(phoneFor(1), "Zoë"), item(phoneFor(2), "ahmed"),
                       item(phoneFor(3), "Émile"), item(phoneFor(4), {}), item(phoneFor(5), "محمد"),
                       item(phoneFor(6), "🚀"), item(phoneFor(7), "ÉMILE ZOLA")});
    if (QTest::currentTestFailed())
        return;
    const QList<std::optional<QString>> singles = {"Ahmed", "emile", "zoe", "Bob",
                                                   {},      "علي",   "王",  {}};
    for (int i = 0; i < singles.size(); ++i) {
        create(NewContact().setPhone(phoneFor(10 + i)).setName(singles.at(i)));
        if (QTest::currentTestFailed())
            return;
    }

    QList<Contact> listed;
    qint64 total = 0;
    walk(sorted(SortField::Name, sortOrder, 4), &listed, &total);
    if (QTest::currentTestFailed())
        return;

    QStringList actual;
    for (const Contact& contact : listed)
        actual.append(contact.name ? fold(*contact.name) : QString());
    QCOMPARE(actual, folded);
    for (qsizetype i = 1; i < listed.size(); ++i) {
        if (actual.at(i) != actual.at(i - 1))
            continue;
        const int cmp = listed.at(i - 1).id.compare(listed.at(i).id);
        QVERIFY2(sortOrder == SortOrder::Ascending ? cmp < 0 : cmp > 0,
                 qPrintable(QStringLiteral("tie at %1 not in id order: %2")
                                .arg(i)
                                .arg(describe({listed.at(i - 1).id, listed.at(i).id}))));
    }
    checkAgainstNaive(sorted(SortField::Name, sortOrder, 4));
}

void TestContactList::lastMessageAtOrdersById_data()
{
    addSortOrderRows();
}

// No local contact has messages: every lastMessageAt is null, so the order is the ids'.
void TestContactList::lastMessageAtOrdersById()
{
    QFETCH(SortOrder, sortOrder);

    bulkAddNamed(40, QStringLiteral("Person %1"));
    if (QTest::currentTestFailed())
        return;

    QStringList ids;
    for (const Row& row : m_rows) {
        QVERIFY(!row.contact.lastMessageAt.has_value());
        ids.append(row.contact.id);
    }
    ids.sort();
    if (sortOrder == SortOrder::Descending)
        std::reverse(ids.begin(), ids.end());

    QList<Contact> listed;
    qint64 total = 0;
    walk(sorted(SortField::LastMessageAt, sortOrder, 6), &listed, &total);
    QCOMPARE(idsOf(listed), ids);
}

void TestContactList::createdAtTiesById_data()
{
    addSortOrderRows();
}

// One bulk call shares a few instants among many contacts; within an instant, ids decide.
void TestContactList::createdAtTiesById()
{
    QFETCH(SortOrder, sortOrder);

    bulkAddNamed(60, QStringLiteral("Bulk %1"));
    if (QTest::currentTestFailed())
        return;
    QThread::msleep(2);
    create(NewContact().setPhone(phoneFor(100)).setName(QStringLiteral("Later")));
    if (QTest::currentTestFailed())
        return;

    QList<Contact> listed;
    qint64 total = 0;
    walk(sorted(SortField::CreatedAt, sortOrder, 8), &listed, &total);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(listed.size(), m_rows.size());
    const bool asc = sortOrder == SortOrder::Ascending;
    QCOMPARE(*(asc ? listed.last() : listed.first()).name, QStringLiteral("Later"));
    bool sawTie = false;
    for (qsizetype i = 1; i < listed.size(); ++i) {
        const Contact& a = listed.at(i - 1);
        const Contact& b = listed.at(i);
        if (a.createdAt == b.createdAt) {
            sawTie = true;
            QVERIFY2(asc ? a.id < b.id : a.id > b.id, qPrintable(describe({a.id, b.id})));
        } else {
            QVERIFY2(asc ? a.createdAt < b.createdAt : a.createdAt > b.createdAt,
                     qPrintable(describe({a.id, b.id})));
        }
    }
    if (!sawTie)
        QSKIP("every bulk item got its own millisecond; the tie rule was not exercised");
}

// updated_at moves with a change (and only with one), so the order follows the edits.
void TestContactList::updatedAtFollowsChanges()
{
    for (int i = 0; i < 5; ++i) {
        QThread::msleep(3);
        create(NewContact().setPhone(phoneFor(i)).setName(QStringLiteral("U%1").arg(i)));
        if (QTest::currentTestFailed())
            return;
    }
    const auto namesInOrder = [&](SortOrder order) {
        QStringList names;
        const auto page = store().list(sorted(SortField::UpdatedAt, order, 100));
        if (page) {
            for (const Contact& contact : page->contacts)
                names.append(contact.name.value_or(QString()));
        }
        return names;
    };
    QCOMPARE(namesInOrder(SortOrder::Descending), QStringList({"U4", "U3", "U2", "U1", "U0"}));

    QThread::msleep(3);
    auto updated = store().update(m_rows.at(1).contact.id,
                                  ContactChanges().setTags({QStringLiteral("touched")}));
    QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    QCOMPARE(namesInOrder(SortOrder::Descending), QStringList({"U1", "U4", "U3", "U2", "U0"}));
    QCOMPARE(namesInOrder(SortOrder::Ascending), QStringList({"U0", "U2", "U3", "U4", "U1"}));

    // Writing a value the contact already has is no change: the order stays.
    QThread::msleep(3);
    updated =
        store().update(m_rows.at(3).contact.id, ContactChanges().setName(QStringLiteral("U3")));
    QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    QCOMPARE(namesInOrder(SortOrder::Descending), QStringList({"U1", "U4", "U3", "U2", "U0"}));

    reload();
    if (QTest::currentTestFailed())
        return;
    checkAgainstNaive(sorted(SortField::UpdatedAt, SortOrder::Descending, 2));
}

// --- search ------------------------------------------------------------------------------

void TestContactList::searchKnown_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    const auto allBut = [](const QStringList& excluded) {
        QStringList keys = mixedKeys;
        for (const QString& key : excluded)
            keys.removeAll(key);
        return keys;
    };

    QTest::newRow("name") << "ahmed" << QStringList{"Ahmed Hassan", "ahmed ali", "AHMED"};
    QTest::newRow("name, upper case")
        << "AHMED" << QStringList{"Ahmed Hassan", "ahmed ali", "AHMED"};
    QTest::newRow("full name") << "Ahmed Hassan" << QStringList{"Ahmed Hassan"};
    QTest::newRow("last name") << "hassan" << QStringList{"Ahmed Hassan"};
    QTest::newRow("unaccented finds accented") << "emile" << QStringList{"Émile Zola", "emile"};
    QTest::newRow("accented upper case") << "ÉMILE" << QStringList{"Émile Zola", "emile"};
    QTest::newRow("accented") << "Émile" << QStringList{"Émile Zola", "emile"};
    QTest::newRow("accented with space") << "émile zola" << QStringList{"Émile Zola"};
    QTest::newRow("diaeresis") << "zoe" << QStringList{"Zoë Saldaña", "Zoe"};
    QTest::newRow("tilde folded") << "saldana" << QStringList{"Zoë Saldaña"};
    QTest::newRow("tilde upper case") << "SALDAÑA" << QStringList{"Zoë Saldaña"};
    QTest::newRow("two accents") << "NUNEZ" << QStringList{"José Núñez"};
    QTest::newRow("cedilla") << "francois" << QStringList{"François"};
    QTest::newRow("umlaut") << "bjork" << QStringList{"Björk"};
    QTest::newRow("arabic") << QStringLiteral("محمد")
                            << QStringList{QStringLiteral("محمد علي"), QStringLiteral("خالد محمد")};
    QTest::newRow("arabic, second word")
        << QStringLiteral("علي") << QStringList{QStringLiteral("محمد علي")};
    QTest::newRow("arabic with vowel marks")
        << QStringLiteral("مُحَمَّد")
        << QStringList{QStringLiteral("محمد علي"), QStringLiteral("خالد محمد")};
    QTest::newRow("arabic, one word") << QStringLiteral("فاطمة") << QStringList{"فاطمة"};
    QTest::newRow("emoji") << QStringLiteral("🚀") << QStringList{"Rocket 🚀 Man", "🚀", "Go🚀Now"};
    QTest::newRow("other emoji") << QStringLiteral("🎉") << QStringList{"Party 🎉"};
    QTest::newRow("text and emoji") << QStringLiteral("rocket 🚀") << QStringList{"Rocket 🚀 Man"};
    // Two characters but three UTF-16 units: still a short term.
    QTest::newRow("letter and emoji") << QStringLiteral("o🚀") << QStringList{"Go🚀Now"};
    QTest::newRow("cjk one") << QStringLiteral("王") << QStringList{"王小明"};
    QTest::newRow("cjk two") << QStringLiteral("小明") << QStringList{"王小明"};
    QTest::newRow("cjk name") << QStringLiteral("李雷") << QStringList{"李雷"};
    QTest::newRow("email domain") << "example.fr" << QStringList{"Émile Zola"};
    QTest::newRow("email part") << "@example"
                                << QStringList{"Ahmed Hassan", "Émile Zola",  "Zoë Saldaña",
                                               "فاطمة",        "王小明",      "noname@example.com",
                                               "José Núñez",   "Oliver Twist"};
    QTest::newRow("email of unnamed") << "noname" << QStringList{"noname@example.com"};
    QTest::newRow("phone with spaces") << "50 123" << QStringList{"Ahmed Hassan"};
    QTest::newRow("phone digits") << "501234" << QStringList{"Ahmed Hassan"};
    QTest::newRow("three digits") << "123" << QStringList{"Ahmed Hassan", "Oliver Twist"};
    QTest::newRow("country code") << "+971" << allBut({"Sarah Johnson", "Oliver Twist"});
    QTest::newRow("country code and more") << "+447" << QStringList{"Oliver Twist"};
    QTest::newRow("digits in the middle") << "4155" << QStringList{"Sarah Johnson"};
    QTest::newRow("middle digits, spaced") << "555 78" << QStringList{"Sarah Johnson"};
    QTest::newRow("middle digits, dashes")
        << "552-000-01" << QStringList{"王小明",        "李雷",
                                       "Rocket 🚀 Man",  "🚀",
                                       "Party 🎉",       "noname@example.com",
                                       "+971552000016", "José Núñez",
                                       "François",      "Björk"};
    QTest::newRow("letters with three digits")
        << "x 123" << QStringList{"Ahmed Hassan", "Oliver Twist"};
    // Fewer than three digits never search phones.
    QTest::newRow("two digits") << "12" << QStringList{};
    QTest::newRow("plus and two digits") << "+44" << QStringList{};
    QTest::newRow("no match") << "xyz" << QStringList{};
    QTest::newRow("ali") << "ali" << QStringList{"ahmed ali"};
    QTest::newRow("tags are not searched") << "vip" << QStringList{};
}

void TestContactList::searchKnown()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    seedMixed();
    if (QTest::currentTestFailed())
        return;
    checkSearch(search, expected);
}

void TestContactList::searchAgreesWithNaive_data()
{
    QTest::addColumn<QString>("search");

    // One and two characters take the scan path, three and more the full-text path.
    const QStringList terms = {
        "a", "A", "e", "é", "É", "z", "ë", "n", "ñ", "o", "م", "ع", "王", "明", "🚀", "🎉", "@", ".",
        "1", "5", "0", "+", "ah", "AH", "mi", "ed", "on", "é z", "م ع", "عل", "12", "55", "+9",
        "ahm", "hmed", "med a", "ile", "mil", "zol", "ana", "ohn", "محم", "小明", "t 🚀", "🚀 m",
        "🚀n", "🚀🚀", "a🚀", "example", "e.c", "971", "9715", "000", "+971 55", "(415) 555", "o'b",
        "xyz", "Ahmed Hassan", "HASSAN", "ÇOİS", "ahmed@example.com",
        // Decomposed é: three UTF-16 units, two characters once folded.
        QStringLiteral("e\u0301m"), QStringLiteral("E\u0301MILE")};
    for (const QString& term : terms)
        QTest::newRow(qPrintable(term)) << term;
}

void TestContactList::searchAgreesWithNaive()
{
    QFETCH(QString, search);

    seedMixed();
    if (QTest::currentTestFailed())
        return;
    ListQuery query;
    query.search = search;
    query.limit = 5;
    checkAgainstNaive(query);
}

void TestContactList::searchMetacharacters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("quote") << "\"" << QStringList{"say \"hi\"", "empty \"\" quotes"};
    QTest::newRow("two quotes") << "\"\"" << QStringList{"empty \"\" quotes"};
    QTest::newRow("quoted word") << "\"hi\"" << QStringList{"say \"hi\""};
    // Three characters and more go to the full-text query, where a quote must stay data.
    QTest::newRow("quote after text") << "say \"" << QStringList{"say \"hi\""};
    QTest::newRow("text around a quote")
        << "y \"" << QStringList{"say \"hi\"", "empty \"\" quotes"};
    QTest::newRow("two quotes and text") << "\"\" q" << QStringList{"empty \"\" quotes"};
    QTest::newRow("lone quote in text") << "\"h" << QStringList{"say \"hi\""};
    QTest::newRow("star") << "*" << QStringList{"star*light", "a*b"};
    QTest::newRow("prefix star") << "a*" << QStringList{"a*b"};
    QTest::newRow("OR") << "OR" << QStringList{"under_score", "this OR that", "x OR y"};
    QTest::newRow("x OR y") << "x OR y" << QStringList{"x OR y"};
    QTest::newRow("AND") << "AND" << QStringList{};
    QTest::newRow("NOT") << "NOT" << QStringList{};
    QTest::newRow("NEAR(") << "NEAR(" << QStringList{"NEAR(me)"};
    QTest::newRow("NEAR") << "NEAR" << QStringList{"NEAR(me)"};
    QTest::newRow("r(m") << "r(m" << QStringList{"NEAR(me)"};
    QTest::newRow("percent") << "%" << QStringList{"50% off"};
    QTest::newRow("50%") << "50%" << QStringList{"50% off"};
    QTest::newRow("underscore") << "_" << QStringList{"under_score"};
    QTest::newRow("under_") << "under_" << QStringList{"under_score"};
    QTest::newRow("percent underscore") << "%_" << QStringList{};
    QTest::newRow("apostrophe") << "'" << QStringList{"O'Brien", "a'b"};
    QTest::newRow("a'b") << "a'b" << QStringList{"a'b"};
    QTest::newRow("o'brien") << "o'brien" << QStringList{"O'Brien"};
    QTest::newRow("backslash") << "\\" << QStringList{"back\\slash"};
    QTest::newRow("open paren") << "(" << QStringList{"NEAR(me)", "(paren)"};
    QTest::newRow("close paren") << ")" << QStringList{"NEAR(me)", "(paren)"};
    QTest::newRow("both parens") << "()" << QStringList{};
    QTest::newRow("colon") << ":" << QStringList{"key:value", "name:x"};
    QTest::newRow("column filter") << "name:x" << QStringList{"name:x"};
    QTest::newRow("star colon") << "*:" << QStringList{};
    QTest::newRow("caret") << "^" << QStringList{"caret^up"};
    QTest::newRow("minus") << "-" << QStringList{"dash-line"};
    QTest::newRow("braces") << "{name}" << QStringList{"{name} braces"};
    QTest::newRow("semicolon") << ";" << QStringList{"semi;colon"};
    QTest::newRow("sql") << "'; DROP TABLE contacts; --" << QStringList{};
    QTest::newRow("brackets") << "[" << QStringList{};
    QTest::newRow("question mark") << "?" << QStringList{};
    QTest::newRow("pipe") << "|" << QStringList{};
    QTest::newRow("hash") << "#" << QStringList{};
    QTest::newRow("ampersand") << "&" << QStringList{};
    QTest::newRow("equals") << "=" << QStringList{};
    QTest::newRow("plus") << "+" << QStringList{};
}

// Search input is data: FTS5 and LIKE syntax is matched literally, and never errors.
void TestContactList::searchMetacharacters()
{
    QFETCH(QString, search);
    QFETCH(QStringList, expected);

    seedMetacharacters();
    if (QTest::currentTestFailed())
        return;
    checkSearch(search, expected);
    if (QTest::currentTestFailed())
        return;
    // The same term sorted by name: the search path under another ORDER BY.
    ListQuery query;
    query.search = search;
    query.sortBy = SortField::Name;
    query.sortOrder = SortOrder::Ascending;
    query.limit = 1;
    checkAgainstNaive(query);
}

void TestContactList::searchWhitespaceMatchesAll_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << "search=";
    QTest::newRow("spaces") << "search=%20%20%20";
    QTest::newRow("tab and newline") << "search=%09%0A%20";
}

void TestContactList::searchWhitespaceMatchesAll()
{
    QFETCH(QString, encoded);

    seedMixed();
    if (QTest::currentTestFailed())
        return;
    const auto query = ListQueryReader::read(QUrlQuery(encoded + QStringLiteral("&limit=6")));
    QVERIFY2(query.has_value(), qPrintable(query ? QString() : errorText(query.error())));
    const auto counted = store().count(*query);
    QVERIFY(counted.has_value());
    QCOMPARE(*counted, m_rows.size());
    checkAgainstNaive(*query);
}

void TestContactList::searchWithSortAndPaging_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<SortField>("sortBy");
    QTest::addColumn<SortOrder>("sortOrder");
    QTest::addColumn<int>("limit");

    QTest::newRow("a, name asc") << "a" << SortField::Name << SortOrder::Ascending << 3;
    QTest::newRow("ahmed, name desc") << "ahmed" << SortField::Name << SortOrder::Descending << 4;
    QTest::newRow("é, created asc") << "é" << SortField::CreatedAt << SortOrder::Ascending << 5;
    QTest::newRow("emile, updated desc")
        << "emile" << SortField::UpdatedAt << SortOrder::Descending << 2;
    QTest::newRow("arabic, updated desc")
        << QStringLiteral("محمد") << SortField::UpdatedAt << SortOrder::Descending << 2;
    QTest::newRow("emoji, name asc")
        << QStringLiteral("🚀") << SortField::Name << SortOrder::Ascending << 1;
    QTest::newRow("phone digits, created desc")
        << "5010" << SortField::CreatedAt << SortOrder::Descending << 6;
    QTest::newRow("email, last message asc")
        << "example" << SortField::LastMessageAt << SortOrder::Ascending << 7;
    QTest::newRow("o, name desc") << "o" << SortField::Name << SortOrder::Descending << 9;
    QTest::newRow("zo, name asc") << "zo" << SortField::Name << SortOrder::Ascending << 5;
    QTest::newRow("50%, name asc") << "50%" << SortField::Name << SortOrder::Ascending << 3;
    QTest::newRow("_, created asc") << "_" << SortField::CreatedAt << SortOrder::Ascending << 4;
    QTest::newRow("o'b, updated asc") << "o'b" << SortField::UpdatedAt << SortOrder::Ascending << 2;
}

void TestContactList::searchWithSortAndPaging()
{
    QFETCH(QString, search);
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    QFETCH(int, limit);

    seedVaried(250, 2);
    if (QTest::currentTestFailed())
        return;
    ListQuery query = sorted(sortBy, sortOrder, limit);
    query.search = search;
    QVERIFY2(!expectedRows(m_rows, query).isEmpty(), "the seed should give this term matches");
    checkAgainstNaive(query);
}

void TestContactList::listingWindowsAgreeWithNaive_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<SortField>("sortBy");
    QTest::addColumn<SortOrder>("sortOrder");
    QTest::addColumn<bool>("tagged");

    QTest::newRow("example, created desc")
        << "example" << SortField::CreatedAt << SortOrder::Descending << false;
    QTest::newRow("example, name asc")
        << "example" << SortField::Name << SortOrder::Ascending << false;
    QTest::newRow("example and vip, last message desc")
        << "example" << SortField::LastMessageAt << SortOrder::Descending << true;
    QTest::newRow("ahmed, name desc")
        << "ahmed" << SortField::Name << SortOrder::Descending << false;
    QTest::newRow("phone digits, updated asc")
        << "5010" << SortField::UpdatedAt << SortOrder::Ascending << false;
    QTest::newRow("a (scanned), name asc")
        << "a" << SortField::Name << SortOrder::Ascending << false;
    QTest::newRow("white space, created desc")
        << "  " << SortField::CreatedAt << SortOrder::Descending << true;
}

// One listing read in several stretches, however it keeps a search's full-text matches:
// listed when few, counted past the bound, or left to the query.
void TestContactList::listingWindowsAgreeWithNaive()
{
    QFETCH(QString, search);
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    QFETCH(bool, tagged);

    seedVaried(250, 2);
    if (QTest::currentTestFailed())
        return;
    ListQuery query = sorted(sortBy, sortOrder, 20);
    query.search = search;
    if (tagged)
        query.tags = QStringList{QStringLiteral("vip")};
    const QStringList expected = idsOf(expectedRows(m_rows, query));
    QVERIFY2(expected.size() > 6, "the seed should give this query matches");

    using Matches = ContactListing::FullTextMatches;
    for (const Matches matches :
         {Matches{}, Matches{3, false}, Matches{3, true}, Matches{100000, true}}) {
        ContactListing listing(m_t->db(), store().organization().rowId, query, matches);
        const auto all = listing.window(0, std::numeric_limits<qint64>::max());
        QVERIFY(all.has_value());
        QCOMPARE(all->total, qint64(expected.size()));
        const auto contacts = store().contactsByRowId(all->rowIds);
        QVERIFY(contacts.has_value());
        QCOMPARE(idsOf(*contacts), expected);
        const auto ids = store().contactIdsByRowId(all->rowIds);
        QVERIFY(ids.has_value());
        QCOMPARE(*ids, expected);
        // Stretches near the start and past the middle (read from the far end), with the
        // count the caller knows.
        const qint64 total = all->total;
        for (const qint64 offset : {qint64(1), total / 2 + 1, total - 3}) {
            const auto stretch = listing.window(offset, 3, total);
            QVERIFY(stretch.has_value());
            QCOMPARE(stretch->total, total);
            QCOMPARE(stretch->rowIds, all->rowIds.mid(offset, 3));
        }
    }
    const auto stored = store().window(query, 2, 4);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->total, qint64(expected.size()));
    QCOMPARE(*store().contactIdsByRowId(stored->rowIds), expected.mid(2, 4));
}

// The search index, the name order and the totals follow renames, deletes and new contacts.
void TestContactList::listFollowsWrites()
{
    seedMixed();
    if (QTest::currentTestFailed())
        return;
    const auto idOf = [&](const QString& key) {
        for (const Row& row : m_rows) {
            if (keyOf(row.contact) == key)
                return row.contact.id;
        }
        return QString();
    };
    const auto check = [&](const QString& search, const QStringList& expected) {
        checkSearch(search, expected);
        if (QTest::currentTestFailed())
            return;
        for (const SortOrder order : {SortOrder::Ascending, SortOrder::Descending}) {
            ListQuery query = sorted(SortField::Name, order, 4);
            query.search = search;
            checkAgainstNaive(query);
            if (QTest::currentTestFailed())
                return;
        }
    };

    const QList<std::pair<QString, ContactChanges>> patches = {
        {"Ahmed Hassan", ContactChanges()
                             .setName(QStringLiteral("Hamid Nasser"))
                             .setEmail(QStringLiteral("hamid@example.org"))},
        {"Zoe", ContactChanges().setName(std::nullopt)},
        {"emile", ContactChanges().setName(QStringLiteral("Émilie"))},
        {"noname@example.com", ContactChanges().setEmail(std::nullopt)},
    };
    for (const auto& [key, patch] : patches) {
        const auto updated = store().update(idOf(key), patch);
        QVERIFY2(updated.has_value(),
                 qPrintable(key + u' ' + (updated ? QString() : errorText(updated.error()))));
    }
    reload();
    if (QTest::currentTestFailed())
        return;

    check(QStringLiteral("hassan"), {});
    check(QStringLiteral("hamid"), {"Hamid Nasser"});
    check(QStringLiteral("nasser"), {"Hamid Nasser"});
    check(QStringLiteral("ahmed"), {"ahmed ali", "AHMED"});
    check(QStringLiteral("example.org"), {"Hamid Nasser"});
    check(QStringLiteral("example.com"), {"Zoë Saldaña"});
    check(QStringLiteral("zo"), {"Émile Zola", "Zoë Saldaña"});
    check(QStringLiteral("emili"), {"Émilie"});
    check(QStringLiteral("noname"), {});
    // The phone did not change: its digits still find the renamed contact.
    check(QStringLiteral("50 123"), {"Hamid Nasser"});
    // Broad terms: the naive filter is the expectation.
    for (const QString& term : QStringList{"", "a", "é", "mi"}) {
        ListQuery query;
        query.search = term;
        QList<Contact> hits;
        for (const Row* row : expectedRows(m_rows, query))
            hits.append(row->contact);
        check(term, sortedKeys(hits));
    }
    if (QTest::currentTestFailed())
        return;

    // Deleting frees the phone; a new contact may take it.
    for (const QString& key : QStringList{"AHMED", "Rocket 🚀 Man"}) {
        const QString id = idOf(key);
        const auto removed = store().remove(id);
        QVERIFY2(removed.has_value(),
                 qPrintable(key + u' ' + (removed ? QString() : errorText(removed.error()))));
        m_rows.removeIf([&](const Row& row) { return row.contact.id == id; });
    }
    create(NewContact()
               .setPhone(QStringLiteral("+971552000002"))
               .setName(QStringLiteral("Ahmed Again")));
    if (QTest::currentTestFailed())
        return;

    const auto total = store().count(ListQuery());
    QVERIFY(total.has_value());
    QCOMPARE(*total, qint64(mixedKeys.size() - 1));
    check(QStringLiteral("ahmed"), {"ahmed ali", "Ahmed Again"});
    check(QStringLiteral("🚀"), {"🚀", "Go🚀Now"});
    check(QStringLiteral("rocket"), {});
    check(QStringLiteral("552 000 002"), {"Ahmed Again"});
    for (const SortField field :
         {SortField::CreatedAt, SortField::Name, SortField::LastMessageAt, SortField::UpdatedAt}) {
        checkAgainstNaive(sorted(field, SortOrder::Descending, 3));
        if (QTest::currentTestFailed())
            return;
    }
}

// --- filters -----------------------------------------------------------------------------

void TestContactList::filters_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<QStringList>("expected");

    const QString unnamed = phoneFor(7);
    QTest::newRow("tag") << "tag=vip" << QStringList{"Alpha", "Beta", "Alphabet", unnamed};
    QTest::newRow("tag, other case")
        << "tag=VIP" << QStringList{"Alpha", "Beta", "Alphabet", unnamed};
    QTest::newRow("tag, mixed case")
        << "tag=Vip" << QStringList{"Alpha", "Beta", "Alphabet", unnamed};
    QTest::newRow("two tags") << "tag=vip&tag=lead" << QStringList{"Alpha"};
    QTest::newRow("tag is exact") << "tag=lead" << QStringList{"Alpha", "Gamma"};
    QTest::newRow("tag with space") << "tag=new%20lead" << QStringList{"Alphabet"};
    QTest::newRow("no prefix match") << "tag=vi" << QStringList{};
    QTest::newRow("unknown tag") << "tag=unknown" << QStringList{};
    QTest::newRow("known and unknown tag") << "tag=vip&tag=unknown" << QStringList{};
    QTest::newRow("label") << "label=premium" << QStringList{"Alpha", "Beta", "Alphabet"};
    QTest::newRow("label gold") << "label=gold" << QStringList{"Beta", "Delta"};
    QTest::newRow("two labels") << "label=premium&label=GOLD" << QStringList{"Beta"};
    QTest::newRow("tag and label") << "tag=vip&label=gold" << QStringList{"Beta"};
    QTest::newRow("a label is not a tag") << "tag=premium" << QStringList{};
    QTest::newRow("a tag is not a label") << "label=vip" << QStringList{};
    QTest::newRow("opted in") << "optedIn=true" << QStringList{"Alpha", "Gamma"};
    QTest::newRow("not opted in") << "optedIn=false"
                                  << QStringList{"Beta", "Delta", "Alphabet", "Epsilon", unnamed};
    QTest::newRow("blocked") << "isBlocked=true" << QStringList{"Beta", "Gamma"};
    QTest::newRow("not blocked") << "isBlocked=false"
                                 << QStringList{"Alpha", "Delta", "Alphabet", "Epsilon", unnamed};
    QTest::newRow("opted in and blocked") << "optedIn=true&isBlocked=true" << QStringList{"Gamma"};
    QTest::newRow("tag and search") << "tag=vip&search=alpha" << QStringList{"Alpha", "Alphabet"};
    QTest::newRow("tag and short search")
        << "tag=vip&search=al" << QStringList{"Alpha", "Alphabet"};
    QTest::newRow("tag and search inside a word")
        << "tag=vip&search=bet" << QStringList{"Beta", "Alphabet"};
    QTest::newRow("search and flag") << "search=alpha&optedIn=false" << QStringList{"Alphabet"};
    QTest::newRow("label, flag and search")
        << "label=PREMIUM&isBlocked=false&search=al" << QStringList{"Alpha", "Alphabet"};
    QTest::newRow("tag sorted by name")
        << "tag=lead&sortBy=name&sortOrder=asc" << QStringList{"Alpha", "Gamma"};
    QTest::newRow("tag, search by phone")
        << "tag=vip&search=" + phoneFor(7).mid(4) << QStringList{unnamed};
}

void TestContactList::filters()
{
    QFETCH(QString, encoded);
    QFETCH(QStringList, expected);

    seedFilters();
    if (QTest::currentTestFailed())
        return;
    const auto query = ListQueryReader::read(QUrlQuery(encoded + QStringLiteral("&limit=2")));
    QVERIFY2(query.has_value(), qPrintable(query ? QString() : errorText(query.error())));

    QList<Contact> listed;
    qint64 total = 0;
    walk(*query, &listed, &total);
    if (QTest::currentTestFailed())
        return;
    expected.sort();
    QCOMPARE(sortedKeys(listed), expected);
    checkAgainstNaive(*query);
}

// updatedSince includes a contact updated at exactly that instant.
void TestContactList::updatedSinceIsInclusive()
{
    for (const QString& name : QStringList{"First", "Second", "Third"}) {
        QThread::msleep(3);
        create(NewContact().setPhone(phoneFor(int(m_rows.size()))).setName(name));
        if (QTest::currentTestFailed())
            return;
    }
    QThread::msleep(3);
    const auto updated = store().update(m_rows.at(0).contact.id, ContactChanges().setOptedIn(true));
    QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    reload();
    if (QTest::currentTestFailed())
        return;

    const QDateTime second = m_rows.at(1).contact.updatedAt;
    const QDateTime latest = m_rows.at(0).contact.updatedAt;
    QVERIFY(m_rows.at(0).contact.createdAt < second && second < m_rows.at(2).contact.updatedAt);
    QVERIFY(m_rows.at(2).contact.updatedAt < latest);

    const auto namesSince = [&](const QDateTime& since, const QString& search = {}) {
        QUrlQuery url;
        url.addQueryItem(QStringLiteral("updatedSince"),
                         QString::fromLatin1(
                             QUrl::toPercentEncoding(since.toUTC().toString(Qt::ISODateWithMs))));
        url.addQueryItem(QStringLiteral("search"), search);
        url.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("updated_at"));
        url.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("asc"));
        QStringList names;
        const auto query = ListQueryReader::read(url);
        if (!query)
            return QStringList{QStringLiteral("error: ") + query.error().message};
        const auto page = store().list(*query);
        if (!page)
            return QStringList{QStringLiteral("error: ") + errorText(page.error())};
        for (const Contact& contact : page->contacts)
            names.append(contact.name.value_or(QString()));
        return names;
    };
    QCOMPARE(namesSince(second), QStringList({"Second", "Third", "First"}));
    QCOMPARE(namesSince(second.addMSecs(1)), QStringList({"Third", "First"}));
    QCOMPARE(namesSince(latest), QStringList({"First"}));
    QCOMPARE(namesSince(latest.addMSecs(1)), QStringList());
    QCOMPARE(namesSince(second, QStringLiteral("ird")), QStringList({"Third"}));
    QCOMPARE(namesSince(second, QStringLiteral("s")), QStringList({"Second", "First"}));
    // The same instant written with an offset.
    QCOMPARE(namesSince(second.toOffsetFromUtc(4 * 3600)),
             QStringList({"Second", "Third", "First"}));
}

// A contact of another organization is never listed, counted or found.
void TestContactList::otherOrganizationIsInvisible()
{
    seedMixed();
    if (QTest::currentTestFailed())
        return;
    const auto other =
        m_t->db().addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QVERIFY2(other.has_value(), qPrintable(other ? QString() : errorText(other.error())));
    ContactStore otherStore(m_t->db(), *other);
    QJsonArray items;
    for (int i = 0; i < 30; ++i)
        items.append(item(phoneFor(i), QStringLiteral("Ahmed Other %1").arg(i),
                          QStringLiteral("other%1@example.com").arg(i), {"vip", "elsewhere"},
                          {"premium"}));
    const auto imported = otherStore.bulk(ContactBodies::newContacts(items));
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : errorText(imported.error())));
    QCOMPARE(imported->imported, 30);

    for (const QString& search : QStringList{"", "ahmed", "a", "other", "@example", "501"}) {
        ListQuery query;
        query.search = search;
        query.limit = 7;
        checkAgainstNaive(query);
        if (QTest::currentTestFailed())
            return;
    }
    ListQuery tagged;
    tagged.tags = QStringList{"elsewhere"};
    const auto none = store().count(tagged);
    QVERIFY(none.has_value());
    QCOMPARE(*none, 0);
    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"vip 1"}));

    // And the other organization sees only its own.
    const auto theirs = otherStore.list(ListQuery());
    QVERIFY(theirs.has_value());
    QCOMPARE(theirs->total, 30);
    const auto theirTags = otherStore.tagCounts(TagKind::Tag);
    QVERIFY(theirTags.has_value());
    QCOMPARE(theirTags->size(), 2);
    QCOMPARE(theirTags->at(0), (TagCount{"elsewhere", 30}));
    QCOMPARE(theirTags->at(1), (TagCount{"vip", 30}));
}

// --- tag counts --------------------------------------------------------------------------

void TestContactList::tagCountsFollowWrites()
{
    const auto make = [&](int n, const QStringList& tags, const QStringList& labels) {
        const auto contact =
            store().create(NewContact().setPhone(phoneFor(n)).setTags(tags).setLabels(labels));
        return contact ? contact->id : QString();
    };

    const QString c1 = make(1, {"vip", "new"}, {"premium"});
    const QString c2 = make(2, {"VIP"}, {});
    const QString c3 = make(3, {"Vip", "old"}, {"Premium", "gold"});
    QVERIFY(!c1.isEmpty() && !c2.isEmpty() && !c3.isEmpty());
    // Case variants are one tag, shown as first spelt; equal counts by name.
    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"vip 3", "new 1", "old 1"}));
    QCOMPARE(tagCounts(TagKind::Label), QStringList({"premium 2", "gold 1"}));

    // PATCH replaces the tags: `new` loses its only contact and disappears.
    auto updated = store().update(c1, ContactChanges().setTags({"old"}));
    QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"old 2", "vip 2"}));
    QCOMPARE(tagCounts(TagKind::Label), QStringList({"premium 2", "gold 1"}));

    const auto imported = store().bulk(ContactBodies::newContacts(
        QJsonArray{item(phoneFor(4), {}, {}, {"new"}), item(phoneFor(5), {}, {}, {"NEW", "vip"}),
                   item(phoneFor(6), "No tags")}));
    QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : errorText(imported.error())));
    QCOMPARE(imported->imported, 3);
    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"vip 3", "new 2", "old 2"}));

    const auto removed = store().remove(c3);
    QVERIFY2(removed.has_value(), qPrintable(removed ? QString() : errorText(removed.error())));
    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"new 2", "vip 2", "old 1"}));
    QCOMPARE(tagCounts(TagKind::Label), QStringList({"premium 1"}));

    updated = store().update(c2, ContactChanges().setTags({}));
    QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"new 2", "old 1", "vip 1"}));

    updated = store().update(c1, ContactChanges().setLabels({}));
    QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    QCOMPARE(tagCounts(TagKind::Label), QStringList());

    // The counts are what the tag filter finds, in any case.
    const auto counts = store().tagCounts(TagKind::Tag);
    QVERIFY(counts.has_value());
    for (const TagCount& tag : *counts) {
        ListQuery query;
        query.tags = QStringList{tag.name.toUpper()};
        const auto counted = store().count(query);
        QVERIFY(counted.has_value());
        QCOMPARE(*counted, tag.count);
    }
}

void TestContactList::tagsAndLabelsCountedApart()
{
    QVERIFY(store().create(NewContact().setPhone(phoneFor(1)).setTags({"x"}).setLabels({"x"})));
    QVERIFY(store().create(NewContact().setPhone(phoneFor(2)).setTags({"X", "y"})));
    QVERIFY(store().create(NewContact().setPhone(phoneFor(3)).setLabels({"y"})));

    QCOMPARE(tagCounts(TagKind::Tag), QStringList({"x 2", "y 1"}));
    QCOMPARE(tagCounts(TagKind::Label), QStringList({"x 1", "y 1"}));
}

// --- scale -------------------------------------------------------------------------------

// 5,000 contacts in five bulk calls; random searches and sorts still equal the naive answer.
void TestContactList::largeDatabase()
{
    seedVaried(5000, 3);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_rows.size(), 5006);

    QRandomGenerator random(4);
    const auto substring = [&](const QString& text, int minLength, int maxLength) {
        const QList<uint> codePoints = text.toUcs4();
        const int length = std::min<int>(int(codePoints.size()),
                                         minLength + random.bounded(maxLength - minLength + 1));
        const int start = random.bounded(int(codePoints.size()) - length + 1);
        return QString::fromUcs4(reinterpret_cast<const char32_t*>(codePoints.constData()) + start,
                                 length);
    };
    const QStringList fixed = {"ahmed", "emile", "محمد", "🚀",   "王", "zoe",       "a",
                               "é",     "xyz",   "o'b",  "50%", "_",  "+971 50 10"};
    const QList<SortField> fields = {SortField::CreatedAt, SortField::Name,
                                     SortField::LastMessageAt, SortField::UpdatedAt};

    for (int round = 0; round < 40; ++round) {
        const Row& row = m_rows.at(random.bounded(int(m_rows.size())));
        QString term;
        switch (random.bounded(4)) {
        case 0:
            term = row.contact.name ? substring(*row.contact.name, 1, 5) : QString();
            if (random.bounded(2))
                term = term.toUpper();
            break;
        case 1:
            term = substring(row.phoneDigits, 3, 6);
            if (random.bounded(2))
                term.insert(1, u' ');
            break;
        case 2:
            term = row.contact.email ? substring(*row.contact.email, 2, 6) : QString();
            break;
        default:
            term = fixed.at(random.bounded(int(fixed.size())));
        }
        ListQuery query = sorted(fields.at(random.bounded(int(fields.size()))),
                                 random.bounded(2) ? SortOrder::Ascending : SortOrder::Descending,
                                 random.bounded(2) ? 100 : 37);
        query.search = term.trimmed();
        if (random.bounded(5) == 0)
            query.tags = QStringList{QStringLiteral("vip")};
        checkAgainstNaive(query);
        if (QTest::currentTestFailed()) {
            qWarning("round %d: search '%s' limit %d", round, qPrintable(query.search),
                     query.limit);
            return;
        }
    }

    // The sidebar agrees with the tag filter on every tag.
    for (const TagKind kind : {TagKind::Tag, TagKind::Label}) {
        const auto counts = store().tagCounts(kind);
        QVERIFY2(counts.has_value(), qPrintable(counts ? QString() : errorText(counts.error())));
        QVERIFY(!counts->isEmpty());
        for (const TagCount& tag : *counts) {
            ListQuery query;
            (kind == TagKind::Tag ? query.tags : query.labels) = QStringList{tag.name};
            const qint64 naive = expectedRows(m_rows, query).size();
            QCOMPARE(tag.count, naive);
            const auto counted = store().count(query);
            QVERIFY(counted.has_value());
            QCOMPARE(*counted, naive);
        }
    }
}

QTEST_GUILESS_MAIN(TestContactList)
#include "tst_contactlist.moc"
