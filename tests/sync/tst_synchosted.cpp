// Sync against the hosted service's surface: two desktop stores syncing through SyncEngine
// with one contacts-server started --without-extensions (no updatedSince, no DELETE, no
// labels, no view=full), so every pull is the full listing. After each scenario both stores
// and the server hold the same contacts, and each run's requests are what the listing costs.

#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactGenerator.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "ContactsServerProcess.h"
#include "FaultProxy.h"
#include "Operations.h"
#include "SyncConflicts.h"
#include "SyncEngine.h"
#include "SyncLinks.h"
#include "SyncTestSupport.h"
#include "SyncedFields.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <memory>

namespace {

const QString contactsPath = QStringLiteral("/api/whatsapp/contacts");
constexpr int pageSize = 100; // what the engine asks for; the API's largest page

/// The list requests of one full listing of `total` contacts.
int listingCost(int total)
{
    return std::max(1, (total + pageSize - 1) / pageSize);
}

/// What must be equal on every side, by phone: the synced fields but labels (which stay
/// local on this server). A local copy whose params may be older than the server's (pulled
/// from a list that does not carry them) has its base's params marked stale, and its params
/// are not compared.
using Snapshot = QMap<QString, QJsonObject>;

QJsonArray foldedSorted(const QJsonArray& list)
{
    QStringList folded;
    for (const QJsonValue& item : list)
        folded.append(item.toString().toCaseFolded());
    folded.sort();
    return QJsonArray::fromStringList(folded);
}

QJsonObject comparable(const QJsonValue& name, const QJsonValue& email, const QJsonValue& country,
                       const QJsonArray& tags, bool optedIn, bool isBlocked,
                       const QJsonObject& params)
{
    return {{"name", name},           {"email", email},
            {"countryCode", country}, {"tags", foldedSorted(tags)},
            {"optedIn", optedIn},     {"isBlocked", isBlocked},
            {"params", params}};
}

/// The first `count` contacts of a store in the default order (newest first).
ApiResult<QList<Contact>> newestContacts(ContactStore& store, qint64 count)
{
    const auto window = store.window(ListQuery{}, 0, count);
    if (!window)
        return std::unexpected(window.error());
    return store.contactsByRowId(window->rowIds);
}

QJsonValue orNull(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

/// Why a run failed, for a test's message (QVERIFY2 reads it whether or not it failed).
QByteArray failureOf(const SyncSummary& summary)
{
    return summary.failure ? summary.failure->message.toUtf8() : QByteArray();
}

QString describe(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Where `left` and `right` differ, or empty: the same phones, and per phone the same
/// fields (params where both sides have them).
QString differences(const Snapshot& left, const Snapshot& right)
{
    QStringList out;
    for (auto it = left.begin(); it != left.end(); ++it) {
        if (!right.contains(it.key())) {
            out.append(it.key() + QStringLiteral(" only on the left"));
            continue;
        }
        QJsonObject a = it.value();
        QJsonObject b = right.value(it.key());
        if (!a.contains("params") || !b.contains("params")) {
            a.remove("params");
            b.remove("params");
        }
        if (a != b)
            out.append(it.key() + QStringLiteral(": ") + describe(a) + QStringLiteral(" vs ") +
                       describe(b));
    }
    for (auto it = right.begin(); it != right.end(); ++it) {
        if (!left.contains(it.key()))
            out.append(it.key() + QStringLiteral(" only on the right"));
    }
    return out.join(u'\n');
}

} // namespace

class TestSyncHosted : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsOnBothSides();
    void editsOnBothSides();
    void conflictingEdit();
    void samePhoneOnBothSides();
    void localDeleteCannotBeSent();
    void labelsStayLocal();
    void paramsOnlyTravelFromTheEditingSide();
    void remoteDeletionIsFoundByTheListing();
    void paramsChangedThereSinceOurCreateAreNotReplaced();
    void killedOnEveryRequestKindResumes_data();
    void killedOnEveryRequestKindResumes();

private:
    ServerEndpoint endpoint() const;
    SyncSummary sync(TestDatabase& database);
    Snapshot localSnapshot(TestDatabase& database);
    Snapshot serverSnapshot();
    int serverTotal();
    QString remoteId(TestDatabase& database, const QString& contactId);
    /// Two stores with `count` generated contacts made in A and synced to B.
    void syncedPair(int count);
    void verifyAllEqual();
    /// Syncs A through `proxy`, killed on the first request whose line matches `killed`
    /// when it is given (tst_sync's killedOnEveryRequestKindResumes tells how).
    void syncAKilledAt(FaultProxy& proxy, const QString& killed, const QString& answerLostFirst);

    std::unique_ptr<ContactsServerProcess> m_server;
    ContactsServerProcess::Credentials m_org;
    std::unique_ptr<TestDatabase> m_a;
    std::unique_ptr<TestDatabase> m_b;
};

void TestSyncHosted::init()
{
    m_server = std::make_unique<ContactsServerProcess>();
    // The server database's own organization: the one `contacts-cli --db` writes to.
    {
        auto db = ContactDatabase::open(m_server->databasePath());
        VERIFY_OK(db);
        m_org.organization = (*db)->defaultOrganization().id;
    }
    const auto credentials =
        m_server->startWithToken(m_org.organization, {"--without-extensions", "--rate-limit", "0"});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_org = *credentials;
    m_a = std::make_unique<TestDatabase>();
    m_b = std::make_unique<TestDatabase>();
    QVERIFY(m_a->isOpen() && m_b->isOpen());
}

void TestSyncHosted::cleanup()
{
    m_a.reset();
    m_b.reset();
    if (m_server)
        QCOMPARE(m_server->terminate(), 0);
    m_server.reset();
}

ServerEndpoint TestSyncHosted::endpoint() const
{
    ServerEndpoint endpoint;
    endpoint.contactsUrl =
        QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port()) + contactsPath);
    endpoint.organizationId = m_org.organization;
    endpoint.token = m_org.token;
    return endpoint;
}

