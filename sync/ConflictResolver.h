#pragma once

#include "ApiError.h"
#include "Organization.h"
#include "WriteOrigin.h"

class ContactDatabase;

/// The user's choice on an open sync conflict (sync.md, Conflicts), applied to the local
/// store so that the next sync run carries it: "keep mine" writes the local value again
/// through the change journal (the outbox), "keep theirs" lets the server's value stand.
/// For a contact deleted on one side, the choice that keeps it re-creates it here from the
/// conflict's snapshot, journaled, so the next push creates it on the server again. Each
/// choice is one transaction: the contact's write and the conflict's closing land together.
/// Lives on the thread of its database.
class ConflictResolver {
public:
    ConflictResolver(ContactDatabase& database, Organization organization);

    /// Who chose: the opt-in and block history keeps it with what the choice wrote.
    void setOrigin(WriteOrigin origin) { m_origin = std::move(origin); }

    /// Applies the local side; 404 `Conflict not found` for an unknown or closed conflict.
    ApiResult<void> keepMine(qint64 conflictId);
    /// Applies the server's side.
    ApiResult<void> keepTheirs(qint64 conflictId);

private:
    ApiResult<void> resolve(qint64 conflictId, bool keepMine);

    ContactDatabase& m_db;
    Organization m_organization;
    WriteOrigin m_origin{WriteOrigin::Method::Editor};
};
