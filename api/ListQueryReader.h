#pragma once

#include "ApiError.h"
#include "ListQuery.h"

#include <QString>
#include <QUrlQuery>

/// The query string of a list request (GET /api/whatsapp/contacts), read into a ListQuery.
namespace ListQueryReader {

/// Reads the query string of a list request. Fails with 400 and the message of
/// contacts-api.md (`Invalid page`, `Invalid limit`, `Invalid sortBy`, ...) on a bad value;
/// a limit above 100 is clamped, unknown parameters are ignored. Values are read
/// percent-decoded; a caller reading an HTML-form query string turns `+` into a space
/// first (QUrlQuery keeps a `+` as is). With the extensions withheld, their parameters
/// are unknown ones (ignored, whatever their value) and `sortBy=updated_at` is an unknown
/// sort, as on the hosted service.
ApiResult<ListQuery> read(const QUrlQuery& query, ApiExtensions extensions = ApiExtensions::Served);

/// A sort field as the query string names it (`created_at`).
QString sortFieldName(SortField field);

} // namespace ListQueryReader