SyncSummary TestSyncHosted::sync(TestDatabase& database)
{
    SyncEngine engine(database.path(), endpoint(), SyncTestSupport::quickOptions(2));
    return engine.run();
}

Snapshot TestSyncHosted::localSnapshot(TestDatabase& database)
{
    Snapshot snapshot;
    ContactStore store = database.store();
    const ListQuery all;
    const auto window = store.window(all, 0, std::numeric_limits<qint64>::max());
    const auto contacts = window ? store.contactsByRowId(window->rowIds)
                                 : ApiResult<QList<Contact>>(std::unexpected(window.error()));
    if (!contacts) {
        qWarning("cannot read a local store: %s", qPrintable(errorText(contacts.error())));
        return {};
    }
    SyncLinks links(database.db(), store.organization().rowId);
    for (const Contact& c : *contacts) {
        QJsonObject fields =
            comparable(orNull(c.name), orNull(c.email), orNull(c.countryCode),
                       QJsonArray::fromStringList(c.tags), c.optedIn, c.isBlocked, c.params);
        const auto link = links.byContact(c.id);
        if (!link || !*link || SyncedFields::hasStaleParams((*link)->base))
            fields.remove("params");
        snapshot.insert(c.phone, fields);
    }
    return snapshot;
}

Snapshot TestSyncHosted::serverSnapshot()
{
    Snapshot snapshot;
    for (int page = 1;; ++page) {
        const auto reply = m_server->request(
            "GET", contactsPath + QStringLiteral("?limit=100&page=%1").arg(page), &m_org);
        const QJsonObject data = reply.json()["data"].toObject();
        for (const QJsonValue& item : data["contacts"].toArray()) {
            // The GET shape has the params the list leaves out.
            const QJsonObject c =
                m_server->request("GET", contactsPath + u'/' + item["id"].toString(), &m_org)
                    .json()["data"]
                    .toObject();
            snapshot.insert(c["phone"].toString(),
                            comparable(c["name"], c["email"], c["countryCode"], c["tags"].toArray(),
                                       c["optedIn"].toBool(), c["isBlocked"].toBool(),
                                       c["params"].toObject()));
        }
        if (!data["hasNext"].toBool())
            return snapshot;
    }
}

int TestSyncHosted::serverTotal()
{
    return m_server->request("GET", contactsPath + "?limit=1", &m_org)
        .json()["data"]["total"]
        .toInt();
}

QString TestSyncHosted::remoteId(TestDatabase& database, const QString& contactId)
{
    auto link =
        SyncLinks(database.db(), database.store().organization().rowId).byContact(contactId);
    return link && *link ? (*link)->remoteId : QString();
}

void TestSyncHosted::verifyAllEqual()
{
    const Snapshot server = serverSnapshot();
    QVERIFY(!server.isEmpty());
    const QString a = differences(localSnapshot(*m_a), server);
    QVERIFY2(a.isEmpty(), qPrintable(QStringLiteral("A vs server:\n") + a));
    const QString b = differences(localSnapshot(*m_b), server);
    QVERIFY2(b.isEmpty(), qPrintable(QStringLiteral("B vs server:\n") + b));
    QCOMPARE(serverTotal(), server.size()); // and no duplicate on the server
}

