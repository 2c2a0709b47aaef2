#include "ContactsCli.h"

#include "CliCommands.h"
#include "CliExitCode.h"
#include "CliGlobalOptions.h"
#include "CliHelp.h"
#include "CliOutput.h"
#include "CliSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

const QString helpCommand = QStringLiteral("help");
QString globalHelpHint()
{
    return CliOutput::programName + QStringLiteral(" --help");
}

int usageError(const QString& message, const QString& helpHint)
{
    CliOutput::printError(message);
    CliOutput::printError(QStringLiteral("try '%1' for more information").arg(helpHint));
    return CliExitCode::usage;
}

int printHelp(const QString& text)
{
    CliOutput::print(text);
    return CliExitCode::success;
}

} // namespace

int ContactsCli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    // Everything from the command's name on is the command's, so that its options reach
    // its own parser; the global options are added there too, to be accepted after it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    CliGlobalOptions::addProgramOptionsTo(parser);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), globalHelpHint());
    }
    if (parser.isSet(CliGlobalOptions::helpOption)) {
        return printHelp(CliHelp::global(CliCommands::all()));
    }
    if (parser.isSet(CliGlobalOptions::versionOption)) {
        return printHelp(CliOutput::programName + QLatin1Char(' ') +
                         QCoreApplication::applicationVersion() + QLatin1Char('\n'));
    }

    const QStringList commandLine = parser.positionalArguments();
    if (commandLine.isEmpty()) {
        return usageError(QStringLiteral("no command given"), globalHelpHint());
    }
    if (commandLine.first() == helpCommand) {
        return runHelp(commandLine.mid(1));
    }
    const CliCommand* command = CliCommands::find(commandLine.first());
    if (!command) {
        return usageError(QStringLiteral("unknown command '%1'").arg(commandLine.first()),
                          globalHelpHint());
    }

    CliGlobalOptions global;
    if (const auto read = global.readFrom(parser); !read) {
        return usageError(read.error(), globalHelpHint());
    }
    // QCommandLineParser reads the first argument as the program's name.
    return runCommand(
        *command, QStringList{arguments.value(0, CliOutput::programName)} + commandLine, global);
}

int ContactsCli::runCommand(const CliCommand& command, const QStringList& arguments,
                            CliGlobalOptions global)
{
    const QString helpHint = QStringLiteral("%1 help %2").arg(CliOutput::programName, command.name);
    QCommandLineParser parser;
    command.setUpParser(parser);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), helpHint);
    }
    if (parser.isSet(CliGlobalOptions::helpOption)) {
        return printHelp(CliHelp::command(command));
    }
    if (const auto read = global.readFrom(parser); !read) {
        return usageError(read.error(), helpHint);
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    if (const auto counted = command.checkArguments(positional); !counted) {
        return usageError(counted.error(), helpHint);
    }

    CliSession session(parser, positional, global);
    return session.finish(command.handler(session));
}

int ContactsCli::runHelp(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return printHelp(CliHelp::global(CliCommands::all()));
    }
    if (arguments.size() > 1) {
        return usageError(QStringLiteral("'help' expects one command, got '%1'")
                              .arg(arguments.join(QLatin1Char(' '))),
                          globalHelpHint());
    }
    const CliCommand* command = CliCommands::find(arguments.first());
    if (!command) {
        return usageError(QStringLiteral("unknown command '%1'").arg(arguments.first()),
                          globalHelpHint());
    }
    return printHelp(CliHelp::command(*command));
}
