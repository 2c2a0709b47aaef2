// Sync end to end (issue 7, sync.md): two desktop stores and one real contacts-server, the
// stores talking to it through FaultProxy. Every scenario ends by syncing both stores until
// they are quiet and checking that both stores and the server hold the same contacts, each
// once, with every edit, and that the conflicts are listed.

#include "ContactBatchEdit.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "ContactsServerProcess.h"
#include "DuplicateMerge.h"
#include "EchoSkip.h"
#include "FaultProxy.h"
#include "HeldDeletions.h"
#include "JournalPruning.h"
#include "MassDeletionGuard.h"
#include "OperationUndo.h"
#include "Operations.h"
#include "SyncConflicts.h"
#include "SyncEngine.h"
#include "SyncStatus.h"
#include "SyncTestSupport.h"
#include "SyncedFields.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

#include <chrono>
#include <memory>
#include <thread>

namespace {

using SyncTestSupport::phone;

ClientOptions quickOptions()
{
    return SyncTestSupport::quickOptions(10);
}

using Fault = FaultProxy::Fault;
using FaultKind = FaultProxy::FaultKind;
using Credentials = ContactsServerProcess::Credentials;

const QString organization = QStringLiteral("5f0c3c1e-8d7a-4c36-9a53-2b7e4a1d9c01");
const QString contactsPath = QStringLiteral("/api/whatsapp/contacts");

/// A contact's synced fields with tags and labels as sorted, folded sets: the form in which
/// the three copies must agree (each side keeps its own order of a merged set).
QJsonObject comparable(QJsonObject fields)
{
    for (const QString& field : {QStringLiteral("tags"), QStringLiteral("labels")}) {
        QStringList folded;
        for (const QJsonValue& value : fields.value(field).toArray())
            folded.append(value.toString().toCaseFolded());
        folded.sort();
        fields.insert(field, QJsonArray::fromStringList(folded));
    }
    return fields;
}

QString describe(const SyncSummary& summary)
{
    return QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void firstSyncCarriesBothStores();
    void editsOnBothSides();
    void offlineEditsArriveWhenBack();
    void deleteHereEditThere();
    void editHereDeleteThere();
    void aMergeIsToldToThePartner();
    void aSyncRunIsOneOperationThatCanBeUndone();
    void samePhoneCreatedOnBothSides();
    void conflictingEditsKeepTheServerValueAndListOurs();
    void syncSurvivesFaults_data();
    void syncSurvivesFaults();
    void lostBulkAnswerIsLinkedNotDuplicated();
    void killedClientResumesWithoutDuplicates();
    void killedOnEveryRequestKindResumes_data();
    void killedOnEveryRequestKindResumes();
    void unauthorizedStopsTheRun();
    void cancelStopsTheRunPromptly();
    void remoteWritesAreNotSentBack();
    void prunedImportReachesTheServer();
    void unsentEditsSurviveAPrune();
    void randomEditsConverge_data();
    void randomEditsConverge();
    void rateBudgetIsRespected();
    void deletionLimit_data();
    void deletionLimit();
    void massDeletionHereWaitsForTheUser();
    void massDeletionOnTheServerWaitsForTheUser();
    void heldDeletionUndoneIsNotSent();
    void allowedDeletionsMustBePositive_data();
    void allowedDeletionsMustBePositive();
    void commandLineHoldsDeletionsUntilAllowed();

private:
    ServerEndpoint endpoint() const;
    SyncSummary sync(TestDatabase& db, const ClientOptions& options = quickOptions());
    SyncSummary syncAllowing(TestDatabase& db, qint64 deletions);
    qint64 heldCount(TestDatabase& db, HeldDeletion::Direction direction);
    /// Creates `count` contacts in A and brings them to the server and B.
    void seed(int count);
    /// Syncs A, B, A (each until it succeeds, up to a few tries) so that every change made on
    /// one side has reached the other.
    void converge();
    QMap<QString, QJsonObject> localContacts(TestDatabase& db);
    QMap<QString, QJsonObject> serverContacts();
    /// Both stores and the server hold the same contacts: `expected` phones, each once.
    void verifyConverged(int expected);
    Contact create(TestDatabase& db, const QString& phone, const QString& name,
                   const QStringList& tags = {});
    Contact byPhone(TestDatabase& db, const QString& phone);
    QList<SyncConflict> openConflicts(TestDatabase& db);
    /// The server's own count of its contacts (a duplicate would count twice).
    int serverTotal();
    /// Syncs A, with its engine stopped as by a kill when `killedRequest` (a pattern of a
    /// request line) is given: see killedOnEveryRequestKindResumes.
    void syncAKilledAt(const QString& killedRequest, const QString& answerLostFirst);

    std::unique_ptr<ContactsServerProcess> m_server;
    std::unique_ptr<FaultProxy> m_proxy;
    Credentials m_credentials;
    std::unique_ptr<TestDatabase> m_a;
    std::unique_ptr<TestDatabase> m_b;
};

void TestSync::init()
{
    m_server = std::make_unique<ContactsServerProcess>();
    const auto credentials = m_server->startWithToken(
        organization, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_credentials = *credentials;
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(m_server->port()));
    m_a = std::make_unique<TestDatabase>();
    m_b = std::make_unique<TestDatabase>();
    QVERIFY(m_a->isOpen() && m_b->isOpen());
}

void TestSync::cleanup()
{
    m_a.reset();
    m_b.reset();
    m_proxy.reset();
    m_server.reset();
}

ServerEndpoint TestSync::endpoint() const
{
    ServerEndpoint endpoint;
    endpoint.contactsUrl =
        QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_proxy->port()).arg(contactsPath));
    endpoint.organizationId = m_credentials.organization;
    endpoint.token = m_credentials.token;
    return endpoint;
}

SyncSummary TestSync::sync(TestDatabase& db, const ClientOptions& options)
{
    SyncEngine engine(db.path(), endpoint(), options);
    return engine.run();
}

SyncSummary TestSync::syncAllowing(TestDatabase& db, qint64 deletions)
{
    SyncEngine engine(db.path(), endpoint(), quickOptions());
    engine.setAllowedDeletions(deletions);
    return engine.run();
}

qint64 TestSync::heldCount(TestDatabase& db, HeldDeletion::Direction direction)
{
    auto count = HeldDeletions(db.db(), db.store().organization().rowId).count(direction);
    return count ? *count : -1;
}

void TestSync::seed(int count)
{
    ContactStore a = m_a->store();
    for (int i = 0; i < count; ++i)
        create(*m_a, phone(i), QStringLiteral("Person %1").arg(i));
    converge();
}

void TestSync::converge()
{
    for (TestDatabase* db : {m_a.get(), m_b.get(), m_a.get()}) {
        SyncSummary summary;
        for (int attempt = 0; attempt < 5; ++attempt) {
            // Whatever deletions the runs before held back are let through: converged
            // means nothing is waiting.
            summary = syncAllowing(*db, 1000000);
            if (summary.success())
                break;
        }
        QVERIFY2(summary.success(), qPrintable(describe(summary)));
    }
}

