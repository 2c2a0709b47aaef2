#pragma once

#include "ApiError.h"
#include "SyncConflict.h"

#include <QList>

class ContactDatabase;

/// The open and resolved conflicts of one organization (schema v4's `sync_conflicts`).
class SyncConflicts {
public:
    SyncConflicts(ContactDatabase& db, qint64 organizationRowId);

    /// Records a conflict; an open conflict on the same contact and field is replaced, so
    /// the list holds the latest local value that did not win.
    ApiResult<qint64> add(const SyncConflict& conflict);
    /// Open conflicts, oldest first.
    ApiResult<QList<SyncConflict>> open();
    ApiResult<std::optional<SyncConflict>> find(qint64 id);
    ApiResult<qint64> openCount();
    /// Whether a contact has an open conflict.
    ApiResult<bool> hasOpen(const QString& contactId);
    /// Closes a conflict (the user chose, or the value is no longer wanted).
    ApiResult<void> resolve(qint64 id);

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
