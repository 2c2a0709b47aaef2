#include "TagIndex.h"

#include "ContactDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

ApiError sqlError(const QSqlQuery& query)
{
    return ApiError::internal(query.lastQuery() + QStringLiteral(": ") + query.lastError().text());
}

QString tagKey(const QString& name)
{
    return name.toCaseFolded();
}

} // namespace

TagIndex::TagIndex(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<void> TagIndex::add(qint64 contactRowId, TagKind kind, const QStringList& names)
{
    if (names.isEmpty())
        return {};
    auto upsert = m_db.prepared(QStringLiteral(
        "INSERT INTO tags (org_id, kind, key, name, count) VALUES (:org, :kind, :key, :name, 1)"
        " ON CONFLICT (org_id, kind, key) DO UPDATE SET count = count + 1,"
        " name = CASE WHEN count = 0 THEN excluded.name ELSE name END"
        " RETURNING id"));
    auto link = m_db.prepared(
        QStringLiteral("INSERT INTO contact_tags (tag_id, contact_id) VALUES (:tag, :contact)"));
    if (!upsert)
        return std::unexpected(upsert.error());
    if (!link)
        return std::unexpected(link.error());
    for (const QString& name : names) {
        QSqlQuery& q = **upsert;
        q.bindValue(QStringLiteral(":org"), m_organization);
        q.bindValue(QStringLiteral(":kind"), int(kind));
        q.bindValue(QStringLiteral(":key"), tagKey(name));
        q.bindValue(QStringLiteral(":name"), name);
        if (!q.exec() || !q.next())
            return std::unexpected(sqlError(q));
        const qint64 tagId = q.value(0).toLongLong();
        q.finish();
        QSqlQuery& l = **link;
        l.bindValue(QStringLiteral(":tag"), tagId);
        l.bindValue(QStringLiteral(":contact"), contactRowId);
        if (!l.exec())
            return std::unexpected(sqlError(l));
    }
    return {};
}

ApiResult<void> TagIndex::remove(qint64 contactRowId, TagKind kind, const QStringList& names)
{
    for (const QString& name : names) {
        auto tagId = find(kind, name);
        if (!tagId)
            return std::unexpected(tagId.error());
        if (!*tagId)
            continue;
        auto unlink = m_db.prepared(QStringLiteral(
            "DELETE FROM contact_tags WHERE tag_id = :tag AND contact_id = :contact"));
        if (!unlink)
            return std::unexpected(unlink.error());
        QSqlQuery& u = **unlink;
        u.bindValue(QStringLiteral(":tag"), **tagId);
        u.bindValue(QStringLiteral(":contact"), contactRowId);
        if (!u.exec())
            return std::unexpected(sqlError(u));
        if (u.numRowsAffected() == 0)
            continue;
        auto decrement =
            m_db.prepared(QStringLiteral("UPDATE tags SET count = count - 1 WHERE id = :tag"));
        if (!decrement)
            return std::unexpected(decrement.error());
        (*decrement)->bindValue(QStringLiteral(":tag"), **tagId);
        if (!(*decrement)->exec())
            return std::unexpected(sqlError(**decrement));
    }
    return {};
}

ApiResult<QList<TagCount>> TagIndex::counts(TagKind kind)
{
    auto query = m_db.prepared(QStringLiteral(
        "SELECT name, count FROM tags WHERE org_id = :org AND kind = :kind AND count > 0"
        " ORDER BY count DESC, key, name"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization);
    q.bindValue(QStringLiteral(":kind"), int(kind));
    if (!q.exec())
        return std::unexpected(sqlError(q));
    QList<TagCount> counts;
    while (q.next())
        counts.append(TagCount{q.value(0).toString(), q.value(1).toLongLong()});
    q.finish();
    return counts;
}

ApiResult<qint64> TagIndex::contactCount(TagKind kind, const QString& name)
{
    auto query = m_db.prepared(QStringLiteral(
        "SELECT count FROM tags WHERE org_id = :org AND kind = :kind AND key = :key"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization);
    q.bindValue(QStringLiteral(":kind"), int(kind));
    q.bindValue(QStringLiteral(":key"), tagKey(name.trimmed()));
    if (!q.exec())
        return std::unexpected(sqlError(q));
    const qint64 count = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return count;
}

ApiResult<std::optional<qint64>> TagIndex::find(TagKind kind, const QString& name)
{
    auto query = m_db.prepared(
        QStringLiteral("SELECT id FROM tags WHERE org_id = :org AND kind = :kind AND key = :key"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization);
    q.bindValue(QStringLiteral(":kind"), int(kind));
    q.bindValue(QStringLiteral(":key"), tagKey(name.trimmed()));
    if (!q.exec())
        return std::unexpected(sqlError(q));
    std::optional<qint64> id;
    if (q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}
