#include "ContactListing.h"

#include "ContactDatabase.h"
#include "SqlDialect.h"
#include "TagIndex.h"
#include "TextFold.h"
#include "Timestamps.h"

#include <QList>
#include <QSqlError>
#include <QSqlQuery>

namespace {

using Bindings = QList<std::pair<QString, QVariant>>;

struct SortSpec {
    QString column;
    bool nullable = false;
    QString index;     ///< sort index of the rows that have a value
    QString nullIndex; ///< sort index of the rows that do not
};

SortSpec sortSpec(SortField field)
{
    switch (field) {
    case SortField::CreatedAt:
        return {QStringLiteral("c.created_at"), false, QStringLiteral("contacts_created"), {}};
    case SortField::UpdatedAt:
        return {QStringLiteral("c.updated_at"), false, QStringLiteral("contacts_updated"), {}};
    case SortField::Name:
        return {QStringLiteral("c.name_key"), true, QStringLiteral("contacts_named"),
                QStringLiteral("contacts_unnamed")};
    case SortField::LastMessageAt:
        return {QStringLiteral("c.last_message_at"), true, QStringLiteral("contacts_messaged"),
                QStringLiteral("contacts_unmessaged")};
    }
    return {};
}

qsizetype characters(const QString& text)
{
    return text.toUcs4().size();
}

} // namespace

ContactListing::ContactListing(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<ContactListing::Conditions> ContactListing::conditions(const ListQuery& query)
{
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
            const QString n = QString::number(out.list.size());
            out.list.append(Condition{
                QStringLiteral(
                    "c.id IN (SELECT contact_id FROM contact_tags WHERE tag_id = :tag_set%1)")
                    .arg(n),
                QStringLiteral("EXISTS (SELECT 1 FROM contact_tags WHERE tag_id = :tag_row%1"
                               " AND contact_id = c.id)")
                    .arg(n),
                {{QStringLiteral(":tag_set") + n, **tagId}},
                {{QStringLiteral(":tag_row") + n, **tagId}}});
        }
        return {};
    };
    if (auto added = addTags(query.tags, TagKind::Tag); !added)
        return std::unexpected(added.error());
    if (auto added = addTags(query.labels, TagKind::Label); !added)
        return std::unexpected(added.error());
    out.singleTagOnly = query.tags.size() + query.labels.size() == 1;

    const auto addColumn = [&](const QString& column, const QString& op, const QVariant& value) {
        const QString name = QStringLiteral(":value") + QString::number(out.list.size());
        const QString sql = column + op + name;
        out.list.append(Condition{sql, sql, {{name, value}}, {{name, value}}});
        out.singleTagOnly = false;
    };
    if (query.optedIn)
        addColumn(QStringLiteral("c.opted_in"), QStringLiteral(" = "), int(*query.optedIn));
    if (query.isBlocked)
        addColumn(QStringLiteral("c.is_blocked"), QStringLiteral(" = "), int(*query.isBlocked));
    if (query.updatedSince)
        addColumn(QStringLiteral("c.updated_at"), QStringLiteral(" >= "),
                  query.updatedSince->toMSecsSinceEpoch());

    const QString term = TextFold::fold(query.search.trimmed());
    if (!term.isEmpty()) {
        out.searchOnly = out.list.isEmpty() && !out.matchesNothing;
        out.singleTagOnly = false;
        const SqlDialect& dialect = m_db.dialect();
        const QString allDigits = TextFold::digits(term);
        const QString digits = allDigits.size() >= 3 ? allDigits : QString();
        Condition search;
        if (characters(term) >= 3) {
            search.setSql = QStringLiteral("c.id IN (") + dialect.searchMatchSql() + u')';
            search.setBindings = {
                {QStringLiteral(":match"), dialect.searchMatchExpression(term, digits)}};
        } else {
            search.setSql = QStringLiteral("c.id IN (") + dialect.searchScanSql() + u')';
            search.setBindings = {{QStringLiteral(":scan_term1"), term},
                                  {QStringLiteral(":scan_term2"), term},
                                  {QStringLiteral(":scan_digits1"), digits},
                                  {QStringLiteral(":scan_digits2"), digits}};
        }
        search.rowSql = dialect.searchRowCondition();
        search.rowBindings = {{QStringLiteral(":row_term1"), term},
                              {QStringLiteral(":row_term2"), term},
                              {QStringLiteral(":row_digits1"), digits},
                              {QStringLiteral(":row_digits2"), digits}};
        out.list.append(search);
    }
    return out;
}

