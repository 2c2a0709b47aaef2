// Deep reads of an unfiltered listing start from the connection's anchors (ListingAnchors)
// instead of walking the sort index from an end. They must return exactly what the plain
// walk returns: at every offset, in every sort and order, with nulls and ties in the keys,
// and after writes on the same connection, on another one, and inside a transaction that
// rolls back. The plain walk is ContactListing's read from offset 0, which no anchor serves.

#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactListing.h"
#include "ContactStore.h"
#include "ListingAnchors.h"
#include "SqlTransaction.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

#include <memory>

Q_DECLARE_METATYPE(SortField)
Q_DECLARE_METATYPE(SortOrder)

namespace {

// Enough rows for several anchors in each segment.
constexpr int contactCount = 5 * ListingAnchors::spacing + 333;

QString errorText(const ApiError& error)
{
    return QStringLiteral("%1 %2 (%3)").arg(error.status).arg(error.message, error.detail);
}

// Unique, valid UAE mobile numbers (50 followed by 7 digits).
QString phoneFor(int i)
{
    return QStringLiteral("+97150") + QString::number(1000000 + i * 37).rightJustified(7, u'0');
}

// Few names, so that most keys tie (`Émile` and `emile` fold to one key); one in ten has none.
std::optional<QString> nameFor(int i)
{
    static const QStringList names = {"Ahmed", "ahmed", "Émile", "emile", "Zoë",   "محمد",
                                      "王",    "Sara",  "sara",  "Omar",  "Lin 🚀", "Bea"};
    if (i % 10 == 3)
        return std::nullopt;
    return names.at((i * 7) % names.size());
}

ListQuery sorted(SortField field, SortOrder order)
{
    ListQuery query;
    query.sortBy = field;
    query.sortOrder = order;
    return query;
}

// Statements that seek an anchor by key: `(key, c.uid) > (?, ?)` or `c.uid < ?`.
bool readsFromAnchor(const QString& sql)
{
    static const QRegularExpression seek(QStringLiteral("c\\.uid\\)? [<>] "));
    return seek.match(sql).hasMatch();
}

} // namespace

class TestListingAnchors : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void anchoredReadsMatchPlain_data();
    void anchoredReadsMatchPlain();
    void pagesMatchPlain_data();
    void pagesMatchPlain();
    void rolledBackWritesLeaveNoAnchors_data();
    void rolledBackWritesLeaveNoAnchors();
    void anchorsFollowWrites_data();
    void anchorsFollowWrites();

private:
    /// The contacts every case starts from.
    void seed();
    static void addSortRows();
    /// Every row id in the query's order, by the plain walk, on `db`.
    QList<qint64> plainOrder(ContactDatabase& db, const ListQuery& query);
    /// Windows at offsets around every anchor, segment boundary and end, and at a stride,
    /// read in one read transaction on `db`, each compared with `expected`.
    void compareWindows(ContactDatabase& db, const ListQuery& query, const QList<qint64>& expected);
    /// The anchored reads that ran since the last call.
    int takeAnchoredReads();

    std::unique_ptr<TestDatabase> m_t;
    QMutex m_mutex;
    int m_anchoredReads = 0;
    int m_phonesAdded = 0; ///< by the writes, after the seeded ones
};

void TestListingAnchors::initTestCase()
{
    ContactDatabase::setStatementObserver([this](const QString&, const QString& sql) {
        if (readsFromAnchor(sql)) {
            QMutexLocker lock(&m_mutex);
            ++m_anchoredReads;
        }
    });
    // One database for every case: the writes of anchorsFollowWrites (the last) add to it,
    // and each case reads its expectations from what it finds.
    seed();
}

void TestListingAnchors::cleanupTestCase()
{
    ContactDatabase::setStatementObserver({});
}

