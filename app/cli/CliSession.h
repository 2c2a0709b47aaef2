#pragma once

#include "CliGlobalOptions.h"
#include "CliResult.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>

class ContactDatabase;
class ContactStore;
class QCommandLineOption;
class QCommandLineParser;

/// One run of one command: its checked command line, the store it opens once, and the
/// printing of what it ends with. A handler reads its arguments, options and body first and
/// asks for the store last, so that a usage error or an unreadable file never creates or
/// touches a database. Not thread-safe.
class CliSession {
public:
    /// `arguments` are the command's positional arguments, already counted.
    CliSession(const QCommandLineParser& parser, QStringList arguments, CliGlobalOptions global);
    ~CliSession();
    CliSession(const CliSession&) = delete;
    CliSession& operator=(const CliSession&) = delete;

    QString argument(qsizetype index) const { return m_arguments.at(index); }
    const QStringList& arguments() const { return m_arguments; }
    /// The command's options, global ones included.
    const QCommandLineParser& options() const { return m_parser; }
    /// The value of a count option from 1 to `maximum`, or `fallback` when it is not given;
    /// a message for stderr when it is not such a number.
    std::expected<int, QString> count(const QCommandLineOption& option, int fallback,
                                      int maximum) const;

    /// The bytes of the body file argument `index` names, or of stdin for `-`.
    std::expected<QByteArray, CliFailure> body(qsizetype index) const;

    /// `run(store)` on the store of `--db`, opened on the first call; fails without calling
    /// `run` when the database cannot be opened. A fault of the database's storage (a full
    /// disk, a read-only file) is the user's own to fix: it fails with a message naming the
    /// database rather than with the API's "Internal server error".
    template <typename Run> CliResult withStore(Run run)
    {
        const std::expected<ContactStore*, CliFailure> store = openStore();
        if (!store) {
            return std::unexpected(store.error());
        }
        CliResult result = run(**store);
        if (!result) {
            return std::unexpected(withoutStorageFault(result.error()));
        }
        return result;
    }

    /// Prints `result`: the envelope on stdout, with the API error's detail on stderr, or
    /// the failure's message on stderr alone. Returns the exit code of CliExitCode.
    int finish(const CliResult& result) const;

private:
    std::expected<ContactStore*, CliFailure> openStore();
    /// `failure`, or the message of its API error's storage fault.
    CliFailure withoutStorageFault(const CliFailure& failure) const;

    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    CliGlobalOptions m_global;
    // In this order, so that the store goes before its database.
    std::unique_ptr<ContactDatabase> m_database;
    std::unique_ptr<ContactStore> m_store;
};
