// DatabaseLocation: what `--db` means. A path is SQLite, a postgresql:// URI is read as libpq
// reads it, anything else that looks like a URI is refused, and no password is ever shown.

#include "DatabaseLocation.h"
#include "VerifyOk.h"

#include <QTest>

class TestDatabaseLocation : public QObject {
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void postgresUris_data();
    void postgresUris();
    void connectTimeoutDefault();
    void refused_data();
    void refused();
};

void TestDatabaseLocation::paths_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("absolute") << "/var/lib/contacts/contacts.db";
    QTest::newRow("relative") << "contacts.db";
    QTest::newRow("dot-slash before a colon") << "./postgresql:contacts";
    QTest::newRow("drive letter") << "C:/contacts.db";
    QTest::newRow("colon later") << "lists/2026:12.db";
}

void TestDatabaseLocation::paths()
{
    QFETCH(QString, text);
    const auto location = DatabaseLocation::parse(text);
    VERIFY_OK(location);
    QCOMPARE(location->backend(), DatabaseLocation::Backend::Sqlite);
    QCOMPARE(location->path(), text);
    QCOMPARE(location->displayName(), text);
}

void TestDatabaseLocation::postgresUris_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("databaseName");
    QTest::addColumn<QString>("userName");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");

    const QString timeout = QStringLiteral("connect_timeout='10'");
    QTest::newRow("host, port, user")
        << "postgresql://contacts@db.example:5432/contacts"
        << "db.example" << 5432 << "contacts"
        << "contacts"
        << "" << timeout << "postgresql://contacts@db.example:5432/contacts";
    QTest::newRow("Unix socket in the query")
        << "postgresql:///contacts?host=/run/postgresql&port=5433"
        << "/run/postgresql" << 5433 << "contacts"
        << ""
        << "" << timeout << "postgresql:///contacts?host=/run/postgresql&port=5433";
    QTest::newRow("password in the user part")
        << "postgres://app:s3cret@db/contacts?sslmode=require"
        << "db" << -1 << "contacts"
        << "app"
        << "s3cret"
        << "sslmode='require' " + timeout << "postgres://app@db/contacts?sslmode=require";
    QTest::newRow("password in the query")
        << "postgresql://db/contacts?password=s3cret&application_name=contacts-server"
        << "db" << -1 << "contacts"
        << ""
        << "s3cret"
        << "application_name='contacts-server' " + timeout
        << "postgresql://db/contacts?application_name=contacts-server";
    QTest::newRow("percent-encoded")
        << "postgresql://a%40b:p%3Aw%40d@%2Fvar%2Frun%2Fpostgresql/my%20db"
        << "/var/run/postgresql" << -1 << "my db"
        << "a@b"
        << "p:w@d" << timeout << "postgresql://a%40b@%2Fvar%2Frun%2Fpostgresql/my%20db";
    QTest::newRow("IPv6") << "postgresql://[::1]:5433/contacts"
                          << "::1" << 5433 << "contacts"
                          << ""
                          << "" << timeout << "postgresql://[::1]:5433/contacts";
    QTest::newRow("several hosts")
        << "postgresql://primary:5432,standby:5433/contacts?target_session_attrs=read-write"
        << "primary,standby" << -1 << "contacts"
        << ""
        << ""
        << "target_session_attrs='read-write' " + timeout + " port='5432,5433'"
        << "postgresql://primary:5432,standby:5433/contacts?target_session_attrs=read-write";
    QTest::newRow("nothing but the scheme") << "postgresql://"
                                            << "" << -1 << ""
                                            << ""
                                            << "" << timeout << "postgresql://";
    QTest::newRow("quote in an option") << "postgresql://db/contacts?application_name=it's"
                                        << "db" << -1 << "contacts"
                                        << ""
                                        << ""
                                        << "application_name='it\\'s' " + timeout
                                        << "postgresql://db/contacts?application_name=it's";
}

void TestDatabaseLocation::postgresUris()
{
    QFETCH(QString, text);
    const auto location = DatabaseLocation::parse(text);
    VERIFY_OK(location);
    QCOMPARE(location->backend(), DatabaseLocation::Backend::Postgresql);
    QTEST(location->host(), "host");
    QTEST(location->port(), "port");
    QTEST(location->databaseName(), "databaseName");
    QTEST(location->userName(), "userName");
    QTEST(location->password(), "password");
    QTEST(location->connectOptions(), "options");
    QTEST(location->displayName(), "shown");
    QCOMPARE(location->text(), text);
}

void TestDatabaseLocation::connectTimeoutDefault()
{
    // A timeout given by the URI or by libpq's environment is left alone.
    const auto given = DatabaseLocation::parse("postgresql://db/contacts?connect_timeout=3");
    QVERIFY(given);
    QCOMPARE(given->connectOptions(), QStringLiteral("connect_timeout='3'"));
    qputenv("PGCONNECT_TIMEOUT", "4");
    const auto fromEnvironment = DatabaseLocation::parse("postgresql://db/contacts");
    qunsetenv("PGCONNECT_TIMEOUT");
    QVERIFY(fromEnvironment);
    QCOMPARE(fromEnvironment->connectOptions(), QString());
}

void TestDatabaseLocation::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("why");
    QTest::newRow("empty") << ""
                           << "no database location given";
    QTest::newRow("other scheme")
        << "mysql://root:s3cret@db/contacts"
        << "unsupported database location mysql://…: give a file path (SQLite) or a "
           "postgresql:// URI";
    QTest::newRow("typo'd scheme") << "postgressql://db/contacts"
                                   << "unsupported database location postgressql://…";
    QTest::newRow("file URI") << "file:///tmp/contacts.db"
                              << "unsupported database location";
    QTest::newRow("no slashes") << "postgresql:contacts"
                                << "a PostgreSQL URI starts with postgresql://";
    QTest::newRow("port not a number") << "postgresql://db:54x/contacts"
                                       << "port 54x is not a port";
    QTest::newRow("port out of range") << "postgresql://db:70000/contacts"
                                       << "port 70000 is not a port";
    QTest::newRow("unclosed bracket") << "postgresql://[::1/contacts"
                                      << "unclosed [";
    QTest::newRow("not a parameter") << "postgresql://db/contacts?ssl-mode=require"
                                     << "parameter ssl-mode is not a libpq parameter";
    QTest::newRow("semicolon") << "postgresql://db/contacts?application_name=a;b"
                               << "parameter application_name cannot hold ';'";
}

void TestDatabaseLocation::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, why);
    const auto location = DatabaseLocation::parse(text);
    QVERIFY(!location);
    QVERIFY2(location.error().detail.contains(why), qPrintable(location.error().detail));
    QVERIFY2(!location.error().detail.contains(QLatin1String("s3cret")),
             qPrintable(location.error().detail));
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