void TestSyncHosted::syncedPair(int count)
{
    ContactGenerator generator(11);
    ContactStore a = m_a->store();
    const auto created =
        a.bulk(ContactBodies::newContacts(generator.nextBatch(count)), ContactSource::Manual);
    VERIFY_OK(created);
    QCOMPARE(created->imported, count);

    // An empty server: the probe asks twice (nothing comes back either way), one page.
    SyncSummary first = sync(*m_a);
    QVERIFY2(first.success(), failureOf(first).constData());
    QCOMPARE(first.pushed, count);
    QCOMPARE(first.requests, 2 + listingCost(0) + (count + 999) / 1000);

    // B: one probe (the server answers with contacts whatever updatedSince says), the
    // listing, nothing to push.
    SyncSummary second = sync(*m_b);
    QVERIFY2(second.success(), failureOf(second).constData());
    QCOMPARE(second.pulled, count);
    QCOMPARE(second.requests, 1 + listingCost(count));
}

void TestSyncHosted::createsOnBothSides()
{
    // 250 contacts: the listing is three pages.
    syncedPair(250);
    QVERIFY(!QTest::currentTestFailed());
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    VERIFY_OK(a.create(ContactBodies::newContact(QJsonObject{
        {"userNumber", "+14155550201"}, {"userName", "Made in A"}, {"tags", QJsonArray{"a"}}})));
    VERIFY_OK(b.create(ContactBodies::newContact(QJsonObject{
        {"userNumber", "+14155550202"}, {"userName", "Made in B"}, {"email", "b@example.com"}})));
    VERIFY_OK(b.create(ContactBodies::newContact(QJsonObject{{"userNumber", "+14155550203"}})));

    const SyncSummary fromA = sync(*m_a);
    QVERIFY2(fromA.success(), failureOf(fromA).constData());
    QCOMPARE(fromA.pushed, 1);
    QCOMPARE(fromA.pulled, 0);
    QCOMPARE(fromA.requests, listingCost(250) + 1); // the listing, one bulk

    const SyncSummary fromB = sync(*m_b);
    QVERIFY2(fromB.success(), failureOf(fromB).constData());
    QCOMPARE(fromB.pulled, 1);
    QCOMPARE(fromB.pushed, 2);
    QCOMPARE(fromB.requests, listingCost(251) + 1);

    const SyncSummary backToA = sync(*m_a);
    QVERIFY2(backToA.success(), failureOf(backToA).constData());
    QCOMPARE(backToA.pulled, 2);
    QCOMPARE(backToA.pushed, 0);
    QCOMPARE(backToA.requests, listingCost(253));
    QCOMPARE(serverTotal(), 253);
    verifyAllEqual();

    // A run with nothing new on either side costs the listing alone and changes nothing.
    const SyncSummary idle = sync(*m_b);
    QCOMPARE(idle.pulled + idle.pushed + idle.conflicts, 0);
    QCOMPARE(idle.requests, listingCost(253));
}

void TestSyncHosted::editsOnBothSides()
{
    syncedPair(3);
    QVERIFY(!QTest::currentTestFailed());
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    const auto all = newestContacts(a, 3);
    VERIFY_OK(all);
    const Contact first = all->at(0);
    const Contact second = all->at(1);
    const auto inB = [&](const Contact& c) {
        return (*b.contactByPhone(c.phone))->id;
    };

    // Different fields of one contact, and the tags of another, on each side.
    VERIFY_OK(a.update(first.id, ContactBodies::changes({{"name", "Renamed in A"}})));
    VERIFY_OK(b.update(
        inB(first), ContactBodies::changes({{"email", "from-b@example.com"}, {"opted_in", true}})));
    QStringList tagsA = second.tags;
    tagsA.append("from-a");
    VERIFY_OK(a.update(second.id, ContactChanges().setTags(tagsA)));
    QStringList tagsB = second.tags;
    tagsB.append("from-b");
    VERIFY_OK(b.update(inB(second), ContactChanges().setTags(tagsB)));

    const SyncSummary fromA = sync(*m_a);
    QVERIFY2(fromA.success(), failureOf(fromA).constData());
    QCOMPARE(fromA.pushed, 2);
    QCOMPARE(fromA.requests, listingCost(3) + 2); // two PATCHes

    const SyncSummary fromB = sync(*m_b);
    QVERIFY2(fromB.success(), failureOf(fromB).constData());
    QCOMPARE(fromB.pulled, 2);
    QCOMPARE(fromB.conflicts, 0);
    QCOMPARE(fromB.pushed, 2);
    QCOMPARE(fromB.requests, listingCost(3) + 2);

    const SyncSummary backToA = sync(*m_a);
    QVERIFY2(backToA.success(), failureOf(backToA).constData());
    QCOMPARE(backToA.pulled, 2);
    QCOMPARE(backToA.requests, listingCost(3));
    verifyAllEqual();

    const Contact merged = *a.contact(first.id);
    QCOMPARE(merged.name, std::optional<QString>("Renamed in A"));
    QCOMPARE(merged.email, std::optional<QString>("from-b@example.com"));
    QVERIFY(merged.optedIn);
    const QStringList mergedTags = a.contact(second.id)->tags;
    QVERIFY2(mergedTags.contains("from-a") && mergedTags.contains("from-b"),
             qPrintable(mergedTags.join(u',')));
}

