#pragma once

#include "Contact.h"
#include "ContactWindowReader.h"
#include "ListQuery.h"
#include "SyncMark.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

/// The rows of the listing a table shows: it never holds them all, only a bounded cache of
/// windows of rows around what the view asked for, read on a worker (StoreTask) with its own
/// connection. A row not cached is asked for with request() and arrives later (rowsChanged).
/// The neighbours of a wanted window are read next while nothing else is wanted, so that
/// scrolling by wheel or keys finds its rows cached; one wanted window and one neighbour are
/// read at a time, side by side. Lives on the GUI thread.
class ContactWindowCache : public QObject {
    Q_OBJECT
public:
    static constexpr int windowSize = ContactWindowReader::windowSize;
    /// Windows kept at most; the least recently used go first.
    static constexpr int maxCachedWindows = 24;

    explicit ContactWindowCache(QString databasePath, QObject* parent = nullptr);

    /// Shows another listing (or the same, counted again) of `total` rows, its first window
    /// already read: every other row is dropped, and answers for the previous one are ignored.
    /// `orderFollows`: setMatchOrder() comes next, and neighbours wait for it, since it lets
    /// them be read by row id instead of by the listing.
    void show(const ListQuery& query, qint64 total, ContactWindowReader::Rows first,
              bool orderFollows);
    /// The order of the shown listing's matches (ContactWindowReader::open): later windows
    /// are read by row id from it. Null when it will not come.
    void setMatchOrder(ContactWindowReader::MatchOrder order);

    const ListQuery& query() const { return m_query; }
    qint64 total() const { return m_total; }
    const QString& databasePath() const { return m_databasePath; }
    const ContactWindowReader::MatchOrder& matchOrder() const { return m_order; }

    /// The contact of a cached row (and marks its window as used), else null.
    const Contact* contact(int row);
    /// The sync mark of a cached row's contact (Synced when it has none).
    SyncMark syncMark(int row, const QString& id) const;
    /// The view wants this row: its window is read unless it is cached or on its way.
    void request(int row);
    /// The row of a contact among the cached rows, or -1.
    int rowOf(const QString& id) const { return m_rowOfId.value(id, -1); }
    /// The row ids of those of `ids` that are cached.
    QList<qint64> cachedRowIds(const QStringList& ids) const;
    /// Puts contacts read again (with their marks) in their cached rows; returns those rows.
    QList<int> replace(const ContactWindowReader::Rows& reread);
    /// The number of rows cached now (bounded by windowSize * maxCachedWindows).
    int cachedRowCount() const;

signals:
    /// The rows [first, last] arrived.
    void rowsChanged(int first, int last);
    void errorOccurred(const QString& message);

private:
    struct Window {
        QList<Contact> contacts;
        SyncMarks marks;
        quint64 lastUse = 0;
    };

    void prefetchAround(int window);
    void fetchNextWindow();
    /// Caches a window's rows, evicting the least recently used beyond the bound; `notify`
    /// emits rowsChanged for them.
    void store(int window, ContactWindowReader::Rows rows, bool notify = true);

    QString m_databasePath;
    ListQuery m_query;
    qint64 m_total = 0;
    /// Bumped by show(): answers for an earlier listing are dropped.
    quint64 m_epoch = 0;
    ContactWindowReader::MatchOrder m_order;
    bool m_orderFollows = false;

    QHash<int, Window> m_windows;
    QHash<QString, int> m_rowOfId;
    quint64 m_useClock = 0;
    QList<int> m_wantedWindows;   ///< most recently wanted last
    QList<int> m_prefetchWindows; ///< read when nothing is wanted
    /// The wanted window being read, and the neighbour: a prefetch never delays a wanted
    /// window, which is read beside it (StoreTask has two workers).
    std::optional<int> m_wantedInFlight;
    std::optional<int> m_prefetchInFlight;
};