QMap<QString, QJsonObject> TestSync::localContacts(TestDatabase& db)
{
    QMap<QString, QJsonObject> contacts;
    ContactStore store = db.store();
    auto window = store.window(ListQuery(), 0, std::numeric_limits<qint64>::max());
    if (!window)
        return contacts;
    auto all = store.contactsByRowId(window->rowIds);
    if (!all)
        return contacts;
    for (const Contact& contact : *all) {
        if (contacts.contains(contact.phone))
            qWarning("duplicate phone in a store: %s", qPrintable(contact.phone));
        contacts.insert(contact.phone, comparable(SyncedFields::of(contact)));
    }
    return contacts;
}

QMap<QString, QJsonObject> TestSync::serverContacts()
{
    QMap<QString, QJsonObject> contacts;
    for (int page = 1;; ++page) {
        const auto reply = m_server->request(
            "GET",
            contactsPath +
                QStringLiteral("?view=full&limit=100&sortBy=created_at&page=%1").arg(page),
            &m_credentials);
        if (reply.status != 200)
            return contacts;
        const QJsonObject data = reply.json().object().value(QStringLiteral("data")).toObject();
        for (const QJsonValue& item : data.value(QStringLiteral("contacts")).toArray()) {
            const QString phone = item.toObject().value(QStringLiteral("phone")).toString();
            if (contacts.contains(phone))
                qWarning("duplicate phone on the server: %s", qPrintable(phone));
            contacts.insert(phone, comparable(SyncedFields::ofRemote(item.toObject())));
        }
        if (!data.value(QStringLiteral("hasNext")).toBool())
            return contacts;
    }
}

void TestSync::verifyConverged(int expected)
{
    const QMap<QString, QJsonObject> a = localContacts(*m_a);
    const QMap<QString, QJsonObject> b = localContacts(*m_b);
    const QMap<QString, QJsonObject> server = serverContacts();
    QCOMPARE(server.size(), expected);
    QCOMPARE(a.keys(), server.keys());
    QCOMPARE(b.keys(), server.keys());
    for (auto it = server.begin(); it != server.end(); ++it) {
        QCOMPARE(a.value(it.key()), it.value());
        QCOMPARE(b.value(it.key()), it.value());
    }
    // Nothing is left pending on either side.
    for (TestDatabase* db : {m_a.get(), m_b.get()}) {
        QCOMPARE(heldCount(*db, HeldDeletion::Direction::Here), 0);
        QCOMPARE(heldCount(*db, HeldDeletion::Direction::OnServer), 0);
        auto pending = SyncStatus(db->db(), db->store().organization().rowId).pendingCount();
        VERIFY_OK(pending);
        QCOMPARE(*pending, 0);
    }
}

Contact TestSync::create(TestDatabase& db, const QString& phone, const QString& name,
                         const QStringList& tags)
{
    ContactStore store = db.store();
    auto created = store.create(NewContact().setPhone(phone).setName(name).setTags(tags),
                                ContactSource::Manual);
    if (!created)
        qFatal("create %s: %s", qPrintable(phone), qPrintable(created.error().message));
    return *created;
}

Contact TestSync::byPhone(TestDatabase& db, const QString& phone)
{
    ContactStore store = db.store();
    auto found = store.contactByPhone(phone);
    if (!found || !*found)
        return {};
    return **found;
}

QList<SyncConflict> TestSync::openConflicts(TestDatabase& db)
{
    auto open = SyncConflicts(db.db(), db.store().organization().rowId).open();
    return open ? *open : QList<SyncConflict>{};
}

int TestSync::serverTotal()
{
    const auto reply =
        m_server->request("GET", contactsPath + QStringLiteral("?limit=1"), &m_credentials);
    return reply.json()
        .object()
        .value(QStringLiteral("data"))
        .toObject()
        .value(QStringLiteral("total"))
        .toInt(-1);
}

void TestSync::syncAKilledAt(const QString& killedRequest, const QString& answerLostFirst)
{
    if (killedRequest.isEmpty()) {
        const SyncSummary summary = sync(*m_a);
        QVERIFY2(summary.success() && summary.errors.isEmpty(), qPrintable(describe(summary)));
        return;
    }
    if (!answerLostFirst.isEmpty())
        m_proxy->faultOn(QRegularExpression(answerLostFirst), Fault::dropResponse());
    m_proxy->faultOn(QRegularExpression(killedRequest), Fault::kill());

    SyncEngine engine(m_a->path(), endpoint(), quickOptions());
    const SyncTestSupport::KilledRun run =
        SyncTestSupport::runUntilKilled(engine, *m_proxy, m_a->db());
    QVERIFY2(run.killed, "no request matched: nothing was killed");
    // Stopped, or done: the echo skip, the last request, lets a failure go (the next pull
    // lists what it would have skipped).
    QVERIFY2(!run.summary.failure || run.summary.failure->kind == ClientError::Kind::Cancelled,
             qPrintable(describe(run.summary)));
    QCOMPARE(run.requestsAfterKill, 0);
    QCOMPARE(run.stateAfterRun, run.stateAtKill);

    // The restart: a new engine over the same database.
    const SyncSummary resumed = sync(*m_a);
    QVERIFY2(resumed.success() && resumed.errors.isEmpty(), qPrintable(describe(resumed)));
}

void TestSync::firstSyncCarriesBothStores()
{
    for (int i = 0; i < 5; ++i)
        create(*m_a, phone(i), QStringLiteral("A %1").arg(i), {QStringLiteral("from-a")});
    for (int i = 5; i < 8; ++i)
        create(*m_b, phone(i), QStringLiteral("B %1").arg(i));
    ContactStore a = m_a->store();
    VERIFY_OK(a.update(byPhone(*m_a, phone(0)).id,
                       ContactChanges().setOptedIn(true).setLabels({QStringLiteral("gold")})));

    const SyncSummary first = sync(*m_a);
    QVERIFY2(first.success(), qPrintable(describe(first)));
    QCOMPARE(first.pushed, 6); // 5 creates, then the PATCH of what create cannot set
    QCOMPARE(first.pulled, 0);
    QVERIFY(first.errors.isEmpty());
    converge();
    verifyConverged(8);
    QVERIFY(byPhone(*m_b, phone(0)).optedIn);
    QCOMPARE(byPhone(*m_b, phone(0)).labels, QStringList{QStringLiteral("gold")});

    // A quiet run sends nothing and applies nothing.
    const SyncSummary quiet = sync(*m_a);
    QCOMPARE(quiet.pushed, 0);
    QCOMPARE(quiet.pulled, 0);
    QVERIFY2(quiet.requests <= 1, qPrintable(describe(quiet)));
}

