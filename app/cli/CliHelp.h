#pragma once

#include <QList>
#include <QString>

struct CliCommand;

/// The help texts of contacts-cli, built on QCommandLineParser's own so that the options
/// read as in any Qt tool.
namespace CliHelp {

/// `contacts-cli --help`: the global options, the commands and the exit codes.
QString global(const QList<CliCommand>& commands);
/// `contacts-cli help COMMAND`, `contacts-cli COMMAND --help`.
QString command(const CliCommand& command);
/// Wraps each paragraph of `text` at `width` columns: QCommandLineParser prints the
/// description as it is, unlike the options.
QString wrapped(const QString& text, qsizetype width = 79);

} // namespace CliHelp