void TestListingAnchors::seed()
{
    m_t = std::make_unique<TestDatabase>();
    QVERIFY2(m_t->isOpen(), qPrintable(m_t->errorString()));
    ContactStore store = m_t->store();
    // Batches of 1000 share their creation time: created_at ties too.
    for (int first = 0; first < contactCount; first += ContactStore::maxBulkItems) {
        QJsonArray items;
        for (int i = first; i < std::min(contactCount, first + ContactStore::maxBulkItems); ++i) {
            QJsonObject item{{"userNumber", phoneFor(i)}};
            if (const auto name = nameFor(i))
                item.insert("userName", *name);
            items.append(item);
        }
        const auto result = store.bulk(ContactBodies::newContacts(items));
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : errorText(result.error())));
        QCOMPARE(result->imported, items.size());
    }
    // Two contacts in three get one of a few message times; the rest keep none.
    const auto ids = ContactListing(m_t->db(), m_t->db().defaultOrganization().rowId,
                                    sorted(SortField::CreatedAt, SortOrder::Ascending))
                         .window(0, contactCount);
    QVERIFY2(ids.has_value(), qPrintable(ids ? QString() : errorText(ids.error())));
    SqlTransaction transaction(m_t->db(), SqlTransaction::Write);
    QVERIFY(!transaction.beginError());
    const QDateTime base = QDateTime::fromMSecsSinceEpoch(1700000000000, QTimeZone::utc());
    for (qsizetype i = 0; i < ids->rowIds.size(); ++i) {
        if (i % 3 == 0)
            continue;
        const auto set =
            store.setServiceFields(ids->rowIds.at(i), QString(), base.addSecs((i * 13) % 50), 1);
        QVERIFY2(set.has_value(), qPrintable(set ? QString() : errorText(set.error())));
    }
    QVERIFY(transaction.commit().has_value());
    takeAnchoredReads();
}

void TestListingAnchors::init()
{
    takeAnchoredReads();
}

void TestListingAnchors::addSortRows()
{
    QTest::addColumn<SortField>("sortBy");
    QTest::addColumn<SortOrder>("sortOrder");
    const QList<std::pair<const char*, SortField>> fields = {
        {"created_at", SortField::CreatedAt},
        {"name", SortField::Name},
        {"last_message_at", SortField::LastMessageAt},
        {"updated_at", SortField::UpdatedAt}};
    for (const auto& [name, field] : fields) {
        QTest::addRow("%s asc", name) << field << SortOrder::Ascending;
        QTest::addRow("%s desc", name) << field << SortOrder::Descending;
    }
}

int TestListingAnchors::takeAnchoredReads()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_anchoredReads, 0);
}

QList<qint64> TestListingAnchors::plainOrder(ContactDatabase& db, const ListQuery& query)
{
    SqlTransaction snapshot(db, SqlTransaction::Read);
    if (snapshot.beginError())
        return {};
    ContactListing listing(db, db.defaultOrganization().rowId, query);
    const auto all = listing.window(0, 1000000);
    if (!all) {
        qWarning("%s", qPrintable(errorText(all.error())));
        return {};
    }
    return all->rowIds;
}

