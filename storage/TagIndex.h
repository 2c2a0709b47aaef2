#pragma once

#include "ApiError.h"
#include "TagCount.h"

#include <QList>
#include <QStringList>

#include <optional>

class ContactDatabase;

/// The tags and labels of one organization and how many contacts carry each, kept in step
/// with every write (inside the writer's transaction), so that the sidebar's counts and the
/// tag filters never scan all contacts. Names match case-insensitively; the first spelling
/// seen is the one shown.
class TagIndex {
public:
    TagIndex(ContactDatabase& db, qint64 organizationRowId);

    ApiResult<void> add(qint64 contactRowId, TagKind kind, const QStringList& names);
    ApiResult<void> remove(qint64 contactRowId, TagKind kind, const QStringList& names);
    /// Tags with at least one contact, most used first, then by name.
    ApiResult<QList<TagCount>> counts(TagKind kind);
    /// The row id of a tag, or nothing when no contact of the organization carries it.
    ApiResult<std::optional<qint64>> find(TagKind kind, const QString& name);
    /// How many contacts carry the tag (0 for an unknown one).
    ApiResult<qint64> contactCount(TagKind kind, const QString& name);

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
