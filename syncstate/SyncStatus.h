#pragma once

#include "ApiError.h"
#include "SyncState.h"

#include <QHash>
#include <QStringList>

class ContactDatabase;

/// What the desktop shows of sync: each contact's state and the counts of the status bar.
/// Read-only; cheap enough for a table window of 200 rows (a few indexed lookups a row).
class SyncStatus {
public:
    SyncStatus(ContactDatabase& db, qint64 organizationRowId);

    /// Whether this database has ever synced (has a server); before that nothing is pending.
    ApiResult<bool> isConfigured();
    /// The state of each contact of `contactIds`: Conflict over Error over Pending over
    /// Synced. Empty when sync is not configured.
    ApiResult<QHash<QString, SyncState>> states(const QStringList& contactIds);
    /// Contacts with changes the server has not acknowledged (deleted ones included).
    ApiResult<qint64> pendingCount();
    ApiResult<qint64> errorCount();

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
