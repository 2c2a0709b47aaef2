#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

/// Where one test's contacts database lives, gone with the object: a file in a temporary
/// folder of its own, or, when CONTACTS_TEST_POSTGRES_DIR names the folder of the test cluster
/// (scripts/postgres-test-cluster.sh, the `postgresql` CTest variants), a database of its own
/// on that cluster. TestDatabase and ContactsServerProcess hold one, so that every suite runs
/// unchanged on either backend.
class TestBackend {
public:
    /// Whether this run is on PostgreSQL: for the cases that only make sense on a SQLite file
    /// (its WAL, a damaged file), which QSKIP then.
    static bool isPostgres();

    /// Runs one statement on the database at `location` (a path or a URI) on a connection
    /// of its own, outside the store: for a test that damages a database behind a server's
    /// back, or makes and drops one. The driver's error, or an empty string.
    static QString runDirectly(const QString& location, const QString& statement);

    TestBackend();
    ~TestBackend();
    TestBackend(const TestBackend&) = delete;
    TestBackend& operator=(const TestBackend&) = delete;

    /// False when the folder or the database could not be made; errorString() says why. There
    /// is no falling back to SQLite: a PostgreSQL run that did not reach PostgreSQL must fail.
    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    /// What ContactDatabase::open() and `--db` take: the file's path, or the database's URI
    /// (the cluster's admin URI with this database's name).
    QString location() const { return m_location; }

private:
    void createPostgresDatabase(const QString& clusterDir);

    std::optional<QTemporaryDir> m_dir;
    QUrl m_adminUri;
    QString m_databaseName; ///< set once created: what the destructor drops
    QString m_location;
    QString m_error;
};
