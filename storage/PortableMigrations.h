#pragma once

#include <QString>

/// Migration statements whose SQL both backends run as written: SqliteSchema and
/// PostgresSchema each take them into their version that needs them.
namespace PortableMigrations {

/// Marks the snapshots of deleted contacts in operation_contacts.deleted (SQLite 11,
/// PostgreSQL 8) as they were read before: a `delete` operation's, and a `merge`'s whose
/// contact is gone (the merged ones; the kept contact's is its fields before).
QString markDeletedSnapshots();

} // namespace PortableMigrations
