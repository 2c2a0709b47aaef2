#include "ContactListing.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "ContactRows.h"
#include "ListingAnchors.h"
#include "SqlDialect.h"
#include "TagIndex.h"
#include "TextFold.h"
#include "Timestamps.h"

#include <QList>

namespace {

struct SortSpec {
    QString column;
    bool nullable = false;
    QString index;     ///< walks the rows that have a value
    QString nullIndex; ///< walks the rows that do not, by uid
};

SortSpec sortSpec(SortField field)
{
    switch (field) {
    case SortField::CreatedAt:
        return {QStringLiteral("c.created_at"), false, QStringLiteral("contacts_created"), {}};
    case SortField::UpdatedAt:
        return {QStringLiteral("c.updated_at"), false, QStringLiteral("contacts_updated"), {}};
    case SortField::Name:
        return {QStringLiteral("c.name_key"), true, QStringLiteral("contacts_name"),
                QStringLiteral("contacts_name")};
    case SortField::LastMessageAt:
        return {QStringLiteral("c.last_message_at"), true, QStringLiteral("contacts_last_message"),
                QStringLiteral("contacts_uid")};
    }
    return {};
}

} // namespace

ContactListing::ContactListing(ContactDatabase& db, qint64 organizationRowId, ListQuery query)
    : ContactListing(db, organizationRowId, std::move(query), FullTextMatches{})
{}

ContactListing::ContactListing(ContactDatabase& db, qint64 organizationRowId, ListQuery query,
                               FullTextMatches matches)
    : m_db(db), m_organization(organizationRowId), m_query(std::move(query)), m_matches(matches)
{}

const QVariantList& ContactListing::Condition::setBindings()
{
    if (idsSql.isEmpty())
        return rowBindings;
    if (listed && idsBindings.isEmpty())
        idsBindings = {ContactRows::jsonIds(*listed)};
    return idsBindings;
}

ApiResult<ContactListing::Conditions*> ContactListing::conditions()
{
    if (m_conditions)
        return &*m_conditions;
    const ListQuery& query = m_query;
    Conditions out;
    TagIndex tagIndex(m_db, m_organization);
    const auto addTags = [&](const QStringList& names, TagKind kind) -> ApiResult<void> {
        for (const QString& name : names) {
            auto tagId = tagIndex.find(kind, name);
            if (!tagId)
                return std::unexpected(tagId.error());
            if (!*tagId) {
                out.matchesNothing = true;
                continue;
            }
            out.list.append(
                Condition{QStringLiteral("SELECT contact_id FROM contact_tags WHERE tag_id = ?"),
                          {**tagId},
                          QStringLiteral("EXISTS (SELECT 1 FROM contact_tags"
                                         " WHERE tag_id = ? AND contact_id = c.id)"),
                          {**tagId},
                          {}});
        }
        return {};
    };
    if (auto added = addTags(query.tags, TagKind::Tag); !added)
        return std::unexpected(added.error());
    if (auto added = addTags(query.labels, TagKind::Label); !added)
        return std::unexpected(added.error());
    out.singleTagOnly = query.tags.size() + query.labels.size() == 1;

    const auto addColumn = [&](const QString& test, const QVariant& value) {
        out.list.append(Condition{{}, {}, test, {value}, {}});
        out.singleTagOnly = false;
    };
    if (query.optedIn)
        addColumn(QStringLiteral("c.opted_in = ?"), int(*query.optedIn));
    if (query.isBlocked)
        addColumn(QStringLiteral("c.is_blocked = ?"), int(*query.isBlocked));
    if (query.updatedSince)
        addColumn(QStringLiteral("c.updated_at >= ?"), query.updatedSince->toMSecsSinceEpoch());

    // A term no stored text can hold matches nothing, and is never handed to the database.
    const QString typed = ListQuery::normalizedSearch(query.search);
    if (!ListQuery::isSearchable(typed))
        out.matchesNothing = true;
    const QString term = out.matchesNothing ? QString() : TextFold::fold(typed);
    if (!term.isEmpty()) {
        out.searchOnly = out.list.isEmpty() && !out.matchesNothing;
        out.singleTagOnly = false;
        const SqlDialect& dialect = m_db.dialect();
        const QString allDigits = TextFold::digits(term);
        const QString digits = allDigits.size() >= 3 ? allDigits : QStringLiteral("");
        const QVariantList scanBindings = {term, term, digits, digits};
        Condition search;
        // The trigram index answers terms of 3 characters or more; shorter ones are scanned.
        if (term.toUcs4().size() >= 3) {
            search.idsSql = dialect.searchMatchSql();
            search.idsBindings = dialect.searchMatchBindings(term, digits);
            if (auto read = readFullTextMatches(search, out); !read)
                return std::unexpected(read.error());
        } else {
            search.idsSql = dialect.searchScanSql();
            search.idsBindings = scanBindings;
        }
        search.rowSql = dialect.searchRowCondition();
        search.rowBindings = scanBindings;
        out.list.append(search);
    }
    m_conditions = std::move(out);
    return &*m_conditions;
}

