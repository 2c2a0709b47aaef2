#pragma once

#include "ApiError.h"

#include <QItemSelection>
#include <QList>
#include <QModelIndexList>
#include <QStringList>

#include <functional>

class ContactWindowCache;
class QAbstractItemModel;
class QObject;

/// The API ids of a table selection's rows (any columns; each row once, in row order), as a
/// batch edit or an export needs them: from the cached rows when all are there, else on a
/// worker, by row id from the known order of a search's matches or by the listing on show
/// (one listing, in one snapshot, for every stretch of the selection).
class ContactIdResolver {
public:
    using Done = std::function<void(ApiResult<QStringList>)>;

    /// `model`: the model whose indexes the selections hold; `cache`: its rows.
    ContactIdResolver(const QAbstractItemModel& model, ContactWindowCache& cache);

    /// When all rows are cached, `done` is called before this returns; otherwise on
    /// `context`'s thread, or never if `context` is destroyed first.
    void resolve(const QModelIndexList& rows, QObject* context, Done done) const;
    void resolve(const QItemSelection& selection, QObject* context, Done done) const;

private:
    /// Rows [first, last], both included.
    struct RowRange {
        int first = 0;
        int last = -1;
    };

    /// `ranges` sorted by their first row, merged where they touch or overlap.
    static QList<RowRange> merged(QList<RowRange> ranges);
    void resolve(const QList<RowRange>& ranges, QObject* context, Done done) const;

    const QAbstractItemModel& m_model;
    ContactWindowCache& m_cache;
};
