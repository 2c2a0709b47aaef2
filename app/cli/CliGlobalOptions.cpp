#include "CliGlobalOptions.h"

#include "DefaultDatabase.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace {

const QString dbOption = QStringLiteral("db");
const QString compactOption = QStringLiteral("compact");

} // namespace

void CliGlobalOptions::addTo(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(
        dbOption,
        QStringLiteral("The contacts database file (default: the desktop app's, %1).")
            .arg(DefaultDatabase::path()),
        QStringLiteral("path")));
    parser.addOption(
        QCommandLineOption(compactOption, QStringLiteral("Print the JSON on one line.")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), helpOption},
                                        QStringLiteral("Displays this help.")));
}

void CliGlobalOptions::addProgramOptionsTo(QCommandLineParser& parser)
{
    addTo(parser);
    parser.addOption(
        QCommandLineOption(versionOption, QStringLiteral("Displays version information.")));
}

std::expected<void, QString> CliGlobalOptions::readFrom(const QCommandLineParser& parser)
{
    if (parser.isSet(dbOption)) {
        m_databasePath = parser.value(dbOption);
        if (m_databasePath.isEmpty()) {
            return std::unexpected(QStringLiteral("--db expects a file path"));
        }
    }
    m_compact = m_compact || parser.isSet(compactOption);
    return {};
}

QString CliGlobalOptions::databasePath() const
{
    return m_databasePath.isEmpty() ? DefaultDatabase::path() : m_databasePath;
}