void TestSync::editsOnBothSides()
{
    for (int i = 0; i < 4; ++i)
        create(*m_a, phone(i), QStringLiteral("Contact %1").arg(i), {QStringLiteral("t")});
    converge();

    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    VERIFY_OK(a.update(byPhone(*m_a, phone(0)).id,
                       ContactChanges().setName(QStringLiteral("Renamed in A"))));
    VERIFY_OK(b.update(byPhone(*m_b, phone(1)).id,
                       ContactChanges().setEmail(QStringLiteral("b@example.com"))));
    // Different fields of one contact on each side: both survive.
    VERIFY_OK(a.update(byPhone(*m_a, phone(2)).id, ContactChanges().setBlocked(true)));
    VERIFY_OK(b.update(byPhone(*m_b, phone(2)).id,
                       ContactChanges().setParams(QJsonObject{{QStringLiteral("plan"), 3}})));
    // Tags as sets: A adds one, B removes one and adds another.
    VERIFY_OK(a.update(byPhone(*m_a, phone(3)).id,
                       ContactChanges().setTags({QStringLiteral("t"), QStringLiteral("a")})));
    VERIFY_OK(
        b.update(byPhone(*m_b, phone(3)).id, ContactChanges().setTags({QStringLiteral("b")})));

    converge();
    verifyConverged(4);
    const Contact two = byPhone(*m_a, phone(2));
    QVERIFY(two.isBlocked);
    QCOMPARE(two.params.value(QStringLiteral("plan")).toInt(), 3);
    QCOMPARE(byPhone(*m_b, phone(0)).name, std::optional(QStringLiteral("Renamed in A")));
    QStringList tags = byPhone(*m_a, phone(3)).tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(openConflicts(*m_a).isEmpty());
    QVERIFY(openConflicts(*m_b).isEmpty());
}

void TestSync::offlineEditsArriveWhenBack()
{
    create(*m_a, phone(1), QStringLiteral("One"));
    converge();

    // Offline: every request is cut off before it reaches the server.
    m_proxy->setRandomFaults(1.0, 1, {FaultKind::DropRequest});
    ContactStore a = m_a->store();
    VERIFY_OK(a.update(byPhone(*m_a, phone(1)).id,
                       ContactChanges().setName(QStringLiteral("Edited offline"))));
    create(*m_a, phone(2), QStringLiteral("Made offline"));
    ClientOptions fewRetries = quickOptions();
    fewRetries.maxAttempts = 2;
    SyncEngine engine(m_a->path(), endpoint(), fewRetries);
    const SyncSummary failed = engine.run();
    QVERIFY(!failed.success());
    QCOMPARE(failed.failure->kind, ClientError::Kind::Network);
    QCOMPARE(failed.pushed, 0);
    // The failed run changed nothing: both edits are still pending.
    auto pending = SyncStatus(m_a->db(), a.organization().rowId).pendingCount();
    QCOMPARE(*pending, 2);

    m_proxy->setRandomFaults(0, 0, {});
    converge();
    verifyConverged(2);
    QCOMPARE(byPhone(*m_b, phone(1)).name, std::optional(QStringLiteral("Edited offline")));
}

void TestSync::deleteHereEditThere()
{
    create(*m_a, phone(1), QStringLiteral("Keep"));
    create(*m_a, phone(2), QStringLiteral("Doomed"));
    converge();

    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    VERIFY_OK(a.remove(byPhone(*m_a, phone(2)).id));
    VERIFY_OK(b.update(byPhone(*m_b, phone(2)).id,
                       ContactChanges().setName(QStringLiteral("Edited in B"))));

    const SyncSummary deleted = sync(*m_a);
    QVERIFY2(deleted.success(), qPrintable(describe(deleted)));
    QCOMPARE(deleted.pushed, 1);
    const SyncSummary edited = sync(*m_b);
    QVERIFY2(edited.success(), qPrintable(describe(edited)));
    QCOMPARE(edited.conflicts, 1);

    converge();
    verifyConverged(1);
    // The deletion won; B keeps its edit as a conflict it can restore from.
    const QList<SyncConflict> conflicts = openConflicts(*m_b);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().kind, SyncConflict::Kind::DeletedOnServer);
    QCOMPARE(conflicts.first().phone, phone(2));
    QCOMPARE(conflicts.first().localValue.toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Edited in B"));
}

void TestSync::aMergeIsToldToThePartner()
{
    create(*m_a, phone(1), QStringLiteral("Sara"));
    create(*m_a, phone(2), QStringLiteral("Sara N."), {QStringLiteral("lead")});
    converge();
    const Contact mergedInB = byPhone(*m_b, phone(2));
    QVERIFY(!mergedInB.id.isEmpty());

    auto merged = DuplicateMerge(m_a->db(), m_a->store().organization())
                      .merge({byPhone(*m_a, phone(1)).id, {byPhone(*m_a, phone(2)).id}, {}});
    VERIFY_OK(merged);
    converge();
    verifyConverged(1);
    // B deleted its copy of the merged contact, and its tombstone names B's own copy of the
    // contact kept: the server passed the merge on.
    const Contact keptInB = byPhone(*m_b, phone(1));
    QCOMPARE(keptInB.tags, QStringList{QStringLiteral("lead")});
    QCOMPARE(m_b->store().mergedInto(mergedInB.id).value(), std::optional<QString>(keptInB.id));
}

void TestSync::aSyncRunIsOneOperationThatCanBeUndone()
{
    create(*m_a, phone(1), QStringLiteral("Kept"));
    create(*m_a, phone(2), QStringLiteral("Doomed"));
    converge();
    const Contact doomedInB = byPhone(*m_b, phone(2));
    Operations operations(m_b->db(), m_b->store().organization().rowId);
    const auto newest = [&]() {
        auto latest = operations.latest(1);
        return latest && !latest->isEmpty() ? latest->first() : Operation{};
    };
    // A run that changes nothing here lists nothing.
    const qint64 quiet = newest().id;
    QVERIFY2(sync(*m_b).success(), "quiet run");
    QCOMPARE(newest().id, quiet);

    ContactStore a = m_a->store();
    VERIFY_OK(a.update(byPhone(*m_a, phone(1)).id,
                       ContactChanges().setName(QStringLiteral("Renamed in A"))));
    VERIFY_OK(a.remove(byPhone(*m_a, phone(2)).id));
    create(*m_a, phone(3), QStringLiteral("New from A"));
    QVERIFY2(sync(*m_a).success(), "A's run");
    const SyncSummary pulled = sync(*m_b);
    QVERIFY2(pulled.success(), qPrintable(describe(pulled)));
    const Operation run = newest();
    QCOMPARE(run.kind, Operation::Kind::Sync);
    QCOMPARE(run.method, QStringLiteral("sync"));
    QCOMPARE(run.actor, QStringLiteral("sync"));
    QCOMPARE(run.argument, endpoint().contactsUrl.authority());
    QCOMPARE(run.contactCount, 3);
    QVERIFY(run.finishedAt);
    QCOMPARE(byPhone(*m_b, phone(1)).name, std::optional(QStringLiteral("Renamed in A")));

    // Undone in B: what the run brought is taken back, and the undo syncs like any edit.
    auto undone = OperationUndo(m_b->db(), m_b->store().organization()).undo(run.id);
    VERIFY_OK(undone);
    QCOMPARE(undone->reverted, 3);
    QCOMPARE(byPhone(*m_b, phone(1)).name, std::optional(QStringLiteral("Kept")));
    QCOMPARE(byPhone(*m_b, phone(2)).id, doomedInB.id);
    QVERIFY(byPhone(*m_b, phone(3)).id.isEmpty());
    converge();
    verifyConverged(2);
    QCOMPARE(byPhone(*m_a, phone(1)).name, std::optional(QStringLiteral("Kept")));
    QCOMPARE(byPhone(*m_a, phone(2)).name, std::optional(QStringLiteral("Doomed")));
}