ApiResult<void> ContactListing::readFullTextMatches(Condition& search, Conditions& out)
{
    // The count, each stretch and the order would each run the full-text query (most of a
    // search's time): run it once, and hand them its matches as a list.
    QList<qint64> kept;
    qint64 found = 0;
    if (m_matches.countPastKept) {
        auto list =
            m_db.firstRow<QByteArray>(m_db.dialect().searchMatchListSql(), search.idsBindings,
                                      [](const SqlRow& row) { return row.bytes(0); });
        if (!list)
            return std::unexpected(list.error());
        // Decimal ids separated by commas: the first `kept` are kept, the rest counted.
        const QByteArray text = list->value_or(QByteArray());
        qint64 id = 0;
        bool inNumber = false;
        for (const char c : text) {
            if (c >= '0' && c <= '9') {
                id = id * 10 + (c - '0');
                inNumber = true;
            } else if (inNumber) {
                if (found++ < m_matches.kept)
                    kept.append(id);
                id = 0;
                inNumber = false;
            }
        }
        if (inNumber && found++ < m_matches.kept)
            kept.append(id);
        out.fullTextMatches = found;
    } else {
        auto read = m_db.integers(search.idsSql + QStringLiteral(" LIMIT ?"),
                                  search.idsBindings + QVariantList{m_matches.kept + 1});
        if (!read)
            return std::unexpected(read.error());
        kept = std::move(*read);
        found = kept.size();
        if (found <= m_matches.kept)
            out.fullTextMatches = found;
    }
    if (found <= m_matches.kept) {
        search.idsSql = m_db.dialect().idListSql();
        search.idsBindings.clear();
        search.listed = std::move(kept);
    }
    return {};
}

ApiResult<qint64> ContactListing::count()
{
    if (!m_query.listsDeleted())
        return liveCount();
    auto live = liveCount();
    if (!live)
        return live;
    auto deleted = m_db.scalar(QStringLiteral("SELECT count(*) FROM deleted_contacts"
                                              " WHERE org_id = ? AND deleted_at >= ?"),
                               {m_organization, m_query.updatedSince->toMSecsSinceEpoch()});
    if (!deleted)
        return deleted;
    return *live + *deleted;
}

ApiResult<QList<ContactListing::Entry>> ContactListing::pageEntries(qint64 total)
{
    QList<Entry> entries;
    if (!m_query.listsDeleted()) {
        auto ids = rowIds(m_query.offset(), m_query.limit, total);
        if (!ids)
            return std::unexpected(ids.error());
        for (const qint64 id : *ids)
            entries.append(Entry{id, false});
        return entries;
    }
    // Sync asks for small increments (a recent updatedSince): one query over both tables.
    const QString direction = m_query.sortOrder == SortOrder::Ascending ? QStringLiteral(" ASC")
                                                                        : QStringLiteral(" DESC");
    // Contacts by the sort's value (s), tombstones by their deletion time (t): two columns, as
    // a name and a time are not one type to PostgreSQL. By update time the two interleave.
    const bool byUpdate = m_query.sortBy == SortField::UpdatedAt;
    const QString order =
        byUpdate ? QStringLiteral("s") + direction + QStringLiteral(", u") + direction
                 : QStringLiteral("k, s IS NULL, s") + direction + QStringLiteral(", t") +
                       direction + QStringLiteral(", u") + direction;
    const qint64 since = m_query.updatedSince->toMSecsSinceEpoch();
    auto read = m_db.forEachRow(
        QStringLiteral("SELECT k, r FROM ("
                       "SELECT 0 AS k, c.id AS r, ") +
            sortSpec(m_query.sortBy).column +
            QStringLiteral(" AS s, NULL AS t, c.uid AS u FROM contacts c"
                           " WHERE c.org_id = ? AND c.updated_at >= ?"
                           " UNION ALL SELECT 1, d.id, ") +
            (byUpdate ? QStringLiteral("d.deleted_at, NULL")
                      : QStringLiteral("NULL, d.deleted_at")) +
            QStringLiteral(", d.uid FROM deleted_contacts d"
                           " WHERE d.org_id = ? AND d.deleted_at >= ?) AS merged"
                           " ORDER BY ") +
            order + QStringLiteral(" LIMIT ? OFFSET ?"),
        {m_organization, since, m_organization, since, m_query.limit, m_query.offset()},
        [&entries](const SqlRow& row) {
            entries.append(Entry{row.integer(1), row.integer(0) == 1});
            return true;
        });
    if (!read)
        return std::unexpected(read.error());
    Q_UNUSED(total);
    return entries;
}

