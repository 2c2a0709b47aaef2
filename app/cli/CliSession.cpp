#include "CliSession.h"

#include "BodyFile.h"
#include "CliExitCode.h"
#include "CliOutput.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "DatabaseLocation.h"

#include <QCommandLineParser>

CliSession::CliSession(const QCommandLineParser& parser, QStringList arguments,
                       CliGlobalOptions global)
    : m_parser(parser), m_arguments(std::move(arguments)), m_global(std::move(global))
{}

CliSession::~CliSession() = default;

std::expected<QByteArray, CliFailure> CliSession::body(qsizetype index) const
{
    return BodyFile::read(argument(index));
}

std::expected<ContactStore*, CliFailure> CliSession::openStore()
{
    if (!m_store) {
        auto location = DatabaseLocation::parse(m_global.databasePath());
        if (!location)
            return std::unexpected(
                QStringLiteral("cannot open the database: %1").arg(location.error().detail));
        ApiResult<std::unique_ptr<ContactDatabase>> database = ContactDatabase::open(*location);
        if (!database) {
            const ApiError& error = database.error();
            if (error.storageFault)
                return std::unexpected(error.storageFault->describe(location->displayName()));
            const QString why = error.detail.isEmpty() ? error.message : error.detail;
            // The location without its password: this goes to a terminal, maybe a log.
            if (why.contains(location->displayName()))
                return std::unexpected(why);
            return std::unexpected(QStringLiteral("cannot open the database %1: %2")
                                       .arg(location->displayName(), why));
        }
        m_database = std::move(*database);
        m_store = std::make_unique<ContactStore>(*m_database);
        // The history names the account that ran the command.
        QString user = qEnvironmentVariable("USER");
        if (user.isEmpty())
            user = qEnvironmentVariable("LOGNAME");
        m_store->setOrigin(WriteOrigin(WriteOrigin::Method::CommandLine, user));
    }
    return m_store.get();
}

CliFailure CliSession::withoutStorageFault(const CliFailure& failure) const
{
    const std::optional<ApiError>& error = failure.apiError();
    if (!error || !error->storageFault || !m_database)
        return failure;
    return CliFailure(error->storageFault->describe(m_database->displayName()));
}

int CliSession::finish(const CliResult& result) const
{
    if (result) {
        CliOutput::printEnvelope(*result, m_global.compact());
        return CliExitCode::success;
    }
    if (const std::optional<QJsonObject>& envelope = result.error().envelope()) {
        CliOutput::printError(result.error().message());
        CliOutput::printEnvelope(*envelope, m_global.compact());
        return result.error().exitCode();
    }
    const std::optional<ApiError>& error = result.error().apiError();
    if (!error) {
        CliOutput::printError(result.error().message());
        return CliExitCode::usage;
    }
    // The envelope shows only the API's message, as a server would; the detail (SQL error,
    // path) is for the person at the terminal.
    if (!error->detail.isEmpty()) {
        CliOutput::printError(error->detail);
    }
    CliOutput::printEnvelope(ContactJson::failure(*error), m_global.compact());
    return CliExitCode::forStatus(error->status);
}

std::expected<int, QString> CliSession::count(const QCommandLineOption& option, int fallback,
                                              int maximum) const
{
    if (!m_parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = m_parser.value(option).toInt(&ok);
    if (!ok || value < 1 || value > maximum)
        return std::unexpected(QStringLiteral("--%1 expects a number from 1 to %2, got '%3'")
                                   .arg(option.names().constFirst())
                                   .arg(maximum)
                                   .arg(m_parser.value(option)));
    return value;
}
