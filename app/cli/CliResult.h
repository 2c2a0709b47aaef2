#pragma once

#include "ApiError.h"
#include "ContactJson.h"

#include <QJsonObject>
#include <QString>

#include <expected>
#include <optional>

/// Why a command printed no success envelope: the API's error, or a failure of its own
/// (a usage error, an unreadable file, a database that cannot be opened or written). Both
/// constructors are implicit, so that an ApiResult, or a message in a std::expected, converts
/// to a CliResult as it is.
class CliFailure {
public:
    CliFailure(ApiError error) : m_apiError(std::move(error)) {}
    CliFailure(QString message) : m_message(std::move(message)) {}

    /// The API's error, printed as its error envelope with an exit code per status.
    const std::optional<ApiError>& apiError() const { return m_apiError; }
    /// Without an API error: the message for stderr.
    const QString& message() const { return m_message; }

private:
    std::optional<ApiError> m_apiError;
    QString m_message;
};

/// What a command ends with: the envelope to print, or why there is none.
using CliResult = std::expected<QJsonObject, CliFailure>;

/// The success envelope of `result`'s value in the shape `shape` gives it (one of
/// ContactJson's), or `result`'s API error.
template <typename T, typename Shape> CliResult reply(const ApiResult<T>& result, Shape shape)
{
    if (!result) {
        return std::unexpected(result.error());
    }
    return ContactJson::success(shape(*result));
}
