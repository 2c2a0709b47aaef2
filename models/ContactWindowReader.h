#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ListQuery.h"
#include "SyncMark.h"

#include <QList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

class ContactDatabase;

/// The reads of ContactTableModel, each in one read transaction (one snapshot) on the calling
/// thread's connection, a StoreTask worker's: a listing opened (its count, first window and
/// sync marks, then the order of its matches), a window of a listing, and rows whose ids are
/// known. The store's core knows nothing of sync: the marks are composed in here.
class ContactWindowReader {
public:
    /// Rows a window holds.
    static constexpr int windowSize = 200;
    /// A search's matches up to this many have their order read once (8 bytes each), so that
    /// a window deep in them is read by row id instead of by finding the matches again.
    static constexpr qint64 maxOrderedMatches = 500000;

    /// Some rows' contacts and their sync marks, read together.
    struct Rows {
        QList<Contact> contacts;
        SyncMarks marks;
    };
    /// A listing's count and first window: the first report of open().
    struct FirstWindow {
        qint64 total = 0;
        Rows rows;
        bool orderFollows = false; ///< a MatchOrder report comes next
    };
    /// Every match's row id in the listing's order, shared with the window reads that use it.
    using MatchOrder = std::shared_ptr<const QList<qint64>>;
    using Opening = std::variant<FirstWindow, MatchOrder>;

    /// Reads a listing's count (unless `knownTotal` gives it) and first window, and reports
    /// them; then, for a search of more than two windows and at most maxOrderedMatches
    /// matches, the order of its matches, from the same snapshot and the same full-text
    /// matches. An error is the last report.
    static void open(ContactDatabase& db, const ListQuery& query, std::optional<qint64> knownTotal,
                     const std::function<void(ApiResult<Opening>)>& report);
    /// Window `window` of the listing of `total` matches.
    static ApiResult<Rows> window(ContactDatabase& db, const ListQuery& query, int window,
                                  qint64 total);
    /// The contacts of `rowIds` in that order (those gone are left out), with their marks.
    static ApiResult<Rows> rows(ContactDatabase& db, const QList<qint64>& rowIds);

private:
    /// rows(), inside the caller's transaction.
    static ApiResult<Rows> readRows(ContactDatabase& db, const QList<qint64>& rowIds);
};
