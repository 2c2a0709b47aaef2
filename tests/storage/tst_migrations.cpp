#include "ApiError.h"
#include "Contact.h"
#include "ContactBatchEdit.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "DuplicateMerge.h"
#include "ListQuery.h"
#include "SqliteDialect.h"
#include "TextFold.h"
#include "VerifyOk.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// The contact written by hand into a version 1 database, as an older build stored it.
const QString legacyOrganization = QStringLiteral("0b5c1f6e-2d4a-4c8e-9f3b-7a6d5e4c3b2a");
const QByteArray legacyUid = QByteArray::fromHex("f1e2d3c4567840ab8defabcdefabcdef");
const QString legacyId = QStringLiteral("contact_f1e2d3c4-5678-40ab-8def-abcdefabcdef");
const QByteArray legacyVendor = QByteArray::fromHex("6478a1b2c3d4e5f6a7b8c9d0");
const QString legacyVendorId = QStringLiteral("6478a1b2c3d4e5f6a7b8c9d0");
const QString legacyPhone = QStringLiteral("+971501234567");
const qint64 legacyCreated = 1773129600000; // 2026-03-10T08:00:00.000Z
const qint64 legacyUpdated = 1778941320000; // 2026-05-16T14:22:00.000Z

/// A QSQLITE connection of the test's own, for building and inspecting files the way another
/// build (or another program) left them.
class RawDatabase {
public:
    explicit RawDatabase(const QString& path)
        : m_name(QStringLiteral("raw-%1").arg(++s_connections))
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        m_db.setDatabaseName(path);
        m_open = m_db.open();
    }
    ~RawDatabase()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }

    bool isOpen() const { return m_open; }
    QString lastError() const { return m_lastError; }

    bool exec(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (query.exec(sql))
            return true;
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        return false;
    }

    bool exec(const QString& sql, const QVariantMap& values)
    {
        QSqlQuery query(m_db);
        query.prepare(sql);
        for (auto it = values.begin(); it != values.end(); ++it)
            query.bindValue(it.key(), it.value());
        if (query.exec())
            return true;
        m_lastError = sql + QStringLiteral(": ") + query.lastError().text();
        return false;
    }

    QVariant value(const QString& sql)
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    int userVersion() { return value(QStringLiteral("PRAGMA user_version")).toInt(); }

    bool hasTable(const QString& table)
    {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = :name"));
        query.bindValue(QStringLiteral(":name"), table);
        return query.exec() && query.next() && query.value(0).toInt() == 1;
    }

private:
    static inline int s_connections = 0;
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_lastError;
};

/// Builds a version 1 database at `path` with one organization and one contact in it.
bool makeVersion1(const QString& path, QString* error)
{
    RawDatabase raw(path);
    if (!raw.isOpen()) {
        *error = QStringLiteral("cannot open ") + path;
        return false;
    }
    bool ok = raw.exec(QStringLiteral("BEGIN"));
    for (const QString& statement : SqliteDialect().migration(1))
        ok = ok && raw.exec(statement);
    ok = ok &&
         raw.exec(QStringLiteral("INSERT INTO organizations (id, uid, created_at, contact_count)"
                                 " VALUES (1, :uid, :now, 1)"),
                  {{":uid", legacyOrganization}, {":now", legacyCreated}});
    ok = ok && raw.exec(QStringLiteral("INSERT INTO settings (key, value)"
                                       " VALUES ('default_organization', :uid)"),
                        {{":uid", legacyOrganization}});
    ok = ok &&
         raw.exec(QStringLiteral(
                      "INSERT INTO contacts (id, org_id, uid, vendor_id, phone, name, name_key,"
                      " email, country_code, tags, labels, params, source, opted_in, is_blocked,"
                      " last_message_at, conversation_count, created_at, updated_at)"
                      " VALUES (1, 1, :uid, :vendor, :phone, :name, :name_key, :email, 'AE',"
                      " '[]', '[]', :params, 'organic', 1, 0, :last, 5, :created, :updated)"),
                  {{":uid", legacyUid},
                   {":vendor", legacyVendor},
                   {":phone", legacyPhone},
                   {":name", QStringLiteral("Ahmed Hassan")},
                   {":name_key", TextFold::fold(QStringLiteral("Ahmed Hassan"))},
                   {":email", QStringLiteral("ahmed@example.com")},
                   {":params", QStringLiteral(R"({"loyalty_tier":"gold"})")},
                   {":last", legacyUpdated},
                   {":created", legacyCreated},
                   {":updated", legacyUpdated}});
    ok = ok && raw.exec(QStringLiteral("INSERT INTO contacts_search (rowid, name, email, phone)"
                                       " VALUES (1, :name, :email, :phone)"),
                        {{":name", TextFold::fold(QStringLiteral("Ahmed Hassan"))},
                         {":email", TextFold::fold(QStringLiteral("ahmed@example.com"))},
                         {":phone", TextFold::digits(legacyPhone)}});
    ok = ok && raw.exec(QStringLiteral("PRAGMA user_version = 1"));
    ok = ok && raw.exec(QStringLiteral("COMMIT"));
    if (!ok)
        *error = raw.lastError();
    return ok;
}

} // namespace