void TestSyncHosted::conflictingEdit()
{
    syncedPair(2);
    QVERIFY(!QTest::currentTestFailed());
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    const Contact contact = newestContacts(a, 1)->at(0);
    const QString inB = (*b.contactByPhone(contact.phone))->id;
    VERIFY_OK(a.update(contact.id, ContactChanges().setName(QStringLiteral("Name from A"))));
    VERIFY_OK(b.update(inB, ContactChanges().setName(QStringLiteral("Name from B"))));

    QVERIFY(sync(*m_a).success());
    const SyncSummary fromB = sync(*m_b);
    QVERIFY2(fromB.success(), failureOf(fromB).constData());
    QCOMPARE(fromB.conflicts, 1);
    // The server's value stayed: B has nothing left to send.
    QCOMPARE(fromB.pushed, 0);
    QCOMPARE(fromB.requests, listingCost(2));

    const auto open = SyncConflicts(m_b->db(), b.organization().rowId).open();
    VERIFY_OK(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->at(0).contactId, inB);
    QCOMPARE(open->at(0).field, QStringLiteral("name"));
    QCOMPARE(open->at(0).localValue, QJsonValue("Name from B"));
    QCOMPARE(open->at(0).remoteValue, QJsonValue("Name from A"));
    QCOMPARE(b.contact(inB)->name, std::optional<QString>("Name from A"));
    QCOMPARE(SyncConflicts(m_a->db(), a.organization().rowId).openCount().value_or(-1), 0);

    QVERIFY(sync(*m_a).success());
    verifyAllEqual();
}

void TestSyncHosted::samePhoneOnBothSides()
{
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    // Written differently: both are +971501234567.
    VERIFY_OK(a.create(ContactBodies::newContact(QJsonObject{
        {"userNumber", "+971501234567"}, {"userName", "Ahmed"}, {"tags", QJsonArray{"lead"}}})));
    const auto mine =
        b.create(ContactBodies::newContact(QJsonObject{{"userNumber", "00971 50 123 4567"},
                                                       {"userName", "Ahmed Hassan"},
                                                       {"tags", QJsonArray{"vip"}}}));
    VERIFY_OK(mine);

    QVERIFY(sync(*m_a).success());
    const SyncSummary fromB = sync(*m_b);
    QVERIFY2(fromB.success(), failureOf(fromB).constData());
    // Linked by the listing, never created twice: the probe, one page, and one PATCH for
    // the tag B added.
    QCOMPARE(fromB.requests, 1 + listingCost(1) + 1);
    QCOMPARE(fromB.conflicts, 1); // both named it, without a base
    QCOMPARE(serverTotal(), 1);
    QVERIFY(sync(*m_a).success());
    verifyAllEqual();

    const QString remote = remoteId(*m_a, (*a.contactByPhone("+971501234567"))->id);
    QVERIFY(!remote.isEmpty());
    QCOMPARE(remoteId(*m_b, mine->id), remote);
    QCOMPARE(b.contact(mine->id)->name, std::optional<QString>("Ahmed"));
    const QStringList tags = b.contact(mine->id)->tags;
    QVERIFY2(tags.contains("lead") && tags.contains("vip"), qPrintable(tags.join(u',')));
}

