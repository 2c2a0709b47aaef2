#pragma once

#include "ApiError.h"
#include "SyncMark.h"
#include "SyncState.h"

#include <QHash>
#include <QStringList>

#include <functional>

class ContactDatabase;

/// What the desktop shows of sync: each contact's state and the counts of the status bar.
/// Read-only; the states of a table window of 200 rows are one statement.
class SyncStatus {
public:
    SyncStatus(ContactDatabase& db, qint64 organizationRowId);

    /// Whether this database has ever synced (has a server); before that nothing is pending.
    ApiResult<bool> isConfigured();
    /// The state of each contact of `contactIds`: Conflict over Error over Pending over
    /// Synced. Empty when sync is not configured. One statement, like marks().
    ApiResult<QHash<QString, SyncState>> states(const QStringList& contactIds);
    /// The marks of the contacts of `contactIds` that are not Synced, with the server's
    /// reason for an Error: a table window's, read in one statement (server, outbox position,
    /// conflicts, links and outbox entries together). Empty when sync is not configured.
    ApiResult<SyncMarks> marks(const QStringList& contactIds);
    /// Contacts with changes the server has not acknowledged (deleted ones included), and
    /// deletions the mass-deletion guard holds either way.
    ApiResult<qint64> pendingCount();
    ApiResult<qint64> errorCount();

private:
    /// Calls `onContact` with the mark of each contact of `contactIds` (Synced too), when
    /// sync is configured; ids that are not a contact's UUID are left out.
    ApiResult<void> read(const QStringList& contactIds,
                         const std::function<void(const QString& id, SyncMark mark)>& onContact);

    ContactDatabase& m_db;
    qint64 m_organization;
};
