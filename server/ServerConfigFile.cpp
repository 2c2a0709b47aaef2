#include "ServerConfigFile.h"

#include <QFile>
#include <QStringDecoder>

std::expected<QStringList, QString> ServerConfigFile::read(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    // A FIFO or /dev/zero has no size: read one byte past the limit to know.
    const QByteArray text = file.read(maxBytes + 1);
    if (text.size() > maxBytes)
        return std::unexpected(
            QStringLiteral("%1 is larger than %2 bytes: not a configuration file")
                .arg(path)
                .arg(maxBytes));
    return parse(path, text);
}

std::expected<QStringList, QString> ServerConfigFile::parse(const QString& name,
                                                            const QByteArray& text) const
{
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(text);
    if (utf8.hasError())
        return std::unexpected(QStringLiteral("%1 is not UTF-8 text").arg(name));

    QStringList arguments;
    QSet<QString> seen;
    const QStringList lines = decoded.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto fail = [&](const QString& what) {
            return std::unexpected(QStringLiteral("%1:%2: %3").arg(name).arg(i + 1).arg(what));
        };
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return fail(QStringLiteral("expected key = value"));
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!m_valueKeys.contains(key) && !m_switchKeys.contains(key))
            return fail(QStringLiteral("unknown key %1").arg(key.left(64)));
        if (seen.contains(key))
            return fail(QStringLiteral("%1 is given twice").arg(key));
        seen.insert(key);
        if (m_switchKeys.contains(key)) {
            if (value == u"true")
                arguments.append(QStringLiteral("--") + key);
            else if (value != u"false")
                return fail(QStringLiteral("%1 wants true or false").arg(key));
            continue;
        }
        if (value.isEmpty())
            return fail(QStringLiteral("%1 wants a value").arg(key));
        arguments.append(QStringLiteral("--%1=%2").arg(key, value));
    }
    return arguments;
}
