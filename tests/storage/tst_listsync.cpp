// The list extensions sync uses (contacts-api.md, sync.md): `includeDeleted=true` with
// `updatedSince` lists the contacts deleted since then as tombstones, and `view=full` lists
// items in the GET shape. Times are set explicitly on the rows, so that every order is known.

#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "ListQueryReader.h"
#include "TestDatabase.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

namespace {

ListQuery query(const QString& encoded)
{
    auto parsed = ListQueryReader::read(QUrlQuery(encoded));
    return parsed.value_or(ListQuery{});
}

// The ids of a page's JSON items, tombstones marked with a leading `-`.
QStringList itemIds(const ListPage& page)
{
    QStringList ids;
    for (const QJsonValue& item : ContactJson::listPage(page).value("contacts").toArray()) {
        ids.append((item["deleted"].toBool() ? QStringLiteral("-") : QString()) +
                   item["id"].toString());
    }
    return ids;
}

} // namespace

class TestListSync : public QObject {
    Q_OBJECT

private slots:
    void init();
    void parsing_data();
    void parsing();
    void tombstonesMergeByUpdateTime_data();
    void tombstonesMergeByUpdateTime();
    void pagesCoverEveryItemOnce();
    void tombstonesFollowOtherOrders();
    void tombstonesNeedUpdatedSince();
    void otherFiltersMatchNoTombstone();
    void otherOrganizationsTombstonesAreNotListed();
    void tombstoneShape();
    void fullView();
    void serializedListPageMatchesTheShapes_data();
    void serializedListPageMatchesTheShapes();

private:
    /// Creates a contact updated at `updatedAt` (ms).
    QString add(const QString& phone, qint64 updatedAt, const QString& name = {});
    /// Deletes a contact and dates its tombstone `deletedAt` (ms).
    void remove(const QString& id, qint64 deletedAt);
    ListPage list(const QString& encodedQuery);

    std::unique_ptr<TestDatabase> m_db;
    QStringList m_live;    ///< ids of live contacts, by update time
    QStringList m_deleted; ///< ids of tombstones
};

void TestListSync::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
    // Times 1000..6000: live at 1000, 3000, 5000, 6000; deleted at 2000, 4000.
    m_live = {add("+14155550101", 1000, "Dana"), add("+14155550103", 3000, "Bob"),
              add("+14155550105", 5000), add("+14155550106", 6000, "Carl")};
    const QString gone2 = add("+14155550102", 100, "Zed");
    const QString gone4 = add("+14155550104", 100);
    remove(gone2, 2000);
    remove(gone4, 4000);
    m_deleted = {gone2, gone4};
}

QString TestListSync::add(const QString& phone, qint64 updatedAt, const QString& name)
{
    QJsonObject body{{"userNumber", phone}};
    if (!name.isEmpty())
        body.insert("userName", name);
    auto created = m_db->store().create(ContactBodies::newContact(body));
    if (!created)
        return {};
    auto set =
        m_db->db().execute(QStringLiteral("UPDATE contacts SET updated_at = ?, created_at = ?"
                                          " WHERE id = ?"),
                           {updatedAt, updatedAt, created->rowId});
    return set ? created->id : QString();
}

void TestListSync::remove(const QString& id, qint64 deletedAt)
{
    QVERIFY(m_db->store().remove(id));
    QVERIFY(m_db->db().execute(QStringLiteral("UPDATE deleted_contacts SET deleted_at = ?"
                                              " WHERE id = (SELECT max(id) FROM deleted_contacts)"),
                               {deletedAt}));
}

ListPage TestListSync::list(const QString& encodedQuery)
{
    auto page = m_db->store().list(query(encodedQuery));
    return page.value_or(ListPage{});
}

void TestListSync::parsing_data()
{
    QTest::addColumn<QString>("encoded");
    QTest::addColumn<bool>("includeDeleted");
    QTest::addColumn<ListView>("view");
    QTest::addColumn<QString>("error");
    QTest::newRow("defaults") << "" << false << ListView::List << "";
    QTest::newRow("includeDeleted") << "includeDeleted=true" << true << ListView::List << "";
    QTest::newRow("not includeDeleted") << "includeDeleted=false" << false << ListView::List << "";
    QTest::newRow("bad includeDeleted")
        << "includeDeleted=1" << false << ListView::List << "Invalid includeDeleted";
    QTest::newRow("full") << "view=full" << false << ListView::Full << "";
    QTest::newRow("list") << "view=list" << false << ListView::List << "";
    QTest::newRow("bad view") << "view=FULL" << false << ListView::List << "Invalid view";
}