void TestSync::editHereDeleteThere()
{
    create(*m_a, phone(1), QStringLiteral("Doomed"));
    converge();

    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    VERIFY_OK(b.update(byPhone(*m_b, phone(1)).id,
                       ContactChanges().setName(QStringLiteral("Edited in B"))));
    const SyncSummary edited = sync(*m_b);
    QVERIFY2(edited.success(), qPrintable(describe(edited)));
    VERIFY_OK(a.remove(byPhone(*m_a, phone(1)).id));

    // A pulls B's edit of a contact it deleted, then sends the deletion.
    const SyncSummary deleted = sync(*m_a);
    QVERIFY2(deleted.success(), qPrintable(describe(deleted)));
    QCOMPARE(deleted.conflicts, 1);
    QCOMPARE(deleted.pushed, 1);
    converge();
    verifyConverged(0);
    const QList<SyncConflict> conflicts = openConflicts(*m_a);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().kind, SyncConflict::Kind::DeletedLocally);
    QCOMPARE(conflicts.first().remoteValue.toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Edited in B"));
}

void TestSync::samePhoneCreatedOnBothSides()
{
    create(*m_a, phone(7), QStringLiteral("Alice (A)"), {QStringLiteral("from-a")});
    create(*m_b, phone(7), QStringLiteral("Alice (B)"), {QStringLiteral("from-b")});

    const SyncSummary a = sync(*m_a);
    QVERIFY2(a.success(), qPrintable(describe(a)));
    const SyncSummary b = sync(*m_b);
    QVERIFY2(b.success(), qPrintable(describe(b)));
    QVERIFY2(b.errors.isEmpty(), qPrintable(describe(b)));
    converge();
    verifyConverged(1);
    // One contact: the server's name stayed, B's is a conflict; the tags are the union.
    QCOMPARE(byPhone(*m_b, phone(7)).name, std::optional(QStringLiteral("Alice (A)")));
    QStringList tags = byPhone(*m_a, phone(7)).tags;
    tags.sort();
    QCOMPARE(tags, (QStringList{QStringLiteral("from-a"), QStringLiteral("from-b")}));
    const QList<SyncConflict> conflicts = openConflicts(*m_b);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().field, QStringLiteral("name"));
    QCOMPARE(conflicts.first().localValue.toString(), QStringLiteral("Alice (B)"));
}

void TestSync::conflictingEditsKeepTheServerValueAndListOurs()
{
    create(*m_a, phone(1), QStringLiteral("Original"));
    converge();
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    VERIFY_OK(
        a.update(byPhone(*m_a, phone(1)).id, ContactChanges().setName(QStringLiteral("Mine (A)"))));
    VERIFY_OK(b.update(byPhone(*m_b, phone(1)).id,
                       ContactChanges().setName(QStringLiteral("Theirs (B)"))));
    QVERIFY(sync(*m_b).success());
    const SyncSummary a1 = sync(*m_a);
    QVERIFY2(a1.success(), qPrintable(describe(a1)));
    QCOMPARE(a1.conflicts, 1);
    QCOMPARE(a1.pushed, 0); // our value is kept aside, not sent over theirs
    converge();
    verifyConverged(1);
    QCOMPARE(byPhone(*m_a, phone(1)).name, std::optional(QStringLiteral("Theirs (B)")));
    const QList<SyncConflict> conflicts = openConflicts(*m_a);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().localValue.toString(), QStringLiteral("Mine (A)"));
    QCOMPARE(conflicts.first().remoteValue.toString(), QStringLiteral("Theirs (B)"));
    auto states =
        SyncStatus(m_a->db(), a.organization().rowId).states({byPhone(*m_a, phone(1)).id});
    QCOMPARE(states->value(byPhone(*m_a, phone(1)).id), SyncState::Conflict);
}

void TestSync::syncSurvivesFaults_data()
{
    QTest::addColumn<QList<FaultKind>>("kinds");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("dropped requests") << QList<FaultKind>{FaultKind::DropRequest} << 11u;
    QTest::newRow("dropped answers") << QList<FaultKind>{FaultKind::DropResponse} << 12u;
    QTest::newRow("500s") << QList<FaultKind>{FaultKind::Answer500} << 13u;
    QTest::newRow("429s") << QList<FaultKind>{FaultKind::Answer429} << 14u;
    QTest::newRow("delays") << QList<FaultKind>{FaultKind::Delay} << 15u;
    QTest::newRow("everything") << QList<FaultKind>{FaultKind::DropRequest, FaultKind::DropResponse,
                                                    FaultKind::Answer500, FaultKind::Delay}
                                << 16u;
}

void TestSync::syncSurvivesFaults()
{
    QFETCH(QList<FaultKind>, kinds);
    QFETCH(quint32, seed);

    for (int i = 0; i < 30; ++i)
        create(*m_a, phone(i), QStringLiteral("A %1").arg(i));
    for (int i = 30; i < 40; ++i)
        create(*m_b, phone(i), QStringLiteral("B %1").arg(i));
    converge();
    ContactStore a = m_a->store();
    ContactStore b = m_b->store();
    for (int i = 0; i < 10; ++i)
        VERIFY_OK(a.update(
            byPhone(*m_a, phone(i)).id,
            ContactChanges().setName(QStringLiteral("A edit %1").arg(i)).setOptedIn(true)));
    for (int i = 30; i < 35; ++i)
        VERIFY_OK(b.remove(byPhone(*m_b, phone(i)).id));
    for (int i = 40; i < 50; ++i)
        create(*m_b, phone(i), QStringLiteral("B new %1").arg(i), {QStringLiteral("n")});

    m_proxy->setRandomFaults(0.3, seed, kinds);
    converge();
    m_proxy->setRandomFaults(0, 0, {});
    // The faults did happen (a test that injects none would prove nothing).
    const QList<FaultKind> applied = m_proxy->appliedFaults();
    QVERIFY(applied.size() - applied.count(FaultKind::None) >= 3);
    converge();
    verifyConverged(45);
    QCOMPARE(byPhone(*m_b, phone(3)).name, std::optional(QStringLiteral("A edit 3")));
    QVERIFY(byPhone(*m_b, phone(3)).optedIn);
    QVERIFY(byPhone(*m_a, phone(31)).id.isEmpty());
    QVERIFY(openConflicts(*m_a).isEmpty());
    QVERIFY(openConflicts(*m_b).isEmpty());
}

