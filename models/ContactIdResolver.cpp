#include "ContactIdResolver.h"

#include "ContactListing.h"
#include "ContactStore.h"
#include "ContactWindowCache.h"
#include "SqlTransaction.h"
#include "StoreTask.h"

#include <QAbstractItemModel>

#include <algorithm>

ContactIdResolver::ContactIdResolver(const QAbstractItemModel& model, ContactWindowCache& cache)
    : m_model(model), m_cache(cache)
{}

void ContactIdResolver::resolve(const QModelIndexList& rows, QObject* context, Done done) const
{
    QList<RowRange> ranges;
    ranges.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        if (index.isValid() && index.model() == &m_model)
            ranges.append(RowRange{index.row(), index.row()});
    }
    resolve(merged(std::move(ranges)), context, std::move(done));
}

void ContactIdResolver::resolve(const QItemSelection& selection, QObject* context, Done done) const
{
    QList<RowRange> ranges;
    for (const QItemSelectionRange& range : selection) {
        if (range.isValid() && range.model() == &m_model)
            ranges.append(RowRange{range.top(), range.bottom()});
    }
    resolve(merged(std::move(ranges)), context, std::move(done));
}

QList<ContactIdResolver::RowRange> ContactIdResolver::merged(QList<RowRange> ranges)
{
    std::sort(ranges.begin(), ranges.end(),
              [](const RowRange& a, const RowRange& b) { return a.first < b.first; });
    QList<RowRange> out;
    for (const RowRange& range : ranges) {
        if (!out.isEmpty() && range.first <= out.last().last + 1)
            out.last().last = std::max(out.last().last, range.last);
        else
            out.append(range);
    }
    return out;
}

void ContactIdResolver::resolve(const QList<RowRange>& ranges, QObject* context, Done done) const
{
    QStringList ids;
    bool cached = true;
    for (const RowRange& range : ranges) {
        for (int row = range.first; row <= range.last && cached; ++row) {
            const Contact* contact = m_cache.contact(row);
            if (contact)
                ids.append(contact->id);
            else
                cached = false;
        }
        if (!cached)
            break;
    }
    if (cached) {
        done(ids);
        return;
    }
    const ListQuery query = m_cache.query();
    const qint64 total = m_cache.total();
    const ContactWindowReader::MatchOrder order = m_cache.matchOrder();
    StoreTask::run<ApiResult<QStringList>>(
        m_cache.databasePath(), context,
        [query, total, order, ranges](ContactStore& store) -> ApiResult<QStringList> {
            QList<qint64> rowIds;
            if (order) {
                for (const RowRange& range : ranges)
                    rowIds += order->mid(range.first, range.last - range.first + 1);
                return store.contactIdsByRowId(rowIds);
            }
            ContactDatabase& db = store.database();
            SqlTransaction snapshot(db, SqlTransaction::Read);
            if (snapshot.beginError())
                return std::unexpected(*snapshot.beginError());
            ContactListing listing(db, store.organization().rowId, query);
            for (const RowRange& range : ranges) {
                auto window = listing.window(range.first, range.last - range.first + 1, total);
                if (!window)
                    return std::unexpected(window.error());
                rowIds += window->rowIds;
            }
            auto ids = store.contactIdsByRowId(rowIds);
            if (!ids)
                return ids;
            if (auto done = snapshot.commit(); !done)
                return std::unexpected(done.error());
            return ids;
        },
        std::move(done));
}
