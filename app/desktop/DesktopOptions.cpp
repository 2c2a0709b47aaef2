#include "DesktopOptions.h"

#include "AppLocalization.h"
#include "DefaultDatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

void printError(const QString& message)
{
    std::fputs(
        qPrintable(QCoreApplication::applicationName() + QStringLiteral(": ") + message + u'\n'),
        stderr);
}

} // namespace

std::optional<DesktopOptions> DesktopOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DesktopOptions", "Browse and edit the contacts of a WhatsApp Business account."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(
        QStringLiteral("db"),
        QCoreApplication::translate("DesktopOptions",
                                    "Open the contacts database at <path> (created if missing) "
                                    "instead of the default one."),
        QStringLiteral("path"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QCoreApplication::translate("DesktopOptions", "Use <language> instead of the system's: %1.")
            .arg(AppLocalization::availableLanguages().join(QStringLiteral(", "))),
        QStringLiteral("language"));
    parser.addOption(database);
    parser.addOption(language);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return std::nullopt;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        printError(QCoreApplication::translate("DesktopOptions", "Unexpected argument '%1'.")
                       .arg(parser.positionalArguments().constFirst()));
        return std::nullopt;
    }

    DesktopOptions options;
    options.databasePath =
        parser.isSet(database) ? parser.value(database) : DefaultDatabase::path();
    options.language = parser.value(language);
    if (!options.language.isEmpty() && !AppLocalization::isAvailable(options.language)) {
        printError(
            QCoreApplication::translate("DesktopOptions", "Unknown language '%1'; available: %2.")
                .arg(options.language,
                     AppLocalization::availableLanguages().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return options;
}
