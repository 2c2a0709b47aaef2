#pragma once

#include "ApiError.h"
#include "Organization.h"

class ContactDatabase;

/// Drops the change journal's entries that nothing reads any more (docs/sync.md, "Pruning
/// the change journal"). Sync's push is the journal's only reader, and it reads only what
/// follows the outbox position of the organization it syncs (the database's own): every
/// entry at or before that position, and every entry of an organization that no server is
/// configured for, goes. The bound comes from the sync bookkeeping, read under the same write
/// lock as the delete, so an entry the server has not acknowledged is never dropped. Lives on
/// the thread of its database's connection; cheap to construct.
class JournalPruning {
public:
    explicit JournalPruning(ContactDatabase& db);

    /// The last sequence of `organization`'s journal that no reader needs: the outbox
    /// position when the database syncs that organization with a server, else every entry
    /// (ChangeJournal::allEntries).
    ApiResult<qint64> prunableThrough(const Organization& organization);
    /// Prunes `organization`'s journal through prunableThrough() and gives the freed pages
    /// back (ContactDatabase::releaseFreePages), in one write transaction (a savepoint of the
    /// caller's, if any): after a sync run's push. The number of entries dropped.
    ApiResult<qint64> prune(const Organization& organization);
    /// The same for every organization of the database, in one write transaction: at
    /// start-up, on a timer, after an import, and `contacts-cli journal --prune`.
    ApiResult<qint64> pruneAll();

private:
    ApiResult<qint64> pruneOne(const Organization& organization);

    ContactDatabase& m_db;
};
