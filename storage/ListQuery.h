#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

enum class SortField { CreatedAt, Name, LastMessageAt, UpdatedAt };
enum class SortOrder { Ascending, Descending };
/// The shape of a list's items: the reference's list shape, or (extension) the GET shape.
enum class ListView { List, Full };
/// Whether a surface of the API serves the extensions of contacts-api.md, or only what the
/// hosted service has (contacts-server --without-extensions, for testing sync against it).
enum class ApiExtensions { Served, Withheld };

/// The parameters of a list request (GET /api/whatsapp/contacts), with the extension filters;
/// api/ListQueryReader reads them from a query string.
struct ListQuery {
    static constexpr int defaultLimit = 20;
    static constexpr int maxLimit = 100;

    int page = 1;
    int limit = defaultLimit;
    QString search; ///< as normalizedSearch() makes it; empty matches everything
    SortField sortBy = SortField::CreatedAt;
    SortOrder sortOrder = SortOrder::Descending;
    QStringList tags;   ///< extension: every one must match (case-insensitive)
    QStringList labels; ///< extension: every one must match (case-insensitive)
    std::optional<bool> optedIn;
    std::optional<bool> isBlocked;
    std::optional<QDateTime> updatedSince; ///< extension: inclusive
    /// Extension for sync: with updatedSince, contacts deleted since then are listed too, as
    /// tombstones. A tombstone has no name, tags or flags, so it matches no other filter.
    bool includeDeleted = false;
    ListView view = ListView::List; ///< extension: `view=full` lists items in the GET shape

    /// True when the listing holds tombstones: includeDeleted with updatedSince and no filter
    /// a tombstone cannot match.
    bool listsDeleted() const
    {
        return includeDeleted && updatedSince && search.isEmpty() && tags.isEmpty() &&
               labels.isEmpty() && !optedIn && !isBlocked;
    }

    qint64 offset() const { return qint64(page - 1) * limit; }

    /// A search as typed or sent, made what the listing matches (without its surrounding
    /// white space). The one place a search text is normalized: where a search comes in
    /// (a request's query string, the desktop's search field) and in the listing itself,
    /// for a query built in code.
    static QString normalizedSearch(const QString& text) { return text.trimmed(); }

    /// The longest search, in characters: a name has at most 256 and an email 254, so a longer
    /// term matches nothing, and refusing it keeps a request's cost bounded.
    static constexpr int maxSearchLength = 256;
    /// Whether a normalized search can be run: not too long, and without U+0000, which no
    /// stored text holds (FieldRules) and which full-text query syntax cannot carry.
    static bool isSearchable(const QString& search)
    {
        return search.size() <= 2 * maxSearchLength && !search.contains(QChar::Null) &&
               search.toUcs4().size() <= maxSearchLength;
    }
};