void TestListSync::parsing()
{
    QFETCH(QString, encoded);
    QFETCH(bool, includeDeleted);
    QFETCH(ListView, view);
    QFETCH(QString, error);
    const auto parsed = ListQueryReader::read(QUrlQuery(encoded));
    if (!error.isEmpty()) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error(), ApiError::badRequest(error));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->includeDeleted, includeDeleted);
    QCOMPARE(parsed->view, view);
}

void TestListSync::tombstonesMergeByUpdateTime_data()
{
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("order");
    QTest::addColumn<QList<int>>("expected"); ///< update times in ms / 1000; negative = deleted
    QTest::newRow("all, oldest first") << "1970-01-01T00:00:00Z"
                                       << "asc" << QList<int>{1, -2, 3, -4, 5, 6};
    QTest::newRow("all, newest first") << "1970-01-01T00:00:00Z"
                                       << "desc" << QList<int>{6, 5, -4, 3, -2, 1};
    QTest::newRow("since a deletion, inclusive") << "1970-01-01T00:00:04.000Z"
                                                 << "asc" << QList<int>{-4, 5, 6};
    QTest::newRow("after everything") << "1970-01-01T00:00:07Z"
                                      << "asc" << QList<int>{};
}

void TestListSync::tombstonesMergeByUpdateTime()
{
    QFETCH(QString, since);
    QFETCH(QString, order);
    QFETCH(QList<int>, expected);
    const ListPage page = list("includeDeleted=true&sortBy=updated_at&sortOrder=" + order +
                               "&updatedSince=" + QUrl::toPercentEncoding(since));
    QStringList ids;
    for (const int time : expected) {
        const qsizetype live = QList<int>{1, 3, 5, 6}.indexOf(time);
        ids.append(time > 0 ? m_live.at(live) : u'-' + m_deleted.at(-time / 2 - 1));
    }
    QCOMPARE(itemIds(page), ids);
    QCOMPARE(page.total, qint64(expected.size()));
    QCOMPARE(page.hasNext, false);
}

void TestListSync::pagesCoverEveryItemOnce()
{
    const QString base = "includeDeleted=true&updatedSince=1970-01-01T00:00:00Z"
                         "&sortBy=updated_at&sortOrder=asc&limit=4";
    const ListPage first = list(base + "&page=1");
    const ListPage second = list(base + "&page=2");
    QCOMPARE(first.total, 6);
    QCOMPARE(first.hasNext, true);
    QCOMPARE(second.hasNext, false);
    QCOMPARE(itemIds(first) + itemIds(second),
             QStringList({m_live.at(0), u'-' + m_deleted.at(0), m_live.at(1),
                          u'-' + m_deleted.at(1), m_live.at(2), m_live.at(3)}));
    QCOMPARE(list(base + "&page=3").contacts.size(), 0);
}

void TestListSync::tombstonesFollowOtherOrders()
{
    // Name order, ascending: named contacts, the unnamed one, then tombstones by deletion time.
    const ListPage page = list("includeDeleted=true&updatedSince=1970-01-01T00:00:00Z"
                               "&sortBy=name&sortOrder=asc");
    QCOMPARE(itemIds(page), QStringList({m_live.at(1), m_live.at(3), m_live.at(0), m_live.at(2),
                                         u'-' + m_deleted.at(0), u'-' + m_deleted.at(1)}));
}

void TestListSync::tombstonesNeedUpdatedSince()
{
    const ListPage page = list("includeDeleted=true&sortBy=updated_at&sortOrder=asc");
    QCOMPARE(itemIds(page), m_live);
    QCOMPARE(page.total, 4);
    // And without includeDeleted nothing changes.
    QCOMPARE(itemIds(list("updatedSince=1970-01-01T00:00:00Z&sortBy=updated_at&sortOrder=asc")),
             m_live);
}

void TestListSync::otherFiltersMatchNoTombstone()
{
    const ListPage page = list("includeDeleted=true&updatedSince=1970-01-01T00:00:00Z"
                               "&search=bob");
    QCOMPARE(itemIds(page), QStringList{m_live.at(1)});
    QCOMPARE(page.total, 1);
    QCOMPARE(m_db->store().count(query("includeDeleted=true&updatedSince=1970-01-01T00:00:00Z"
                                       "&optedIn=false")),
             qint64(4));
}