class TestMigrations : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void freshDatabaseIsLatest();
    void version1MigratesToLatest();
    void migratedDatabaseJournalsWrites();
    void reopeningDoesNotMigrateAgain();
    void version10OperationsKeepTheirDeletions();
    void failedMigrationRollsBack();
    void newerSchemaFails();
    void notADatabaseFails_data();
    void notADatabaseFails();
    void directoryPathFails();

private:
    QString path() const { return m_dir->filePath(QStringLiteral("contacts.db")); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestMigrations::cleanup()
{
    m_dir.reset();
}

void TestMigrations::freshDatabaseIsLatest()
{
    const int latest = SqliteDialect().latestSchemaVersion();
    QVERIFY(latest >= 2);
    {
        const auto db = ContactDatabase::open(path());
        VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), latest);
        QVERIFY(!(*db)->defaultOrganization().id.isEmpty());
    }
    RawDatabase raw(path());
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.userVersion(), latest);
    for (const char* table : {"organizations", "contacts", "tags", "journal", "deleted_contacts"})
        QVERIFY2(raw.hasTable(QLatin1String(table)), table);
}

void TestMigrations::version1MigratesToLatest()
{
    QString error;
    QVERIFY2(makeVersion1(path(), &error), qPrintable(error));
    {
        RawDatabase raw(path());
        QCOMPARE(raw.userVersion(), 1);
        QVERIFY(!raw.hasTable(QStringLiteral("journal")));
    }

    const auto db = ContactDatabase::open(path());
    VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), SqliteDialect().latestSchemaVersion());
    // The organization the old build made stays the database's own.
    QCOMPARE((*db)->defaultOrganization().id, legacyOrganization);

    ContactStore store(**db);
    for (const QString& id :
         {legacyId, legacyId.mid(8), legacyId.mid(8).toUpper(), legacyVendorId}) {
        const auto contact = store.contact(id);
        VERIFY_OK(contact);
        QCOMPARE(contact->id, legacyId);
        QCOMPARE(contact->vendorContactId, legacyVendorId);
        QCOMPARE(contact->phone, legacyPhone);
        QCOMPARE(contact->name, std::optional<QString>("Ahmed Hassan"));
        QCOMPARE(contact->email, std::optional<QString>("ahmed@example.com"));
        QCOMPARE(contact->countryCode, std::optional<QString>("AE"));
        QCOMPARE(contact->params, QJsonObject({{"loyalty_tier", "gold"}}));
        QCOMPARE(contact->source, QStringLiteral("organic"));
        QCOMPARE(contact->optedIn, true);
        QCOMPARE(contact->conversationCount, 5);
        QCOMPARE(contact->createdAt.toMSecsSinceEpoch(), legacyCreated);
        QCOMPARE(contact->updatedAt.toMSecsSinceEpoch(), legacyUpdated);
    }

    const auto count = store.count(ListQuery{});
    VERIFY_OK(count);
    QCOMPARE(*count, 1);
    ListQuery search;
    search.search = QStringLiteral("hassan");
    const auto found = store.list(search);
    VERIFY_OK(found);
    QCOMPARE(found->total, 1);
    QCOMPARE(found->contacts.value(0).id, legacyId);

    // A contact that was there before the journal existed has no entry of its own.
    const auto journal = store.journal(0);
    VERIFY_OK(journal);
    QVERIFY(journal->isEmpty());

    // Its phone is still taken.
    const auto duplicate =
        store.create(ContactBodies::newContact({{"userNumber", "+971 50 123 4567"}}));
    QVERIFY(!duplicate);
    QCOMPARE(duplicate.error().status, 409);
}

