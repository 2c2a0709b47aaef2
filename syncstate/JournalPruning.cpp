#include "JournalPruning.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "SqlTransaction.h"
#include "SyncCursors.h"

#include <functional>

namespace {

/// Runs `prune` and gives the freed pages back, in one write transaction.
ApiResult<qint64> inOneTransaction(ContactDatabase& db,
                                   const std::function<ApiResult<qint64>()>& prune)
{
    SqlTransaction transaction(db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto dropped = prune();
    if (!dropped)
        return dropped;
    if (*dropped > 0) {
        if (auto released = db.releaseFreePages(); !released)
            return std::unexpected(released.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return dropped;
}

} // namespace

JournalPruning::JournalPruning(ContactDatabase& db) : m_db(db) {}

ApiResult<qint64> JournalPruning::prunableThrough(const Organization& organization)
{
    // Sync runs on the database's own organization (SyncSession's store), with the one
    // server the settings name: any other organization's journal has no reader.
    if (organization.rowId != m_db.defaultOrganization().rowId)
        return ChangeJournal::allEntries;
    SyncCursors cursors(m_db);
    auto remote = cursors.remote();
    if (!remote)
        return std::unexpected(remote.error());
    if (remote->isEmpty())
        return ChangeJournal::allEntries;
    return cursors.outboxPosition();
}

ApiResult<qint64> JournalPruning::pruneOne(const Organization& organization)
{
    auto through = prunableThrough(organization);
    if (!through)
        return through;
    return ChangeJournal(m_db, organization.rowId).prune(*through);
}

ApiResult<qint64> JournalPruning::prune(const Organization& organization)
{
    return inOneTransaction(m_db, [&] { return pruneOne(organization); });
}

ApiResult<qint64> JournalPruning::pruneAll()
{
    return inOneTransaction(m_db, [&]() -> ApiResult<qint64> {
        auto organizations =
            m_db.rows<Organization>(QStringLiteral("SELECT id, uid FROM organizations ORDER BY id"),
                                    {}, [](const SqlRow& row) {
                                        return Organization{row.integer(0), row.text(1)};
                                    });
        if (!organizations)
            return std::unexpected(organizations.error());
        qint64 dropped = 0;
        for (const Organization& organization : *organizations) {
            auto pruned = pruneOne(organization);
            if (!pruned)
                return pruned;
            dropped += *pruned;
        }
        return dropped;
    });
}
