// What the people who run contacts-server use beside the API: the configuration file
// (`--config`, the command line winning), the log file and SIGHUP, which reopens it and rereads
// what can change while serving, and `backup` while it serves.

#include "ApiBodies.h"
#include "ContactsServerProcess.h"
#include "ServerConfigFile.h"
#include "TestBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

using Credentials = ContactsServerProcess::Credentials;

const QString contacts = QStringLiteral("/api/whatsapp/contacts");

ServerConfigFile serverKeys()
{
    return ServerConfigFile({QStringLiteral("db"), QStringLiteral("listen"),
                             QStringLiteral("rate-limit"), QStringLiteral("log-format")},
                            {QStringLiteral("without-extensions")});
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestServerOperations : public QObject {
    Q_OBJECT

private slots:
    void init();

    void configFileReadsAsArguments_data();
    void configFileReadsAsArguments();
    void configFileErrorsNameTheLine_data();
    void configFileErrorsNameTheLine();
    void configFileLargerThanTheLimitIsRefused();

    void configFileSetsOptionsAndFlagsWin();
    void wrongConfigFileStopsTheServer();
    void sighupReopensTheLogAndRereadsTheConfiguration();
    void backupWhileServingHoldsEveryAcknowledgedWrite();
    void backupRefusesWhatItCannotDo_data();
    void backupRefusesWhatItCannotDo();

private:
    QString path(const QString& name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestServerOperations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestServerOperations::configFileReadsAsArguments_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("empty") << QByteArray() << QStringList{};
    QTest::newRow("comments and blank lines")
        << QByteArray("# a comment\n\n   \n  # indented\nrate-limit = 5\n")
        << QStringList{QStringLiteral("--rate-limit=5")};
    QTest::newRow("spaces around, CRLF")
        << QByteArray("  listen=127.0.0.1:9000  \r\nlog-format   =   json\r\n")
        << QStringList{QStringLiteral("--listen=127.0.0.1:9000"),
                       QStringLiteral("--log-format=json")};
    QTest::newRow("a value holding = and #")
        << QByteArray("db = postgresql:///contacts?host=/run/postgresql#x\n")
        << QStringList{QStringLiteral("--db=postgresql:///contacts?host=/run/postgresql#x")};
    QTest::newRow("a switch set") << QByteArray("without-extensions = true\n")
                                  << QStringList{QStringLiteral("--without-extensions")};
    QTest::newRow("a switch unset") << QByteArray("without-extensions = false\n") << QStringList{};
    QTest::newRow("a path with spaces and Arabic")
        << QByteArray("db = /srv/فريق الدعم/contacts.db\n")
        << QStringList{QStringLiteral("--db=/srv/فريق الدعم/contacts.db")};
}

void TestServerOperations::configFileReadsAsArguments()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, arguments);
    const auto read = serverKeys().parse(QStringLiteral("c.conf"), text);
    QVERIFY2(read.has_value(), qPrintable(read.error()));
    QCOMPARE(*read, arguments);
}

void TestServerOperations::configFileErrorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QByteArray("# ok\nratelimit = 5\n")
                                 << QStringLiteral("c.conf:2: unknown key ratelimit");
    QTest::newRow("the config key itself")
        << QByteArray("config = other.conf\n") << QStringLiteral("c.conf:1: unknown key config");
    QTest::newRow("given twice") << QByteArray("rate-limit = 5\nrate-limit = 6\n")
                                 << QStringLiteral("c.conf:2: rate-limit is given twice");
    QTest::newRow("no equals sign")
        << QByteArray("\n\nrate-limit 5\n") << QStringLiteral("c.conf:3: expected key = value");
    QTest::newRow("empty value") << QByteArray("listen =\n")
                                 << QStringLiteral("c.conf:1: listen wants a value");
    QTest::newRow("switch neither true nor false")
        << QByteArray("without-extensions = yes\n")
        << QStringLiteral("c.conf:1: without-extensions wants true or false");
    QTest::newRow("not UTF-8") << QByteArray("db = caf\xe9.db\n")
                               << QStringLiteral("c.conf is not UTF-8 text");
}

void TestServerOperations::configFileErrorsNameTheLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const auto read = serverKeys().parse(QStringLiteral("c.conf"), text);
    QVERIFY(!read.has_value());
    QCOMPARE(read.error(), message);
}

void TestServerOperations::configFileLargerThanTheLimitIsRefused()
{
    const QString file = path(QStringLiteral("big.conf"));
    QVERIFY(writeFile(file, QByteArray(ServerConfigFile::maxBytes, '#') + "\nrate-limit = 5\n"));
    const auto read = serverKeys().read(file);
    QVERIFY(!read.has_value());
    QVERIFY2(read.error().contains(QStringLiteral("larger than 65536 bytes")),
             qPrintable(read.error()));
    QVERIFY(
        serverKeys().read(path(QStringLiteral("missing.conf"))).error().contains(u"cannot read"));
}