void TestSyncHosted::localDeleteCannotBeSent()
{
    syncedPair(3);
    QVERIFY(!QTest::currentTestFailed());
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    const auto all = newestContacts(a, 3);
    VERIFY_OK(all);
    const Contact gone = all->at(0);
    VERIFY_OK(a.remove(gone.id));

    // The DELETE is refused (405): the contact's error says so, the run goes on.
    const SyncSummary first = sync(*m_a);
    QVERIFY2(first.success(), failureOf(first).constData());
    QCOMPARE(first.requests, listingCost(3) + 1);
    QCOMPARE(first.pushed, 0);
    QCOMPARE(first.pulled, 0);
    QCOMPARE(first.errors.size(), 1);
    QCOMPARE(first.errors.at(0)["id"].toString(), gone.id);
    QVERIFY2(first.errors.at(0)["error"].toString().contains("cannot delete"),
             qPrintable(first.errors.at(0)["error"].toString()));

    // The next run lists the contact again: neither brought back nor created twice.
    const SyncSummary second = sync(*m_a);
    QVERIFY2(second.success(), failureOf(second).constData());
    QCOMPARE(second.requests, listingCost(3));
    QCOMPARE(second.pulled, 0);
    QVERIFY(second.errors.isEmpty());
    QVERIFY(!*a.contactByPhone(gone.phone));
    QCOMPARE(a.count(ListQuery{}).value_or(-1), 2);
    QCOMPARE(serverTotal(), 3);

    // The server is known to have no DELETE: the next deletion costs no request.
    VERIFY_OK(a.remove(all->at(1).id));
    const SyncSummary third = sync(*m_a);
    QVERIFY2(third.success(), failureOf(third).constData());
    QCOMPARE(third.requests, listingCost(3));
    QCOMPARE(third.errors.size(), 1);

    // Another agent edits the contact deleted here: kept as a "deleted locally" conflict,
    // still not brought back.
    const QString inB = (*b.contactByPhone(gone.phone))->id;
    VERIFY_OK(b.update(inB, ContactChanges().setName(QStringLiteral("Edited in B"))));
    QVERIFY(sync(*m_b).success());
    const SyncSummary fourth = sync(*m_a);
    QVERIFY2(fourth.success(), failureOf(fourth).constData());
    QCOMPARE(fourth.conflicts, 1);
    QVERIFY(!*a.contactByPhone(gone.phone));
    const auto conflicts = SyncConflicts(m_a->db(), a.organization().rowId).open();
    VERIFY_OK(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->at(0).kind, SyncConflict::Kind::DeletedLocally);

    // B and the server still agree on all three; A holds the one it did not delete.
    const Snapshot server = serverSnapshot();
    QCOMPARE(server.size(), 3);
    const QString fromB = differences(localSnapshot(*m_b), server);
    QVERIFY2(fromB.isEmpty(), qPrintable(fromB));
    const Snapshot kept = localSnapshot(*m_a);
    QCOMPARE(kept.size(), 1);
    QVERIFY(
        differences(kept, Snapshot{{kept.firstKey(), server.value(kept.firstKey())}}).isEmpty());
}

void TestSyncHosted::labelsStayLocal()
{
    ContactStore a = m_a->store();
    const auto created = a.create(ContactBodies::newContact(QJsonObject{
        {"userNumber", "+14155550301"}, {"userName", "Labelled"}, {"labels", QJsonArray{"mine"}}}));
    VERIFY_OK(created);
    const SyncSummary first = sync(*m_a);
    QVERIFY2(first.success(), failureOf(first).constData());
    // The bulk create; no PATCH follows for the labels the server cannot hold.
    QCOMPARE(first.requests, 2 + listingCost(0) + 1);
    QVERIFY(first.errors.isEmpty());

    // A labels-only edit costs no request; with another field, only that field is sent.
    VERIFY_OK(a.update(created->id, ContactChanges().setLabels({"mine", "also mine"})));
    const SyncSummary labelsOnly = sync(*m_a);
    QVERIFY2(labelsOnly.success(), failureOf(labelsOnly).constData());
    QCOMPARE(labelsOnly.requests, listingCost(1));
    QCOMPARE(labelsOnly.pushed, 0);
    VERIFY_OK(a.update(created->id, ContactChanges().setLabels({"mine"}).setName(
                                        QStringLiteral("Labelled, renamed"))));
    const SyncSummary withName = sync(*m_a);
    QVERIFY2(withName.success(), failureOf(withName).constData());
    QCOMPARE(withName.requests, listingCost(1) + 1);
    QVERIFY(withName.errors.isEmpty());

    // Pulls keep them (the server lists every contact with no labels), and B gets none.
    QVERIFY(sync(*m_b).success());
    QVERIFY(sync(*m_a).success());
    QCOMPARE(a.contact(created->id)->labels, QStringList{"mine"});
    QCOMPARE((*m_b->store().contactByPhone("+14155550301"))->labels, QStringList());
    QCOMPARE(m_server->request("GET", contactsPath + u'/' + remoteId(*m_a, created->id), &m_org)
                 .json()["data"]["labels"]
                 .toArray(),
             QJsonArray());
    verifyAllEqual();
}

