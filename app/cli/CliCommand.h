#pragma once

#include "CliResult.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

class CliSession;
class QCommandLineParser;

/// One row of the command table: what `contacts-cli NAME` accepts, what its help says and
/// the function that runs it.
struct CliCommand {
    /// A required positional argument, for the usage line and the help.
    struct Argument {
        QString name;
        QString description;
        /// The last argument only: one or more of it (`OTHER_ID...`).
        bool repeats = false;
    };
    /// Reads what the session's command line asks for, then the store; see CliSession.
    using Handler = CliResult (*)(CliSession& session);

    QString name;
    /// One line for the command list of `contacts-cli --help`.
    QString summary;
    /// The paragraph of the command's own help; the summary when empty.
    QString description;
    /// The positional arguments, all required, in order; the last may repeat.
    QList<Argument> arguments;
    /// The command's own options; the global ones come first.
    QList<QCommandLineOption> options;
    Handler handler = nullptr;

    /// Sets `parser` up for this command's command line and help.
    void setUpParser(QCommandLineParser& parser) const;
    /// `contacts-cli NAME [options] ARGUMENTS...`
    QString usage() const;
    /// Fails with a message for stderr unless `positional` are exactly the arguments.
    std::expected<void, QString> checkArguments(const QStringList& positional) const;
};
