// contacts-cli end to end: the real binary, run with QProcess on a fresh database per test,
// must print the API's envelopes with the reference's exact key sets and exit with the
// documented code for each status.

#include "ContactJson.h"
#include "DefaultDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <functional>
#include <memory>

namespace {

const QString cliPath = QStringLiteral(CONTACTS_CLI_PATH);

// The request bodies of the reference, verbatim.
const QByteArray referenceCreateBody = R"({
  "userNumber": "+971501234567",
  "userName": "Ahmed Hassan",
  "email": "ahmed@example.com",
  "countryCode": "AE",
  "tags": ["lead", "website"],
  "params": {
    "source_page": "/pricing",
    "utm_campaign": "spring_2026"
  }
})";

const QByteArray referencePatchBody = R"({
  "name": "Ahmed Hassan Al-Maktoum",
  "email": "ahmed.new@example.com",
  "tags": ["vip", "returning-customer", "high-value"],
  "params": {
    "shopify_customer_id": "cust_789012",
    "loyalty_tier": "platinum"
  },
  "opted_in": true
})";

const QByteArray referenceBulkBody = R"({
  "contacts": [
    {"userNumber": "+971501111111", "userName": "Contact One", "tags": ["imported"]},
    {"userNumber": "+971502222222", "userName": "Contact Two", "tags": ["imported"]},
    {"userNumber": "+971503333333", "userName": "Contact Three", "email": "three@example.com"}
  ]
})";

// The two contacts of the reference's list example, and a third for sorting.
const QByteArray listSeedBody = R"({
  "contacts": [
    {"userNumber": "+971501234567", "userName": "Ahmed Hassan", "email": "ahmed@example.com",
     "countryCode": "AE", "tags": ["vip", "returning-customer"], "labels": ["premium"]},
    {"userNumber": "+14155557890", "userName": "Sarah Johnson", "countryCode": "US",
     "tags": ["new-lead"]},
    {"userNumber": "+33612345678", "userName": "Émile Zola", "email": "emile@example.fr",
     "tags": ["VIP"]}
  ]
})";

const QString unknownId = QStringLiteral("contact_00000000-0000-4000-8000-000000000000");

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

// The key sets of the reference's shapes.
const QStringList listItemKeys =
    sorted({"id", "name", "phone", "email", "countryCode", "tags", "labels", "source", "optedIn",
            "isBlocked", "lastMessageAt", "conversationCount", "createdAt", "updatedAt"});
const QStringList fullContactKeys = sorted(listItemKeys + QStringList{"vendorContactId", "params"});
const QStringList createdContactKeys =
    sorted({"id", "vendorContactId", "name", "phone", "email", "countryCode", "tags", "params",
            "source", "optedIn", "isBlocked", "createdAt", "updatedAt"});
const QStringList patchedContactKeys =
    sorted({"id", "name", "phone", "email", "country_code", "tags", "params", "is_blocked",
            "opted_in", "updated_at"});
const QStringList listPageKeys = sorted({"contacts", "total", "page", "limit", "hasNext"});
const QStringList bulkResultKeys = sorted({"imported", "skipped", "errors", "contacts"});

const QStringList commandNames = {"list", "get",    "create", "update",
                                  "bulk", "delete", "tags",   "journal"};

QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

QJsonObject failure(const QString& message)
{
    return {{"success", false}, {"error", message}};
}

QStringList names(const QJsonArray& contacts)
{
    QStringList out;
    for (const QJsonValue& contact : contacts) {
        out << contact.toObject().value("name").toString();
    }
    return out;
}

QByteArray tooManyContactsBody()
{
    QJsonArray items;
    for (int i = 0; i < 1001; ++i) {
        items.append(
            QJsonObject{{"userNumber", QStringLiteral("+9715%1").arg(i, 8, 10, QChar(u'0'))}});
    }
    return QJsonDocument(QJsonObject{{"contacts", items}}).toJson(QJsonDocument::Compact);
}

/// What one run of contacts-cli left behind.
struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject json() const { return object(out); }
    QJsonObject data() const { return json().value("data").toObject(); }
};

/// A child's set-up that lowers its file size limit to `bytes`, SIGXFSZ ignored: a write
/// beyond it fails with EFBIG, as on a full quota, without a small file system to fill.
std::function<void()> fileSizeLimit(rlim_t bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    };
}

/// A child's set-up under which file modes hold even for root (tests run as root on CI):
/// without these capabilities in its bounding set, the program it executes gets none of them.
void dropFileModeOverrides()
{
    for (const int capability : {CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER})
        prctl(PR_CAPBSET_DROP, capability, 0, 0, 0);
}

/// Whether dropFileModeOverrides() can work here: not root, or root allowed to shrink its
/// bounding set (CAP_SETPCAP).
bool fileModesCanHold()
{
    if (geteuid() != 0)
        return true;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("CapEff:"))
            return (line.mid(7).trimmed().toULongLong(nullptr, 16) >> CAP_SETPCAP) & 1;
    }
    return false;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createReferenceExample_data();
    void createReferenceExample();
    void getReferenceShape_data();
    void getReferenceShape();
    void listReferenceShape();
    void listOptions_data();
    void listOptions();
    void updateReferenceExample();
    void bulkReferenceExample();
    void bulkPartialFailure();
    void deleteFreesThePhone();
    void tagsCountsTagsAndLabels();
    void journalListsWrites();
    void journalPruneDropsWhatNoSyncNeeds();
    void historyNamesTheAccountAndTheFile();
    void importIsUndoneAfterItsContactsChanged();
    void duplicatesAreFoundMergedAndUnmerged();

    void apiErrors_data();
    void apiErrors();

    void compactOutput_data();
    void compactOutput();
    void databaseOptionAfterCommand();
    void defaultDatabaseIsTheDesktopOne();

    void help_data();
    void help();
    void globalHelpListsCommandsAndExitCodes();
    void version();
    void usageErrors_data();
    void usageErrors();
    void unreadableFile_data();
    void unreadableFile();
    void unopenableDatabase_data();
    void unopenableDatabase();
    void unusableDatabaseUri_data();
    void unusableDatabaseUri();
    void databaseThatIsNotAFile_data();
    void databaseThatIsNotAFile();
    void fullDisk_data();
    void fullDisk();
    void readOnlyDatabase_data();
    void readOnlyDatabase();

private:
    /// Runs contacts-cli on this test's database.
    CliRun cli(const QStringList& arguments, const QByteArray& input = {});
    /// Runs contacts-cli with exactly `arguments`.
    CliRun run(const QStringList& arguments, const QByteArray& input = {});
    QString writeFile(const QString& name, const QByteArray& content);
    /// Creates a contact; its id, or empty when the create failed.
    QString create(const QByteArray& body);
    /// The id of the first contact a search for `search` lists.
    QString idOf(const QString& search);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    QString m_workingDirectory;         ///< where contacts-cli runs; empty: this process's
    std::function<void()> m_childSetUp; ///< run in contacts-cli's process before it starts
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = m_dir->filePath("contacts.db");
}

void TestCli::cleanup()
{
    m_dir.reset();
    m_workingDirectory.clear();
    m_childSetUp = nullptr;
}

