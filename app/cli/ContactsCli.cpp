#include "ContactsCli.h"

#include "BulkCommand.h"
#include "CliCommand.h"
#include "CliExitCode.h"
#include "ConflictsCommand.h"
#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "CreateCommand.h"
#include "DefaultDatabase.h"
#include "DeleteCommand.h"
#include "ExportCommand.h"
#include "GetCommand.h"
#include "ImportCommand.h"
#include "JournalCommand.h"
#include "ListCommand.h"
#include "SyncCommand.h"
#include "TagsCommand.h"
#include "UpdateCommand.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

const QString dbOption = QStringLiteral("db");
const QString compactOption = QStringLiteral("compact");
const QString helpOption = QStringLiteral("help");
const QString versionOption = QStringLiteral("version");
const QString helpCommand = QStringLiteral("help");

void writeTo(FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printOut(const QString& text)
{
    writeTo(stdout, text.toUtf8());
}

/// One diagnostic line on stderr, prefixed with the program's name as Unix tools do.
void printError(const QString& message)
{
    writeTo(
        stderr,
        (ContactsCli::programName + QStringLiteral(": ") + message + QLatin1Char('\n')).toUtf8());
}

void printEnvelope(const QJsonObject& envelope, bool compact)
{
    QByteArray bytes = ContactJson::serialize(envelope, !compact);
    if (!bytes.endsWith('\n')) {
        bytes += '\n';
    }
    writeTo(stdout, bytes);
}

int usageError(const QString& message, const QString& helpHint)
{
    printError(message);
    printError(QStringLiteral("try '%1' for more information").arg(helpHint));
    return CliExitCode::usage;
}

void addGlobalOptions(QCommandLineParser& parser, const QString& helpDescription)
{
    parser.addOption(QCommandLineOption(
        dbOption,
        QStringLiteral("The contacts database file (default: the desktop app's, %1).")
            .arg(DefaultDatabase::path()),
        QStringLiteral("path")));
    parser.addOption(
        QCommandLineOption(compactOption, QStringLiteral("Print the JSON on one line.")));
    parser.addOption(QCommandLineOption({QStringLiteral("h"), helpOption}, helpDescription));
}

/// Wraps each paragraph of `text` at `width` columns: QCommandLineParser prints the
/// description as it is, unlike the options.
QString wrapped(const QString& text, qsizetype width = 79)
{
    QStringList lines;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

/// QCommandLineParser's help, under our own usage line: its own would name the path the
/// program was started with and could not show where the command goes.
QString withUsageLine(const QString& helpText, const QString& usage)
{
    const qsizetype endOfFirstLine = helpText.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: ") + usage +
           (endOfFirstLine < 0 ? QStringLiteral("\n") : helpText.mid(endOfFirstLine));
}

} // namespace

ContactsCli::ContactsCli()
{
    m_commands.push_back(std::make_unique<ListCommand>());
    m_commands.push_back(std::make_unique<GetCommand>());
    m_commands.push_back(std::make_unique<CreateCommand>());
    m_commands.push_back(std::make_unique<UpdateCommand>());
    m_commands.push_back(std::make_unique<BulkCommand>());
    m_commands.push_back(std::make_unique<DeleteCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<TagsCommand>());
    m_commands.push_back(std::make_unique<JournalCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<ConflictsCommand>());
}

ContactsCli::~ContactsCli() = default;

int ContactsCli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    // Everything from the command's name on is the command's, so that its options reach
    // its own parser; the global options are added there too, to be accepted after it.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    addGlobalOptions(parser, QString());
    parser.addOption(QCommandLineOption(versionOption, QString()));
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), programName + QStringLiteral(" --help"));
    }
    if (parser.isSet(helpOption)) {
        printOut(globalHelp());
        return CliExitCode::success;
    }
    if (parser.isSet(versionOption)) {
        printOut(programName + QLatin1Char(' ') + QCoreApplication::applicationVersion() +
                 QLatin1Char('\n'));
        return CliExitCode::success;
    }

    const QStringList commandLine = parser.positionalArguments();
    if (commandLine.isEmpty()) {
        return usageError(QStringLiteral("no command given"),
                          programName + QStringLiteral(" --help"));
    }
    if (commandLine.first() == helpCommand) {
        return runHelp(commandLine.mid(1));
    }
    CliCommand* command = findCommand(commandLine.first());
    if (!command) {
        return usageError(QStringLiteral("unknown command '%1'").arg(commandLine.first()),
                          programName + QStringLiteral(" --help"));
    }

    GlobalOptions global;
    global.databasePath = parser.value(dbOption);
    global.compact = parser.isSet(compactOption);
    if (parser.isSet(dbOption) && global.databasePath.isEmpty()) {
        return usageError(QStringLiteral("--db expects a file path"),
                          programName + QStringLiteral(" --help"));
    }
    // QCommandLineParser reads the first argument as the program's name.
    return runCommand(*command, QStringList{arguments.value(0, programName)} + commandLine, global);
}