void TestSync::lostBulkAnswerIsLinkedNotDuplicated()
{
    for (int i = 0; i < 20; ++i)
        create(*m_a, phone(i), QStringLiteral("A %1").arg(i));
    // An opt-in is what a create cannot carry: it follows by PATCH, lost with the answer.
    ContactStore a = m_a->store();
    for (int i = 0; i < 20; i += 4)
        VERIFY_OK(a.update(byPhone(*m_a, phone(i)).id, ContactChanges().setOptedIn(true)));
    // The first sync's probe goes through; its bulk reaches the server, whose answer is lost
    // every time: the run gives up with the contacts created there but not linked here.
    ClientOptions twoTries = quickOptions();
    twoTries.maxAttempts = 2;
    m_proxy->enqueue(Fault::none()); // probe
    m_proxy->enqueue(Fault::none()); // probe (an empty server: the second question)
    m_proxy->enqueue(Fault::none()); // pull
    m_proxy->enqueue(Fault::dropResponse());
    m_proxy->enqueue(Fault::dropResponse());
    const SyncSummary lost = sync(*m_a, twoTries);
    QVERIFY2(!lost.success(), qPrintable(describe(lost)));
    QCOMPARE(serverContacts().size(), 20);

    // The next run pulls them first, finds each by its phone and links it: no second contact,
    // and, the server's contact being just what our create left, no conflict: the opt-ins
    // still go.
    const SyncSummary resumed = sync(*m_a);
    QVERIFY2(resumed.success(), qPrintable(describe(resumed)));
    QVERIFY(resumed.errors.isEmpty());
    QVERIFY(openConflicts(*m_a).isEmpty());
    converge();
    verifyConverged(20);
    for (int i = 0; i < 20; ++i)
        QCOMPARE(byPhone(*m_b, phone(i)).optedIn, i % 4 == 0);
}

void TestSync::killedClientResumesWithoutDuplicates()
{
    // Enough for two outbox chunks (1000 entries each) and many PATCHes.
    ContactStore a = m_a->store();
    QJsonArray items;
    for (int i = 0; i < 1200; ++i) {
        items.append(QJsonObject{{QStringLiteral("userNumber"), phone(i)},
                                 {QStringLiteral("userName"), QStringLiteral("Bulk %1").arg(i)}});
        if (items.size() == 1000 || i == 1199) {
            VERIFY_OK(a.bulk(ContactBodies::newContacts(items)));
            items = QJsonArray();
        }
    }
    for (int i = 0; i < 40; ++i)
        VERIFY_OK(a.update(byPhone(*m_a, phone(i * 7)).id, ContactChanges().setOptedIn(true)));

    QTemporaryFile tokenFile;
    QVERIFY(tokenFile.open());
    tokenFile.write(m_credentials.token.toUtf8());
    tokenFile.flush();
    const QStringList arguments = {QStringLiteral("--db"),
                                   m_a->path(),
                                   QStringLiteral("sync"),
                                   QStringLiteral("--server"),
                                   QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()),
                                   QStringLiteral("--org"),
                                   m_credentials.organization,
                                   QStringLiteral("--token-file"),
                                   tokenFile.fileName(),
                                   QStringLiteral("--rate"),
                                   QStringLiteral("0"),
                                   QStringLiteral("--quiet")};
    // Every request is slowed down, so that kills land in the middle of the run.
    m_proxy->setRandomFaults(1.0, 21, {FaultKind::Delay});
    QRandomGenerator random(7);
    int killed = 0;
    for (int round = 0; round < 8; ++round) {
        QProcess cli;
        cli.start(QStringLiteral(CONTACTS_CLI_PATH), arguments);
        QVERIFY(cli.waitForStarted());
        QSignalSpy finished(&cli, &QProcess::finished);
        // The proxy lives on this thread: wait with an event loop, never blocking it.
        finished.wait(int(random.bounded(100, 1500)));
        if (cli.state() != QProcess::NotRunning) {
            cli.kill();
            ++killed;
        }
        QTRY_COMPARE_WITH_TIMEOUT(cli.state(), QProcess::NotRunning, 10000);
    }
    QVERIFY(killed > 0);
    m_proxy->setRandomFaults(0, 0, {});

    QProcess last;
    last.start(QStringLiteral(CONTACTS_CLI_PATH), arguments);
    QSignalSpy finished(&last, &QProcess::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(last.exitCode(), 0);
    const QJsonObject summary = QJsonDocument::fromJson(last.readAllStandardOutput()).object();
    QVERIFY(summary.value(QStringLiteral("success")).toBool());
    QVERIFY(summary.value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("errors"))
                .toArray()
                .isEmpty());

    converge();
    verifyConverged(1200);
    QVERIFY(byPhone(*m_b, phone(14)).optedIn);
    QVERIFY(openConflicts(*m_a).isEmpty());
}

void TestSync::killedOnEveryRequestKindResumes_data()
{
    // Run 1 is A's first sync, to an empty server: the probe, the pull, the bulk, the PATCH
    // of an opt-in. Run 2 sends A's later edits: the pull of B's edit, a PATCH, a DELETE.
    // `killed` is the request line the kill lands on; `lostFirst` one whose answer is lost
    // before it (the client resends it).
    QTest::addColumn<int>("run");
    QTest::addColumn<QString>("killed");
    QTest::addColumn<QString>("lostFirst");
    QTest::addColumn<int>("moreContacts");
    const QString probe = QStringLiteral(R"(^GET \S*\?updatedSince=9999-)");
    const QString probeEmpty = QStringLiteral(R"(^GET \S*\?updatedSince=never)");
    const QString pull = QStringLiteral(R"(^GET \S*\?updatedSince=\S*sortOrder=asc)");
    const QString bulk = QStringLiteral(R"(^POST \S*/bulk )");
    const QString search = QStringLiteral(R"(^GET \S*\?search=)");
    const QString echoSkip = QStringLiteral(R"(^GET \S*\?updatedSince=\S*sortOrder=desc)");
    const QString patch = QStringLiteral("^PATCH ");
    const QString remove = QStringLiteral("^DELETE ");
    QTest::newRow("probe") << 1 << probe << QString() << 0;
    QTest::newRow("probe of an empty server") << 1 << probeEmpty << QString() << 0;
    QTest::newRow("first pull") << 1 << pull << QString() << 0;
    QTest::newRow("bulk create") << 1 << bulk << QString() << 0;
    QTest::newRow("PATCH after create") << 1 << patch << QString() << 0;
    QTest::newRow("search for a resent create") << 1 << search << bulk << 0;
    QTest::newRow("echo skip") << 1 << echoSkip << QString() << EchoSkip::threshold;
    QTest::newRow("pull") << 2 << pull << QString() << 0;
    QTest::newRow("PATCH of an edit") << 2 << patch << QString() << 0;
    QTest::newRow("DELETE") << 2 << remove << QString() << 0;
}