CliRun TestCli::run(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    // The default database must never be the developer's own.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", m_dir->filePath("home"));
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg-data"));
    environment.insert("XDG_CONFIG_HOME", m_dir->filePath("xdg-config"));
    // The account the opt-in history names.
    environment.insert("USER", "sara");
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_workingDirectory);
    if (m_childSetUp)
        process.setChildProcessModifier(m_childSetUp);
    process.start(cliPath, arguments);
    CliRun result;
    if (!process.waitForStarted(30'000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

CliRun TestCli::cli(const QStringList& arguments, const QByteArray& input)
{
    return run(QStringList{"--db", m_dbPath} + arguments, input);
}

QString TestCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        return {};
    }
    return path;
}

QString TestCli::create(const QByteArray& body)
{
    const CliRun created = cli({"create", "-"}, body);
    if (created.exitCode != 0) {
        qWarning() << "create failed:" << created.exitCode << created.out << created.err;
        return {};
    }
    return created.data().value("id").toString();
}

void TestCli::createReferenceExample_data()
{
    QTest::addColumn<bool>("fromStdin");
    QTest::newRow("file") << false;
    QTest::newRow("stdin") << true;
}

void TestCli::createReferenceExample()
{
    QFETCH(bool, fromStdin);
    const CliRun created = fromStdin
                               ? cli({"create", "-"}, referenceCreateBody)
                               : cli({"create", writeFile("create.json", referenceCreateBody)});
    QCOMPARE(created.exitCode, 0);
    QCOMPARE(created.err, QByteArray());
    const QJsonObject envelope = created.json();
    QCOMPARE(sorted(envelope.keys()), sorted({"success", "data"}));
    QCOMPARE(envelope.value("success"), QJsonValue(true));

    const QJsonObject data = created.data();
    QCOMPARE(data.keys(), createdContactKeys);
    QVERIFY(QRegularExpression("^contact_[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                               "[0-9a-f]{12}$")
                .match(data.value("id").toString())
                .hasMatch());
    QVERIFY(QRegularExpression("^[0-9a-f]{24}$")
                .match(data.value("vendorContactId").toString())
                .hasMatch());
    QCOMPARE(data.value("name"), QJsonValue("Ahmed Hassan"));
    QCOMPARE(data.value("phone"), QJsonValue("+971501234567"));
    QCOMPARE(data.value("email"), QJsonValue("ahmed@example.com"));
    QCOMPARE(data.value("countryCode"), QJsonValue("AE"));
    QCOMPARE(data.value("tags"), QJsonValue(QJsonArray{"lead", "website"}));
    QCOMPARE(data.value("params"),
             QJsonValue(QJsonObject{{"source_page", "/pricing"}, {"utm_campaign", "spring_2026"}}));
    QCOMPARE(data.value("source"), QJsonValue("api"));
    QCOMPARE(data.value("optedIn"), QJsonValue(false));
    QCOMPARE(data.value("isBlocked"), QJsonValue(false));
    QCOMPARE(data.value("createdAt"), data.value("updatedAt"));
    QVERIFY(QRegularExpression(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)")
                .match(data.value("createdAt").toString())
                .hasMatch());
}

void TestCli::getReferenceShape_data()
{
    QTest::addColumn<QString>("idForm");
    QTest::newRow("id") << "id";
    QTest::newRow("bare uuid") << "uuid";
    QTest::newRow("vendorContactId") << "vendor";
}

void TestCli::getReferenceShape()
{
    QFETCH(QString, idForm);
    const CliRun created = cli({"create", "-"}, referenceCreateBody);
    QCOMPARE(created.exitCode, 0);
    const QString id = created.data().value("id").toString();
    const QString lookup = idForm == "id"     ? id
                           : idForm == "uuid" ? id.mid(QStringLiteral("contact_").size())
                                              : created.data().value("vendorContactId").toString();

    const CliRun got = cli({"get", lookup});
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.err, QByteArray());
    QCOMPARE(got.json().value("success"), QJsonValue(true));
    const QJsonObject data = got.data();
    QCOMPARE(data.keys(), fullContactKeys);
    QCOMPARE(data.value("id"), QJsonValue(id));
    QCOMPARE(data.value("vendorContactId"), created.data().value("vendorContactId"));
    QCOMPARE(data.value("labels"), QJsonValue(QJsonArray()));
    QCOMPARE(data.value("params"), created.data().value("params"));
    QCOMPARE(data.value("lastMessageAt"), QJsonValue(QJsonValue::Null));
    QCOMPARE(data.value("conversationCount"), QJsonValue(0));
    QCOMPARE(data.value("createdAt"), created.data().value("createdAt"));
}

void TestCli::listReferenceShape()
{
    QVERIFY(!create(R"({"userNumber": "+971501234567", "userName": "Ahmed Hassan",
                        "email": "ahmed@example.com", "countryCode": "AE",
                        "tags": ["vip", "returning-customer"], "labels": ["premium"]})")
                 .isEmpty());
    QVERIFY(!create(R"({"userNumber": "+14155557890", "userName": "Sarah Johnson",
                        "countryCode": "US", "tags": ["new-lead"]})")
                 .isEmpty());

    const CliRun listed = cli({"list"});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    QCOMPARE(listed.json().value("success"), QJsonValue(true));
    const QJsonObject data = listed.data();
    QCOMPARE(data.keys(), listPageKeys);
    QCOMPARE(data.value("total"), QJsonValue(2));
    QCOMPARE(data.value("page"), QJsonValue(1));
    QCOMPARE(data.value("limit"), QJsonValue(20));
    QCOMPARE(data.value("hasNext"), QJsonValue(false));
    const QJsonArray contacts = data.value("contacts").toArray();
    QCOMPARE(contacts.size(), 2);
    for (const QJsonValue& contact : contacts) {
        QCOMPARE(contact.toObject().keys(), listItemKeys);
    }
    QCOMPARE(sorted(names(contacts)), sorted({"Ahmed Hassan", "Sarah Johnson"}));
    for (const QJsonValue& contact : contacts) {
        const QJsonObject item = contact.toObject();
        if (item.value("name") == QJsonValue("Sarah Johnson")) {
            QCOMPARE(item.value("email"), QJsonValue(QJsonValue::Null));
            QCOMPARE(item.value("labels"), QJsonValue(QJsonArray()));
        } else {
            QCOMPARE(item.value("labels"), QJsonValue(QJsonArray{"premium"}));
        }
    }
}