ApiResult<DeletedContact> ContactListing::deletedContact(qint64 rowId)
{
    auto deleted = m_db.firstRow<DeletedContact>(
        QStringLiteral("SELECT uid, phone, deleted_at, merged_into FROM deleted_contacts"
                       " WHERE id = ?"),
        {rowId}, [](const SqlRow& row) {
            return DeletedContact{
                ContactIds::contactId(row.bytes(0)), row.text(1),
                Timestamps::fromMsecs(row.integer(2)),
                row.isNull(3) ? std::nullopt
                              : std::optional<QString>(ContactIds::contactId(row.bytes(3)))};
        });
    if (!deleted)
        return std::unexpected(deleted.error());
    if (!*deleted)
        return std::unexpected(
            ApiError::internal(QStringLiteral("tombstone %1 vanished").arg(rowId)));
    return std::move(**deleted);
}

ApiResult<qint64> ContactListing::liveCount()
{
    const ListQuery& query = m_query;
    auto conds = conditions();
    if (!conds)
        return std::unexpected(conds.error());
    if ((*conds)->matchesNothing)
        return 0;
    if ((*conds)->list.isEmpty())
        return organizationSize();
    if ((*conds)->singleTagOnly) {
        TagIndex tagIndex(m_db, m_organization);
        return query.tags.isEmpty() ? tagIndex.contactCount(TagKind::Label, query.labels.first())
                                    : tagIndex.contactCount(TagKind::Tag, query.tags.first());
    }
    if ((*conds)->searchOnly) {
        // With one organization in the database every search hit is ours: count the
        // full-text matches alone, without looking up each contact.
        auto one = m_db.holdsOneOrganization();
        if (!one)
            return std::unexpected(one.error());
        if (*one) {
            if ((*conds)->fullTextMatches)
                return *(*conds)->fullTextMatches;
            Condition& search = (*conds)->list.first();
            return m_db.scalar(QStringLiteral("SELECT count(*) FROM (") + search.idsSql +
                                   QStringLiteral(") AS matches"),
                               search.setBindings());
        }
    }
    return countWhere({}, **conds);
}

ApiResult<qint64> ContactListing::countWhere(const QString& extraCondition, Conditions& conditions)
{
    // With a set of ids to test (search matches, a tag's contacts), SQLite would rather walk
    // the organization's whole index and probe the set at each row (1.9 s for 7 search matches
    // at 1M once a second organization exists); `+org_id` has it look the set's ids up instead.
    const bool fromSet = std::any_of(conditions.list.begin(), conditions.list.end(),
                                     [](const Condition& c) { return !c.idsSql.isEmpty(); });
    QString sql = (fromSet ? QStringLiteral("SELECT count(*) FROM contacts c WHERE +c.org_id = ?")
                           : QStringLiteral("SELECT count(*) FROM contacts c WHERE c.org_id = ?")) +
                  extraCondition;
    QVariantList bindings = {m_organization};
    for (Condition& condition : conditions.list) {
        sql += QStringLiteral(" AND ") + condition.setSql();
        bindings += condition.setBindings();
    }
    return m_db.scalar(sql, bindings);
}

ApiResult<ListWindow> ContactListing::window(qint64 offset, qint64 rows,
                                             std::optional<qint64> total)
{
    if (!total) {
        auto counted = count();
        if (!counted)
            return std::unexpected(counted.error());
        total = *counted;
    }
    auto ids = rowIds(offset, rows, *total);
    if (!ids)
        return std::unexpected(ids.error());
    return ListWindow{*total, std::move(*ids)};
}