void TestSync::killedOnEveryRequestKindResumes()
{
    // Issue 14: a kill between the server doing a request's work and the client recording
    // its answer. Each row kills A's engine on one kind of request: the server did the work,
    // the answer is lost, and the run ends there as a killed process's would. A new engine
    // then resumes. In the end nothing is on the server twice, every edit A made before the
    // sync reached it (none is a conflict: each was A's own, lost only with an answer), and
    // both stores agree with the server.
    QFETCH(int, run);
    QFETCH(QString, killed);
    QFETCH(QString, lostFirst);
    QFETCH(int, moreContacts);

    // Run 1: contacts made in A, one opted in (what a create cannot carry: a PATCH follows).
    ContactStore a = m_a->store();
    for (int i = 1; i <= 3; ++i)
        create(*m_a, phone(i), QStringLiteral("Contact %1").arg(i));
    VERIFY_OK(a.update(create(*m_a, phone(4), QStringLiteral("Opted in")).id,
                       ContactChanges().setOptedIn(true)));
    if (moreContacts > 0) {
        QJsonArray items;
        for (int i = 0; i < moreContacts; ++i)
            items.append(QJsonObject{{QStringLiteral("userNumber"), phone(1000 + i)}});
        VERIFY_OK(a.bulk(ContactBodies::newContacts(items)));
    }
    syncAKilledAt(run == 1 ? killed : QString(), lostFirst);
    if (QTest::currentTestFailed())
        return;

    // B brings them in and edits one, which A's next pull carries.
    QVERIFY(sync(*m_b).success());
    ContactStore b = m_b->store();
    VERIFY_OK(b.update(byPhone(*m_b, phone(3)).id,
                       ContactChanges().setEmail(QStringLiteral("three@example.com"))));
    QVERIFY(sync(*m_b).success());

    // Run 2: a rename and a block (one PATCH), and a deletion.
    VERIFY_OK(a.update(byPhone(*m_a, phone(1)).id,
                       ContactChanges().setName(QStringLiteral("Renamed")).setBlocked(true)));
    VERIFY_OK(a.remove(byPhone(*m_a, phone(2)).id));
    syncAKilledAt(run == 2 ? killed : QString(), QString());
    if (QTest::currentTestFailed())
        return;

    converge();
    verifyConverged(3 + moreContacts);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(serverTotal(), 3 + moreContacts); // verifyConverged's map would hide a duplicate
    QVERIFY(byPhone(*m_b, phone(4)).optedIn);
    QCOMPARE(byPhone(*m_b, phone(1)).name, std::optional(QStringLiteral("Renamed")));
    QVERIFY(byPhone(*m_b, phone(1)).isBlocked);
    QVERIFY(byPhone(*m_b, phone(2)).id.isEmpty());
    QCOMPARE(byPhone(*m_a, phone(3)).email, std::optional(QStringLiteral("three@example.com")));
    QVERIFY(openConflicts(*m_a).isEmpty());
    QVERIFY(openConflicts(*m_b).isEmpty());
}

void TestSync::unauthorizedStopsTheRun()
{
    create(*m_a, phone(1), QStringLiteral("One"));
    ServerEndpoint wrong = endpoint();
    wrong.token = QStringLiteral("not-the-token");
    SyncEngine engine(m_a->path(), wrong, quickOptions());
    const SyncSummary summary = engine.run();
    QVERIFY(!summary.success());
    QCOMPARE(summary.failure->kind, ClientError::Kind::Unauthorized);
    QCOMPARE(summary.requests, 1); // never retried
    QVERIFY(!summary.toJson().value(QStringLiteral("error")).toString().contains(wrong.token));
    QCOMPARE(serverContacts().size(), 0);
}

void TestSync::cancelStopsTheRunPromptly()
{
    for (int i = 0; i < 20; ++i) {
        const Contact contact = create(*m_a, phone(i), QStringLiteral("A %1").arg(i));
        VERIFY_OK(m_a->store().update(contact.id, ContactChanges().setOptedIn(true)));
    }
    // Every answer takes a while: the run is still going when it is cancelled.
    m_proxy->setRandomFaults(1.0, 5, {FaultKind::Delay});
    SyncEngine engine(m_a->path(), endpoint(), quickOptions());
    std::thread canceller([&engine] {
        std::this_thread::sleep_for(std::chrono::milliseconds(1500));
        engine.cancel();
    });
    const SyncSummary summary = engine.run();
    canceller.join();
    QVERIFY2(!summary.success(), qPrintable(describe(summary)));
    QCOMPARE(summary.failure->kind, ClientError::Kind::Cancelled);
    QVERIFY2(summary.pushed < 40, qPrintable(describe(summary))); // it stopped part-way
    // What was acknowledged stays recorded; the rest goes with the next run.
    m_proxy->setRandomFaults(0, 0, {});
    converge();
    verifyConverged(20);
}

void TestSync::remoteWritesAreNotSentBack()
{
    for (int i = 0; i < 3; ++i)
        create(*m_b, phone(i), QStringLiteral("B %1").arg(i));
    converge();
    // A applied three contacts from the server: none of them entered A's outbox.
    ContactStore a = m_a->store();
    auto journal = a.journal(0);
    VERIFY_OK(journal);
    QVERIFY(journal->isEmpty());
    const int before = m_proxy->requestsForwarded();
    const SyncSummary quiet = sync(*m_a);
    QCOMPARE(quiet.pushed, 0);
    QCOMPARE(m_proxy->requestsForwarded() - before, quiet.requests);
}

void TestSync::prunedImportReachesTheServer()
{
    // An import before any server was configured, its journal pruned since (nothing read
    // it): adopting the server offers every contact again, one Create each.
    constexpr int imported = 150;
    QList<NewContact> contacts;
    for (int i = 0; i < imported; ++i)
        contacts.append(
            NewContact().setPhone(phone(i)).setName(QStringLiteral("Imported %1").arg(i)));
    ContactStore a = m_a->store();
    auto bulk = a.bulk(contacts, ContactSource::Import, imported);
    VERIFY_OK(bulk);
    QCOMPARE(bulk->imported, imported);
    auto pruned = JournalPruning(m_a->db()).pruneAll();
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, imported);
    QVERIFY(a.journal(0)->isEmpty());

    const SyncSummary first = sync(*m_a);
    QVERIFY2(first.success(), qPrintable(describe(first)));
    QCOMPARE(first.pushed, imported);
    QCOMPARE(serverTotal(), imported);
    // The run pruned what the server acknowledged: nothing is left to send.
    QVERIFY(a.journal(0)->isEmpty());
    QCOMPARE(*SyncStatus(m_a->db(), a.organization().rowId).pendingCount(), 0);
    converge();
    verifyConverged(imported);
    QCOMPARE(byPhone(*m_b, phone(imported - 1)).name,
             std::optional(QStringLiteral("Imported %1").arg(imported - 1)));
}

void TestSync::unsentEditsSurviveAPrune()
{
    create(*m_a, phone(1), QStringLiteral("One"));
    converge();
    ContactStore a = m_a->store();
    VERIFY_OK(a.update(byPhone(*m_a, phone(1)).id,
                       ContactChanges().setName(QStringLiteral("Edited, not sent yet"))));
    create(*m_a, phone(2), QStringLiteral("Made, not sent yet"));
    // Only what the server acknowledged goes; the two changes stay in the outbox.
    auto pruned = JournalPruning(m_a->db()).pruneAll();
    VERIFY_OK(pruned);
    QCOMPARE(*pruned, 0);
    QCOMPARE(a.journal(0)->size(), 2);
    QCOMPARE(*SyncStatus(m_a->db(), a.organization().rowId).pendingCount(), 2);

    converge();
    verifyConverged(2);
    QCOMPARE(byPhone(*m_b, phone(1)).name, std::optional(QStringLiteral("Edited, not sent yet")));
}

