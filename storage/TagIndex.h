#pragma once

#include "ApiError.h"
#include "SqlDialect.h"
#include "TagCount.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QStringList>

#include <optional>

class ContactDatabase;
class TransactionTagIds;

/// The tags and labels of one organization and how many contacts carry each, kept in step
/// with every write (inside the writer's transaction), so that the sidebar's counts and the
/// tag filters never scan all contacts. Names match case-insensitively; the first spelling
/// seen is the one shown. One TagIndex serves one transaction: it caches tag ids, gathers the
/// new links and sums count changes, which flush() writes before the commit. The ids of tags
/// it linked stay with the connection until its transaction ends (TransactionTagIds), for the
/// next TagIndex of that transaction.
class TagIndex {
public:
    TagIndex(ContactDatabase& db, qint64 organizationRowId);

    ApiResult<void> add(qint64 contactRowId, TagKind kind, const QStringList& names);
    ApiResult<void> remove(qint64 contactRowId, TagKind kind, const QStringList& names);
    /// Writes the links of add() and the count changes of both; call it before committing.
    ApiResult<void> flush();
    /// Takes `contacts` whose links to the tag the caller deleted off the tag's count.
    ApiResult<void> unlinked(qint64 tagId, qint64 contacts);

    /// Tags with at least one contact, most used first, then by name.
    ApiResult<QList<TagCount>> counts(TagKind kind);
    /// The row id of a tag, or nothing when the organization never had it.
    ApiResult<std::optional<qint64>> find(TagKind kind, const QString& name);
    /// How many contacts carry the tag (0 for an unknown one).
    ApiResult<qint64> contactCount(TagKind kind, const QString& name);

    /// What two spellings of one tag have in common (`VIP`, ` vip `).
    static QString key(const QString& name);

private:
    struct Row {
        qint64 id = 0;
        qint64 count = 0;
    };
    ApiResult<std::optional<Row>> lookup(TagKind kind, const QString& name);
    /// The tag's id, adding the tag (with the given spelling) when it is new.
    ApiResult<qint64> idFor(TagKind kind, const QString& name);
    /// The connection's ids of linked tags while a transaction is open, else null: outside
    /// one nothing would ever empty them.
    TransactionTagIds* linkedTags();

    ContactDatabase& m_db;
    qint64 m_organization;
    QHash<QPair<int, QString>, qint64> m_ids;
    QHash<qint64, qint64> m_countChanges;
    QList<SqlDialect::TagLink> m_pendingLinks;
    /// The spellings add() linked and their ids, kept for the transaction once written.
    QHash<QPair<int, QString>, qint64> m_linkedNames;
};