ApiResult<QList<qint64>> ContactListing::rowIds(qint64 offset, qint64 count, qint64 total)
{
    const ListQuery& query = m_query;
    if (total == 0 || offset >= total || count <= 0)
        return QList<qint64>{};
    auto conds = conditions();
    if (!conds)
        return std::unexpected(conds.error());
    if ((*conds)->matchesNothing)
        return QList<qint64>{};

    // Walking the sort index visits about (offset + limit) * size / total rows, each tested
    // on its own; collecting the matches costs about one step per match plus a sort.
    bool walk = (*conds)->list.isEmpty();
    if (!walk) {
        auto size = organizationSize();
        if (!size)
            return std::unexpected(size.error());
        const double visited = double(offset + count) * double(*size) / double(total);
        walk = visited * 2 < double(total);
    }

    QString filter;
    QVariantList filterBindings;
    for (Condition& condition : (*conds)->list) {
        filter += QStringLiteral(" AND ") + (walk ? condition.rowSql : condition.setSql());
        filterBindings += walk ? condition.rowBindings : condition.setBindings();
    }

    // The order is a list of segments: the rows that have a sort value, then (for a nullable
    // key) those that do not, by id. Past the middle the page is read from the far end in
    // the reverse order, so no page walks more than half the matches.
    const SortSpec sort = sortSpec(query.sortBy);
    const bool reverse = offset > total / 2;
    const bool ascending = (query.sortOrder == SortOrder::Ascending) != reverse;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QList<Segment> segments = {
        {sort.index,
         sort.nullable ? QStringLiteral(" AND ") + sort.column + QStringLiteral(" IS NOT NULL")
                       : QString(),
         sort.column + direction + QStringLiteral(", c.uid") + direction, sort.column, false,
         ascending}};
    if (sort.nullable) {
        segments.append({sort.nullIndex,
                         QStringLiteral(" AND ") + sort.column + QStringLiteral(" IS NULL"),
                         QStringLiteral("c.uid") + direction, QString(), true, ascending});
    }
    if (reverse)
        std::reverse(segments.begin(), segments.end());

    // Deep in an unfiltered order, a read starts from the nearest anchor instead of walking
    // the sort index from the end (ListingAnchors).
    const bool anchorable = walk && (*conds)->list.isEmpty();
    std::optional<bool> anchored;
    const qint64 wanted = std::min<qint64>(count, total - offset);
    qint64 skip = reverse ? total - offset - wanted : offset;
    QList<qint64> page;
    for (qsizetype i = 0; i < segments.size() && page.size() < wanted; ++i) {
        const Segment& segment = segments.at(i);
        if (anchorable && !anchored && skip >= ListingAnchors::spacing) {
            auto usable = anchorsUsable();
            if (!usable)
                return std::unexpected(usable.error());
            anchored = *usable;
        }
        std::optional<QList<qint64>> found;
        if (anchored.value_or(false) && skip >= ListingAnchors::spacing) {
            auto read = anchoredIds(segment, wanted - page.size(), skip);
            if (!read)
                return std::unexpected(read.error());
            found = std::move(*read);
        }
        if (!found) {
            // Index-only plans: walking, the sort index; collecting, the matched ids
            // themselves (`+org_id` keeps SQLite from walking an org_id index to test every
            // row instead).
            const QString sql = QStringLiteral("SELECT c.id FROM contacts c") +
                                (walk ? m_db.dialect().indexHint(segment.index) +
                                            QStringLiteral(" WHERE c.org_id = ?")
                                      : QStringLiteral(" WHERE +c.org_id = ?")) +
                                segment.condition + filter + QStringLiteral(" ORDER BY ") +
                                segment.order + QStringLiteral(" LIMIT ? OFFSET ?");
            auto read = m_db.integers(sql, QVariantList{m_organization} + filterBindings +
                                               QVariantList{wanted - page.size(), skip});
            if (!read)
                return read;
            found = std::move(*read);
        }
        if (!found->isEmpty()) {
            skip = 0;
        } else if (skip > 0 && i + 1 < segments.size()) {
            // The whole page lies in a later segment: skip this one's rows there.
            auto size = anchored.value_or(false) ? segmentSize(segment, **conds)
                                                 : countWhere(segment.condition, **conds);
            if (!size)
                return std::unexpected(size.error());
            skip = std::max<qint64>(0, skip - *size);
        }
        page += *found;
    }
    if (reverse)
        std::reverse(page.begin(), page.end());
    return page;
}