void TestServerOperations::configFileSetsOptionsAndFlagsWin()
{
    const QString config = path(QStringLiteral("server.conf"));
    QVERIFY(writeFile(config, "rate-limit = 2\nlog-format = json\n"));
    ContactsServerProcess server;
    const auto org = server.addToken(QStringLiteral("org-a"));
    QVERIFY(org);
    // The file says 2 a minute; the command line's 3 wins. The file's log format holds.
    QVERIFY2(server.start({QStringLiteral("--config"), config, QStringLiteral("--rate-limit"),
                           QStringLiteral("3")}),
             qPrintable(server.errorString()));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(server.request("GET", contacts, &*org).status, 200);
    QCOMPARE(server.request("GET", contacts, &*org).status, 429);
    QTRY_VERIFY(server.log().count('\n') >= 4);
    const QByteArray last = server.log().trimmed().split('\n').constLast();
    const QJsonObject entry = QJsonDocument::fromJson(last).object();
    QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 429);
}

void TestServerOperations::wrongConfigFileStopsTheServer()
{
    const QString config = path(QStringLiteral("server.conf"));
    QVERIFY(writeFile(config, "rate-limit = 2\nrate_limit = 3\n"));
    ContactsServerProcess server;
    QVERIFY(!server.start({QStringLiteral("--config"), config}));
    QTRY_COMPARE(server.process().state(), QProcess::NotRunning);
    QCOMPARE(server.process().exitCode(), 1);
    QVERIFY2(server.errorString().contains(config + QStringLiteral(":2: unknown key rate_limit")),
             qPrintable(server.errorString()));
}

void TestServerOperations::sighupReopensTheLogAndRereadsTheConfiguration()
{
    const QString config = path(QStringLiteral("server.conf"));
    const QString log = path(QStringLiteral("requests.log"));
    const QString rotated = path(QStringLiteral("requests.log.1"));
    QVERIFY(writeFile(config, "rate-limit = 1\nlog-format = text\nlog-file = " + log.toUtf8() +
                                  "\nidle-timeout = 15\n"));
    ContactsServerProcess server;
    const auto org = server.addToken(QStringLiteral("org-a"));
    QVERIFY(org);
    QVERIFY2(server.start({QStringLiteral("--config"), config}), qPrintable(server.errorString()));
    QCOMPARE(server.request("GET", contacts, &*org).status, 200);
    QCOMPARE(server.request("GET", contacts, &*org).status, 429);
    QTRY_VERIFY(readFile(log).contains(" 429 "));
    QVERIFY(!readFile(log).contains(org->token.toUtf8()));

    // logrotate moves the file, then signals; the configuration changed meanwhile.
    QVERIFY(QFile::rename(log, rotated));
    QVERIFY(writeFile(config, "rate-limit = 100\nlog-format = json\nlog-file = " + log.toUtf8() +
                                  "\nidle-timeout = 20\n"));
    ::kill(pid_t(server.process().processId()), SIGHUP);
    QTRY_VERIFY(readFile(log).contains("reloaded"));
    QVERIFY2(readFile(log).contains("waiting for a restart: idle-timeout"), readFile(log));

    // The new limit (the old one would refuse again) and the new format, in the new file.
    QCOMPARE(server.request("GET", contacts, &*org).status, 200);
    QTRY_VERIFY(readFile(log).contains("\"status\":200"));
    const QByteArray before = readFile(rotated);
    QCOMPARE(before.count('\n'), 2);
    QVERIFY(!before.contains('{'));

    // A configuration that no longer reads changes nothing, and says so.
    QVERIFY(writeFile(config, "rate-limit = 0\nnonsense\n"));
    ::kill(pid_t(server.process().processId()), SIGHUP);
    QTRY_VERIFY(readFile(log).contains(":2: expected key = value; nothing changed"));
    QCOMPARE(server.request("GET", contacts, &*org).status, 200);
    QTRY_VERIFY(readFile(log).count("\"status\":200") == 2);
    QCOMPARE(server.terminate(), 0);
}