void TestCli::listOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("expectedNames");
    QTest::addColumn<bool>("ordered");
    QTest::addColumn<int>("total");
    QTest::addColumn<bool>("hasNext");
    QTest::addColumn<int>("limit");

    const QString ahmed = "Ahmed Hassan";
    const QString sarah = "Sarah Johnson";
    const QString emile = "Émile Zola";
    const QStringList all = {ahmed, sarah, emile};

    QTest::newRow("no options") << QStringList{} << all << false << 3 << false << 20;
    QTest::newRow("name asc") << QStringList{"--sort-by", "name", "--sort-order", "asc"}
                              << QStringList{ahmed, emile, sarah} << true << 3 << false << 20;
    QTest::newRow("name desc") << QStringList{"--sort-by", "name", "--sort-order", "desc"}
                               << QStringList{sarah, emile, ahmed} << true << 3 << false << 20;
    QTest::newRow("page 2 of 1") << QStringList{"--sort-by", "name", "--sort-order", "asc",
                                                "--limit",   "1",    "--page",       "2"}
                                 << QStringList{emile} << true << 3 << true << 1;
    QTest::newRow("last page") << QStringList{"--sort-by", "name", "--limit", "2", "--page", "2"}
                               << QStringList{ahmed} << true << 3 << false << 2;
    QTest::newRow("past the end") << QStringList{"--page", "5"} << QStringList{} << true << 3
                                  << false << 20;
    QTest::newRow("limit clamped")
        << QStringList{"--limit", "500"} << all << false << 3 << false << 100;
    QTest::newRow("search name") << QStringList{"--search", "SARAH"} << QStringList{sarah} << true
                                 << 1 << false << 20;
    QTest::newRow("search email") << QStringList{"--search", "example.fr"} << QStringList{emile}
                                  << true << 1 << false << 20;
    QTest::newRow("search phone digits")
        << QStringList{"--search", "50 123"} << QStringList{ahmed} << true << 1 << false << 20;
    QTest::newRow("search with plus")
        << QStringList{"--search", "+971"} << QStringList{ahmed} << true << 1 << false << 20;
    // The value reaches the store as typed: no query-string decoding on the way.
    QTest::newRow("search percent is literal")
        << QStringList{"--search", "%41hmed"} << QStringList{} << true << 0 << false << 20;
    QTest::newRow("search ampersand is literal")
        << QStringList{"--search", "ahmed&limit=1"} << QStringList{} << true << 0 << false << 20;
    QTest::newRow("tag, any case")
        << QStringList{"--tag", "VIP"} << QStringList{ahmed, emile} << false << 2 << false << 20;
    QTest::newRow("two tags") << QStringList{"--tag", "vip", "--tag", "returning-customer"}
                              << QStringList{ahmed} << true << 1 << false << 20;
    QTest::newRow("label") << QStringList{"--label", "premium"} << QStringList{ahmed} << true << 1
                           << false << 20;
    QTest::newRow("opted in false")
        << QStringList{"--opted-in", "false"} << all << false << 3 << false << 20;
    QTest::newRow("opted in true")
        << QStringList{"--opted-in", "true"} << QStringList{} << true << 0 << false << 20;
    QTest::newRow("blocked true") << QStringList{"--blocked", "true"} << QStringList{} << true << 0
                                  << false << 20;
    QTest::newRow("updated since the past")
        << QStringList{"--updated-since", "2000-01-01T00:00:00.000Z"} << all << false << 3 << false
        << 20;
    QTest::newRow("updated since the future")
        << QStringList{"--updated-since", "2999-01-01T00:00:00.000Z"} << QStringList{} << true << 0
        << false << 20;
}

void TestCli::listOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, expectedNames);
    QFETCH(bool, ordered);
    QFETCH(int, total);
    QFETCH(bool, hasNext);
    QFETCH(int, limit);

    const CliRun seeded = cli({"bulk", writeFile("seed.json", listSeedBody)});
    QCOMPARE(seeded.exitCode, 0);
    QCOMPARE(seeded.data().value("imported"), QJsonValue(3));

    const CliRun listed = cli(QStringList{"list"} + arguments);
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.err, QByteArray());
    const QJsonObject data = listed.data();
    QCOMPARE(data.keys(), listPageKeys);
    const QStringList got = names(data.value("contacts").toArray());
    if (ordered) {
        QCOMPARE(got, expectedNames);
    } else {
        QCOMPARE(sorted(got), sorted(expectedNames));
    }
    QCOMPARE(data.value("total"), QJsonValue(total));
    QCOMPARE(data.value("hasNext"), QJsonValue(hasNext));
    QCOMPARE(data.value("limit"), QJsonValue(limit));
}

void TestCli::updateReferenceExample()
{
    const QString id = create(referenceCreateBody);
    QVERIFY(!id.isEmpty());

    const CliRun updated = cli({"update", id, writeFile("patch.json", referencePatchBody)});
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.err, QByteArray());
    QCOMPARE(updated.json().value("success"), QJsonValue(true));
    const QJsonObject data = updated.data();
    QCOMPARE(data.keys(), patchedContactKeys);
    QCOMPARE(data.value("id"), QJsonValue(id));
    QCOMPARE(data.value("name"), QJsonValue("Ahmed Hassan Al-Maktoum"));
    QCOMPARE(data.value("phone"), QJsonValue("+971501234567"));
    QCOMPARE(data.value("email"), QJsonValue("ahmed.new@example.com"));
    QCOMPARE(data.value("country_code"), QJsonValue("AE"));
    QCOMPARE(data.value("tags"), QJsonValue(QJsonArray{"vip", "returning-customer", "high-value"}));
    QCOMPARE(data.value("params"), QJsonValue(QJsonObject{{"shopify_customer_id", "cust_789012"},
                                                          {"loyalty_tier", "platinum"}}));
    QCOMPARE(data.value("is_blocked"), QJsonValue(false));
    QCOMPARE(data.value("opted_in"), QJsonValue(true));

    // The same PATCH through stdin, by vendorContactId, changes nothing more.
    const QString vendorId = cli({"get", id}).data().value("vendorContactId").toString();
    const CliRun again = cli({"update", vendorId, "-"}, referencePatchBody);
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.data(), data);
}

void TestCli::bulkReferenceExample()
{
    const CliRun imported = cli({"bulk", writeFile("bulk.json", referenceBulkBody)});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.err, QByteArray());
    QCOMPARE(imported.json().value("success"), QJsonValue(true));
    const QJsonObject data = imported.data();
    QCOMPARE(data.keys(), bulkResultKeys);
    QCOMPARE(data.value("imported"), QJsonValue(3));
    QCOMPARE(data.value("skipped"), QJsonValue(0));
    QCOMPARE(data.value("errors"), QJsonValue(QJsonArray()));
    const QJsonArray contacts = data.value("contacts").toArray();
    QCOMPARE(contacts.size(), 3);
    const QStringList phones = {"+971501111111", "+971502222222", "+971503333333"};
    for (int i = 0; i < contacts.size(); ++i) {
        const QJsonObject contact = contacts.at(i).toObject();
        QCOMPARE(contact.keys(), sorted({"id", "phone", "status"}));
        QCOMPARE(contact.value("phone"), QJsonValue(phones.at(i)));
        QCOMPARE(contact.value("status"), QJsonValue("created"));
        const CliRun got = cli({"get", contact.value("id").toString()});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.data().value("source"), QJsonValue("import"));
    }
    QCOMPARE(cli({"list"}).data().value("total"), QJsonValue(3));
}

void TestCli::bulkPartialFailure()
{
    QVERIFY(!create(R"({"userNumber": "+971502222222"})").isEmpty());

    const CliRun imported = cli({"bulk", "-"}, referenceBulkBody);
    QCOMPARE(imported.exitCode, 0);
    const QJsonObject data = imported.data();
    QCOMPARE(data.keys(), bulkResultKeys);
    QCOMPARE(data.value("imported"), QJsonValue(2));
    QCOMPARE(data.value("skipped"), QJsonValue(1));
    const QJsonArray errors = data.value("errors").toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).toObject(),
             (QJsonObject{
                 {"index", 1}, {"phone", "+971502222222"}, {"error", "Contact already exists"}}));
    const QJsonArray contacts = data.value("contacts").toArray();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts.at(0).toObject().value("phone"), QJsonValue("+971501111111"));
    QCOMPARE(contacts.at(1).toObject().value("phone"), QJsonValue("+971503333333"));
}