void TestMigrations::migratedDatabaseJournalsWrites()
{
    QString error;
    QVERIFY2(makeVersion1(path(), &error), qPrintable(error));
    const auto db = ContactDatabase::open(path());
    VERIFY_OK(db);
    ContactStore store(**db);

    const auto updated =
        store.update(legacyId, ContactChanges().setName(QStringLiteral("Ahmed Hassan Al-Maktoum")));
    VERIFY_OK(updated);
    QCOMPARE(updated->name, std::optional<QString>("Ahmed Hassan Al-Maktoum"));
    QVERIFY(updated->updatedAt.toMSecsSinceEpoch() > legacyUpdated);

    const auto created = store.create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    VERIFY_OK(created);
    const auto removed = store.remove(legacyVendorId);
    VERIFY_OK(removed);
    QCOMPARE(removed->id, legacyId);

    const auto journal = store.journal(0);
    VERIFY_OK(journal);
    QCOMPARE(journal->size(), 3);
    QCOMPARE(journal->at(0).operation, JournalEntry::Operation::Update);
    QCOMPARE(journal->at(0).contactId, legacyId);
    QCOMPARE(journal->at(0).fields, QStringList{"name"});
    QCOMPARE(journal->at(1).operation, JournalEntry::Operation::Create);
    QCOMPARE(journal->at(1).contactId, created->id);
    QCOMPARE(journal->at(2).operation, JournalEntry::Operation::Delete);
    QCOMPARE(journal->at(2).contactId, legacyId);
    QVERIFY(journal->at(0).sequence < journal->at(1).sequence);
    QVERIFY(journal->at(1).sequence < journal->at(2).sequence);

    // The deletion left its tombstone in the table version 2 added.
    RawDatabase raw(path());
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM deleted_contacts")).toInt(), 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT phone FROM deleted_contacts")).toString(),
             legacyPhone);
}

void TestMigrations::reopeningDoesNotMigrateAgain()
{
    QString error;
    QVERIFY2(makeVersion1(path(), &error), qPrintable(error));
    QString createdId;
    {
        const auto db = ContactDatabase::open(path());
        VERIFY_OK(db);
        ContactStore store(**db);
        const auto created =
            store.create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
        VERIFY_OK(created);
        createdId = created->id;
    }
    const auto db = ContactDatabase::open(path());
    VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), SqliteDialect().latestSchemaVersion());
    QCOMPARE((*db)->defaultOrganization().id, legacyOrganization);
    ContactStore store(**db);
    VERIFY_OK(store.contact(legacyId));
    VERIFY_OK(store.contact(createdId));
    const auto journal = store.journal(0);
    VERIFY_OK(journal);
    QCOMPARE(journal->size(), 1);
}

