#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ListQuery.h"

#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

class ContactDatabase;

/// Runs one ListQuery's filters on one organization: the number of matches, and the row ids
/// of one page in the query's order. The filters (tag look-ups, folding) are worked out once. It
/// picks the plan by selectivity: few matches are collected (full-text index, tag links) and
/// sorted; many are found by walking the sort index and testing each row, which stops as soon as
/// the page is full.
class ContactListing {
public:
    ContactListing(ContactDatabase& db, qint64 organizationRowId, ListQuery query);

    /// The matches, tombstones included when the query lists them (ListQuery::listsDeleted).
    ApiResult<qint64> count();
    /// `total` is count(), which the plan choice needs. Live contacts only: for a query that
    /// lists tombstones, use pageEntries().
    ApiResult<QList<qint64>> pageIds(qint64 total);
    /// The row ids of matches [offset, offset + count) in the query's order (its page and
    /// limit ignored): the windows of the desktop's table.
    ApiResult<QList<qint64>> rangeIds(qint64 offset, qint64 count, qint64 total);

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

        QString setSql() const
        {
            return idsSql.isEmpty() ? rowSql : QStringLiteral("c.id IN (") + idsSql + u')';
        }
        const QVariantList& setBindings() const
        {
            return idsSql.isEmpty() ? rowBindings : idsBindings;
        }
    };
    struct Conditions {
        QList<Condition> list;
        bool matchesNothing = false; ///< a tag no contact carries
        bool searchOnly = false;
        bool singleTagOnly = false;
    };

    /// Up to this many search matches are listed once and passed to the count and the page;
    /// more are left to the full-text query, which each of them then runs.
    static constexpr qint64 maxListedMatches = 1000;

    /// The query's filters, worked out on first use.
    ApiResult<const Conditions*> conditions();
    ApiResult<qint64> liveCount();
    ApiResult<qint64> organizationSize();
    ApiResult<qint64> countWhere(const QString& extraCondition, const Conditions& conditions);

    ContactDatabase& m_db;
    qint64 m_organization;
    ListQuery m_query;
    std::optional<Conditions> m_conditions;
};
