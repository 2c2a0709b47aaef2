#pragma once

#include "ApiRequest.h"
#include "ApiResponse.h"

#include <QString>

#include <optional>

class ContactDatabase;

/// The probes an orchestrator or a load balancer asks, outside the API's prefix, with no
/// token and never rate-limited: `GET /healthz` (the process answers) and `GET /readyz` (the
/// database answers a query, so requests can be served).
class HealthProbes {
public:
    /// The probes' paths, spelled once for the router and the metrics' route templates.
    static inline const QString livenessPath = QStringLiteral("/healthz");
    static inline const QString readinessPath = QStringLiteral("/readyz");

    /// The answer when `request` is a probe; nothing for any other path. `database` is null
    /// when it could not be opened (`openError`): not ready, 503.
    static std::optional<ApiResponse> answer(const ApiRequest& request, ContactDatabase* database,
                                             const QString& openError);
};