void TestMigrations::version10OperationsKeepTheirDeletions()
{
    // Version 11 says of each contact an operation kept whole whether it deleted it; before,
    // the operation's kind and the contact's absence told. A database made today, taken back.
    QString deletedId, keptId, mergedId;
    {
        const auto db = ContactDatabase::open(path());
        VERIFY_OK(db);
        ContactStore store(**db);
        QStringList ids;
        for (const char* phone : {"+14155550101", "+14155550102", "+14155550103"}) {
            auto created = store.create(ContactBodies::newContact({{"userNumber", phone}}));
            VERIFY_OK(created);
            ids.append(created->id);
        }
        deletedId = ids.at(0);
        keptId = ids.at(1);
        mergedId = ids.at(2);
        VERIFY_OK(ContactBatchEdit(**db).remove({deletedId}));
        VERIFY_OK(
            DuplicateMerge(**db, (*db)->defaultOrganization()).merge({keptId, {mergedId}, {}}));
    }
    {
        RawDatabase raw(path());
        QVERIFY(raw.isOpen());
        QVERIFY2(raw.exec(QStringLiteral("ALTER TABLE operation_contacts DROP COLUMN deleted")),
                 qPrintable(raw.lastError()));
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = 10")));
    }
    const auto db = ContactDatabase::open(path());
    VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), SqliteDialect().latestSchemaVersion());
    RawDatabase raw(path());
    const auto deletedFlag = [&](const QString& id) {
        return raw
            .value(QStringLiteral("SELECT deleted FROM operation_contacts"
                                  " WHERE hex(contact_uid) = '%1'")
                       .arg(id.mid(8).remove(u'-').toUpper()))
            .toInt();
    };
    QCOMPARE(deletedFlag(deletedId), 1);
    QCOMPARE(deletedFlag(mergedId), 1);
    QCOMPARE(deletedFlag(keptId), 0);
}

void TestMigrations::failedMigrationRollsBack()
{
    QString error;
    QVERIFY2(makeVersion1(path(), &error), qPrintable(error));
    {
        // A table in the way of version 2's last statement makes that migration fail.
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("CREATE TABLE deleted_contacts (x INTEGER)")));
    }

    const auto db = ContactDatabase::open(path());
    QVERIFY2(!db, "a migration that cannot run was reported as done");
    QCOMPARE(db.error().status, 500);
    QCOMPARE(db.error().message, QStringLiteral("Internal server error"));

    // Version 2 ran in one transaction with its version number: none of it is left.
    RawDatabase raw(path());
    QCOMPARE(raw.userVersion(), 1);
    QVERIFY(!raw.hasTable(QStringLiteral("journal")));
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 1);
}

void TestMigrations::newerSchemaFails()
{
    const int latest = SqliteDialect().latestSchemaVersion();
    {
        const auto db = ContactDatabase::open(path());
        VERIFY_OK(db);
        VERIFY_OK(ContactStore(**db).create(
            ContactBodies::newContact({{"userNumber", "+971501234567"}})));
    }
    {
        RawDatabase raw(path());
        QVERIFY(raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest + 1)));
    }

    const auto db = ContactDatabase::open(path());
    QVERIFY2(!db, "a database from a newer build was opened");
    QCOMPARE(db.error().status, 500);
    QCOMPARE(db.error().message, QStringLiteral("Internal server error"));
    QVERIFY(!db.error().detail.isEmpty());

    // The newer build's file is left as it was.
    RawDatabase raw(path());
    QCOMPARE(raw.userVersion(), latest + 1);
    QCOMPARE(raw.value(QStringLiteral("SELECT count(*) FROM contacts")).toInt(), 1);
}

void TestMigrations::notADatabaseFails_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray text;
    for (int i = 0; i < 200; ++i)
        text += "userNumber,userName\n+971501234567,Ahmed Hassan\n";
    QTest::newRow("CSV text") << text;
    QTest::newRow("binary noise") << QByteArray(8192, '\xA5');
    // A SQLite header followed by garbage: looks like a database until it is read.
    QTest::newRow("damaged SQLite header")
        << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\x7F');
}

void TestMigrations::notADatabaseFails()
{
    QFETCH(QByteArray, content);

    {
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(content), content.size());
    }

    const auto db = ContactDatabase::open(path());
    QVERIFY2(!db, "a file that is not a database was opened");
    QCOMPARE(db.error().status, 500);
    QCOMPARE(db.error().message, QStringLiteral("Internal server error"));

    // The file is not overwritten by the failed attempt.
    QFile file(path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void TestMigrations::directoryPathFails()
{
    QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("contacts.db")));
    const auto db = ContactDatabase::open(path());
    QVERIFY2(!db, "a directory was opened as a database");
    QCOMPARE(db.error().status, 500);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
