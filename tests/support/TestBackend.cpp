#include "TestBackend.h"

#include "DatabaseLocation.h"

#include <QAtomicInteger>

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrlQuery>

namespace {

constexpr char postgresDirVariable[] = "CONTACTS_TEST_POSTGRES_DIR";

QAtomicInteger<quint64> connectionCounter;

} // namespace

QString TestBackend::runDirectly(const QString& location, const QString& statement)
{
    const auto parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error().detail;
    const QString connectionName =
        QStringLiteral("test-backend-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(
            parsed->isPostgresql() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"),
            connectionName);
        parsed->applyTo(db);
        if (!db.open()) {
            error = db.lastError().text();
        } else {
            QSqlQuery run(db);
            if (!run.exec(statement))
                error = run.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return error;
}

bool TestBackend::isPostgres()
{
    return !qEnvironmentVariableIsEmpty(postgresDirVariable);
}

TestBackend::TestBackend()
{
    if (isPostgres()) {
        createPostgresDatabase(qEnvironmentVariable(postgresDirVariable));
        return;
    }
    m_dir.emplace();
    if (!m_dir->isValid()) {
        m_error = m_dir->errorString();
        return;
    }
    m_location = m_dir->filePath(QStringLiteral("contacts.db"));
}

TestBackend::~TestBackend()
{
    if (m_databaseName.isEmpty())
        return;
    // FORCE: a server the test killed may leave a connection behind for a moment.
    // CREATE and DROP DATABASE run on the admin database: not in the one they name.
    const QString error =
        runDirectly(m_adminUri.toString(QUrl::FullyEncoded),
                    QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_databaseName));
    if (!error.isEmpty())
        qWarning("TestBackend: could not drop %s: %s", qPrintable(m_databaseName),
                 qPrintable(error));
}

void TestBackend::createPostgresDatabase(const QString& clusterDir)
{
    QFile uriFile(QDir(clusterDir).filePath(QStringLiteral("uri")));
    if (!uriFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("%1=%2 but %3 cannot be read (%4); the postgres_cluster_start "
                                 "test writes it, so run the postgresql variants through ctest")
                      .arg(QLatin1String(postgresDirVariable), clusterDir, uriFile.fileName(),
                           uriFile.errorString());
        return;
    }
    m_adminUri = QUrl(QString::fromUtf8(uriFile.readAll().trimmed()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        m_error = QStringLiteral("Qt's QPSQL driver is missing (Debian: libqt6sql6-psql)");
        return;
    }

    // Lowercase hex: a name PostgreSQL keeps as is without quoting.
    const QString name =
        QStringLiteral("contacts_test_%1")
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    // template0 and C collation: a database independent of the cluster's defaults, and
    // template0 takes no connections, so parallel tests never block each other's CREATE.
    const QString error = runDirectly(
        m_adminUri.toString(QUrl::FullyEncoded),
        QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
                       "LC_CTYPE 'C'")
            .arg(name));
    if (!error.isEmpty()) {
        m_error = QStringLiteral("could not create the test database %1 on %2: %3")
                      .arg(name, m_adminUri.toString(), error);
        return;
    }
    m_databaseName = name;
    QUrl uri = m_adminUri;
    uri.setPath(u'/' + name);
    m_location = uri.toString();
}
