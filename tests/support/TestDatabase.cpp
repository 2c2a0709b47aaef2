#include "TestDatabase.h"

TestDatabase::TestDatabase()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return;
    }
    reopen();
}

QString TestDatabase::path() const
{
    return m_dir.filePath(QStringLiteral("contacts.db"));
}

bool TestDatabase::reopen()
{
    // The old connection must be gone before the file is opened again.
    m_db.reset();
    auto opened = ContactDatabase::open(path());
    if (!opened) {
        m_error = opened.error().message + QStringLiteral(": ") + opened.error().detail;
        return false;
    }
    m_db = std::move(*opened);
    m_error.clear();
    return true;
}