ApiResult<bool> ContactListing::anchorsUsable()
{
    auto version = m_db.dialect().dataVersion(m_db);
    if (!version)
        return std::unexpected(version.error());
    return m_db.listingAnchors().follow(*version);
}

ApiResult<std::optional<QList<qint64>>> ContactListing::anchoredIds(const Segment& segment,
                                                                    qint64 rows, qint64 skip)
{
    // The entries after an anchor, in the segment's direction: by (key, uid) as the sort
    // index holds them, or by uid alone among the nulls.
    const QString after = segment.ascending ? QStringLiteral(" > ") : QStringLiteral(" < ");
    const QString afterAnchor = segment.nulls ? QStringLiteral(" AND c.uid") + after + u'?'
                                              : QStringLiteral(" AND (") + segment.key +
                                                    QStringLiteral(", c.uid)") + after +
                                                    QStringLiteral("(?, ?)");
    const auto anchorBindings = [&segment](const ListingAnchors::Anchor& anchor) {
        return segment.nulls ? QVariantList{anchor.uid} : QVariantList{anchor.key, anchor.uid};
    };
    const QString from = QStringLiteral(" FROM contacts c") +
                         m_db.dialect().indexHint(segment.index) +
                         QStringLiteral(" WHERE c.org_id = ?") + segment.condition;
    const QString tail =
        QStringLiteral(" ORDER BY ") + segment.order + QStringLiteral(" LIMIT ? OFFSET ?");

    ListingAnchors& anchors = m_db.listingAnchors();
    ListingAnchors::Chain& chain =
        anchors.chain({m_organization, int(m_query.sortBy), segment.nulls, segment.ascending});
    // Anchor i is the entry of rank (i + 1) * spacing - 1: the read starts after anchor
    // `needed - 1`, the last one before `skip`.
    const qint64 needed = skip / ListingAnchors::spacing;
    const QString anchorSql = QStringLiteral("SELECT ") +
                              (segment.nulls ? QStringLiteral("NULL") : segment.key) +
                              QStringLiteral(", c.uid") + from;
    while (chain.anchors.size() < needed && !chain.complete) {
        const bool first = chain.anchors.isEmpty();
        QVariantList bindings = {m_organization};
        if (!first)
            bindings += anchorBindings(chain.anchors.last());
        bindings += QVariantList{1, ListingAnchors::spacing - 1};
        auto next = m_db.firstRow<ListingAnchors::Anchor>(
            anchorSql + (first ? QString() : afterAnchor) + tail, bindings, [](const SqlRow& row) {
                return ListingAnchors::Anchor{row.value(0), row.bytes(1)};
            });
        if (!next)
            return std::unexpected(next.error());
        if (*next)
            chain.anchors.append(std::move(**next));
        else
            chain.complete = true;
    }
    if (chain.anchors.size() < needed)
        return std::optional<QList<qint64>>(QList<qint64>{}); // the segment ends before `skip`
    auto found =
        m_db.integers(QStringLiteral("SELECT c.id") + from + afterAnchor + tail,
                      QVariantList{m_organization} + anchorBindings(chain.anchors.at(needed - 1)) +
                          QVariantList{rows, skip - needed * ListingAnchors::spacing});
    if (!found)
        return std::unexpected(found.error());
    return std::optional<QList<qint64>>(std::move(*found));
}

ApiResult<qint64> ContactListing::segmentSize(const Segment& segment, Conditions& conditions)
{
    std::optional<qint64>& size = m_db.listingAnchors().size(
        {m_organization, int(m_query.sortBy), segment.nulls, segment.ascending});
    if (!size) {
        auto counted = countWhere(segment.condition, conditions);
        if (!counted)
            return counted;
        size = *counted;
    }
    return *size;
}

ApiResult<qint64> ContactListing::organizationSize()
{
    // Read once: every stretch's plan choice needs it, and a listing's reads share a snapshot.
    if (!m_organizationSize) {
        auto size =
            m_db.scalar(QStringLiteral("SELECT contact_count FROM organizations WHERE id = ?"),
                        {m_organization});
        if (!size)
            return size;
        m_organizationSize = *size;
    }
    return *m_organizationSize;
}