void TestSync::randomEditsConverge_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {101u, 202u, 303u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestSync::randomEditsConverge()
{
    // Both agents edit at random (creates, the same phones on both sides, edits of every
    // field, deletes) and sync at random through random faults; at the end, both stores and
    // the server agree.
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    const auto pick = [&random](const QStringList& options) {
        return options.at(int(random.bounded(qsizetype(options.size()))));
    };
    m_proxy->setRandomFaults(
        0.15, seed,
        {FaultKind::DropRequest, FaultKind::DropResponse, FaultKind::Answer500, FaultKind::Delay});
    for (int round = 0; round < 12; ++round) {
        for (TestDatabase* db : {m_a.get(), m_b.get()}) {
            ContactStore store = db->store();
            for (int op = 0; op < 6; ++op) {
                const QString number = phone(int(random.bounded(25)));
                auto existing = store.contactByPhone(number);
                QVERIFY(existing);
                if (!*existing) {
                    create(*db, number, pick({"Ana", "Bo", "Cy"}), {pick({"x", "y", "z"})});
                    continue;
                }
                const QString id = (*existing)->id;
                switch (random.bounded(6)) {
                case 0:
                    VERIFY_OK(
                        store.update(id, ContactChanges().setName(pick({"Ana", "Bo", "Dee"}))));
                    break;
                case 1:
                    VERIFY_OK(store.update(
                        id, ContactChanges().setTags({pick({"x", "y", "z"}), pick({"w", "x"})})));
                    break;
                case 2:
                    VERIFY_OK(
                        store.update(id, ContactChanges().setOptedIn(random.bounded(2) == 1)));
                    break;
                case 3:
                    VERIFY_OK(
                        store.update(id, ContactChanges().setParams(QJsonObject{
                                             {QStringLiteral("n"), int(random.bounded(3))}})));
                    break;
                case 4:
                    VERIFY_OK(
                        store.update(id, ContactChanges().setEmail(pick({"a@x.io", "b@x.io"}))));
                    break;
                default:
                    VERIFY_OK(store.remove(id));
                    break;
                }
            }
            if (random.bounded(3) != 0)
                sync(*db); // may fail on a fault: the next one carries on
        }
    }
    m_proxy->setRandomFaults(0, 0, {});
    converge();
    converge();
    const int expected = int(serverContacts().size());
    verifyConverged(expected);
    qDebug("seed %u: %d contacts, %lld + %lld conflicts, %d faults", seed, expected,
           qint64(openConflicts(*m_a).size()), qint64(openConflicts(*m_b).size()),
           int(m_proxy->appliedFaults().size() - m_proxy->appliedFaults().count(FaultKind::None)));
}

void TestSync::rateBudgetIsRespected()
{
    // A server that allows 6 requests a minute, and a client told the same: a run that needs
    // more waits for the window instead of being refused.
    QVERIFY(m_server->terminate() == 0);
    m_server = std::make_unique<ContactsServerProcess>();
    const auto credentials = m_server->startWithToken(
        organization, {QStringLiteral("--rate-limit"), QStringLiteral("6")});
    QVERIFY2(credentials, qPrintable(m_server->errorString()));
    m_credentials = *credentials;
    m_proxy = std::make_unique<FaultProxy>();
    QVERIFY(m_proxy->listen(m_server->port()));

    ContactStore a = m_a->store();
    for (int i = 0; i < 4; ++i) {
        const Contact contact = create(*m_a, phone(i), QStringLiteral("A %1").arg(i));
        VERIFY_OK(a.update(contact.id, ContactChanges().setOptedIn(true)));
    }
    ClientOptions budget = quickOptions();
    budget.requestsPerMinute = 6;
    QElapsedTimer timer;
    timer.start();
    const SyncSummary summary = sync(*m_a, budget);
    QVERIFY2(summary.success(), qPrintable(describe(summary)));
    QCOMPARE(summary.pushed, 8);
    QVERIFY(summary.requests > 6);
    QVERIFY(timer.elapsed() >= 59000); // the budget made it wait

    // The server saw no more than 6 requests in any 60 s, and refused none.
    QList<QDateTime> times;
    for (const QByteArray& line : m_server->log().split('\n')) {
        if (!line.contains(" /api/whatsapp/contacts"))
            continue;
        QVERIFY2(!line.contains(" 429 "), line.constData());
        times.append(QDateTime::fromString(QString::fromUtf8(line.left(line.indexOf(' '))),
                                           Qt::ISODateWithMs));
    }
    QCOMPARE(times.size(), summary.requests);
    for (qsizetype i = 0; i + 6 < times.size(); ++i)
        QVERIFY(times.at(i).msecsTo(times.at(i + 6)) >= 60000);
}

QTEST_GUILESS_MAIN(TestSync)
void TestSync::deletionLimit_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("limit");
    QTest::addRow("empty") << qint64(0) << qint64(10);
    QTest::addRow("small: the floor") << qint64(100) << qint64(10);
    QTest::addRow("5 percent") << qint64(400) << qint64(20);
    QTest::addRow("5 percent, rounded down") << qint64(999) << qint64(49);
    QTest::addRow("the ceiling") << qint64(1000) << qint64(50);
    QTest::addRow("a million") << qint64(1000000) << qint64(50);
}

void TestSync::deletionLimit()
{
    QFETCH(qint64, size);
    QFETCH(qint64, limit);
    QCOMPARE(MassDeletionGuard::limitFor(size), limit);
}

void TestSync::massDeletionOnTheServerWaitsForTheUser()
{
    seed(30);
    ContactStore a = m_a->store();
    QStringList doomed;
    for (int i = 0; i < 12; ++i)
        doomed.append(byPhone(*m_a, phone(i)).id);
    ContactBatchEdit edit(m_a->db());
    VERIFY_OK(edit.remove(doomed));
    VERIFY_OK(
        a.update(byPhone(*m_a, phone(20)).id, ContactChanges().setName(QStringLiteral("Renamed"))));

    // 12 of 30 is more than the limit of 10: everything else goes, the deletions wait.
    const SyncSummary held = sync(*m_a);
    QVERIFY2(held.success(), qPrintable(describe(held)));
    QVERIFY(held.holdsDeletions());
    QCOMPARE(held.heldOnServer, 12);
    QCOMPARE(held.heldHere, 0);
    QCOMPARE(held.deletionLimit, 10);
    QCOMPARE(held.pushed, 1);
    QCOMPARE(serverTotal(), 30);
    QCOMPARE(serverContacts().value(phone(20)).value(QStringLiteral("name")).toString(),
             QStringLiteral("Renamed"));
    // The sample names the contacts, the phone read from their tombstones.
    QCOMPARE(held.heldSample.size(), qsizetype(MassDeletionGuard::sampleSize));
    const QJsonObject first = held.heldSample.first().toObject();
    QCOMPARE(first.value(QStringLiteral("where")).toString(), QStringLiteral("server"));
    QVERIFY2(first.value(QStringLiteral("phone")).toString().startsWith(u'+'),
             qPrintable(describe(held)));
    QVERIFY(first.value(QStringLiteral("name")).toString().startsWith(u"Person "));
    const QJsonObject json = held.toJson().value(QStringLiteral("data")).toObject();
    QCOMPARE(json.value(QStringLiteral("heldDeletions"))
                 .toObject()
                 .value(QStringLiteral("server"))
                 .toInt(),
             12);

    // The next run holds them still, and so does an allowance short of them.
    const SyncSummary again = sync(*m_a);
    QVERIFY(again.success() && again.holdsDeletions());
    QCOMPARE(again.pushed, 0);
    const SyncSummary tooFew = syncAllowing(*m_a, 11);
    QVERIFY(tooFew.success() && tooFew.holdsDeletions());
    QCOMPARE(serverTotal(), 30);

    const SyncSummary allowed = syncAllowing(*m_a, 12);
    QVERIFY2(allowed.success(), qPrintable(describe(allowed)));
    QVERIFY(!allowed.holdsDeletions());
    QCOMPARE(allowed.pushed, 12);
    QCOMPARE(serverTotal(), 18);
    QCOMPARE(heldCount(*m_a, HeldDeletion::Direction::OnServer), 0);
    QVERIFY(!allowed.toJson()
                 .value(QStringLiteral("data"))
                 .toObject()
                 .contains(QStringLiteral("heldDeletions")));
    converge();
    verifyConverged(18);
}

