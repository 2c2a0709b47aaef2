#include "HealthProbes.h"

#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactsApi.h"

#include <QJsonObject>

namespace {

ApiResponse status(const char* state)
{
    ApiResponse response;
    response.body = ContactJson::serialize(QJsonObject{{QStringLiteral("status"), state}});
    return response;
}

} // namespace

std::optional<ApiResponse> HealthProbes::answer(const ApiRequest& request,
                                                ContactDatabase* database, const QString& openError)
{
    const bool liveness = request.path == livenessPath;
    if (!liveness && request.path != readinessPath)
        return std::nullopt;
    if (request.method != "GET")
        return ContactsApi::methodNotAllowed(QByteArrayLiteral("GET"));
    if (liveness)
        return status("ok");
    if (!database)
        return ContactsApi::errorResponse(ApiError::unavailable(openError));
    // A lost connection fails here with a 500 the server turns into a 503, reconnecting:
    // the next probe finds the database back.
    if (auto answered = database->integers(QStringLiteral("SELECT 1")); !answered)
        return ContactsApi::errorResponse(answered.error());
    return status("ready");
}
