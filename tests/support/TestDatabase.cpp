#include "TestDatabase.h"

TestDatabase::TestDatabase()
{
    if (!m_backend.isValid()) {
        m_error = m_backend.errorString();
        return;
    }
    reopen();
}

bool TestDatabase::reopen()
{
    // The old connection must be gone before the database is opened again.
    m_db.reset();
    auto opened = ContactDatabase::open(path());
    if (!opened) {
        m_error = opened.error().message + QStringLiteral(": ") + opened.error().detail;
        return false;
    }
    // A store that does not know URIs takes one for a file's path and opens SQLite there: a
    // postgresql run must fail then, not pass on SQLite.
    const QString driver = (*opened)->connection().driverName();
    if (TestBackend::isPostgres() && driver != QStringLiteral("QPSQL")) {
        m_error = QStringLiteral("%1 was opened with %2, not on PostgreSQL").arg(path(), driver);
        return false;
    }
    m_db = std::move(*opened);
    m_error.clear();
    return true;
}