void TestSyncHosted::paramsOnlyTravelFromTheEditingSide()
{
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    const auto created = a.create(ContactBodies::newContact(
        QJsonObject{{"userNumber", "+14155550401"}, {"params", QJsonObject{{"plan", "basic"}}}}));
    VERIFY_OK(created);
    QVERIFY(sync(*m_a).success());
    QVERIFY(sync(*m_b).success());
    const QString remote = remoteId(*m_a, created->id);
    const auto serverParams = [&] {
        return m_server->request("GET", contactsPath + u'/' + remote, &m_org)
            .json()["data"]["params"]
            .toObject();
    };
    QCOMPARE(serverParams(), QJsonObject({{"plan", "basic"}}));
    // The list has no params and the engine does not GET each contact (sync.md: the
    // desktop fetches them when a contact is opened): B's copy has none yet.
    const QString inB = (*b.contactByPhone("+14155550401"))->id;
    QCOMPARE(b.contact(inB)->params, QJsonObject());

    // A local params edit is sent, though the listing never shows params.
    VERIFY_OK(a.update(created->id, ContactChanges().setParams({{"plan", "gold"}})));
    const SyncSummary sent = sync(*m_a);
    QVERIFY2(sent.success(), failureOf(sent).constData());
    QCOMPARE(sent.requests, listingCost(1) + 1);
    QCOMPARE(serverParams(), QJsonObject({{"plan", "gold"}}));

    // Another agent's params edit is not seen by a pull: A keeps its copy, and sending an
    // unrelated field does not overwrite the server's params.
    QCOMPARE(m_server
                 ->request("PATCH", contactsPath + u'/' + remote, &m_org,
                           R"({"params":{"plan":"gold","seats":5}})")
                 .status,
             200);
    QVERIFY(sync(*m_a).success());
    QCOMPARE(a.contact(created->id)->params, QJsonObject({{"plan", "gold"}}));
    VERIFY_OK(a.update(created->id, ContactChanges().setName(QStringLiteral("Renamed"))));
    QVERIFY(sync(*m_a).success());
    QCOMPARE(serverParams(), QJsonObject({{"plan", "gold"}, {"seats", 5}}));

    // A params edit made on a copy older than the server's: the engine GETs the server's
    // copy first and merges three-way. Both changed the params: the server's stay, and A's
    // edit is kept as a conflict rather than sent over the other agent's.
    VERIFY_OK(a.update(created->id, ContactChanges().setParams({{"plan", "platinum"}})));
    const SyncSummary merged = sync(*m_a);
    QVERIFY2(merged.success(), failureOf(merged).constData());
    QCOMPARE(merged.conflicts, 1);
    QCOMPARE(serverParams(), QJsonObject({{"plan", "gold"}, {"seats", 5}}));
    QCOMPARE(a.contact(created->id)->params, QJsonObject({{"plan", "gold"}, {"seats", 5}}));
    const auto conflicts = SyncConflicts(m_a->db(), a.organization().rowId).open();
    QVERIFY(conflicts && conflicts->size() == 1);
    QCOMPARE(conflicts->first().field, QStringLiteral("params"));
    QCOMPARE(conflicts->first().localValue.toObject(), QJsonObject({{"plan", "platinum"}}));

    // Opening the contact in B fetches its params once (sync.md): one GET, then none.
    // It changes the contact, but is no operation of the History.
    Operations operations(m_b->db(), b.organization().rowId);
    const auto newestOperation = [&] {
        auto latest = operations.latest(1);
        return latest && !latest->isEmpty() ? latest->first().id : 0;
    };
    const qint64 operationsBefore = newestOperation();
    SyncEngine opener(m_b->path(), endpoint(), SyncTestSupport::quickOptions(2));
    const SyncSummary opened = opener.refreshContact(inB);
    QVERIFY2(opened.success(), failureOf(opened).constData());
    QCOMPARE(opened.requests, 1);
    QCOMPARE(b.contact(inB)->params, QJsonObject({{"plan", "gold"}, {"seats", 5}}));
    QCOMPARE(newestOperation(), operationsBefore);
    QCOMPARE(opener.refreshContact(inB).requests, 0);
}

void TestSyncHosted::remoteDeletionIsFoundByTheListing()
{
    syncedPair(3);
    QVERIFY(!QTest::currentTestFailed());
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    const Contact gone = newestContacts(a, 1)->at(0);
    const QString remote = remoteId(*m_a, gone.id);
    QVERIFY(!remote.isEmpty());
    // B edits it meanwhile: the deletion wins and the edit becomes a conflict.
    const QString inB = (*b.contactByPhone(gone.phone))->id;
    VERIFY_OK(b.update(inB, ContactChanges().setName(QStringLiteral("Edited in B"))));

    // Deleted in the server's database while it runs (WAL lets another process write).
    QProcess cli;
    cli.start(QStringLiteral(CONTACTS_CLI_PATH),
              {"--db", m_server->databasePath(), "delete", remote});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    QCOMPARE(serverTotal(), 2);

    // The listing misses one linked contact; one GET answering 404 confirms it.
    const SyncSummary fromA = sync(*m_a);
    QVERIFY2(fromA.success(), failureOf(fromA).constData());
    QCOMPARE(fromA.pulled, 1);
    QCOMPARE(fromA.conflicts, 0);
    QCOMPARE(fromA.requests, listingCost(2) + 1);
    QVERIFY(m_server->log().contains(" GET " + contactsPath.toUtf8() + '/' + remote.toUtf8() +
                                     " 404 "));
    QVERIFY(!*a.contactByPhone(gone.phone));

    const SyncSummary fromB = sync(*m_b);
    QVERIFY2(fromB.success(), failureOf(fromB).constData());
    QCOMPARE(fromB.pulled, 1);
    QCOMPARE(fromB.conflicts, 1);
    QCOMPARE(fromB.requests, listingCost(2) + 1); // the edit is not sent to a deleted contact
    QVERIFY(!*b.contactByPhone(gone.phone));
    const auto conflicts = SyncConflicts(m_b->db(), b.organization().rowId).open();
    VERIFY_OK(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->at(0).kind, SyncConflict::Kind::DeletedOnServer);

    // Found once: later runs cost the listing alone.
    QCOMPARE(sync(*m_a).requests, listingCost(2));
    verifyAllEqual();
}

