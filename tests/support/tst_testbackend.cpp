#include "ContactsServerProcess.h"
#include "TestBackend.h"
#include "TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>
#include <thread>
#include <vector>

namespace {

const char* const clusterVariable = "CONTACTS_TEST_POSTGRES_DIR";

/// The cluster's databases, asked with psql rather than through TestBackend's own connection
/// code, so that a mistake there cannot hide itself.
QStringList clusterDatabases()
{
    QFile uri(QDir(qEnvironmentVariable(clusterVariable)).filePath(QStringLiteral("uri")));
    if (!uri.open(QIODevice::ReadOnly))
        return {};
    QProcess psql;
    psql.start(QStringLiteral("psql"),
               {QStringLiteral("-XAtq"), QStringLiteral("-d"),
                QString::fromUtf8(uri.readAll().trimmed()), QStringLiteral("-c"),
                QStringLiteral("SELECT datname FROM pg_database")});
    if (!psql.waitForFinished(30000) || psql.exitCode() != 0)
        return {QStringLiteral("psql failed: ") + QString::fromUtf8(psql.readAllStandardError())};
    return QString::fromUtf8(psql.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
}

/// Whether what a location names exists: the file's folder, or the PostgreSQL database.
bool exists(const QString& location)
{
    if (TestBackend::isPostgres())
        return clusterDatabases().contains(QUrl(location).path().mid(1));
    return QFileInfo(location).absoluteDir().exists();
}

} // namespace

/// TestBackend itself, on the backend the run chooses: what the other suites rely on to keep
/// their cases apart.
class TestTestBackend : public QObject {
    Q_OBJECT

private slots:
    void aDatabaseLivesAsLongAsItsObject()
    {
        QString location;
        {
            TestBackend backend;
            QVERIFY2(backend.isValid(), qPrintable(backend.errorString()));
            location = backend.location();
            QCOMPARE(location.startsWith(QStringLiteral("postgresql:///contacts_test_")),
                     TestBackend::isPostgres());
            QVERIFY(exists(location));
        }
        QVERIFY(!exists(location));
    }

    void aServerProcessHoldsOne()
    {
        QString location;
        {
            ContactsServerProcess first;
            ContactsServerProcess second;
            QVERIFY2(first.errorString().isEmpty(), qPrintable(first.errorString()));
            QVERIFY(first.databasePath() != second.databasePath());
            QVERIFY(exists(first.databasePath()));
            location = first.databasePath();
        }
        QVERIFY(!exists(location));
    }

    void objectsMadeInParallelGetTheirOwn()
    {
        constexpr int count = 8;
        std::vector<std::unique_ptr<TestBackend>> backends(count);
        std::vector<std::thread> threads;
        for (auto& backend : backends)
            threads.emplace_back([&backend] { backend = std::make_unique<TestBackend>(); });
        for (auto& thread : threads)
            thread.join();
        QSet<QString> locations;
        for (const auto& backend : backends) {
            QVERIFY2(backend->isValid(), qPrintable(backend->errorString()));
            QVERIFY(exists(backend->location()));
            locations.insert(backend->location());
        }
        QCOMPARE(locations.size(), count);
    }

    void aMissingClusterIsAnErrorNotSqlite()
    {
        QTemporaryDir empty;
        const QByteArray saved = qgetenv(clusterVariable);
        qputenv(clusterVariable, QFile::encodeName(empty.path()));
        TestBackend backend;
        TestDatabase database;
        ContactsServerProcess server;
        const bool started = server.start();
        if (saved.isNull())
            qunsetenv(clusterVariable);
        else
            qputenv(clusterVariable, saved);

        QVERIFY(!backend.isValid());
        QVERIFY2(backend.errorString().contains(QStringLiteral("uri")),
                 qPrintable(backend.errorString()));
        QVERIFY(backend.location().isEmpty());
        QVERIFY(!database.isOpen());
        QCOMPARE(database.errorString(), backend.errorString());
        QVERIFY(!started);
        QCOMPARE(server.errorString(), backend.errorString());
    }
};

QTEST_GUILESS_MAIN(TestTestBackend)
#include "tst_testbackend.moc"
