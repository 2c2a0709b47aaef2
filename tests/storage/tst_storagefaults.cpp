// A failed statement whose cause is the storage under the database (a full disk, an I/O error,
// a read-only database, a file that cannot be opened) carries a StorageFault, so that
// contacts-cli can say so; any other failure carries none. SQLite's faults are made for real;
// PostgreSQL's are its SQLSTATEs as QPSQL reports them.

#include "ContactDatabase.h"
#include "ContactStore.h"
#include "NewContact.h"
#include "PostgresDialect.h"
#include "SqliteDialect.h"
#include "StorageFault.h"
#include "TestBackend.h"
#include "TestDatabase.h"
#include "VerifyOk.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <optional>
#include <sys/resource.h>

using Access = StorageFault::Access;

Q_DECLARE_METATYPE(std::optional<StorageFault>)

namespace {

/// No fault expected.
const std::optional<StorageFault> none;

std::optional<StorageFault> fault(Access access, const QString& reason)
{
    return StorageFault{access, reason};
}

const char* describe(const std::optional<StorageFault>& fault)
{
    static QByteArray text;
    text = fault ? fault->describe(QStringLiteral("db")).toUtf8() : QByteArray("no fault");
    return text.constData();
}

/// Lowers this process's file size limit to `bytes` for its lifetime, SIGXFSZ ignored, so
/// that a write beyond it fails with EFBIG as on a full quota.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_savedHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &lowered);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_savedHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_savedHandler)(int) = SIG_DFL;
};

} // namespace

class TestStorageFaults : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sqliteFaults_data();
    void sqliteFaults();
    void sqliteFileTooLargeSaysWhy();
    void storeReportsAFullDisk();
    void storeReportsAReadOnlyDatabase();
    void postgresFaults_data();
    void postgresFaults();
    void describeNamesTheDatabase_data();
    void describeNamesTheDatabase();

private:
    /// A plain SQLite connection to `file` in this test's folder with `options`.
    QSqlDatabase connect(const QString& file, const QString& options = {});

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestStorageFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    // A table with a NOT NULL column, one row in it.
    QSqlDatabase db = connect(QStringLiteral("faults.db"));
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x BLOB NOT NULL)")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
}

void TestStorageFaults::cleanup()
{
    for (const QString& name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    m_dir.reset();
}

QSqlDatabase TestStorageFaults::connect(const QString& file, const QString& options)
{
    static int connections = 0;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                QStringLiteral("faults-%1").arg(++connections));
    db.setDatabaseName(m_dir->filePath(file));
    db.setConnectOptions(options);
    return db;
}

void TestStorageFaults::sqliteFaults_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QStringList>("setUp");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<std::optional<StorageFault>>("expected");

    QTest::newRow("read-only connection")
        << "QSQLITE_OPEN_READONLY" << QStringList() << "INSERT INTO t VALUES (2)"
        << fault(Access::Write, "the database is read-only");
    // The page limit is raised to the file's size at least: no page may be added.
    QTest::newRow("full") << "" << QStringList{"PRAGMA max_page_count = 1"}
                          << "INSERT INTO t VALUES (zeroblob(100000))"
                          << fault(Access::Write, "database or disk is full");
    QTest::newRow("file in a missing folder")
        << "" << QStringList() << "ATTACH '{dir}/missing-folder/other.db' AS other"
        << fault(Access::Open, "unable to open database: {dir}/missing-folder/other.db (No such "
                               "file or directory)");
    QTest::newRow("constraint") << "" << QStringList() << "INSERT INTO t VALUES (NULL)" << none;
    QTest::newRow("syntax") << "" << QStringList() << "INSERT INTO" << none;
    QTest::newRow("missing table") << "" << QStringList() << "SELECT * FROM missing" << none;
}

void TestStorageFaults::sqliteFaults()
{
    QFETCH(QString, options);
    QFETCH(QStringList, setUp);
    QFETCH(QString, statement);
    QFETCH(std::optional<StorageFault>, expected);
    QSqlDatabase db = connect(QStringLiteral("faults.db"), options);
    QVERIFY(db.open());
    statement.replace(QStringLiteral("{dir}"), m_dir->path());
    if (expected)
        expected->reason.replace(QStringLiteral("{dir}"), m_dir->path());
    QSqlQuery query(db);
    for (const QString& sql : setUp)
        QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));

    QVERIFY(!query.exec(statement));
    const std::optional<StorageFault> found = SqliteDialect().storageFault(db, query.lastError());
    QVERIFY2(found == expected, describe(found));
}