void TestListingAnchors::compareWindows(ContactDatabase& db, const ListQuery& query,
                                        const QList<qint64>& expected)
{
    const qint64 total = expected.size();
    QList<qint64> offsets;
    for (qint64 anchor = ListingAnchors::spacing; anchor < total;
         anchor += ListingAnchors::spacing) {
        // Around each anchor's rank, counted from either end.
        for (const qint64 near : {anchor - 2, anchor - 1, anchor, anchor + 1})
            offsets << near << total - near - 1 << total - near - 20;
    }
    for (qint64 offset = 0; offset < total; offset += 797)
        offsets << offset;
    // Around the start of the nulls, last in both directions: names (one in ten has none),
    // message times (one in three) and what the writes left of them.
    for (const qint64 nulls : {qint64(contactCount - 3) / 10 + 1, qint64(contactCount + 2) / 3}) {
        for (const qint64 near : {-201, -200, -199, -21, -20, -2, -1, 0, 1, 2})
            offsets << total - nulls + near;
    }
    offsets << total / 2 - 1 << total / 2 << total / 2 + 1 << total - 200 << total - 1 << total;

    SqlTransaction snapshot(db, SqlTransaction::Read);
    QVERIFY(!snapshot.beginError());
    // Twice: the first pass adds anchors as it goes, the second reads from them.
    for (int pass = 0; pass < 2; ++pass) {
        for (const qint64 offset : std::as_const(offsets)) {
            if (offset < 0)
                continue;
            for (const qint64 rows : {qint64(1), qint64(200)}) {
                ContactListing listing(db, db.defaultOrganization().rowId, query);
                const auto window = listing.window(offset, rows, total);
                QVERIFY2(window.has_value(),
                         qPrintable(window ? QString() : errorText(window.error())));
                const QList<qint64> want = expected.mid(offset, rows);
                if (window->rowIds != want) {
                    qWarning("pass %d: offset %lld, %lld rows of %lld", pass, offset, rows, total);
                    QCOMPARE(window->rowIds, want);
                }
            }
        }
    }
    QVERIFY(snapshot.commit().has_value());
}

void TestListingAnchors::anchoredReadsMatchPlain_data()
{
    addSortRows();
}

void TestListingAnchors::anchoredReadsMatchPlain()
{
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    const ListQuery query = sorted(sortBy, sortOrder);
    const QList<qint64> expected = plainOrder(m_t->db(), query);
    QCOMPARE(expected.size(), contactCount);
    QCOMPARE(takeAnchoredReads(), 0); // the plain walk from offset 0 uses no anchor
    compareWindows(m_t->db(), query, expected);
    if (QTest::currentTestFailed())
        return;
    // SQLite keeps a data version; PostgreSQL reads every window as before.
    const int anchored = takeAnchoredReads();
    if (m_t->db().dialect().driverName() == QLatin1String("QSQLITE"))
        QVERIFY2(anchored > 0, "no read started from an anchor");
    else
        QCOMPARE(anchored, 0);
}

void TestListingAnchors::pagesMatchPlain_data()
{
    addSortRows();
}

void TestListingAnchors::pagesMatchPlain()
{
    // The API's pages go through the same reads: every page of 100, in order.
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    ListQuery query = sorted(sortBy, sortOrder);
    const QList<qint64> expected = plainOrder(m_t->db(), query);
    ContactStore store = m_t->store();
    const auto uids = store.contactIdsByRowId(expected);
    QVERIFY(uids.has_value());
    query.limit = 100;
    for (int page = 1; (page - 1) * query.limit < contactCount + query.limit; ++page) {
        query.page = page;
        const auto listed = store.list(query);
        QVERIFY2(listed.has_value(), qPrintable(listed ? QString() : errorText(listed.error())));
        QStringList ids;
        for (const Contact& contact : listed->contacts)
            ids.append(contact.id);
        QCOMPARE(ids, uids->mid((page - 1) * query.limit, query.limit));
        QCOMPARE(listed->total, qint64(contactCount));
    }
}

void TestListingAnchors::anchorsFollowWrites_data()
{
    addSortRows();
}

