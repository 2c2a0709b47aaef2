#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactFilter.h"
#include "ContactIdResolver.h"
#include "ContactPresentation.h"
#include "ContactWindowCache.h"
#include "ContactWindowReader.h"
#include "ListQuery.h"

#include <QAbstractTableModel>
#include <QItemSelection>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ContactDatabase;

/// The contacts of the database's organization that match a filter, in one of the store's
/// orders, for a QTableView of any size. It never holds all contacts: it knows the number of
/// matches and keeps a bounded cache of windows of rows around what the view asked for
/// (ContactWindowCache). A new filter, order or refresh is one read on a worker
/// (ContactWindowReader::open): the count, the first window and, for a search, the order of
/// its matches, in one snapshot; until a window arrives its rows show placeholders
/// (LoadedRole false). The GUI thread reads the store only in reloadContacts() and in
/// contactAt() of an uncached row. Lives on the GUI thread; the database must outlive it.
class ContactTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PhoneColumn,
        EmailColumn,
        CountryColumn,
        TagsColumn,
        LabelsColumn,
        SourceColumn,
        OptedInColumn,
        BlockedColumn,
        LastMessageColumn,
        ConversationsColumn,
        CreatedColumn,
        UpdatedColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ContactIdRole = Qt::UserRole + 1, ///< QString: the API id (`contact_<uuid>`)
        ContactRole,                      ///< QVariant::fromValue(Contact)
        LoadedRole,                       ///< bool: false while the row is a placeholder
        /// int: the contact's SyncState with the server (Synced until sync is set up). The
        /// name column's decoration marks the others, and its tooltip says why.
        SyncStateRole,
    };

    /// Rows per window read from the store; the cache keeps maxCachedWindows of them.
    static constexpr int windowSize = ContactWindowReader::windowSize;
    static constexpr int maxCachedWindows = ContactWindowCache::maxCachedWindows;
    /// A search's matches up to this many have their order kept (8 bytes each), so that a
    /// window deep in them is read by id instead of by running the search again.
    static constexpr qint64 maxOrderedMatches = ContactWindowReader::maxOrderedMatches;

    /// `database` is the GUI thread's connection (single-contact reads); workers open their
    /// own connections to database.path(). Starts counting at once.
    explicit ContactTableModel(ContactDatabase& database, QObject* parent = nullptr);
    ~ContactTableModel() override;

    /// Shows the contacts `filter` matches once they are counted. The filter already set
    /// changes nothing: the one place a repeated search or filter is recognized.
    void setFilter(const ContactFilter& filter);
    /// The filter last set, whose count may still run.
    ContactFilter filter() const { return m_filter; }
    /// The filter of the rows on show and of totalCount().
    ContactFilter shownFilter() const { return m_shownFilter; }

    /// Header sorting: the store's orders (name, created, last message, updated); a request
    /// for a column the store cannot sort by is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    bool isSortable(int column) const;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    /// The store's list query of the current filter in the current order (its page and
    /// limit are the defaults): what an export of "the current list" reads.
    ListQuery requestedQuery() const;

    /// Counts again and drops the cached rows, keeping filter and order: after edits and
    /// imports. The previous rows stay on show until the new count arrives.
    void refresh();
    /// Re-reads these contacts where they are cached and emits dataChanged for their rows:
    /// after an edit of a few contacts (one read of all of them with their sync marks, on the
    /// GUI connection, so that the rows show the edit when this returns; after a batch edit,
    /// use refresh()). Ids that are not cached are ignored.
    void reloadContacts(const QStringList& ids);

    /// The number of matches of the last finished count (rowCount()).
    qint64 totalCount() const { return m_cache->total(); }
    /// True while a count for a new filter, order or refresh runs on a worker.
    bool isCounting() const { return m_counting; }

    /// The contact of a row: from the cache, else read at once on the GUI connection: by
    /// row id when the search's order is known (one indexed read), else as a window read
    /// does (a few ms, up to seconds far down a 2-character search at 1M). So use it for
    /// rows on show (cached), and ContactRole in views. Nothing for a row out of range or on
    /// error.
    std::optional<Contact> contactAt(int row) const;
    /// The row of a contact among the cached rows, or -1.
    int rowOfContact(const QString& id) const { return m_cache->rowOf(id); }
    /// The API ids of the rows of `rows` (any columns; each row once, in row order). When
    /// all are cached, `done` is called before this returns; otherwise they are read on a
    /// worker and `done` is called on `context`'s thread, or never if `context` is destroyed
    /// first. The rows are those on show when called (the query of the shown rows).
    void contactIds(const QModelIndexList& rows, QObject* context,
                    std::function<void(ApiResult<QStringList>)> done) const;
    void contactIds(const QItemSelection& selection, QObject* context,
                    std::function<void(ApiResult<QStringList>)> done) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    /// True once a search's order of matches is known (see maxOrderedMatches).
    bool isMatchOrderKnown() const { return m_cache->matchOrder() != nullptr; }
    /// The number of rows the cache holds now (bounded by windowSize * maxCachedWindows).
    int cachedRowCount() const { return m_cache->cachedRowCount(); }

signals:
    void totalCountChanged(qint64 total);
    /// After every count that replaced the rows on show (a new filter, order or refresh),
    /// whether the number changed or not: when to show it, with shownFilter().
    void countArrived(qint64 total);
    void countingChanged(bool counting);
    void errorOccurred(const QString& message);
    /// After every sort() call, with the order now in force: a header whose indicator moved
    /// to a column that cannot be sorted puts it back from this.
    void sortChanged(int column, Qt::SortOrder order);

private:
    void requery(bool keepTotal);
    /// The answer of requery() number `generation`: its first window, or its order.
    void onOpening(quint64 generation, const ListQuery& query, const ContactFilter& filter,
                   ApiResult<ContactWindowReader::Opening> part);
    void setCounting(bool counting);

    ContactDatabase& m_db;
    ContactFilter m_filter;
    ContactFilter m_shownFilter;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_counting = false;
    /// Bumped by every new filter, order or refresh: answers of an older one are dropped.
    quint64 m_generation = 0;
    /// The requery whose rows are on show: its order, arriving after them, is still wanted.
    quint64 m_shownGeneration = 0;

    ContactWindowCache* m_cache;
    ContactIdResolver m_ids;
    ContactPresentation m_presentation;
};

Q_DECLARE_METATYPE(Contact)
