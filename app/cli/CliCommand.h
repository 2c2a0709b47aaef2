#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

class ContactStore;
class QCommandLineParser;

/// One command of contacts-cli. ContactsCli uses an instance once, in two steps: `prepare`
/// reads the command line and any request body without touching the database, and
/// `execute` runs the store operation. Not a QObject; not thread-safe.
class CliCommand {
public:
    /// A required positional argument, for the usage line and the help.
    struct Argument {
        QString name;
        QString description;
    };

    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    /// One line for the command list of `contacts-cli --help`.
    virtual QString summary() const = 0;
    /// The paragraph of the command's own help; the summary unless a command says more.
    virtual QString description() const { return summary(); }
    /// The positional arguments, all required, in order.
    virtual QList<Argument> arguments() const { return {}; }
    /// Adds the command's own options; the global ones are already in the parser.
    virtual void addOptions(QCommandLineParser& parser) const;

    /// Keeps what the command line asks for. Fails with a message for stderr on a usage
    /// error or an unreadable file; API errors wait for `execute`, so that they come out
    /// as the API's envelope and exit code.
    virtual std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                                 const QStringList& arguments) = 0;
    /// The API's success envelope of the command, or the API's error.
    virtual ApiResult<QJsonObject> execute(ContactStore& store) = 0;
};