void TestSync::massDeletionHereWaitsForTheUser()
{
    seed(30);
    QStringList doomed;
    for (int i = 0; i < 15; ++i)
        doomed.append(byPhone(*m_a, phone(i)).id);
    ContactBatchEdit edit(m_a->db());
    VERIFY_OK(edit.remove(doomed));
    const SyncSummary sent = syncAllowing(*m_a, 15);
    QVERIFY2(sent.success() && sent.pushed == 15, qPrintable(describe(sent)));
    QCOMPARE(serverTotal(), 15);

    // B pulls 15 tombstones: its contacts stay until its user says so, and the pull cursor
    // has moved past them, so the held table is all that remembers them.
    ContactStore b = m_b->store();
    VERIFY_OK(
        b.update(byPhone(*m_b, phone(25)).id, ContactChanges().setName(QStringLiteral("From B"))));
    const SyncSummary held = sync(*m_b);
    QVERIFY2(held.success(), qPrintable(describe(held)));
    QCOMPARE(held.heldHere, 15);
    QCOMPARE(held.heldOnServer, 0);
    QCOMPARE(held.pushed, 1);
    QCOMPARE(localContacts(*m_b).size(), 30);
    const QJsonObject first = held.heldSample.first().toObject();
    QCOMPARE(first.value(QStringLiteral("where")).toString(), QStringLiteral("here"));
    QVERIFY(first.value(QStringLiteral("phone")).toString().startsWith(u'+'));
    const SyncSummary again = sync(*m_b);
    QVERIFY(again.success());
    QCOMPARE(again.heldHere, 15);
    QCOMPARE(localContacts(*m_b).size(), 30);

    const SyncSummary allowed = syncAllowing(*m_b, 15);
    QVERIFY2(allowed.success(), qPrintable(describe(allowed)));
    QCOMPARE(allowed.pulled, 15);
    QCOMPARE(localContacts(*m_b).size(), 15);
    converge();
    verifyConverged(15);
}

void TestSync::heldDeletionUndoneIsNotSent()
{
    seed(30);
    QStringList doomed;
    for (int i = 0; i < 11; ++i)
        doomed.append(byPhone(*m_a, phone(i)).id);
    ContactBatchEdit edit(m_a->db());
    auto removed = edit.remove(doomed);
    VERIFY_OK(removed);
    QVERIFY(sync(*m_a).holdsDeletions());

    // The agent undoes one of them: the other ten are within the limit and go; the restored
    // contact stays on the server.
    VERIFY_OK(edit.restore({removed->first()}));
    const SyncSummary run = sync(*m_a);
    QVERIFY2(run.success() && !run.holdsDeletions(), qPrintable(describe(run)));
    QCOMPARE(serverTotal(), 20);
    QVERIFY(serverContacts().contains(removed->first().phone));
    converge();
    verifyConverged(20);
}

void TestSync::allowedDeletionsMustBePositive_data()
{
    QTest::addColumn<qint64>("allowed");
    QTest::addRow("zero") << qint64(0);
    QTest::addRow("negative") << qint64(-5);
}

void TestSync::allowedDeletionsMustBePositive()
{
    QFETCH(qint64, allowed);
    create(*m_a, phone(1), QStringLiteral("Unsent"));
    const SyncSummary refused = syncAllowing(*m_a, allowed);
    QVERIFY(refused.failure);
    QCOMPARE(refused.failure->kind, ClientError::Kind::Usage);
    QVERIFY2(refused.failure->message.contains(QString::number(allowed)),
             qPrintable(refused.failure->message));
    QCOMPARE(refused.requests, 0);
    QCOMPARE(serverTotal(), 0);
}

void TestSync::commandLineHoldsDeletionsUntilAllowed()
{
    seed(30);
    QStringList doomed;
    for (int i = 0; i < 12; ++i)
        doomed.append(byPhone(*m_a, phone(i)).id);
    ContactBatchEdit edit(m_a->db());
    VERIFY_OK(edit.remove(doomed));

    QTemporaryFile tokenFile;
    QVERIFY(tokenFile.open());
    tokenFile.write(m_credentials.token.toUtf8());
    tokenFile.flush();
    struct Run {
        int exitCode = -1;
        QJsonObject envelope;
        QString errors;
    };
    const auto runCli = [&](const QStringList& extra) {
        QProcess cli;
        cli.start(QStringLiteral(CONTACTS_CLI_PATH),
                  QStringList{"--db", m_a->path(), "sync", "--server",
                              QStringLiteral("http://127.0.0.1:%1").arg(m_proxy->port()), "--org",
                              m_credentials.organization, "--token-file", tokenFile.fileName(),
                              "--rate", "0", "--quiet"} +
                      extra);
        // The proxy lives on this thread: wait with an event loop, never blocking it.
        QSignalSpy finished(&cli, &QProcess::finished);
        Run run;
        if (!finished.wait(60000))
            return run;
        run.exitCode = cli.exitCode();
        run.envelope = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        run.errors = QString::fromUtf8(cli.readAllStandardError());
        return run;
    };

    const Run held = runCli({});
    QCOMPARE(held.exitCode, 11);
    QVERIFY(held.envelope.value(QStringLiteral("success")).toBool());
    const QJsonObject heldDeletions = held.envelope.value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("heldDeletions"))
                                          .toObject();
    QCOMPARE(heldDeletions.value(QStringLiteral("server")).toInt(), 12);
    QCOMPARE(heldDeletions.value(QStringLiteral("here")).toInt(), 0);
    QCOMPARE(heldDeletions.value(QStringLiteral("limit")).toInt(), 10);
    QVERIFY2(held.errors.contains(QStringLiteral("--allow-deletions 12")), qPrintable(held.errors));

    const Run zero = runCli({QStringLiteral("--allow-deletions"), QStringLiteral("0")});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY2(zero.errors.contains(QStringLiteral("--allow-deletions")), qPrintable(zero.errors));
    QVERIFY(zero.envelope.isEmpty());
    QCOMPARE(serverTotal(), 30);

    const Run allowed = runCli({QStringLiteral("--allow-deletions"), QStringLiteral("12")});
    QCOMPARE(allowed.exitCode, 0);
    QCOMPARE(allowed.envelope.value(QStringLiteral("data"))
                 .toObject()
                 .value(QStringLiteral("pushed"))
                 .toInt(),
             12);
    QCOMPARE(serverTotal(), 18);
}

#include "tst_sync.moc"