void TestStorageFaults::sqliteFileTooLargeSaysWhy()
{
    // A write that fails with EFBIG is SQLITE_IOERR_WRITE, "disk I/O error": the system's
    // reason tells a quota from a broken disk.
    QSqlDatabase db = connect(QStringLiteral("faults.db"));
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
    std::optional<StorageFault> found;
    {
        const FileSizeLimit limit(64 * 1024);
        QVERIFY(!query.exec(QStringLiteral("INSERT INTO t VALUES (zeroblob(1000000))")));
        found = SqliteDialect().storageFault(db, query.lastError());
    }
    QVERIFY2(found == fault(Access::Write, "disk I/O error (File too large)"), describe(found));
}

void TestStorageFaults::storeReportsAFullDisk()
{
    // Through the store's own statements and transaction: still only "Internal server error"
    // for a client, with the fault beside it.
    auto opened = ContactDatabase::open(m_dir->filePath(QStringLiteral("contacts.db")));
    VERIFY_OK(opened);
    ContactDatabase& db = **opened;
    {
        QSqlQuery limit(db.connection());
        QVERIFY(limit.exec(QStringLiteral("PRAGMA max_page_count = 1")));
    }
    QList<NewContact> contacts;
    for (int i = 0; i < 1000; ++i)
        contacts.append(NewContact()
                            .setPhone(QStringLiteral("+9715012%1").arg(i, 5, 10, QChar(u'0')))
                            .setName(QString(200, u'x')));
    ContactStore store(db);
    const auto written = store.bulk(contacts);
    QVERIFY(!written);
    QCOMPARE(written.error().status, 500);
    QCOMPARE(written.error().message, QStringLiteral("Internal server error"));
    QVERIFY2(written.error().storageFault == fault(Access::Write, "database or disk is full"),
             qPrintable(written.error().detail));
}

void TestStorageFaults::storeReportsAReadOnlyDatabase()
{
    // On either backend (the suite's postgresql variant: a standby's refusal, for real).
    TestDatabase database;
    QVERIFY2(database.isOpen(), qPrintable(database.errorString()));
    QSqlQuery readOnly(database.db().connection());
    QVERIFY(readOnly.exec(TestBackend::isPostgres()
                              ? QStringLiteral("SET default_transaction_read_only = on")
                              : QStringLiteral("PRAGMA query_only = ON")));
    const auto created =
        database.store().create(NewContact().setPhone(QStringLiteral("+971501234567")));
    QVERIFY(!created);
    QCOMPARE(created.error().status, 500);
    QCOMPARE(created.error().message, QStringLiteral("Internal server error"));
    const std::optional<StorageFault>& found = created.error().storageFault;
    QVERIFY2(found, qPrintable(created.error().detail));
    QCOMPARE(found->access, Access::Write);
    QVERIFY2(found->reason.contains(TestBackend::isPostgres()
                                        ? QStringLiteral("read-only transaction")
                                        : QStringLiteral("the database is read-only")),
             qPrintable(found->reason));
}

void TestStorageFaults::postgresFaults_data()
{
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<std::optional<StorageFault>>("expected");
    const QString message = QStringLiteral("could not extend file \"base/16384/16385\": No space "
                                           "left on device");
    QTest::newRow("disk_full") << "53100" << fault(Access::Write, message);
    QTest::newRow("io_error") << "58030" << fault(Access::Write, message);
    QTest::newRow("system_error") << "58000" << fault(Access::Write, message);
    QTest::newRow("undefined_file") << "58P01" << fault(Access::Open, message);
    QTest::newRow("read_only_sql_transaction") << "25006" << fault(Access::Write, message);
    QTest::newRow("out_of_memory") << "53200" << none;
    QTest::newRow("unique_violation") << "23505" << none;
    QTest::newRow("serialization_failure") << "40001" << none;
    QTest::newRow("no code") << "" << none;
}

void TestStorageFaults::postgresFaults()
{
    QFETCH(QString, sqlState);
    QFETCH(std::optional<StorageFault>, expected);
    const QSqlError error(
        QStringLiteral("QPSQL: Unable to create query"),
        QStringLiteral("could not extend file \"base/16384/16385\": No space left on device"),
        QSqlError::StatementError, sqlState);
    const std::optional<StorageFault> found = PostgresDialect().storageFault(QSqlDatabase(), error);
    QVERIFY2(found == expected, describe(found));
}

void TestStorageFaults::describeNamesTheDatabase_data()
{
    QTest::addColumn<int>("access");
    QTest::addColumn<QString>("expected");
    QTest::newRow("open") << int(Access::Open) << "cannot open /d/c.db: why";
    QTest::newRow("read") << int(Access::Read) << "cannot read /d/c.db: why";
    QTest::newRow("write") << int(Access::Write) << "cannot write /d/c.db: why";
}

void TestStorageFaults::describeNamesTheDatabase()
{
    QFETCH(int, access);
    QFETCH(QString, expected);
    const StorageFault fault{Access(access), QStringLiteral("why")};
    QCOMPARE(fault.describe(QStringLiteral("/d/c.db")), expected);
}

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