void TestListingAnchors::anchorsFollowWrites()
{
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    const ListQuery query = sorted(sortBy, sortOrder);
    ContactDatabase& db = m_t->db();
    ContactStore store = m_t->store();
    compareWindows(db, query, plainOrder(db, query));

    // Each write moves rows ahead of the first anchors of one order or another: reads that
    // kept stale anchors would be off by one or more.
    const auto other = ContactDatabase::open(m_t->path());
    QVERIFY2(other.has_value(), qPrintable(other ? QString() : errorText(other.error())));
    ContactStore otherStore(**other);
    const auto first = [&](SortField field, SortOrder order) {
        const QList<qint64> ids = plainOrder(db, sorted(field, order));
        return ids.isEmpty() ? qint64(0) : ids.at(7);
    };
    const auto idOf = [&](qint64 rowId) {
        const auto ids = store.contactIdsByRowId({rowId});
        return ids && !ids->isEmpty() ? ids->first() : QString();
    };
    const auto rename = [&](ContactStore& on, qint64 rowId, const QString& name) {
        const auto changes = ContactBodies::changes(QJsonObject{{"name", name}});
        const auto updated = on.update(idOf(rowId), changes);
        QVERIFY2(updated.has_value(), qPrintable(updated ? QString() : errorText(updated.error())));
    };
    const QList<std::pair<const char*, std::function<void()>>> writes = {
        {"create here",
         [&] {
             QVERIFY(store
                         .create(ContactBodies::newContact(
                             QJsonObject{{"userNumber", phoneFor(contactCount + ++m_phonesAdded)},
                                         {"userName", "Aaron"}}))
                         .has_value());
         }},
        {"create on another connection",
         [&] {
             QVERIFY(otherStore
                         .create(ContactBodies::newContact(
                             QJsonObject{{"userNumber", phoneFor(contactCount + ++m_phonesAdded)}}))
                         .has_value());
         }},
        {"rename here",
         [&] {
             rename(store, first(SortField::Name, sortOrder), "zzz");
         }},
        {"rename on another connection",
         [&] {
             rename(otherStore, first(SortField::Name, SortOrder::Descending), "aaa");
         }},
        {"message time on another connection",
         [&] {
             QVERIFY(otherStore
                         .setServiceFields(first(SortField::LastMessageAt, sortOrder), QString(),
                                           QDateTime::fromMSecsSinceEpoch(1600000000000), 2)
                         .has_value());
         }},
        {"message time cleared here",
         [&] {
             QVERIFY(store
                         .setServiceFields(first(SortField::LastMessageAt, sortOrder), QString(),
                                           std::nullopt, 0)
                         .has_value());
         }},
        {"delete on another connection",
         [&] {
             QVERIFY(otherStore.remove(idOf(first(sortBy, sortOrder))).has_value());
         }},
        {"delete here",
         [&] {
             QVERIFY(store
                         .remove(idOf(first(sortBy, sortOrder == SortOrder::Ascending
                                                        ? SortOrder::Descending
                                                        : SortOrder::Ascending)))
                         .has_value());
         }},
    };
    for (const auto& [what, write] : writes) {
        write();
        if (QTest::currentTestFailed())
            return;
        compareWindows(db, query, plainOrder(db, query));
        if (QTest::currentTestFailed()) {
            qWarning("after: %s", what);
            return;
        }
    }
}

void TestListingAnchors::rolledBackWritesLeaveNoAnchors_data()
{
    addSortRows();
}

void TestListingAnchors::rolledBackWritesLeaveNoAnchors()
{
    // Reads inside a write transaction see its writes, which may yet roll back: they must
    // neither use the anchors kept before nor keep any of their own.
    QFETCH(SortField, sortBy);
    QFETCH(SortOrder, sortOrder);
    const ListQuery query = sorted(sortBy, sortOrder);
    ContactDatabase& db = m_t->db();
    ContactStore store = m_t->store();
    const QList<qint64> before = plainOrder(db, query);
    compareWindows(db, query, before);
    takeAnchoredReads();
    {
        SqlTransaction transaction(db, SqlTransaction::Write);
        QVERIFY(!transaction.beginError());
        const auto ids = store.contactIdsByRowId({before.at(3)});
        QVERIFY(ids && ids->size() == 1);
        QVERIFY(store.remove(ids->first()).has_value());
        const QList<qint64> during = plainOrder(db, query);
        QCOMPARE(during.size(), before.size() - 1);
        compareWindows(db, query, during);
        QCOMPARE(takeAnchoredReads(), 0);
    } // rolls back
    compareWindows(db, query, before);
}

QTEST_GUILESS_MAIN(TestListingAnchors)
#include "tst_listinganchors.moc"
