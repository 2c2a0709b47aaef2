#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactFilter.h"
#include "ListQuery.h"
#include "SyncMark.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QItemSelection>
#include <QList>
#include <QModelIndexList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class ContactDatabase;

/// The contacts of the database's organization that match a filter, in one of the store's
/// orders, for a QTableView of any size. It never holds all contacts: it knows the number of
/// matches and keeps a bounded cache of windows of rows around what the view asked for.
/// Counting and window reads run on a worker (StoreTask) with its own connection; until a
/// window arrives its rows show placeholders (LoadedRole false). The GUI thread reads the
/// store only in reloadContacts() and in contactAt() of an uncached row. Lives on the GUI
/// thread; the database must outlive it.
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
    static constexpr int windowSize = 200;
    static constexpr int maxCachedWindows = 24;
    /// A search's matches up to this many have their order kept (8 bytes each), so that a
    /// window deep in them is read by id instead of by running the search again.
    static constexpr int maxOrderedMatches = 500000;

    /// `database` is the GUI thread's connection (single-contact reads); workers open their
    /// own connections to database.path(). Starts counting at once.
    explicit ContactTableModel(ContactDatabase& database, QObject* parent = nullptr);
    ~ContactTableModel() override;

    void setFilter(const ContactFilter& filter);
    ContactFilter filter() const { return m_filter; }

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
    /// after an edit of a few contacts (each is one indexed read on the GUI connection; after
    /// a batch edit, use refresh()). Ids that are not cached are ignored.
    void reloadContacts(const QStringList& ids);

    /// The number of matches of the last finished count (rowCount()).
    qint64 totalCount() const { return m_total; }
    /// True while a count for a new filter, order or refresh runs on a worker.
    bool isCounting() const { return m_counting; }

    /// The contact of a row: from the cache, else read at once on the GUI connection. That
    /// read costs what a window read does (a few ms, up to seconds far down a 2-character
    /// search at 1M), so use it for rows on show (cached), and ContactRole in views.
    /// Nothing for a row out of range or on error.
    std::optional<Contact> contactAt(int row) const;
    /// The row of a contact among the cached rows, or -1.
    int rowOfContact(const QString& id) const;
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
    bool isMatchOrderKnown() const { return m_orderedIds != nullptr; }
    /// The number of rows the cache holds now (bounded by windowSize * maxCachedWindows).
    int cachedRowCount() const;

signals:
    void totalCountChanged(qint64 total);
    void countingChanged(bool counting);
    void errorOccurred(const QString& message);
    /// After every sort() call, with the order now in force: a header whose indicator moved
    /// to a column that cannot be sorted puts it back from this.
    void sortChanged(int column, Qt::SortOrder order);

private:
    /// A window's contacts and their sync marks, read together on a worker.
    struct WindowRead {
        QList<Contact> contacts;
        SyncMarks sync;
    };
    struct Window {
        QList<Contact> contacts;
        SyncMarks sync;
        quint64 lastUse = 0;
    };
    /// Rows [first, last], both included.
    struct RowRange {
        int first = 0;
        int last = -1;
    };
    struct Requery {
        qint64 total = 0;
        WindowRead firstWindow;
    };

    /// The sync marks of these contacts (a window's), on the calling thread's connection.
    static ApiResult<SyncMarks> readSyncMarks(ContactDatabase& database, const QStringList& ids);

    void requery(bool keepTotal);
    void requestWindow(int window) const;
    void fetchNextWindow();
    void prefetchAround(int window);
    void orderMatches();
    /// Caches a window's rows, evicting the least recently used beyond the bound; `notify`
    /// emits dataChanged for them (not inside a reset).
    void storeWindow(int window, WindowRead read, bool notify = true);
    void dropCache();
    const Contact* cachedContact(int row) const;
    SyncMark syncMark(int row, const QString& id) const;
    void resolveIds(const QList<RowRange>& ranges, QObject* context,
                    std::function<void(ApiResult<QStringList>)> done) const;
    void setCounting(bool counting);
    QVariant displayData(const Contact& contact, int column) const;
    QVariant editData(const Contact& contact, int column) const;
    QVariant toolTipData(const Contact& contact, int column) const;
    QVariant decorationData(const Contact& contact, const SyncMark& sync, int column) const;
    QString syncText(const SyncMark& sync) const;

    ContactDatabase& m_db;
    QString m_databasePath;
    ContactFilter m_filter;
    int m_sortColumn = CreatedColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_counting = false;
    /// Bumped by every new filter, order or refresh: answers of an older one are dropped.
    quint64 m_generation = 0;

    // What is on show: the rows of m_shownQuery, counted by generation m_shownGeneration.
    // A new filter or order replaces them only when its count arrives.
    ListQuery m_shownQuery;
    quint64 m_shownGeneration = 0;
    qint64 m_total = 0;

    // The cache and the window requests; mutable because data() fills them.
    mutable QHash<int, Window> m_windows;
    mutable QHash<QString, int> m_rowOfId;
    mutable quint64 m_useClock = 0;
    mutable QList<int> m_wantedWindows; ///< most recently wanted last
    QList<int> m_prefetchWindows;       ///< read when nothing is wanted
    std::optional<int> m_windowInFlight;

    /// The row ids of a search's matches in order (see maxOrderedMatches), or null.
    std::shared_ptr<const QList<qint64>> m_orderedIds;

    QIcon m_blockedIcon;
    QIcon m_optedOutIcon;
    QIcon m_pendingIcon;
    QIcon m_conflictIcon;
    QIcon m_syncErrorIcon;
};

Q_DECLARE_METATYPE(Contact)
