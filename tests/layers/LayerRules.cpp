#include "LayerRules.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace {

// Comments say why the code avoids a construct ("no PRAGMA here") without breaking the rule.
QString withoutComments(const QString& line)
{
    const qsizetype comment = line.indexOf(QLatin1String("//"));
    return comment < 0 ? line : line.left(comment);
}

} // namespace

LayerRules::LayerRules(QString root, QHash<QString, QStringList> allowed)
    : m_root(std::move(root)), m_allowed(std::move(allowed))
{}

void LayerRules::forbid(const QString& what, const QRegularExpression& pattern,
                        const QRegularExpression& allowedPaths)
{
    m_forbidden.append(Forbidden{what, pattern, allowedPaths});
}

QString LayerRules::layerOf(const QString& relativePath) const
{
    // The longest checked layer that holds the file: `app/cli` before `app`.
    QString best;
    for (auto it = m_allowed.cbegin(); it != m_allowed.cend(); ++it) {
        const QString& layer = it.key();
        if (relativePath.startsWith(layer + u'/') && layer.size() > best.size())
            best = layer;
    }
    return best;
}

QStringList LayerRules::sourceFiles() const
{
    QStringList files;
    const QDir root(m_root);
    QDirIterator it(m_root, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = root.relativeFilePath(it.next());
        if (!relative.startsWith(QLatin1String("build")) && !relative.startsWith(u'.'))
            files.append(relative);
    }
    files.sort();
    return files;
}

QStringList LayerRules::checkedFiles() const
{
    QStringList checked;
    for (const QString& file : sourceFiles()) {
        if (!layerOf(file).isEmpty())
            checked.append(file);
    }
    return checked;
}

QStringList LayerRules::violations() const
{
    const QStringList files = sourceFiles();
    // A header's name is unique in the tree, so an include names its layer.
    QHash<QString, QString> headerLayer;
    for (const QString& file : files) {
        if (file.endsWith(QLatin1String(".h")))
            headerLayer.insert(QFileInfo(file).fileName(), layerOf(file));
    }
    static const QRegularExpression include(QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));

    QStringList found;
    for (const QString& file : files) {
        const QString layer = layerOf(file);
        if (layer.isEmpty())
            continue;
        QFile source(m_root + u'/' + file);
        if (!source.open(QIODevice::ReadOnly | QIODevice::Text)) {
            found.append(file + QStringLiteral(" cannot be read"));
            continue;
        }
        const QStringList mayInclude = m_allowed.value(layer);
        int lineNumber = 0;
        while (!source.atEnd()) {
            const QString line = QString::fromUtf8(source.readLine());
            ++lineNumber;
            const QRegularExpressionMatch match = include.match(line);
            if (match.hasMatch()) {
                const QString header = QFileInfo(match.captured(1)).fileName();
                const QString target = headerLayer.value(header);
                if (!target.isEmpty() && target != layer && !mayInclude.contains(target)) {
                    found.append(QStringLiteral("%1 includes %2/%3 (%4 may include %5)")
                                     .arg(file, target, header, layer,
                                          mayInclude.isEmpty() ? QStringLiteral("no other layer")
                                                               : mayInclude.join(u',')));
                }
                continue;
            }
            const QString code = withoutComments(line);
            for (const Forbidden& rule : m_forbidden) {
                if (rule.pattern.match(code).hasMatch() &&
                    !rule.allowedPaths.match(file).hasMatch())
                    found.append(
                        QStringLiteral("%1:%2 has %3").arg(file).arg(lineNumber).arg(rule.what));
            }
        }
    }
    return found;
}