void TestCli::deleteFreesThePhone()
{
    const QString id = create(referenceCreateBody);
    QVERIFY(!id.isEmpty());

    const CliRun deleted = cli({"delete", id});
    QCOMPARE(deleted.exitCode, 0);
    QCOMPARE(deleted.err, QByteArray());
    QCOMPARE(deleted.json(), (QJsonObject{{"success", true},
                                          {"data", QJsonObject{{"id", id}, {"deleted", true}}}}));

    const CliRun gone = cli({"get", id});
    QCOMPARE(gone.exitCode, 4);
    QCOMPARE(gone.json(), failure("Contact not found"));
    QCOMPARE(cli({"delete", id}).exitCode, 4);

    const QString again = create(referenceCreateBody);
    QVERIFY(!again.isEmpty());
    QVERIFY(again != id);
}

void TestCli::tagsCountsTagsAndLabels()
{
    const CliRun empty = cli({"tags"});
    QCOMPARE(empty.exitCode, 0);
    QCOMPARE(
        empty.json(),
        (QJsonObject{{"success", true},
                     {"data", QJsonObject{{"tags", QJsonArray()}, {"labels", QJsonArray()}}}}));

    QCOMPARE(cli({"bulk", "-"}, listSeedBody).exitCode, 0);
    const CliRun counted = cli({"tags"});
    QCOMPARE(counted.exitCode, 0);
    QCOMPARE(counted.err, QByteArray());
    const QJsonObject data = counted.data();
    QCOMPARE(data.keys(), sorted({"tags", "labels"}));
    const QJsonArray tags = data.value("tags").toArray();
    QCOMPARE(tags.size(), 3);
    // Most used first; "VIP" counts with the first spelling, "vip".
    QCOMPARE(tags.at(0).toObject(), (QJsonObject{{"name", "vip"}, {"count", 2}}));
    for (const QJsonValue& tag : tags) {
        QCOMPARE(tag.toObject().keys(), sorted({"name", "count"}));
    }
    QCOMPARE(data.value("labels"),
             QJsonValue(QJsonArray{QJsonObject{{"name", "premium"}, {"count", 1}}}));
}

void TestCli::journalListsWrites()
{
    const QString id = create(referenceCreateBody);
    QVERIFY(!id.isEmpty());
    QCOMPARE(cli({"update", id, "-"}, R"({"opted_in": true})").exitCode, 0);
    QCOMPARE(cli({"delete", id}).exitCode, 0);

    const CliRun journal = cli({"journal"});
    QCOMPARE(journal.exitCode, 0);
    QCOMPARE(journal.err, QByteArray());
    const QJsonArray entries = journal.data().value("entries").toArray();
    QCOMPARE(entries.size(), 3);
    QStringList operations;
    for (const QJsonValue& entry : entries) {
        QCOMPARE(entry.toObject().value("contactId"), QJsonValue(id));
        operations << entry.toObject().value("operation").toString();
    }
    QCOMPARE(operations, QStringList({"create", "update", "delete"}));

    const qint64 first = entries.at(0).toObject().value("sequence").toInteger();
    const CliRun after = cli({"journal", "--after", QString::number(first), "--limit", "1"});
    QCOMPARE(after.exitCode, 0);
    const QJsonArray rest = after.data().value("entries").toArray();
    QCOMPARE(rest.size(), 1);
    QCOMPARE(rest.at(0).toObject().value("operation"), QJsonValue("update"));
}

void TestCli::journalPruneDropsWhatNoSyncNeeds()
{
    const QString id = create(referenceCreateBody);
    QVERIFY(!id.isEmpty());
    QCOMPARE(cli({"update", id, "-"}, R"({"opted_in": true})").exitCode, 0);

    // No server is configured: no sync will read any entry.
    const CliRun pruned = cli({"journal", "--prune"});
    QCOMPARE(pruned.exitCode, 0);
    QCOMPARE(pruned.err, QByteArray());
    QCOMPARE(pruned.json(), (QJsonObject{{"success", true}, {"data", QJsonObject{{"pruned", 2}}}}));
    QCOMPARE(cli({"journal"}).data().value("entries").toArray().size(), 0);
    QCOMPARE(cli({"get", id}).exitCode, 0); // the contact stays
    QCOMPARE(cli({"journal", "--prune"}).data(), (QJsonObject{{"pruned", 0}}));
}

void TestCli::historyNamesTheAccountAndTheFile()
{
    const QString csv =
        writeFile("expo.csv", "phone,name\n+971501111111,Mona\n+971502222222,Ali\n");
    const CliRun imported = cli({"import", csv, "--opt-in"});
    QCOMPARE(imported.exitCode, 0);
    const CliRun listed = cli({"list"});
    const QJsonArray contacts = listed.data().value("contacts").toArray();
    QCOMPARE(contacts.size(), 2);
    const QString id = contacts.at(0).toObject().value("id").toString();
    QCOMPARE(contacts.at(0).toObject().value("optedIn").toBool(), true);
    QCOMPARE(cli({"update", id, "-"}, R"({"is_blocked": true})").exitCode, 0);

    const CliRun history = cli({"history", id});
    QCOMPARE(history.exitCode, 0);
    QCOMPARE(history.err, QByteArray());
    const QJsonArray changes = history.data().value("changes").toArray();
    QCOMPARE(changes.size(), 2);
    const QJsonObject optIn = changes.at(0).toObject();
    QCOMPARE(optIn.value("field").toString(), QStringLiteral("optedIn"));
    QCOMPARE(optIn.value("value").toBool(), true);
    QCOMPARE(optIn.value("changedBy").toString(), QStringLiteral("sara"));
    QCOMPARE(optIn.value("method").toString(), QStringLiteral("import"));
    QCOMPARE(optIn.value("detail").toString(), QStringLiteral("expo.csv"));
    const QJsonObject block = changes.at(1).toObject();
    QCOMPARE(block.value("field").toString(), QStringLiteral("isBlocked"));
    QCOMPARE(block.value("method").toString(), QStringLiteral("cli"));
    QVERIFY(block.value("detail").isNull());

    // Without --opt-in an import opts nobody in, and an existing contact keeps its choice.
    QCOMPARE(cli({"update", id, "-"}, R"({"opted_in": false})").exitCode, 0);
    QCOMPARE(cli({"import", csv, "--opt-in", "--update-existing"}).exitCode, 0);
    QCOMPARE(cli({"get", id}).data().value("optedIn").toBool(true), false);
    QCOMPARE(cli({"history", id}).data().value("changes").toArray().size(), 3);

    const CliRun unknown = cli({"history", "contact_00000000-0000-4000-8000-000000000000"});
    QCOMPARE(unknown.exitCode, 4);
    QCOMPARE(unknown.json().value("error").toString(), QStringLiteral("Contact not found"));
}

