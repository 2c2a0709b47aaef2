#pragma once

#include "HeldDeletion.h"

#include <QtGlobal>

struct SyncSession;

/// Where a run's deletions are made (sync.md, "The mass-deletion guard"). Pull and push hold
/// every deletion rather than make it; after the pull this counts the held deletions here,
/// after the push those on the server. When they are within the limit (or what the user
/// allowed, which both sides draw from), it makes them: deletes the contacts here, or sends
/// the DELETEs. Otherwise nothing is deleted on that side, the held deletions stay for a
/// later run, and the summary says how many with a sample. The rest of the run goes on.
class MassDeletionGuard {
public:
    /// The most deletions a run makes unasked in an organization of `organizationSize`
    /// contacts: 5 % of it, at most 50, and never fewer than `floor` (a guard that asked
    /// about each of a few deletions would be clicked through).
    static qint64 limitFor(qint64 organizationSize);
    static constexpr qint64 floor = 10;
    static constexpr qint64 ceiling = 50;
    /// How many held deletions of each side the summary shows.
    static constexpr qint64 sampleSize = 5;

    explicit MassDeletionGuard(SyncSession& session);

    /// Makes or keeps the held deletions of one side. False when the run must stop (the
    /// session's summary says why).
    bool run(HeldDeletion::Direction side);

private:
    bool deleteHere(qint64 total);
    bool deleteOnServer(qint64 total);
    bool describeHeld(HeldDeletion::Direction side, qint64 count);

    SyncSession& m_session;
};
