#pragma once

#include "ContactDatabase.h"
#include "ContactStore.h"
#include "TestBackend.h"

#include <QString>

#include <memory>

/// A fresh contacts database, removed with the object: a file in a temporary folder, or a
/// PostgreSQL database in the postgresql variants (TestBackend). Tests make one per test
/// function (in init()) so that no case sees another's rows.
class TestDatabase {
public:
    TestDatabase();

    /// False when the folder, the PostgreSQL database or the connection could not be made;
    /// errorString() says why.
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }

    ContactDatabase& db() { return *m_db; }
    /// A store on the database's own organization.
    ContactStore store() { return ContactStore(*m_db); }
    /// What ContactDatabase::open() takes: the file's path or the PostgreSQL URI.
    QString path() const { return m_backend.location(); }

    /// Closes the connection and opens the same database again, as a restart of the app would.
    bool reopen();

private:
    TestBackend m_backend; // first: the database goes after the connection to it
    std::unique_ptr<ContactDatabase> m_db;
    QString m_error;
};