QString TestCli::idOf(const QString& search)
{
    const QJsonArray contacts =
        cli({"list", "--search", search}).data().value("contacts").toArray();
    return contacts.at(0).toObject().value("id").toString();
}

void TestCli::importIsUndoneAfterItsContactsChanged()
{
    const QString csv = writeFile("fair.csv", "phone,name\n+971501111111,Mona\n"
                                              "+971502222222,Ali\n+971503333333,Omar\n");
    const CliRun imported = cli({"import", csv});
    QCOMPARE(imported.exitCode, 0);
    const qint64 operation = imported.data().value("operation").toInteger();
    QVERIFY(operation > 0);
    const CliRun listed = cli({"operations"});
    QCOMPARE(listed.exitCode, 0);
    const QJsonObject first = listed.data().value("operations").toArray().at(0).toObject();
    QCOMPARE(first.value("id").toInteger(), operation);
    QCOMPARE(first.value("kind").toString(), QStringLiteral("import"));
    QCOMPARE(first.value("argument").toString(), QStringLiteral("fair.csv"));
    QCOMPARE(first.value("by").toString(), QStringLiteral("sara"));
    QCOMPARE(first.value("contacts").toInt(), 3);

    // Ali is edited after the import: the undo leaves him and says so.
    const QJsonArray contacts = cli({"list", "--search", "Ali"}).data().value("contacts").toArray();
    QCOMPARE(contacts.size(), 1);
    const QString ali = contacts.at(0).toObject().value("id").toString();
    QTest::qSleep(2); // updatedAt tells a later change by the millisecond
    QCOMPARE(cli({"update", ali, "-"}, R"({"email": "ali@example.com"})").exitCode, 0);
    // Omar is deleted since: counted, though his id went with his row.
    const QString omar = idOf("Omar");
    QCOMPARE(cli({"delete", omar}).exitCode, 0);

    const CliRun undone = cli({"undo", QString::number(operation)});
    QCOMPARE(undone.exitCode, 0);
    QCOMPARE(undone.data().value("reverted").toInt(), 1);
    QCOMPARE(undone.data().value("notReverted").toInt(), 2);
    const QJsonArray notReverted = undone.data().value("notRevertedContacts").toArray();
    QCOMPARE(notReverted.size(), 1);
    const QJsonObject kept = notReverted.at(0).toObject();
    QCOMPARE(kept.value("id").toString(), ali);
    QCOMPARE(kept.value("reason").toString(), QStringLiteral("changed since"));
    QCOMPARE(cli({"list"}).data().value("total").toInt(), 1);

    // Once only; an undo is an operation of its own, whose undo brings Mona back.
    const CliRun again = cli({"undo", QString::number(operation)});
    QCOMPARE(again.exitCode, 6);
    QCOMPARE(again.json().value("error").toString(), QStringLiteral("Operation already undone"));
    const qint64 undo = undone.data().value("operation").toInteger();
    QCOMPARE(cli({"undo", QString::number(undo)}).exitCode, 0);
    QCOMPARE(cli({"list"}).data().value("total").toInt(), 2);

    // An import that updated existing contacts (--update-existing): its undo deletes what it
    // created and gives the updated contact back its fields.
    const QString update = writeFile("update.csv", "phone,name,email\n+971501111111,,mona@x.io\n"
                                                   "+971504444444,Huda,\n");
    const CliRun merged = cli({"import", update, "--update-existing"});
    QCOMPARE(merged.exitCode, 0);
    QCOMPARE(merged.data().value("updated").toInt(), 1);
    const QString mona = idOf("Mona");
    QCOMPARE(cli({"get", mona}).data().value("email").toString(), QStringLiteral("mona@x.io"));
    const CliRun unmerged =
        cli({"undo", QString::number(merged.data().value("operation").toInteger())});
    QCOMPARE(unmerged.exitCode, 0);
    QCOMPARE(unmerged.data().value("reverted").toInt(), 2);
    QVERIFY(cli({"get", mona}).data().value("email").isNull());
    QCOMPARE(cli({"get", mona}).data().value("name").toString(), QStringLiteral("Mona"));
    QCOMPARE(cli({"list"}).data().value("total").toInt(), 2);

    QCOMPARE(cli({"undo", "999"}).exitCode, 4);
    const CliRun notANumber = cli({"undo", "last"});
    QCOMPARE(notANumber.exitCode, 1);
    QVERIFY(notANumber.err.contains("operation id"));
    QCOMPARE(cli({"operations", "--limit", "0"}).exitCode, 1);
}

void TestCli::duplicatesAreFoundMergedAndUnmerged()
{
    const QString csv = writeFile("twice.csv", "phone,name,email,tags\n"
                                               "+971501111111,Mona Haddad,,vip\n"
                                               "+971502222222,Ali,,\n"
                                               "+971503333333,mona haddad,Mona@X.io,lead\n");
    QCOMPARE(cli({"import", csv}).exitCode, 0);
    const CliRun found = cli({"duplicates"});
    QCOMPARE(found.exitCode, 0);
    QCOMPARE(found.data().value("total").toInt(), 1);
    const QJsonObject group = found.data().value("groups").toArray().at(0).toObject();
    QCOMPARE(group.value("reasons").toArray(), QJsonArray{"name"});
    const QJsonArray members = group.value("contacts").toArray();
    QCOMPARE(members.size(), 2);
    const QString keep = members.at(0).toObject().value("id").toString();
    const QString other = members.at(1).toObject().value("id").toString();
    QCOMPARE(members.at(1).toObject().value("email").toString(), QStringLiteral("Mona@X.io"));

    const CliRun merged = cli({"merge", keep, other, "--field", "name=" + other});
    QCOMPARE(merged.exitCode, 0);
    const QJsonObject contact = merged.data().value("contact").toObject();
    QCOMPARE(contact.value("id").toString(), keep);
    QCOMPARE(contact.value("name").toString(), QStringLiteral("mona haddad"));
    QCOMPARE(contact.value("email").toString(), QStringLiteral("Mona@X.io"));
    QCOMPARE(contact.value("tags").toArray(), (QJsonArray{"vip", "lead"}));
    QCOMPARE(merged.data().value("merged").toArray(), QJsonArray{other});
    QCOMPARE(cli({"get", other}).exitCode, 4);
    QCOMPARE(cli({"duplicates"}).data().value("total").toInt(), 0);
    const QJsonObject operation =
        cli({"operations"}).data().value("operations").toArray().at(0).toObject();
    QCOMPARE(operation.value("kind").toString(), QStringLiteral("merge"));
    QCOMPARE(operation.value("by").toString(), QStringLiteral("sara"));

    const CliRun undone =
        cli({"undo", QString::number(merged.data().value("operation").toInteger())});
    QCOMPARE(undone.exitCode, 0);
    QCOMPARE(undone.data().value("reverted").toInt(), 2);
    QCOMPARE(cli({"get", other}).data().value("phone").toString(), QStringLiteral("+971503333333"));
    QCOMPARE(cli({"get", keep}).data().value("name").toString(), QStringLiteral("Mona Haddad"));
    QCOMPARE(cli({"duplicates"}).data().value("total").toInt(), 1);

    // Bad input: nothing written, a clear message.
    const CliRun itself = cli({"merge", keep, keep});
    QCOMPARE(itself.exitCode, 2);
    QCOMPARE(itself.json().value("error").toString(),
             QStringLiteral("Cannot merge a contact with itself"));
    QCOMPARE(cli({"merge", keep, "contact_00000000-0000-4000-8000-000000000000"}).exitCode, 4);
    const CliRun lonely = cli({"merge", keep});
    QCOMPARE(lonely.exitCode, 1);
    QVERIFY(lonely.err.contains("OTHER_ID"));
    const CliRun badPick = cli({"merge", keep, other, "--field", "name"});
    QCOMPARE(badPick.exitCode, 1);
    QVERIFY(badPick.err.contains("NAME=ID"));
    QCOMPARE(cli({"merge", keep, other, "--field", "phone=" + other}).exitCode, 2);
    QCOMPARE(cli({"duplicates", "--limit", "0"}).exitCode, 1);
    QCOMPARE(cli({"duplicates"}).data().value("total").toInt(), 1);
}

