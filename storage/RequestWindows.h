#pragma once

#include "ApiError.h"

#include <optional>

class ContactDatabase;

/// The requests each organization made in the last window, counted in the database, so that
/// every server on it counts the same ones: the API's rate limit (a sliding window of exact
/// request times, as contacts-api.md defines it) across servers. Each organization's counts
/// take turns on a row of their own, never on the database's write lock.
class RequestWindows {
public:
    explicit RequestWindows(ContactDatabase& db) : m_db(db) {}

    /// Counts a request of the organization when fewer than `limit` were counted in the last
    /// `windowMsecs` (by the database's clock), and returns nothing; otherwise counts nothing
    /// and returns the milliseconds (at least 1) until one more would be counted.
    ApiResult<std::optional<qint64>> admit(qint64 organizationRowId, int limit, qint64 windowMsecs);

private:
    ContactDatabase& m_db;
};