void TestServerOperations::backupWhileServingHoldsEveryAcknowledgedWrite()
{
    if (TestBackend::isPostgres())
        QSKIP("backup copies a SQLite file; PostgreSQL is backed up with pg_dump "
              "(backupRefusesWhatItCannotDo checks the message)");
    ContactsServerProcess server;
    const auto org = server.startWithToken(QStringLiteral("org-a"),
                                           {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    QVERIFY2(org, qPrintable(server.errorString()));

    // Acknowledged before the backup starts: 5,000 contacts in bulk, 50 one at a time, an
    // update and a deletion.
    for (int batch = 0; batch < 5; ++batch) {
        const auto bulk = server.request("POST", contacts + QStringLiteral("/bulk"), &*org,
                                         ApiBodies::bulkOf(1000, batch * 1000));
        QCOMPARE(bulk.status, 200);
    }
    QStringList acknowledged;
    for (int i = 0; i < 50; ++i) {
        const auto created =
            server.request("POST", contacts, &*org, ApiBodies::createOf(10'000 + i));
        QCOMPARE(created.status, 201);
        acknowledged.append(created.json()["data"]["id"].toString());
    }
    QCOMPARE(server
                 .request("PATCH", contacts + u'/' + acknowledged.at(0), &*org,
                          R"({"name":"Renamed before the backup"})")
                 .status,
             200);
    QCOMPARE(server.request("DELETE", contacts + u'/' + acknowledged.at(1), &*org).status, 200);

    // Writes keep coming while the backup runs, and are all answered.
    QList<QNetworkReply*> during;
    for (int i = 0; i < 100; ++i)
        during.append(server.send("POST", contacts, &*org, ApiBodies::createOf(20'000 + i)));
    QProcess backup;
    const QString target = path(QStringLiteral("backup.db"));
    backup.start(QStringLiteral(CONTACTS_SERVER_PATH),
                 {QStringLiteral("--db"), server.databasePath(), QStringLiteral("backup"),
                  QStringLiteral("--to"), target});
    for (int i = 0; i < 100; ++i)
        during.append(server.send("POST", contacts, &*org, ApiBodies::createOf(30'000 + i)));
    QVERIFY(backup.waitForFinished(60000));
    QVERIFY2(backup.exitCode() == 0, backup.readAllStandardError());
    QVERIFY2(backup.readAllStandardOutput().contains(" pages, "), "no summary");
    for (QNetworkReply* reply : std::as_const(during))
        QCOMPARE(ContactsServerProcess::waitFor(reply).status, 201);
    QVERIFY(!QFile::exists(target + QStringLiteral(".partial")));

    // Restored as an operator would: the copy put in place of a lost database, a server on it.
    const QString restored = path(QStringLiteral("restored.db"));
    QVERIFY(QFile::copy(target, restored));
    ContactsServerProcess replacement;
    replacement.useDatabase(restored);
    QVERIFY2(replacement.start(), qPrintable(replacement.errorString()));
    // The tokens are in the database: the same one is accepted.
    const auto total = replacement.request("GET", contacts + QStringLiteral("?limit=1"), &*org);
    QCOMPARE(total.status, 200);
    const int count = total.json()["data"]["total"].toInt();
    QVERIFY2(count >= 5000 + 50 - 1 && count <= 5000 + 50 - 1 + 200,
             qPrintable(QString::number(count)));
    for (const QString& id : std::as_const(acknowledged)) {
        const auto got = replacement.request("GET", contacts + u'/' + id, &*org);
        QCOMPARE(got.status, id == acknowledged.at(1) ? 404 : 200);
        if (id == acknowledged.at(0))
            QCOMPARE(got.json()["data"]["name"].toString(),
                     QStringLiteral("Renamed before the backup"));
    }
    QCOMPARE(replacement.terminate(), 0);
    QCOMPARE(server.terminate(), 0);
}

void TestServerOperations::backupRefusesWhatItCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no --to") << QStringList{QStringLiteral("backup")}
                             << QStringLiteral("usage: backup --to FILE");
    QTest::newRow("a folder that is not there")
        << QStringList{QStringLiteral("backup"), QStringLiteral("--to"),
                       QStringLiteral("/nonexistent/folder/backup.db")}
        << (TestBackend::isPostgres() ? QStringLiteral("pg_dump")
                                      : QStringLiteral("cannot create /nonexistent/folder/"));
    QTest::newRow("--to without backup")
        << QStringList{QStringLiteral("migrate"), QStringLiteral("--to"), QStringLiteral("x.db")}
        << QStringLiteral("--to belongs to backup");
}

void TestServerOperations::backupRefusesWhatItCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    ContactsServerProcess server; // only for its database
    QProcess backup;
    backup.start(QStringLiteral(CONTACTS_SERVER_PATH),
                 QStringList{QStringLiteral("--db"), server.databasePath()} + arguments);
    QVERIFY(backup.waitForFinished(60000));
    QCOMPARE(backup.exitCode(), 1);
    const QString error = QString::fromUtf8(backup.readAllStandardError());
    QVERIFY2(error.contains(message), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestServerOperations)
#include "tst_serveroperations.moc"
