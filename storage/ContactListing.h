#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ListQuery.h"
#include "ListWindow.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class ContactDatabase;

/// Runs one ListQuery's filters on one organization: the number of matches, and the row ids
/// of stretches of them in the query's order. The filters (tag look-ups, folding, a search's
/// full-text matches) are worked out once, on first use, and reused by every later call: keep
/// one listing for the reads that belong together, in one read transaction. It picks the plan
/// by selectivity: few matches are collected (full-text index, tag links) and sorted; many are
/// found by walking the sort index and testing each row, which stops as soon as the stretch is
/// full.
class ContactListing {
public:
    /// How a full-text search's matches are read: the query runs once, and up to `kept` of
    /// them are kept for the count, the stretches and the order to reuse as a list.
    struct FullTextMatches {
        qint64 kept = 1000;
        /// Past `kept`, read on to count them (the desktop's table, which counts each search
        /// and must not run its query twice), or stop there and leave them to the query, which
        /// the count and each stretch then run (a list page: SQL counts a long list of matches
        /// faster than their rows can be handed out).
        bool countPastKept = false;
    };

    ContactListing(ContactDatabase& db, qint64 organizationRowId, ListQuery query);
    ContactListing(ContactDatabase& db, qint64 organizationRowId, ListQuery query,
                   FullTextMatches matches);

    /// The matches, tombstones included when the query lists them (ListQuery::listsDeleted).
    ApiResult<qint64> count();
    /// Matches [offset, offset + rows) in the query's order (its page and limit ignored),
    /// with their number: `total` when the caller knows it (the plan choice needs it), else
    /// count(). Live contacts only: for a query that lists tombstones, use pageEntries().
    ApiResult<ListWindow> window(qint64 offset, qint64 rows,
                                 std::optional<qint64> total = std::nullopt);

    /// One item of a page: a contact's row, or a tombstone's (deleted_contacts) row.
    struct Entry {
        qint64 rowId = 0;
        bool deleted = false;
    };
    /// The page's items in order, tombstones included when the query lists them: merged by
    /// time with `sortBy=updated_at` (a tombstone's time is its deletion), after the live
    /// contacts for any other order.
    ApiResult<QList<Entry>> pageEntries(qint64 total);
    /// A tombstone row of pageEntries().
    ApiResult<DeletedContact> deletedContact(qint64 rowId);

private:
    /// A filter in two forms: `c.id IN (<ids>)` computed once, and a test of one row.
    struct Condition {
        QString idsSql; ///< selects the matching ids; empty for a test on the row's columns
        QVariantList idsBindings;
        QString rowSql;
        QVariantList rowBindings;
        /// A search's full-text matches when kept: idsSql lists them from a JSON array, made
        /// on first use (a broad search's first window walks the sort index without them).
        std::optional<QList<qint64>> listed;

        QString setSql() const
        {
            return idsSql.isEmpty() ? rowSql : QStringLiteral("c.id IN (") + idsSql + u')';
        }
        const QVariantList& setBindings();
    };
    struct Conditions {
        QList<Condition> list;
        bool matchesNothing = false; ///< a tag no contact carries
        bool searchOnly = false;
        bool singleTagOnly = false;
        /// How many contacts the full-text query found, when it was read to the end.
        std::optional<qint64> fullTextMatches;
    };

    /// The query's filters, worked out on first use.
    ApiResult<Conditions*> conditions();
    /// Runs the full-text query for `search` once, keeping its matches as `m_matches` says.
    ApiResult<void> readFullTextMatches(Condition& search, Conditions& out);
    ApiResult<qint64> liveCount();
    ApiResult<qint64> organizationSize();
    ApiResult<qint64> countWhere(const QString& extraCondition, Conditions& conditions);
    ApiResult<QList<qint64>> rowIds(qint64 offset, qint64 count, qint64 total);

    /// A stretch of a sort order with an index of its own: the rows that have a sort value,
    /// or (for a nullable key) those that do not, ordered by uid.
    struct Segment {
        QString index;
        QString condition; ///< the rows of the segment (` AND …`)
        QString order;
        QString key; ///< the sort column; empty for the nulls, ordered by uid alone
        bool nulls = false;
        bool ascending = true;
    };
    /// The segment's ids [skip, skip + rows) read from the nearest anchor
    /// (ListingAnchors), adding anchors as far as needed: for an unfiltered listing in a read
    /// transaction. Nothing when anchors cannot be used (the plain read then runs).
    ApiResult<std::optional<QList<qint64>>> anchoredIds(const Segment& segment, qint64 rows,
                                                        qint64 skip);
    /// The number of rows of an unfiltered listing's segment, kept with the anchors.
    ApiResult<qint64> segmentSize(const Segment& segment, Conditions& conditions);
    /// Whether the connection's anchors hold for this snapshot (dropping them if not).
    ApiResult<bool> anchorsUsable();

    ContactDatabase& m_db;
    qint64 m_organization;
    ListQuery m_query;
    FullTextMatches m_matches;
    std::optional<Conditions> m_conditions;
    std::optional<qint64> m_organizationSize;
};
