#include "TagIndex.h"

#include "ContactDatabase.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "TransactionTagIds.h"

QString TagIndex::key(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

TagIndex::TagIndex(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<std::optional<TagIndex::Row>> TagIndex::lookup(TagKind kind, const QString& name)
{
    return m_db.firstRow<Row>(
        QStringLiteral("SELECT id, count FROM tags WHERE org_id = ? AND kind = ? AND key = ?"),
        {m_organization, int(kind), key(name)}, [](const SqlRow& row) {
            return Row{row.integer(0), row.integer(1)};
        });
}

ApiResult<qint64> TagIndex::idFor(TagKind kind, const QString& name)
{
    const QPair<int, QString> cacheKey{int(kind), key(name)};
    if (const auto it = m_ids.constFind(cacheKey); it != m_ids.constEnd())
        return *it;
    auto row = lookup(kind, name);
    if (!row)
        return std::unexpected(row.error());
    qint64 id = 0;
    if (*row) {
        id = (*row)->id;
        // A tag no contact carries any more comes back in the spelling it is given now.
        if ((*row)->count == 0) {
            auto respelled =
                m_db.execute(QStringLiteral("UPDATE tags SET name = ? WHERE id = ?"), {name, id});
            if (!respelled)
                return std::unexpected(respelled.error());
        }
    } else {
        auto inserted =
            m_db.insert(QStringLiteral("INSERT INTO tags (org_id, kind, key, name, count)"
                                       " VALUES (?, ?, ?, ?, 0)"),
                        {m_organization, int(kind), cacheKey.second, name});
        if (!inserted)
            return std::unexpected(inserted.error());
        id = *inserted;
    }
    m_ids.insert(cacheKey, id);
    return id;
}

TransactionTagIds* TagIndex::linkedTags()
{
    return SqlTransaction::isOpen(m_db) ? &m_db.transactionTagIds() : nullptr;
}

ApiResult<void> TagIndex::add(qint64 contactRowId, TagKind kind, const QStringList& names)
{
    TransactionTagIds* linked = linkedTags();
    for (const QString& name : names) {
        // A spelling this transaction linked before needs neither folding nor a look-up.
        const QPair<int, QString> spelling{int(kind), name};
        std::optional<qint64> known;
        if (const auto it = m_linkedNames.constFind(spelling); it != m_linkedNames.constEnd())
            known = *it;
        else if (linked)
            known = linked->find(int(kind), name);
        if (!known) {
            auto tagId = idFor(kind, name);
            if (!tagId)
                return std::unexpected(tagId.error());
            known = *tagId;
        }
        m_linkedNames.insert(spelling, *known);
        m_pendingLinks.append(SqlDialect::TagLink{*known, contactRowId});
        ++m_countChanges[*known];
    }
    return {};
}

ApiResult<void> TagIndex::remove(qint64 contactRowId, TagKind kind, const QStringList& names)
{
    for (const QString& name : names) {
        auto tagId = idFor(kind, name);
        if (!tagId)
            return std::unexpected(tagId.error());
        auto unlinked = m_db.executeCounting(
            QStringLiteral("DELETE FROM contact_tags WHERE tag_id = ? AND contact_id = ?"),
            {*tagId, contactRowId});
        if (!unlinked)
            return std::unexpected(unlinked.error());
        if (*unlinked > 0)
            --m_countChanges[*tagId];
        // Its count may reach zero, when the next add() must look it up to respell it.
        if (TransactionTagIds* linked = linkedTags())
            linked->forget(*tagId);
    }
    return {};
}

ApiResult<void> TagIndex::flush()
{
    if (!m_pendingLinks.isEmpty()) {
        if (auto linked = m_db.dialect().linkTags(m_db, m_pendingLinks); !linked)
            return linked;
        m_pendingLinks.clear();
    }
    if (TransactionTagIds* linked = linkedTags()) {
        for (auto it = m_linkedNames.constBegin(); it != m_linkedNames.constEnd(); ++it) {
            // Unlinked again by remove() since: forgotten there, and not kept now.
            if (m_countChanges.value(it.value()) > 0)
                linked->keep(it.key().first, it.key().second, it.value());
        }
    }
    m_linkedNames.clear();
    for (auto it = m_countChanges.constBegin(); it != m_countChanges.constEnd(); ++it) {
        if (it.value() == 0)
            continue;
        auto updated =
            m_db.execute(QStringLiteral("UPDATE tags SET count = count + ? WHERE id = ?"),
                         {it.value(), it.key()});
        if (!updated)
            return std::unexpected(updated.error());
    }
    m_countChanges.clear();
    return {};
}

ApiResult<void> TagIndex::unlinked(qint64 tagId, qint64 contacts)
{
    if (contacts == 0)
        return {};
    if (TransactionTagIds* linked = linkedTags())
        linked->forget(tagId);
    return m_db.execute(QStringLiteral("UPDATE tags SET count = count - ? WHERE id = ?"),
                        {contacts, tagId});
}

ApiResult<QList<TagCount>> TagIndex::counts(TagKind kind)
{
    return m_db.rows<TagCount>(QStringLiteral("SELECT name, count FROM tags"
                                              " WHERE org_id = ? AND kind = ? AND count > 0"
                                              " ORDER BY count DESC, key, name"),
                               {m_organization, int(kind)}, [](const SqlRow& row) {
                                   return TagCount{row.text(0), row.integer(1)};
                               });
}

ApiResult<std::optional<qint64>> TagIndex::find(TagKind kind, const QString& name)
{
    auto row = lookup(kind, name);
    if (!row)
        return std::unexpected(row.error());
    return *row ? std::optional<qint64>((*row)->id) : std::nullopt;
}

ApiResult<qint64> TagIndex::contactCount(TagKind kind, const QString& name)
{
    auto row = lookup(kind, name);
    if (!row)
        return std::unexpected(row.error());
    return *row ? (*row)->count : 0;
}
