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
    /// A command that did its work and prints its envelope, but ends with an exit code of
    /// its own and `message` on stderr (a sync that held deletions back).
    static CliFailure withEnvelope(QJsonObject envelope, int exitCode, QString message)
    {
        CliFailure failure(std::move(message));
        failure.m_envelope = std::move(envelope);
        failure.m_exitCode = exitCode;
        return failure;
    }

    /// The API's error, printed as its error envelope with an exit code per status.
    const std::optional<ApiError>& apiError() const { return m_apiError; }
    /// Without an API error: the message for stderr.
    const QString& message() const { return m_message; }
    /// For withEnvelope(): the envelope to print, and the exit code.
    const std::optional<QJsonObject>& envelope() const { return m_envelope; }
    int exitCode() const { return m_exitCode; }

private:
    std::optional<ApiError> m_apiError;
    QString m_message;
    std::optional<QJsonObject> m_envelope;
    int m_exitCode = 0;
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
