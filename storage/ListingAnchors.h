#pragma once

#include "SqlDialect.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QVariant>

#include <optional>

/// Where the deep stretches of an organization's unfiltered sort orders begin: the sort key and
/// uid of every `spacing`-th entry of each order, so that a read at offset N seeks its nearest
/// anchor by key and skips fewer than `spacing` entries, instead of walking N of them. Built
/// lazily, only as far as reads have gone. Kept per connection (ContactDatabase) and valid
/// while the connection's data version (SqlDialect::dataVersion) stays the same: any other
/// version drops every anchor. Bounded: a few organizations, about 100 bytes per anchor.
/// Not thread-safe: it belongs to its connection's thread.
class ListingAnchors {
public:
    /// Entries between two anchors: at most this many less one are skipped by a read.
    static constexpr qint64 spacing = 2048;
    /// Organizations whose anchors are kept at once; one more drops them all.
    static constexpr int maxOrganizations = 4;

    struct Anchor {
        QVariant key;   ///< the sort column's value; none in the segment of null values
        QByteArray uid; ///< the tie-break
    };
    /// One segment of a sort order (the rows with a value, or the nulls) walked in one
    /// direction: anchor i is its entry of rank (i + 1) * spacing - 1 in that direction.
    struct Chain {
        QList<Anchor> anchors;
        bool complete = false; ///< no entry follows the last anchor's next `spacing - 1`
    };
    /// Which chain: a segment of one sort of one organization, in one direction.
    struct Segment {
        qint64 organization = 0;
        int sort = 0;
        bool nulls = false;
        bool ascending = true;
    };

    /// Whether anchors may be used and kept at `version`: nothing when the backend gives no
    /// version (then every anchor is dropped). Drops every anchor when it differs from theirs.
    bool follow(const std::optional<SqlDialect::DataVersion>& version);
    /// The segment's chain, empty when new.
    Chain& chain(const Segment& segment);
    /// The segment's number of rows, when known (either direction's).
    std::optional<qint64>& size(const Segment& segment);

private:
    struct Organization {
        QHash<int, Chain> chains; ///< by chainKey()
        QHash<int, std::optional<qint64>> sizes;
    };
    Organization& organization(qint64 rowId);

    std::optional<SqlDialect::DataVersion> m_version;
    QHash<qint64, Organization> m_organizations;
};