int ContactsCli::runCommand(CliCommand& command, const QStringList& arguments, GlobalOptions global)
{
    const QString helpHint = QStringLiteral("%1 help %2").arg(programName, command.name());
    QCommandLineParser parser;
    setUpCommandParser(parser, command);
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText(), helpHint);
    }
    if (parser.isSet(helpOption)) {
        printOut(commandHelp(command));
        return CliExitCode::success;
    }
    if (parser.isSet(dbOption)) {
        global.databasePath = parser.value(dbOption);
        if (global.databasePath.isEmpty()) {
            return usageError(QStringLiteral("--db expects a file path"), helpHint);
        }
    }
    global.compact = global.compact || parser.isSet(compactOption);

    const QStringList positional = parser.positionalArguments().mid(1);
    const QList<CliCommand::Argument> expected = command.arguments();
    if (positional.size() < expected.size()) {
        return usageError(QStringLiteral("'%1' expects %2")
                              .arg(command.name(), expected.at(positional.size()).name),
                          helpHint);
    }
    if (positional.size() > expected.size()) {
        return usageError(QStringLiteral("'%1' does not expect '%2'")
                              .arg(command.name(), positional.at(expected.size())),
                          helpHint);
    }
    if (const std::expected<void, QString> prepared = command.prepare(parser, positional);
        !prepared) {
        printError(prepared.error());
        return CliExitCode::usage;
    }

    const QString path =
        global.databasePath.isEmpty() ? DefaultDatabase::path() : global.databasePath;
    ApiResult<std::unique_ptr<ContactDatabase>> database = ContactDatabase::open(path);
    if (!database) {
        const ApiError& error = database.error();
        printError(QStringLiteral("cannot open the database %1: %2")
                       .arg(path, error.detail.isEmpty() ? error.message : error.detail));
        return CliExitCode::usage;
    }
    ContactStore store(**database);
    const ApiResult<QJsonObject> envelope = command.execute(store);
    if (!envelope) {
        const ApiError& error = envelope.error();
        // The envelope shows only the API's message, as a server would; the detail (SQL
        // error, path) is for the person at the terminal.
        if (!error.detail.isEmpty()) {
            printError(error.detail);
        }
        printEnvelope(ContactJson::failure(error), global.compact);
        return CliExitCode::forStatus(error.status);
    }
    printEnvelope(*envelope, global.compact);
    return CliExitCode::success;
}

int ContactsCli::runHelp(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        printOut(globalHelp());
        return CliExitCode::success;
    }
    const QString hint = programName + QStringLiteral(" --help");
    if (arguments.size() > 1) {
        return usageError(QStringLiteral("'help' expects one command, got '%1'")
                              .arg(arguments.join(QLatin1Char(' '))),
                          hint);
    }
    const CliCommand* command = findCommand(arguments.first());
    if (!command) {
        return usageError(QStringLiteral("unknown command '%1'").arg(arguments.first()), hint);
    }
    printOut(commandHelp(*command));
    return CliExitCode::success;
}

CliCommand* ContactsCli::findCommand(const QString& name) const
{
    for (const std::unique_ptr<CliCommand>& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString ContactsCli::globalHelp() const
{
    QCommandLineParser parser;
    parser.setApplicationDescription(wrapped(
        QStringLiteral("The contacts store on the command line: each command prints the "
                       "Contacts API's JSON envelope on stdout, {\"success\": true, \"data\": "
                       "...} or {\"success\": false, \"error\": \"...\"}.")));
    addGlobalOptions(parser, QStringLiteral("Displays this help."));
    parser.addOption(
        QCommandLineOption(versionOption, QStringLiteral("Displays version information.")));
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 QStringLiteral("The command to run, one of those below."));

    qsizetype width = 0;
    for (const std::unique_ptr<CliCommand>& command : m_commands) {
        width = std::max(width, command->name().size());
    }
    QString commands = QStringLiteral("\nCommands:\n");
    for (const std::unique_ptr<CliCommand>& command : m_commands) {
        commands += QStringLiteral("  %1  %2\n")
                        .arg(command->name().leftJustified(width), command->summary());
    }
    commands += QLatin1Char('\n') +
                wrapped(QStringLiteral("Run '%1 help COMMAND' or '%1 COMMAND --help' for the "
                                       "options of a command.")
                            .arg(programName)) +
                QStringLiteral("\n\n");

    return withUsageLine(parser.helpText(),
                         programName + QStringLiteral(" [options] COMMAND [arguments]")) +
           commands + CliExitCode::helpText();
}

QString ContactsCli::commandHelp(const CliCommand& command) const
{
    QCommandLineParser parser;
    setUpCommandParser(parser, command);
    QString usage = QStringLiteral("%1 %2 [options]").arg(programName, command.name());
    for (const CliCommand::Argument& argument : command.arguments()) {
        usage += QLatin1Char(' ') + argument.name;
    }
    return withUsageLine(parser.helpText(), usage);
}

void ContactsCli::setUpCommandParser(QCommandLineParser& parser, const CliCommand& command) const
{
    parser.setApplicationDescription(wrapped(command.description()));
    addGlobalOptions(parser, QStringLiteral("Displays this help."));
    command.addOptions(parser);
    for (const CliCommand::Argument& argument : command.arguments()) {
        parser.addPositionalArgument(argument.name, argument.description);
    }
}