ApiResult<qint64> ContactListing::count(const ListQuery& query)
{
    auto conds = conditions(query);
    if (!conds)
        return std::unexpected(conds.error());
    if (conds->matchesNothing)
        return 0;
    if (conds->list.isEmpty())
        return organizationSize();
    if (conds->singleTagOnly) {
        TagIndex tagIndex(m_db, m_organization);
        return query.tags.isEmpty() ? tagIndex.contactCount(TagKind::Label, query.labels.first())
                                    : tagIndex.contactCount(TagKind::Tag, query.tags.first());
    }
    if (conds->searchOnly) {
        // With one organization in the database every search hit is ours: count the
        // full-text matches alone, without looking up each contact.
        auto one = m_db.holdsOneOrganization();
        if (!one)
            return std::unexpected(one.error());
        if (*one) {
            const Condition& search = conds->list.first();
            const QString inner = search.setSql.mid(QStringLiteral("c.id IN (").size()).chopped(1);
            return scalar(QStringLiteral("SELECT count(*) FROM (") + inner + u')',
                          search.setBindings);
        }
    }
    QString sql = QStringLiteral("SELECT count(*) FROM contacts c WHERE c.org_id = :org");
    Bindings bindings = {{QStringLiteral(":org"), m_organization}};
    for (const Condition& condition : conds->list) {
        sql += QStringLiteral(" AND ") + condition.setSql;
        bindings += condition.setBindings;
    }
    return scalar(sql, bindings);
}

ApiResult<QList<qint64>> ContactListing::pageIds(const ListQuery& query, qint64 total)
{
    const qint64 offset = query.offset();
    if (total == 0 || offset >= total)
        return QList<qint64>{};
    auto conds = conditions(query);
    if (!conds)
        return std::unexpected(conds.error());
    if (conds->matchesNothing)
        return QList<qint64>{};

    // Walking the sort index visits about (offset + limit) * size / total rows, each tested
    // on its own; collecting the matches costs about one step per match plus a sort.
    bool walk = conds->list.isEmpty();
    if (!walk) {
        auto size = organizationSize();
        if (!size)
            return std::unexpected(size.error());
        const double visited = double(offset + query.limit) * double(*size) / double(total);
        walk = visited * 2 < double(total);
    }

    const SortSpec sort = sortSpec(query.sortBy);
    const QString direction =
        query.sortOrder == SortOrder::Ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
    QString filter;
    Bindings bindings = {{QStringLiteral(":org"), m_organization}};
    for (const Condition& condition : conds->list) {
        filter += QStringLiteral(" AND ") + (walk ? condition.rowSql : condition.setSql);
        bindings += walk ? condition.rowBindings : condition.setBindings;
    }
    const auto segment = [&](const QString& index, const QString& segmentCondition,
                             const QString& order, qint64 segmentOffset, qint64 limit) {
        const QString sql = QStringLiteral("SELECT c.id FROM contacts c") +
                            (walk ? QStringLiteral(" INDEXED BY ") + index : QString()) +
                            QStringLiteral(" WHERE c.org_id = :org") + segmentCondition + filter +
                            QStringLiteral(" ORDER BY ") + order +
                            QStringLiteral(" LIMIT :limit OFFSET :offset");
        Bindings all = bindings;
        all.append({QStringLiteral(":limit"), limit});
        all.append({QStringLiteral(":offset"), segmentOffset});
        return ids(sql, all);
    };

    const QString valueOrder =
        sort.column + u' ' + direction + QStringLiteral(", c.uid ") + direction;
    if (!sort.nullable)
        return segment(sort.index, {}, valueOrder, offset, query.limit);

    // Nulls sort last in both directions: the rows with a value first, then the others by id.
    auto page =
        segment(sort.index, QStringLiteral(" AND ") + sort.column + QStringLiteral(" IS NOT NULL"),
                valueOrder, offset, query.limit);
    if (!page || page->size() == query.limit)
        return page;
    qint64 valued = offset + page->size();
    if (page->isEmpty()) {
        QString sql = QStringLiteral("SELECT count(*) FROM contacts c WHERE c.org_id = :org AND ") +
                      sort.column + QStringLiteral(" IS NOT NULL");
        Bindings countBindings = {{QStringLiteral(":org"), m_organization}};
        for (const Condition& condition : conds->list) {
            sql += QStringLiteral(" AND ") + condition.setSql;
            countBindings += condition.setBindings;
        }
        auto counted = scalar(sql, countBindings);
        if (!counted)
            return std::unexpected(counted.error());
        valued = *counted;
    }
    auto rest =
        segment(sort.nullIndex, QStringLiteral(" AND ") + sort.column + QStringLiteral(" IS NULL"),
                QStringLiteral("c.uid ") + direction, std::max<qint64>(0, offset - valued),
                query.limit - page->size());
    if (!rest)
        return rest;
    return *page + *rest;
}

ApiResult<qint64> ContactListing::organizationSize()
{
    return scalar(QStringLiteral("SELECT contact_count FROM organizations WHERE id = :org"),
                  {{QStringLiteral(":org"), m_organization}});
}

ApiResult<qint64> ContactListing::scalar(const QString& sql, const Bindings& bindings)
{
    auto query = m_db.prepared(sql);
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    for (const auto& [name, value] : bindings)
        q.bindValue(name, value);
    if (!q.exec())
        return std::unexpected(
            ApiError::internal(sql + QStringLiteral(": ") + q.lastError().text()));
    const qint64 value = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return value;
}

ApiResult<QList<qint64>> ContactListing::ids(const QString& sql, const Bindings& bindings)
{
    auto query = m_db.prepared(sql);
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    for (const auto& [name, value] : bindings)
        q.bindValue(name, value);
    if (!q.exec())
        return std::unexpected(
            ApiError::internal(sql + QStringLiteral(": ") + q.lastError().text()));
    QList<qint64> out;
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}
