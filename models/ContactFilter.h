#pragma once

#include "ListQuery.h"

#include <QString>
#include <QStringList>

#include <optional>

/// What the table shows: the filters of a list request, without its page or order. A plain
/// value; the model turns it into a ListQuery.
struct ContactFilter {
    /// As ListQuery::normalizedSearch() makes it (the search field applies it so); empty
    /// matches everything. Compared as it is: two spellings of one search are two filters.
    QString search;
    QStringList tags;   ///< every one must match (case-insensitive)
    QStringList labels; ///< every one must match (case-insensitive)
    std::optional<bool> optedIn;
    std::optional<bool> isBlocked;

    /// True when the filter matches every contact.
    bool isEmpty() const
    {
        return search.isEmpty() && tags.isEmpty() && labels.isEmpty() && !optedIn && !isBlocked;
    }
    /// The filter as a list request in the given order (page 1, default limit).
    ListQuery toListQuery(SortField sortBy = SortField::CreatedAt,
                          SortOrder sortOrder = SortOrder::Descending) const
    {
        ListQuery query;
        query.search = search;
        query.tags = tags;
        query.labels = labels;
        query.optedIn = optedIn;
        query.isBlocked = isBlocked;
        query.sortBy = sortBy;
        query.sortOrder = sortOrder;
        return query;
    }

    friend bool operator==(const ContactFilter&, const ContactFilter&) = default;
};