void TestCli::apiErrors_data()
{
    QTest::addColumn<QStringList>("arguments"); // {id}: the seeded contact, {body}: the body file
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("seed"); // create the reference contact first
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QStringList createFile = {"create", "{body}"};
    const QStringList updateSeeded = {"update", "{id}", "{body}"};

    QTest::newRow("create: missing phone") << createFile << QByteArray(R"({"userName": "Nobody"})")
                                           << false << 2 << "Phone number (userNumber) is required";
    QTest::newRow("create: blank phone") << createFile << QByteArray(R"({"userNumber": "  "})")
                                         << false << 2 << "Phone number (userNumber) is required";
    QTest::newRow("create: invalid phone")
        << createFile << QByteArray(R"({"userNumber": "12345"})") << false << 2
        << "Invalid phone number (userNumber): expected E.164, e.g. +971501234567";
    QTest::newRow("create: invalid email")
        << createFile << QByteArray(R"({"userNumber": "+971501234567", "email": "a b@c"})") << false
        << 2 << "Invalid email";
    QTest::newRow("create: duplicate") << createFile << referenceCreateBody << true << 6
                                       << "Contact with this phone number already exists";
    QTest::newRow("create: duplicate in another format")
        << createFile << QByteArray(R"({"userNumber": "00971 50 123 4567"})") << true << 6
        << "Contact with this phone number already exists";
    QTest::newRow("create: not JSON") << createFile << QByteArray("userNumber=+971501234567")
                                      << false << 2 << "Invalid JSON body";
    QTest::newRow("create: JSON array") << createFile << QByteArray(R"([{"userNumber": "+1"}])")
                                        << false << 2 << "Invalid JSON body";
    QTest::newRow("create: empty body")
        << createFile << QByteArray() << false << 2 << "Invalid JSON body";
    QTest::newRow("get: unknown id")
        << QStringList{"get", unknownId} << QByteArray() << true << 4 << "Contact not found";
    QTest::newRow("get: garbage id")
        << QStringList{"get", "nope"} << QByteArray() << false << 4 << "Contact not found";
    QTest::newRow("update: unknown id") << QStringList{"update", unknownId, "{body}"}
                                        << referencePatchBody << true << 4 << "Contact not found";
    QTest::newRow("update: no valid fields")
        << updateSeeded << QByteArray(R"({"userName": "x", "phone": "+14155557890"})") << true << 2
        << "No valid fields to update";
    QTest::newRow("update: empty object")
        << updateSeeded << QByteArray("{}") << true << 2 << "No valid fields to update";
    QTest::newRow("update: wrongly typed field")
        << updateSeeded << QByteArray(R"({"opted_in": "yes"})") << true << 2 << "Invalid opted_in";
    QTest::newRow("update: not JSON")
        << updateSeeded << QByteArray("{name: x}") << true << 2 << "Invalid JSON body";
    // The body is checked before the contact is looked up.
    QTest::newRow("update: not JSON, unknown id")
        << QStringList{"update", unknownId, "{body}"} << QByteArray("nope") << false << 2
        << "Invalid JSON body";
    QTest::newRow("delete: unknown id")
        << QStringList{"delete", unknownId} << QByteArray() << true << 4 << "Contact not found";
    QTest::newRow("list: bad sortBy") << QStringList{"list", "--sort-by", "foo"} << QByteArray()
                                      << false << 2 << "Invalid sortBy";
    QTest::newRow("list: bad sortOrder") << QStringList{"list", "--sort-order", "up"}
                                         << QByteArray() << false << 2 << "Invalid sortOrder";
    QTest::newRow("list: page 0") << QStringList{"list", "--page", "0"} << QByteArray() << false
                                  << 2 << "Invalid page";
    QTest::newRow("list: page not a number")
        << QStringList{"list", "--page", "two"} << QByteArray() << false << 2 << "Invalid page";
    QTest::newRow("list: negative limit")
        << QStringList{"list", "--limit=-5"} << QByteArray() << false << 2 << "Invalid limit";
    QTest::newRow("list: limit 0")
        << QStringList{"list", "--limit", "0"} << QByteArray() << false << 2 << "Invalid limit";
    QTest::newRow("list: bad optedIn") << QStringList{"list", "--opted-in", "yes"} << QByteArray()
                                       << false << 2 << "Invalid optedIn";
    QTest::newRow("list: bad isBlocked") << QStringList{"list", "--blocked", "1"} << QByteArray()
                                         << false << 2 << "Invalid isBlocked";
    QTest::newRow("list: bad updatedSince") << QStringList{"list", "--updated-since", "yesterday"}
                                            << QByteArray() << false << 2 << "Invalid updatedSince";
    QTest::newRow("bulk: too many") << QStringList{"bulk", "{body}"} << tooManyContactsBody()
                                    << false << 7 << "Too many contacts in one request (max 1000)";
    QTest::newRow("bulk: no contacts array")
        << QStringList{"bulk", "{body}"} << QByteArray(R"({"items": []})") << false << 2
        << "Contacts array is required";
    QTest::newRow("bulk: not JSON")
        << QStringList{"bulk", "{body}"} << QByteArray("[]") << false << 2 << "Invalid JSON body";
}

void TestCli::apiErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, body);
    QFETCH(bool, seed);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QString id;
    if (seed) {
        id = create(referenceCreateBody);
        QVERIFY(!id.isEmpty());
    }
    const QString bodyFile = writeFile("body.json", body);
    QVERIFY(!bodyFile.isEmpty());
    arguments.replaceInStrings("{id}", id);
    arguments.replaceInStrings("{body}", bodyFile);

    const CliRun failed = cli(arguments);
    QCOMPARE(failed.exitCode, exitCode);
    QCOMPARE(failed.err, QByteArray());
    QCOMPARE(failed.json(), failure(message));

    if (seed) {
        // Nothing was written by the failed command.
        const CliRun listed = cli({"list"});
        QCOMPARE(listed.data().value("total"), QJsonValue(1));
        const QJsonObject contact = cli({"get", id}).data();
        QCOMPARE(contact.value("name"), QJsonValue("Ahmed Hassan"));
        QCOMPARE(contact.value("optedIn"), QJsonValue(false));
    }
}

