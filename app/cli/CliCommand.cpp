#include "CliCommand.h"

#include "CliGlobalOptions.h"
#include "CliHelp.h"
#include "CliOutput.h"

#include <QCommandLineParser>

void CliCommand::setUpParser(QCommandLineParser& parser) const
{
    parser.setApplicationDescription(
        CliHelp::wrapped(description.isEmpty() ? summary : description));
    CliGlobalOptions::addTo(parser);
    parser.addOptions(options);
    for (const Argument& argument : arguments) {
        parser.addPositionalArgument(argument.name, argument.description);
    }
}

QString CliCommand::usage() const
{
    QString usage = QStringLiteral("%1 %2 [options]").arg(CliOutput::programName, name);
    for (const Argument& argument : arguments) {
        usage += QLatin1Char(' ') + argument.name;
        if (argument.repeats)
            usage += QStringLiteral("...");
    }
    return usage;
}

std::expected<void, QString> CliCommand::checkArguments(const QStringList& positional) const
{
    if (positional.size() < arguments.size()) {
        return std::unexpected(
            QStringLiteral("'%1' expects %2").arg(name, arguments.at(positional.size()).name));
    }
    const bool repeats = !arguments.isEmpty() && arguments.last().repeats;
    if (positional.size() > arguments.size() && !repeats) {
        return std::unexpected(
            QStringLiteral("'%1' does not expect '%2'").arg(name, positional.at(arguments.size())));
    }
    return {};
}
