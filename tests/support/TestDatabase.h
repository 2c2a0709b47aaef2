#pragma once

#include "ContactDatabase.h"
#include "ContactStore.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// A fresh contacts database in its own temporary folder, removed with the object. Tests
/// make one per test function (in init()) so that no case sees another's rows.
class TestDatabase {
public:
    TestDatabase();

    /// False when the folder or the database could not be made; errorString() says why.
    bool isOpen() const { return m_db != nullptr; }
    QString errorString() const { return m_error; }

    ContactDatabase& db() { return *m_db; }
    /// A store on the database's own organization.
    ContactStore store() { return ContactStore(*m_db); }
    QString path() const;

    /// Closes the connection and opens the same file again, as a restart of the app would.
    bool reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ContactDatabase> m_db;
    QString m_error;
};