void TestCli::compactOutput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("compact");
    QTest::newRow("indented by default") << QStringList{"--db", "{db}", "get", "{id}"} << false;
    QTest::newRow("--compact before the command")
        << QStringList{"--compact", "--db", "{db}", "get", "{id}"} << true;
    QTest::newRow("--compact after the command")
        << QStringList{"--db", "{db}", "get", "{id}", "--compact"} << true;
    QTest::newRow("--compact on an error")
        << QStringList{"--db", "{db}", "get", unknownId, "--compact"} << true;
}

void TestCli::compactOutput()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, compact);
    const QString id = create(referenceCreateBody);
    QVERIFY(!id.isEmpty());
    arguments.replaceInStrings("{db}", m_dbPath);
    arguments.replaceInStrings("{id}", id);

    const CliRun got = run(arguments);
    QVERIFY(got.exitCode == 0 || got.exitCode == 4);
    QVERIFY(got.out.endsWith('\n'));
    QCOMPARE(got.out.count('\n') == 1, compact);
    // The API's key order, which QJsonDocument would not keep.
    QVERIFY(got.out.startsWith(compact ? "{\"success\":" : "{\n    \"success\": "));
    QCOMPARE(got.out, ContactJson::serialize(got.json(), !compact) + (compact ? "\n" : ""));
}

void TestCli::databaseOptionAfterCommand()
{
    const CliRun created = run({"create", "-", "--db", m_dbPath}, referenceCreateBody);
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFile::exists(m_dbPath));
    const QString id = created.data().value("id").toString();
    const CliRun got = run({"--db", m_dbPath, "get", id});
    QCOMPARE(got.exitCode, 0);
    QCOMPARE(got.data().value("id"), QJsonValue(id));
    // The one after the command is the command's own, so it wins.
    const CliRun other = run({"--db", m_dir->filePath("other.db"), "get", id, "--db", m_dbPath});
    QCOMPARE(other.exitCode, 0);
}

void TestCli::defaultDatabaseIsTheDesktopOne()
{
    // The desktop app's file under the XDG_DATA_HOME contacts-cli runs with in this test.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir->filePath("xdg-data")));
    DefaultDatabase::applyApplicationIdentity();
    const QString desktopDatabase = DefaultDatabase::path();
    qunsetenv("XDG_DATA_HOME");
    QVERIFY(desktopDatabase.startsWith(m_dir->path()));
    QVERIFY(!QFile::exists(desktopDatabase));

    const CliRun created = run({"create", "-"}, referenceCreateBody);
    QCOMPARE(created.exitCode, 0);
    QVERIFY(QFile::exists(desktopDatabase));
    QVERIFY(!QFile::exists(m_dbPath));
    const QString id = created.data().value("id").toString();
    QCOMPARE(run({"get", id}).exitCode, 0);
    QCOMPARE(run({"--db", desktopDatabase, "get", id}).exitCode, 0);
}

void TestCli::help_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("command");
    for (const QString& command : commandNames) {
        QTest::addRow("%s --help", qPrintable(command))
            << QStringList{command, "--help"} << command;
        QTest::addRow("help %s", qPrintable(command)) << QStringList{"help", command} << command;
        QTest::addRow("%s -h, with arguments", qPrintable(command))
            << QStringList{command, "x", "-h"} << command;
    }
}

void TestCli::help()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, command);
    const CliRun shown = run(arguments);
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.err, QByteArray());
    const QString text = QString::fromUtf8(shown.out);
    QVERIFY2(text.startsWith("Usage: contacts-cli " + command + " [options]"), qPrintable(text));
    QVERIFY(text.contains("--db <path>"));
    QVERIFY(text.contains("--compact"));
    if (command == "list") {
        for (const char* option :
             {"--page", "--limit", "--search", "--sort-by", "--sort-order", "--tag", "--label",
              "--opted-in", "--blocked", "--updated-since"}) {
            QVERIFY2(text.contains(QLatin1String(option)), option);
        }
    }
    // Help never opens, let alone creates, a database.
    QVERIFY(!QDir(m_dir->filePath("xdg-data")).exists());
}

void TestCli::globalHelpListsCommandsAndExitCodes()
{
    for (const QStringList& arguments :
         {QStringList{"--help"}, QStringList{"-h"}, QStringList{"help"}}) {
        const CliRun shown = run(arguments);
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.err, QByteArray());
        const QString text = QString::fromUtf8(shown.out);
        QVERIFY2(text.startsWith("Usage: contacts-cli"), qPrintable(text));
        for (const QString& command : commandNames) {
            QVERIFY2(text.contains(QRegularExpression("\\n  " + command + " +\\S")),
                     qPrintable(command));
        }
        QVERIFY(text.contains("Exit codes:"));
        for (const char* code :
             {"0  success", "1  usage error", "2  API error 400", "3  API error 401",
              "4  API error 404", "5  API error 405", "6  API error 409", "7  API error 413",
              "8  API error 429", "9  API error 500"}) {
            QVERIFY2(text.contains(QLatin1String(code)), code);
        }
    }
}

void TestCli::version()
{
    const CliRun shown = run({"--version"});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(shown.out, QByteArray("contacts-cli " CONTACTS_VERSION "\n"));
    QCOMPARE(shown.err, QByteArray());
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{"--db", "{db}"};
    QTest::newRow("unknown command") << QStringList{"--db", "{db}", "frobnicate"};
    QTest::newRow("help on an unknown command") << QStringList{"help", "frobnicate"};
    QTest::newRow("unknown global option") << QStringList{"--bogus", "list"};
    QTest::newRow("unknown command option") << QStringList{"--db", "{db}", "list", "--bogus"};
    QTest::newRow("option of another command")
        << QStringList{"--db", "{db}", "get", "x", "--page", "2"};
    QTest::newRow("--db without a value") << QStringList{"list", "--db"};
    QTest::newRow("--db empty") << QStringList{"--db", "", "list"};
    QTest::newRow("--page without a value") << QStringList{"--db", "{db}", "list", "--page"};
    QTest::newRow("get without an id") << QStringList{"--db", "{db}", "get"};
    QTest::newRow("get with two ids") << QStringList{"--db", "{db}", "get", "a", "b"};
    QTest::newRow("update without a body") << QStringList{"--db", "{db}", "update", "a"};
    QTest::newRow("create without a body") << QStringList{"--db", "{db}", "create"};
    QTest::newRow("tags with an argument") << QStringList{"--db", "{db}", "tags", "vip"};
    QTest::newRow("journal --limit 0") << QStringList{"--db", "{db}", "journal", "--limit", "0"};
    QTest::newRow("journal --after x") << QStringList{"--db", "{db}", "journal", "--after", "x"};
    QTest::newRow("journal --prune --after 1")
        << QStringList{"--db", "{db}", "journal", "--prune", "--after", "1"};
    QTest::newRow("journal --prune --limit 5")
        << QStringList{"--db", "{db}", "journal", "--prune", "--limit", "5"};
    QTest::newRow("journal --prune=all") << QStringList{"--db", "{db}", "journal", "--prune=all"};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    arguments.replaceInStrings("{db}", m_dbPath);
    const CliRun failed = run(arguments);
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QVERIFY(failed.err.startsWith("contacts-cli: "));
    QVERIFY(!QFile::exists(m_dbPath));
}

