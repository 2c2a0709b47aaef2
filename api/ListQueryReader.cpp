#include "ListQueryReader.h"

#include "Timestamps.h"

namespace {

// A positive whole number, written plainly ("2", not "2.0", "+2" or " 2").
std::optional<qint64> positiveInteger(const QString& text)
{
    if (text.isEmpty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return std::nullopt;
    const qint64 value = text.toLongLong();
    if (value < 1)
        return std::nullopt;
    return value;
}

std::optional<bool> flag(const QString& text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

} // namespace

QString ListQueryReader::sortFieldName(SortField field)
{
    switch (field) {
    case SortField::CreatedAt:
        return QStringLiteral("created_at");
    case SortField::Name:
        return QStringLiteral("name");
    case SortField::LastMessageAt:
        return QStringLiteral("last_message_at");
    case SortField::UpdatedAt:
        return QStringLiteral("updated_at");
    }
    return {};
}

ApiResult<ListQuery> ListQueryReader::read(const QUrlQuery& url, ApiExtensions extensions)
{
    const auto value = [&](const QString& key) {
        return url.queryItemValue(key, QUrl::FullyDecoded);
    };
    ListQuery query;
    if (url.hasQueryItem(QStringLiteral("page"))) {
        const auto page = positiveInteger(value(QStringLiteral("page")));
        if (!page)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidPage));
        query.page = int(std::min<qint64>(*page, std::numeric_limits<int>::max()));
    }
    if (url.hasQueryItem(QStringLiteral("limit"))) {
        const auto limit = positiveInteger(value(QStringLiteral("limit")));
        if (!limit)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidLimit));
        query.limit = int(std::min<qint64>(*limit, ListQuery::maxLimit));
    }
    query.search = ListQuery::normalizedSearch(value(QStringLiteral("search")));
    if (!ListQuery::isSearchable(query.search))
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidSearch));
    if (url.hasQueryItem(QStringLiteral("sortBy"))) {
        const QString name = value(QStringLiteral("sortBy"));
        const auto fields = {SortField::CreatedAt, SortField::Name, SortField::LastMessageAt,
                             SortField::UpdatedAt};
        const auto it = std::find_if(fields.begin(), fields.end(),
                                     [&](SortField f) { return sortFieldName(f) == name; });
        if (it == fields.end() ||
            (*it == SortField::UpdatedAt && extensions == ApiExtensions::Withheld))
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidSortBy));
        query.sortBy = *it;
    }
    if (url.hasQueryItem(QStringLiteral("sortOrder"))) {
        const QString order = value(QStringLiteral("sortOrder"));
        if (order == QLatin1String("asc"))
            query.sortOrder = SortOrder::Ascending;
        else if (order == QLatin1String("desc"))
            query.sortOrder = SortOrder::Descending;
        else
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidSortOrder));
    }
    // Every parameter below is an extension: unknown, and so ignored, where withheld.
    if (extensions == ApiExtensions::Withheld)
        return query;
    for (const QString& tag : url.allQueryItemValues(QStringLiteral("tag"), QUrl::FullyDecoded))
        query.tags.append(tag.trimmed());
    for (const QString& label : url.allQueryItemValues(QStringLiteral("label"), QUrl::FullyDecoded))
        query.labels.append(label.trimmed());
    if (url.hasQueryItem(QStringLiteral("optedIn"))) {
        query.optedIn = flag(value(QStringLiteral("optedIn")));
        if (!query.optedIn)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidOptedInFilter));
    }
    if (url.hasQueryItem(QStringLiteral("isBlocked"))) {
        query.isBlocked = flag(value(QStringLiteral("isBlocked")));
        if (!query.isBlocked)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidIsBlockedFilter));
    }
    if (url.hasQueryItem(QStringLiteral("updatedSince"))) {
        query.updatedSince = Timestamps::parse(value(QStringLiteral("updatedSince")));
        if (!query.updatedSince)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidUpdatedSince));
    }
    if (url.hasQueryItem(QStringLiteral("includeDeleted"))) {
        const auto include = flag(value(QStringLiteral("includeDeleted")));
        if (!include)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidIncludeDeleted));
        query.includeDeleted = *include;
    }
    if (url.hasQueryItem(QStringLiteral("view"))) {
        const QString view = value(QStringLiteral("view"));
        if (view == QLatin1String("full"))
            query.view = ListView::Full;
        else if (view == QLatin1String("list"))
            query.view = ListView::List;
        else
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidView));
    }
    return query;
}