void TestSyncHosted::paramsChangedThereSinceOurCreateAreNotReplaced()
{
    // A bulk answer carries no updatedAt: the listing after our create is the first to show
    // whether the contact changed since. Another agent's params edit made in between is as
    // invisible in the listing as any other, and a local params edit must not replace it.
    ContactStore a = m_a->store();
    const auto created = a.create(ContactBodies::newContact(
        QJsonObject{{"userNumber", "+14155550601"}, {"params", QJsonObject{{"plan", "basic"}}}}));
    VERIFY_OK(created);
    QVERIFY(sync(*m_a).success());
    const QString remote = remoteId(*m_a, created->id);
    QCOMPARE(m_server
                 ->request("PATCH", contactsPath + u'/' + remote, &m_org,
                           R"({"params":{"plan":"basic","seats":5}})")
                 .status,
             200);

    VERIFY_OK(a.update(created->id, ContactChanges().setParams({{"plan", "gold"}})));
    const SyncSummary merged = sync(*m_a);
    QVERIFY2(merged.success(), failureOf(merged).constData());
    // Fetched and merged three-way: both changed the params, the server's stay and ours
    // are listed.
    QCOMPARE(merged.conflicts, 1);
    QCOMPARE(m_server->request("GET", contactsPath + u'/' + remote, &m_org)
                 .json()["data"]["params"]
                 .toObject(),
             QJsonObject({{"plan", "basic"}, {"seats", 5}}));
    QCOMPARE(a.contact(created->id)->params, QJsonObject({{"plan", "basic"}, {"seats", 5}}));
}

void TestSyncHosted::syncAKilledAt(FaultProxy& proxy, const QString& killed,
                                   const QString& answerLostFirst)
{
    ServerEndpoint throughProxy = endpoint();
    throughProxy.contactsUrl.setPort(proxy.port());
    const ClientOptions options = SyncTestSupport::quickOptions(3);
    if (killed.isEmpty()) {
        SyncEngine engine(m_a->path(), throughProxy, options);
        const SyncSummary summary = engine.run();
        QVERIFY2(summary.success() && summary.errors.isEmpty(), failureOf(summary).constData());
        return;
    }
    if (!answerLostFirst.isEmpty())
        proxy.faultOn(QRegularExpression(answerLostFirst), FaultProxy::Fault::dropResponse());
    proxy.faultOn(QRegularExpression(killed), FaultProxy::Fault::kill());
    SyncEngine engine(m_a->path(), throughProxy, options);
    const SyncTestSupport::KilledRun run =
        SyncTestSupport::runUntilKilled(engine, proxy, m_a->db());
    QVERIFY2(run.killed, "no request matched: nothing was killed");
    QVERIFY2(run.summary.failure && run.summary.failure->kind == ClientError::Kind::Cancelled,
             failureOf(run.summary).constData());
    QCOMPARE(run.requestsAfterKill, 0);
    QCOMPARE(run.stateAfterRun, run.stateAtKill);

    SyncEngine restarted(m_a->path(), throughProxy, options);
    const SyncSummary resumed = restarted.run();
    QVERIFY2(resumed.success() && resumed.errors.isEmpty(), failureOf(resumed).constData());
}

