#include "RecentDatabases.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {

const QString settingsKey = QStringLiteral("recentDatabases");

QString normalized(const QString& path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QStringList RecentDatabases::paths() const
{
    return QSettings().value(settingsKey).toStringList();
}

void RecentDatabases::add(const QString& path)
{
    const QString entry = normalized(path);
    QStringList list = paths();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > maxCount)
        list.removeLast();
    QSettings().setValue(settingsKey, list);
}

void RecentDatabases::remove(const QString& path)
{
    QStringList list = paths();
    list.removeAll(normalized(path));
    QSettings().setValue(settingsKey, list);
}

void RecentDatabases::clear()
{
    QSettings().remove(settingsKey);
}
