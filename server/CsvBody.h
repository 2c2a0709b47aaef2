#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QJsonArray>

/// The `text/csv` body of a bulk request (an extension of contacts-api.md): a header row naming
/// create-body keys (`userNumber`, `userName`, `email`, `countryCode`, `tags`, `labels`), then
/// one contact per row. `tags` and `labels` cells hold comma-separated values; an empty cell
/// leaves its key out. Quoting is RFC 4180's. The items are then validated like JSON items.
namespace CsvBody {

/// The rows as create bodies: 400 `Invalid CSV body` for an unterminated quote or a body that
/// is not UTF-8, 413 over 1000 rows.
ApiResult<QJsonArray> items(const QByteArray& body);

} // namespace CsvBody