void TestSyncHosted::killedOnEveryRequestKindResumes_data()
{
    // tst_sync's test of the same name on the hosted surface, for the requests only it makes:
    // the full listing, a GET of a linked contact the listing missed, a GET of the params a
    // list does not carry, and the search and GET for a resent create. Run 1 is A's first
    // sync, to an empty server; run 2 sends a params edit and a block after another agent
    // renamed that contact and deleted another. `%1` in `killed` is the remote id of the
    // contact `phone` names.
    QTest::addColumn<int>("run");
    QTest::addColumn<QString>("killed");
    QTest::addColumn<QString>("lostFirst");
    QTest::addColumn<QString>("phone");
    const QString listing = QStringLiteral(R"(^GET \S*\?sortBy=created_at)");
    const QString bulk = QStringLiteral(R"(^POST \S*/bulk )");
    const QString getOne = QStringLiteral(R"(^GET /api/whatsapp/contacts/%1 )");
    const QString anyOne = QStringLiteral(R"([^/?\s]+)");
    const QString edited = QStringLiteral("+14155550501");
    const QString deleted = QStringLiteral("+14155550503");
    QTest::newRow("probe") << 1 << QStringLiteral(R"(^GET \S*\?updatedSince=9999-)") << QString()
                           << QString();
    QTest::newRow("probe of an empty server")
        << 1 << QStringLiteral(R"(^GET \S*\?updatedSince=never)") << QString() << QString();
    QTest::newRow("first listing") << 1 << listing << QString() << QString();
    QTest::newRow("bulk create") << 1 << bulk << QString() << QString();
    QTest::newRow("PATCH after create") << 1 << QStringLiteral("^PATCH ") << QString() << QString();
    QTest::newRow("search for a resent create")
        << 1 << QStringLiteral(R"(^GET \S*\?search=)") << bulk << QString();
    QTest::newRow("GET for a resent create") << 1 << getOne.arg(anyOne) << bulk << QString();
    QTest::newRow("listing") << 2 << listing << QString() << QString();
    QTest::newRow("GET confirming a deletion") << 2 << getOne << QString() << deleted;
    QTest::newRow("GET of stale params") << 2 << getOne << QString() << edited;
    QTest::newRow("PATCH of an edit") << 2 << QStringLiteral("^PATCH ") << QString() << QString();
}

void TestSyncHosted::killedOnEveryRequestKindResumes()
{
    QFETCH(int, run);
    QFETCH(QString, killed);
    QFETCH(QString, lostFirst);
    QFETCH(QString, phone);
    FaultProxy proxy;
    QVERIFY(proxy.listen(m_server->port()));

    // Run 1: three contacts, one with params, and one opted in (a PATCH after the create).
    ContactStore a = m_a->store();
    VERIFY_OK(a.create(ContactBodies::newContact(
        QJsonObject{{"userNumber", "+14155550501"}, {"params", QJsonObject{{"plan", "basic"}}}})));
    VERIFY_OK(a.create(ContactBodies::newContact(QJsonObject{{"userNumber", "+14155550502"}})));
    VERIFY_OK(a.create(ContactBodies::newContact(QJsonObject{{"userNumber", "+14155550503"}})));
    const auto optedIn =
        a.create(ContactBodies::newContact(QJsonObject{{"userNumber", "+14155550504"}}));
    VERIFY_OK(optedIn);
    VERIFY_OK(a.update(optedIn->id, ContactChanges().setOptedIn(true)));
    syncAKilledAt(proxy, run == 1 ? killed : QString(), lostFirst);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(sync(*m_b).success());

    // Another agent renames one (A's listing then marks its params stale) and deletes one
    // in the server's database (this server has no DELETE).
    const QString editedId = remoteId(*m_a, (*a.contactByPhone("+14155550501"))->id);
    const QString deletedId = remoteId(*m_a, (*a.contactByPhone("+14155550503"))->id);
    QCOMPARE(m_server
                 ->request("PATCH", contactsPath + u'/' + editedId, &m_org,
                           R"({"name":"Named elsewhere"})")
                 .status,
             200);
    QProcess cli;
    cli.start(QStringLiteral(CONTACTS_CLI_PATH),
              {"--db", m_server->databasePath(), "delete", deletedId});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);

    // Run 2: a params edit on that stale base (a GET first) and a block, in one PATCH.
    VERIFY_OK(a.update((*a.contactByPhone("+14155550501"))->id,
                       ContactChanges().setParams({{"plan", "gold"}}).setBlocked(true)));
    const QString remoteOfPhone =
        phone.isEmpty() ? QString()
                        : (phone == QStringLiteral("+14155550501") ? editedId : deletedId);
    syncAKilledAt(proxy, run == 2 ? killed.arg(remoteOfPhone) : QString(), QString());
    if (QTest::currentTestFailed())
        return;

    QVERIFY(sync(*m_b).success());
    QVERIFY(sync(*m_a).success());
    verifyAllEqual();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(serverTotal(), 3);
    const QJsonObject server =
        m_server->request("GET", contactsPath + u'/' + editedId, &m_org).json()["data"].toObject();
    QCOMPARE(server["params"].toObject(), QJsonObject({{"plan", "gold"}}));
    QVERIFY(server["isBlocked"].toBool());
    QCOMPARE((*a.contactByPhone("+14155550501"))->name, std::optional<QString>("Named elsewhere"));
    QVERIFY((*m_b->store().contactByPhone("+14155550504"))->optedIn);
    QVERIFY(!*a.contactByPhone("+14155550503"));
    QCOMPARE(SyncConflicts(m_a->db(), a.organization().rowId).openCount().value_or(-1), 0);
    QCOMPARE(SyncConflicts(m_b->db(), a.organization().rowId).openCount().value_or(-1), 0);
}

QTEST_GUILESS_MAIN(TestSyncHosted)
#include "tst_synchosted.moc"
