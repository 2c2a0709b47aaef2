#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class CliCommand;
class QCommandLineParser;

/// contacts-cli: reads the command line, runs one command on the store and prints the
/// API's envelope on stdout (diagnostics on stderr). Owns its commands; use on one thread.
class ContactsCli {
public:
    static inline const QString programName = QStringLiteral("contacts-cli");

    ContactsCli();
    ~ContactsCli();
    ContactsCli(const ContactsCli&) = delete;
    ContactsCli& operator=(const ContactsCli&) = delete;

    /// Runs one invocation. `arguments` are QCoreApplication::arguments(), the program
    /// first. Returns the exit code of CliExitCode.
    int run(const QStringList& arguments);

private:
    /// The options of every command, accepted before and after the command's name.
    struct GlobalOptions {
        QString databasePath; ///< empty: the desktop app's database
        bool compact = false;
    };

    CliCommand* findCommand(const QString& name) const;
    int runCommand(CliCommand& command, const QStringList& arguments, GlobalOptions global);
    int runHelp(const QStringList& arguments);
    QString globalHelp() const;
    QString commandHelp(const CliCommand& command) const;
    void setUpCommandParser(QCommandLineParser& parser, const CliCommand& command) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