void TestListSync::otherOrganizationsTombstonesAreNotListed()
{
    auto other = m_db->db().addOrganization(QStringLiteral("org-other"));
    QVERIFY(other);
    ContactStore otherStore(m_db->db(), *other);
    auto created =
        otherStore.create(ContactBodies::newContact(QJsonObject{{"userNumber", "+14155550199"}}));
    QVERIFY(created);
    QVERIFY(otherStore.remove(created->id));
    const ListPage page = list("includeDeleted=true&updatedSince=1970-01-01T00:00:00Z");
    QCOMPARE(page.total, 6);
    QVERIFY(!itemIds(page).contains(u'-' + created->id));
    auto theirs = otherStore.list(query("includeDeleted=true&updatedSince=1970-01-01T00:00:00Z"));
    QVERIFY(theirs);
    QCOMPARE(itemIds(*theirs), QStringList{u'-' + created->id});
}

void TestListSync::tombstoneShape()
{
    const ListPage page = list("includeDeleted=true&updatedSince=1970-01-01T00:00:04Z"
                               "&sortBy=updated_at&sortOrder=asc&limit=1");
    QCOMPARE(page.deleted.size(), 1);
    const QByteArray json = ContactJson::serialize(ContactJson::listPage(page));
    QCOMPARE(json, R"({"contacts":[{"id":")" + m_deleted.at(1).toUtf8() +
                       R"(","phone":"+14155550104","deleted":true,)"
                       R"("updatedAt":"1970-01-01T00:00:04.000Z"}],)"
                       R"("total":3,"page":1,"limit":1,"hasNext":true})");
}

void TestListSync::fullView()
{
    QVERIFY(m_db->store().update(
        m_live.at(0), ContactBodies::changes(QJsonObject{{"params", QJsonObject{{"k", 1}}}})));
    const ListPage page = list("view=full&search=dana");
    QCOMPARE(page.contacts.size(), 1);
    const QJsonObject item =
        ContactJson::listPage(page).value("contacts").toArray().first().toObject();
    auto full = m_db->store().contact(m_live.at(0));
    QVERIFY(full);
    QCOMPARE(item, ContactJson::fullContact(*full));
    QCOMPARE(item["params"]["k"].toInt(), 1);
    QVERIFY(item.contains("vendorContactId"));
    // The default view stays the reference's list shape.
    const QJsonObject listItem =
        ContactJson::listPage(list("search=dana")).value("contacts").toArray().first().toObject();
    QVERIFY(!listItem.contains("params"));
}

void TestListSync::serializedListPageMatchesTheShapes_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("list") << "sortBy=name";
    QTest::newRow("full") << "view=full&sortBy=name&sortOrder=asc";
    QTest::newRow("tombstones between contacts")
        << "includeDeleted=true&updatedSince=1970-01-01T00:00:00Z&sortBy=updated_at&sortOrder=asc";
    QTest::newRow("tombstones, full, second page")
        << "includeDeleted=true&updatedSince=1970-01-01T00:00:00Z&sortBy=updated_at"
           "&view=full&limit=4&page=2";
    QTest::newRow("empty") << "search=nobody";
}

void TestListSync::serializedListPageMatchesTheShapes()
{
    QFETCH(QString, query);
    // Values that need escaping, nulls, params and a last message time.
    auto created = m_db->store().create(ContactBodies::newContact(QJsonObject{
        {"userNumber", "+14155550107"},
        {"userName", "Zoë \"Q\" \\ O'Neil\n\u0001"},
        {"email", "zoe@example.com"},
        {"tags", QJsonArray{"vip", "été"}},
        {"labels", QJsonArray{"x"}},
        {"params", QJsonObject{{"b", 1.5}, {"a", QJsonValue::Null}, {"c", "\u00e9"}}}}));
    QVERIFY(created);
    QVERIFY(m_db->db().execute(
        QStringLiteral("UPDATE contacts SET last_message_at = 1700000000123, updated_at = 5500,"
                       " conversation_count = 7 WHERE id = ?"),
        {created->rowId}));
    const ListPage page = list(query);
    QCOMPARE(ContactJson::serializedListPage(page),
             ContactJson::serialize(ContactJson::success(ContactJson::listPage(page))));
    for (const Contact& contact : page.contacts) {
        QCOMPARE(ContactJson::serializedFullContact(contact),
                 ContactJson::serialize(ContactJson::success(ContactJson::fullContact(contact))));
    }
}

QTEST_GUILESS_MAIN(TestListSync)
#include "tst_listsync.moc"
