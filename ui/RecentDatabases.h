#pragma once

#include <QStringList>

/// The databases opened last, most recent first, kept in QSettings for File > Recent.
class RecentDatabases {
public:
    static constexpr int maxCount = 8;

    QStringList paths() const;
    /// Moves `path` to the top (adding it if new) and drops the oldest beyond maxCount.
    void add(const QString& path);
    void remove(const QString& path);
    void clear();
};
