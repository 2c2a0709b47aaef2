#include "ContactWindowReader.h"

#include "ContactDatabase.h"
#include "ContactListing.h"
#include "ContactStore.h"
#include "SqlTransaction.h"
#include "SyncStatus.h"

namespace {

QStringList idsOf(const QList<Contact>& contacts)
{
    QStringList ids;
    ids.reserve(contacts.size());
    for (const Contact& contact : contacts)
        ids.append(contact.id);
    return ids;
}

// A search reads its matches by a scan or a full-text query, then sorts them: every window
// read would do that again (seconds deep in a 2-character search at 1M). Its order is read
// once instead, when it is worth it and fits in memory.
bool ordersMatches(const ListQuery& query, qint64 total)
{
    return !query.search.isEmpty() && total > 2 * ContactWindowReader::windowSize &&
           total <= ContactWindowReader::maxOrderedMatches;
}

} // namespace

void ContactWindowReader::open(ContactDatabase& db, const ListQuery& query,
                               std::optional<qint64> knownTotal,
                               const std::function<void(ApiResult<Opening>)>& report)
{
    SqlTransaction snapshot(db, SqlTransaction::Read);
    if (snapshot.beginError()) {
        report(std::unexpected(*snapshot.beginError()));
        return;
    }
    // One listing for the count, the first window and the order: a search's full-text query
    // runs once, and its matches (up to the order's bound) serve all three.
    ContactListing listing(db, db.defaultOrganization().rowId, query,
                           ContactListing::FullTextMatches{maxOrderedMatches, true});
    auto first = listing.window(0, windowSize, knownTotal);
    if (!first) {
        report(std::unexpected(first.error()));
        return;
    }
    auto rows = readRows(db, first->rowIds);
    if (!rows) {
        report(std::unexpected(rows.error()));
        return;
    }
    const bool ordered = ordersMatches(query, first->total);
    if (!ordered) {
        if (auto done = snapshot.commit(); !done) {
            report(std::unexpected(done.error()));
            return;
        }
    }
    report(Opening(FirstWindow{first->total, std::move(*rows), ordered}));
    if (!ordered)
        return;
    auto all = listing.window(0, first->total, first->total);
    if (!all) {
        report(std::unexpected(all.error()));
        return;
    }
    if (auto done = snapshot.commit(); !done) {
        report(std::unexpected(done.error()));
        return;
    }
    report(Opening(std::make_shared<const QList<qint64>>(std::move(all->rowIds))));
}

ApiResult<ContactWindowReader::Rows>
ContactWindowReader::window(ContactDatabase& db, const ListQuery& query, int window, qint64 total)
{
    SqlTransaction snapshot(db, SqlTransaction::Read);
    if (snapshot.beginError())
        return std::unexpected(*snapshot.beginError());
    auto ids = ContactListing(db, db.defaultOrganization().rowId, query)
                   .window(qint64(window) * windowSize, windowSize, total);
    if (!ids)
        return std::unexpected(ids.error());
    auto rows = readRows(db, ids->rowIds);
    if (!rows)
        return rows;
    if (auto done = snapshot.commit(); !done)
        return std::unexpected(done.error());
    return rows;
}

ApiResult<ContactWindowReader::Rows> ContactWindowReader::rows(ContactDatabase& db,
                                                               const QList<qint64>& rowIds)
{
    SqlTransaction snapshot(db, SqlTransaction::Read);
    if (snapshot.beginError())
        return std::unexpected(*snapshot.beginError());
    auto rows = readRows(db, rowIds);
    if (!rows)
        return rows;
    if (auto done = snapshot.commit(); !done)
        return std::unexpected(done.error());
    return rows;
}

ApiResult<ContactWindowReader::Rows> ContactWindowReader::readRows(ContactDatabase& db,
                                                                   const QList<qint64>& rowIds)
{
    if (rowIds.isEmpty())
        return Rows{};
    ContactStore store(db);
    auto contacts = store.contactsByRowId(rowIds);
    if (!contacts)
        return std::unexpected(contacts.error());
    auto marks = SyncStatus(db, store.organization().rowId).marks(idsOf(*contacts));
    if (!marks)
        return std::unexpected(marks.error());
    return Rows{std::move(*contacts), std::move(*marks)};
}
