#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <expected>

/// contacts-server's configuration file (`--config FILE`): one `key = value` a line, the keys
/// being the long names of its command-line options, with `#` comments and blank lines. It is
/// read as the arguments its lines stand for, to be placed before the command line's own: an
/// option given on the command line then wins, as QCommandLineParser keeps an option's last
/// value. Reentrant.
class ServerConfigFile {
public:
    /// Larger files are refused before they are read.
    static constexpr qint64 maxBytes = 64 * 1024;

    /// `valueKeys` are the options that take a value; `switchKeys` those without one, whose
    /// value in the file is `true` or `false`.
    ServerConfigFile(QSet<QString> valueKeys, QSet<QString> switchKeys)
        : m_valueKeys(std::move(valueKeys)), m_switchKeys(std::move(switchKeys))
    {}

    /// The file at `path` as arguments (`--key=value`, `--key` for a switch set to true), or a
    /// message naming the file, the line and what is wrong: an unknown key, a key given twice,
    /// a line without `=`, an empty value, a switch neither true nor false; or why the file
    /// cannot be read (missing, too large, not UTF-8).
    std::expected<QStringList, QString> read(const QString& path) const;

    /// The same for `text`, the file's contents; `name` names it in messages.
    std::expected<QStringList, QString> parse(const QString& name, const QByteArray& text) const;

private:
    QSet<QString> m_valueKeys;
    QSet<QString> m_switchKeys;
};
