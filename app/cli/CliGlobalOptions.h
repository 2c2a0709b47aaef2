#pragma once

#include <QString>

#include <expected>

class QCommandLineParser;

/// The options every command takes, before or after its name: `--db`, `--compact` and
/// `-h`/`--help`. Read once from the program's options and again from the command's, where
/// they win, as the last of a repeated option does.
class CliGlobalOptions {
public:
    static inline const QString helpOption = QStringLiteral("help");
    static inline const QString versionOption = QStringLiteral("version");

    /// Adds the options to a command's `parser`.
    static void addTo(QCommandLineParser& parser);
    /// Adds the options and `--version` to the parser of the program's own options, those
    /// before the command's name.
    static void addProgramOptionsTo(QCommandLineParser& parser);

    /// Takes the values `parser` has for the options; fails with a message for stderr on an
    /// empty `--db`.
    std::expected<void, QString> readFrom(const QCommandLineParser& parser);

    /// The database to open: `--db`, or else the desktop app's.
    QString databasePath() const;
    bool compact() const { return m_compact; }

private:
    QString m_databasePath;
    bool m_compact = false;
};
