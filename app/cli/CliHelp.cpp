#include "CliHelp.h"

#include "CliCommand.h"
#include "CliExitCode.h"
#include "CliGlobalOptions.h"
#include "CliOutput.h"

#include <QCommandLineParser>

#include <algorithm>

namespace {

/// QCommandLineParser's help, under our own usage line: its own would name the path the
/// program was started with and could not show where the command goes.
QString withUsageLine(const QString& helpText, const QString& usage)
{
    const qsizetype endOfFirstLine = helpText.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: ") + usage +
           (endOfFirstLine < 0 ? QStringLiteral("\n") : helpText.mid(endOfFirstLine));
}

} // namespace

QString CliHelp::global(const QList<CliCommand>& commands)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        wrapped(QStringLiteral("The contacts store on the command line: each command prints the "
                               "Contacts API's JSON envelope on stdout, {\"success\": true, "
                               "\"data\": ...} or {\"success\": false, \"error\": \"...\"}.")));
    CliGlobalOptions::addProgramOptionsTo(parser);
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 QStringLiteral("The command to run, one of those below."));

    qsizetype width = 0;
    for (const CliCommand& command : commands) {
        width = std::max(width, command.name.size());
    }
    QString list = QStringLiteral("\nCommands:\n");
    for (const CliCommand& command : commands) {
        list +=
            QStringLiteral("  %1  %2\n").arg(command.name.leftJustified(width), command.summary);
    }
    list += QLatin1Char('\n') +
            wrapped(QStringLiteral("Run '%1 help COMMAND' or '%1 COMMAND --help' for the "
                                   "options of a command.")
                        .arg(CliOutput::programName)) +
            QStringLiteral("\n\n");

    return withUsageLine(parser.helpText(), CliOutput::programName +
                                                QStringLiteral(" [options] COMMAND [arguments]")) +
           list + CliExitCode::helpText();
}

QString CliHelp::command(const CliCommand& command)
{
    QCommandLineParser parser;
    command.setUpParser(parser);
    return withUsageLine(parser.helpText(), command.usage());
}

QString CliHelp::wrapped(const QString& text, qsizetype width)
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
