#pragma once

#include <QString>
#include <QStringList>

#include <optional>

/// What the `contacts` command line asks for.
struct DesktopOptions {
    QString databasePath; ///< `--db`, else the embedded default database
    QString language;     ///< `--lang`, else empty: the system locale's language

    /// Reads `arguments` (argv). `--help` and `--version` print and exit the process, as
    /// QCommandLineParser::process does; a bad option or an unknown language prints what is
    /// wrong to stderr and returns nothing.
    static std::optional<DesktopOptions> parse(const QStringList& arguments);
};
