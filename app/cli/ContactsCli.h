#pragma once

#include <QStringList>

class CliGlobalOptions;
struct CliCommand;

/// contacts-cli: reads the command line, runs one command of CliCommands on the store and
/// prints the API's envelope on stdout (diagnostics on stderr). Use on one thread.
class ContactsCli {
public:
    /// Runs one invocation. `arguments` are QCoreApplication::arguments(), the program
    /// first. Returns the exit code of CliExitCode.
    int run(const QStringList& arguments);

private:
    int runCommand(const CliCommand& command, const QStringList& arguments,
                   CliGlobalOptions global);
    int runHelp(const QStringList& arguments);
};
