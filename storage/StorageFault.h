#pragma once

#include <QString>

/// A failure of the storage under a database rather than of a statement: a full disk, an
/// I/O error, a read-only file, a file that cannot be opened. The person whose disk it is can
/// act on it, so contacts-cli says it in words; a server still answers only "Internal server
/// error", since its clients cannot.
struct StorageFault {
    /// What the database was doing when its storage failed.
    enum class Access { Open, Read, Write };

    Access access = Access::Write;
    /// Why, in the backend's or the system's words: "database or disk is full".
    QString reason;

    /// "cannot write /home/a/contacts.db: database or disk is full"
    QString describe(const QString& database) const;

    friend bool operator==(const StorageFault&, const StorageFault&) = default;
};
