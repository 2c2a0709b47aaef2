#pragma once

#include "ApiError.h"
#include "HeldDeletion.h"

#include <QList>

class ContactDatabase;

/// The deletions of one organization that sync held back until the user allows them
/// (schema v8's `sync_held_deletions`). Each call is one statement; the engine wraps them
/// with the store's writes in one transaction.
class HeldDeletions {
public:
    HeldDeletions(ContactDatabase& db, qint64 organizationRowId);

    /// Holds a deletion; a contact already held is held again with these values.
    ApiResult<void> hold(const HeldDeletion& deletion);
    /// Forgets the held deletion of a local contact (done, or no longer wanted).
    ApiResult<void> release(const QString& contactId);
    /// Forgets the held deletion here of a contact the server lists again (restored there).
    ApiResult<void> releaseRestoredOnServer(const QString& contactId);
    /// Forgets the held deletions on the server of contacts that are here again (an undo).
    ApiResult<void> releaseRestoredHere();
    ApiResult<qint64> count(HeldDeletion::Direction direction);
    /// The oldest `limit` held deletions one way, with the phone of a contact deleted here
    /// read from the deletion's tombstone.
    ApiResult<QList<HeldDeletion>> oldest(HeldDeletion::Direction direction, qint64 limit);
    /// Forgets every held deletion: the database now syncs with another server.
    ApiResult<void> clear();

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