void TestCli::unreadableFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::newRow("create, missing file") << QStringList{"create", "{file}"} << "missing.json";
    QTest::newRow("update, missing file")
        << QStringList{"update", unknownId, "{file}"} << "missing.json";
    QTest::newRow("bulk, missing file") << QStringList{"bulk", "{file}"} << "missing.json";
    QTest::newRow("create, a directory") << QStringList{"create", "{file}"} << "folder";
}

void TestCli::unreadableFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QVERIFY(QDir(m_dir->path()).mkdir("folder"));
    const QString path = m_dir->filePath(file);
    arguments.replaceInStrings("{file}", path);

    const CliRun failed = cli(arguments);
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QVERIFY2(failed.err.contains(QFile::encodeName(path)), failed.err.constData());
}

void TestCli::unopenableDatabase_data()
{
    QTest::addColumn<QString>("database");
    QTest::newRow("folder is a file") << "file.txt/contacts.db";
    QTest::newRow("not a database") << "file.txt";
}

void TestCli::unopenableDatabase()
{
    QFETCH(QString, database);
    const QByteArray garbage = QByteArray("this is not an SQLite database\n").repeated(200);
    QVERIFY(!writeFile("file.txt", garbage).isEmpty());
    const QString path = m_dir->filePath(database);

    const CliRun failed = run({"--db", path, "list"});
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QVERIFY2(failed.err.contains(QFile::encodeName(path)), failed.err.constData());
    QFile file(m_dir->filePath("file.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void TestCli::databaseThatIsNotAFile_data()
{
    // /dev/null was opened as an empty database and left /dev/null-journal behind.
    QTest::addColumn<QString>("database");
    QTest::newRow("a character device") << "/dev/null";
    QTest::newRow("a FIFO") << "fifo";
    QTest::newRow("a folder") << ".";
}

void TestCli::databaseThatIsNotAFile()
{
    QFETCH(QString, database);
    const QString path = QDir(m_dir->path()).absoluteFilePath(database);
    if (database == QLatin1String("fifo"))
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    const CliRun failed = run({"--db", path, "list"});
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QVERIFY2(failed.err.contains(": not a regular file"), failed.err.constData());
    QVERIFY(!QFile::exists(path + "-journal"));
    QVERIFY(!QFile::exists(path + "-wal"));
}

void TestCli::fullDisk_data()
{
    // Both were exit 9 with the API's "Internal server error" on stdout.
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("committed");
    QTest::newRow("bulk") << QStringList{"bulk", "{file}"} << QByteArray();
    QTest::newRow("import") << QStringList{"import", "{file}"}
                            << QByteArray(" (nothing was committed)");
}

void TestCli::fullDisk()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, committed);
    QCOMPARE(cli({"list"}).exitCode, 0); // the database, made before the disk fills
    QByteArray csv = "phone,name\n";
    QJsonArray items;
    for (int i = 0; i < 1000; ++i) {
        const QString phone = QStringLiteral("+9715012%1").arg(i, 5, 10, QChar(u'0'));
        const QString name = QString(200, QChar(u'a' + i % 26));
        csv += phone.toUtf8() + ',' + name.toUtf8() + '\n';
        items.append(QJsonObject{{"userNumber", phone}, {"userName", name}});
    }
    const QString file =
        arguments.first() == QLatin1String("bulk")
            ? writeFile("bulk.json", QJsonDocument(QJsonObject{{"contacts", items}}).toJson())
            : writeFile("contacts.csv", csv);
    QVERIFY(!file.isEmpty());
    arguments.replaceInStrings("{file}", file);

    // Room for the database as made, not for a thousand contacts in its log.
    m_childSetUp = fileSizeLimit(QFileInfo(m_dbPath).size() + 64 * 1024);
    const CliRun failed = cli(arguments);
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QCOMPARE(failed.err, "contacts-cli: cannot write " + QFile::encodeName(m_dbPath) +
                             ": disk I/O error (File too large)" + committed + '\n');

    m_childSetUp = nullptr;
    const CliRun listed = cli({"list"});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(listed.data().value("total").toInt(), 0);
}

void TestCli::readOnlyDatabase_data()
{
    // Each was "not a contacts database" (a read-only folder) or exit 9, "Internal server
    // error" (a read-only file).
    QTest::addColumn<QString>("readOnly");
    QTest::addColumn<QByteArray>("why");
    QTest::newRow("read-only file") << "ro/contacts.db" << QByteArray("the database is read-only");
    QTest::newRow("read-only folder")
        << "ro" << QByteArray("the folder holding the database is read-only");
}

void TestCli::readOnlyDatabase()
{
    QFETCH(QString, readOnly);
    QFETCH(QByteArray, why);
    if (!fileModesCanHold())
        QSKIP("root without CAP_SETPCAP: file modes cannot hold for contacts-cli");
    const QString database = m_dir->filePath("ro/contacts.db");
    QCOMPARE(run({"--db", database, "list"}).exitCode, 0);
    const QString path = m_dir->filePath(readOnly);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    // QTemporaryDir removes what it can write to.
    const auto restore = qScopeGuard([&] {
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ExeOwner);
    });

    m_childSetUp = dropFileModeOverrides;
    const CliRun failed =
        run({"--db", database, "create", "-"}, R"({"userNumber": "+971501234567"})");
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QCOMPARE(failed.err,
             "contacts-cli: cannot write " + QFile::encodeName(database) + ": " + why + '\n');
}

void TestCli::unusableDatabaseUri_data()
{
    QTest::addColumn<QString>("database");
    QTest::addColumn<QByteArray>("why");
    QTest::newRow("typo'd scheme") << "postgresq://contacts:s3cret@db.example/contacts"
                                   << QByteArray("unsupported database location postgresq://");
    QTest::newRow("no slashes") << "postgresql:contacts"
                                << QByteArray("a PostgreSQL URI starts with postgresql://");
    QTest::newRow("bad port") << "postgresql://db.example:80a/contacts"
                              << QByteArray("port 80a is not a port");
    QTest::newRow("nothing listens")
        << "postgresql://contacts:s3cret@127.0.0.1:1/contacts?connect_timeout=5"
        << QByteArray("cannot open postgresql://contacts@127.0.0.1:1/contacts?connect_timeout=5: "
                      "connection to server at \"127.0.0.1\", port 1 failed");
    QTest::newRow("no server on the socket")
        << "postgresql:///contacts?host=/nonexistent-socket-folder&password=s3cret"
        << QByteArray("cannot open postgresql:///contacts?host=/nonexistent-socket-folder: "
                      "connection to server on socket");
}

void TestCli::unusableDatabaseUri()
{
    // Never a SQLite file (or a folder `postgresql:`) named after the URI.
    QFETCH(QString, database);
    QFETCH(QByteArray, why);
    m_workingDirectory = m_dir->filePath("work");
    QVERIFY(QDir().mkpath(m_workingDirectory));

    const CliRun failed = run({"--db", database, "list"});
    QCOMPARE(failed.exitCode, 1);
    QCOMPARE(failed.out, QByteArray());
    QVERIFY2(failed.err.contains(why), failed.err.constData());
    QVERIFY2(!failed.err.contains("s3cret"), failed.err.constData());
    QCOMPARE(QDir(m_workingDirectory).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
             QStringList());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
