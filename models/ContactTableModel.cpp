#include "ContactTableModel.h"

#include "ContactDatabase.h"
#include "ContactListing.h"
#include "ContactRows.h"
#include "ContactStore.h"
#include "PhoneNumbers.h"
#include "StoreTask.h"
#include "SyncStatus.h"

#include <QColor>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

namespace {

// Windows wanted while others are read: only the latest few are still worth reading when a
// scrollbar drag passes through thousands of rows.
constexpr int maxWantedWindows = 4;

std::optional<SortField> sortFieldOf(int column)
{
    switch (column) {
    case ContactTableModel::NameColumn:
        return SortField::Name;
    case ContactTableModel::LastMessageColumn:
        return SortField::LastMessageAt;
    case ContactTableModel::CreatedColumn:
        return SortField::CreatedAt;
    case ContactTableModel::UpdatedColumn:
        return SortField::UpdatedAt;
    default:
        return std::nullopt;
    }
}

QIcon markerIcon(const QColor& color, bool barred)
{
    // Drawn rather than taken from a theme: the model links no widgets and must look the
    // same on every platform.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 4);
    painter.setPen(pen);
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    if (barred)
        painter.drawLine(QPointF(8.5, 8.5), QPointF(23.5, 23.5));
    else
        painter.drawLine(QPointF(10, 16), QPointF(22, 16));
    painter.end();
    return QIcon(pixmap);
}

// The sync markers, drawn for the same reason: a clock for pending, a warning triangle for
// a conflict, a red disc with a bar for an error.
QIcon syncIcon(SyncState state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    switch (state) {
    case SyncState::Pending: {
        painter.setPen(QPen(QColor(0x1e, 0x64, 0xc8), 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
        painter.drawLine(QPointF(16, 16), QPointF(16, 9));
        painter.drawLine(QPointF(16, 16), QPointF(21, 19));
        break;
    }
    case SyncState::Conflict: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xe6, 0x9a, 0x00));
        const QPointF triangle[] = {{16, 3}, {30, 28}, {2, 28}};
        painter.drawPolygon(triangle, 3);
        painter.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(16, 11), QPointF(16, 19));
        painter.drawPoint(QPointF(16, 24));
        break;
    }
    case SyncState::Error: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(QRectF(3, 3, 26, 26));
        painter.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(16, 9), QPointF(16, 18));
        painter.drawPoint(QPointF(16, 23));
        break;
    }
    case SyncState::Synced:
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

QStringList idsOf(const QList<Contact>& contacts)
{
    QStringList ids;
    ids.reserve(contacts.size());
    for (const Contact& contact : contacts)
        ids.append(contact.id);
    return ids;
}

QVariant localTime(const std::optional<QDateTime>& at)
{
    return at ? QVariant(at->toLocalTime()) : QVariant();
}

} // namespace

ContactTableModel::ContactTableModel(ContactDatabase& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database), m_databasePath(database.path()),
      m_blockedIcon(markerIcon(QColor(0xc6, 0x28, 0x28), true)),
      m_optedOutIcon(markerIcon(QColor(0x75, 0x75, 0x75), false)),
      m_pendingIcon(syncIcon(SyncState::Pending)), m_conflictIcon(syncIcon(SyncState::Conflict)),
      m_syncErrorIcon(syncIcon(SyncState::Error))
{
    m_shownQuery = requestedQuery();
    requery(false);
}

ContactTableModel::~ContactTableModel() = default;

// ---------------------------------------------------------------------------------------------
// Filter, order, counting

ListQuery ContactTableModel::requestedQuery() const
{
    return m_filter.toListQuery(sortFieldOf(m_sortColumn).value_or(SortField::CreatedAt),
                                m_sortOrder == Qt::AscendingOrder ? SortOrder::Ascending
                                                                  : SortOrder::Descending);
}

void ContactTableModel::setFilter(const ContactFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    requery(false);
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column) || (column == m_sortColumn && order == m_sortOrder)) {
        emit sortChanged(m_sortColumn, m_sortOrder);
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    // The order changes no count; unless one is running for a new filter, reuse it.
    requery(!m_counting);
    emit sortChanged(m_sortColumn, m_sortOrder);
}

bool ContactTableModel::isSortable(int column) const
{
    return sortFieldOf(column).has_value();
}

void ContactTableModel::refresh()
{
    requery(false);
}

void ContactTableModel::setCounting(bool counting)
{
    if (m_counting == counting)
        return;
    m_counting = counting;
    emit countingChanged(counting);
}

void ContactTableModel::requery(bool keepTotal)
{
    const quint64 generation = ++m_generation;
    const ListQuery query = requestedQuery();
    const std::optional<qint64> knownTotal =
        keepTotal ? std::optional<qint64>(m_total) : std::nullopt;
    setCounting(true);
    // The count and the first window in one task: the new rows replace the old ones at once,
    // without a moment of placeholders at the top.
    StoreTask::runOnDatabase<ApiResult<Requery>>(
        m_databasePath, this,
        [query, knownTotal](ContactDatabase& database) -> ApiResult<Requery> {
            ContactStore store(database);
            Requery answer;
            if (knownTotal) {
                answer.total = *knownTotal;
            } else {
                auto total = store.count(query);
                if (!total)
                    return std::unexpected(total.error());
                answer.total = *total;
            }
            auto window = store.window(query, 0, windowSize, answer.total);
            if (!window)
                return std::unexpected(window.error());
            auto first = store.contactsByRowId(window->rowIds);
            if (!first)
                return std::unexpected(first.error());
            answer.firstWindow.contacts = std::move(*first);
            auto sync = readSyncMarks(database, idsOf(answer.firstWindow.contacts));
            if (!sync)
                return std::unexpected(sync.error());
            answer.firstWindow.sync = std::move(*sync);
            return answer;
        },
        [this, generation, query](ApiResult<Requery> answer) {
            if (generation != m_generation)
                return; // superseded: a later request answers
            setCounting(false);
            if (!answer) {
                emit errorOccurred(answer.error().message);
                return;
            }
            const qint64 previousTotal = m_total;
            beginResetModel();
            dropCache();
            m_shownQuery = query;
            m_shownGeneration = generation;
            // A view cannot show more rows than an int counts.
            m_total = std::min<qint64>(answer->total, std::numeric_limits<int>::max());
            if (m_total > 0)
                storeWindow(0, std::move(answer->firstWindow), false);
            endResetModel();
            if (m_total != previousTotal)
                emit totalCountChanged(m_total);
            prefetchAround(0);
            orderMatches();
        });
}

// ---------------------------------------------------------------------------------------------
// The window cache

void ContactTableModel::dropCache()
{
    m_windows.clear();
    m_rowOfId.clear();
    m_wantedWindows.clear();
    m_prefetchWindows.clear();
    m_orderedIds.reset();
    // A window in flight belongs to the old generation: its answer is dropped on arrival.
}

int ContactTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const Window& window : m_windows)
        rows += int(window.contacts.size());
    return rows;
}

const Contact* ContactTableModel::cachedContact(int row) const
{
    const auto it = m_windows.find(row / windowSize);
    if (it == m_windows.end())
        return nullptr;
    it->lastUse = ++m_useClock;
    const int offset = row % windowSize;
    return offset < it->contacts.size() ? &it->contacts.at(offset) : nullptr;
}

void ContactTableModel::requestWindow(int window) const
{
    if (m_windowInFlight == window)
        return;
    m_wantedWindows.removeOne(window);
    m_wantedWindows.append(window);
    if (m_wantedWindows.size() > maxWantedWindows)
        m_wantedWindows.removeFirst();
    if (!m_windowInFlight)
        const_cast<ContactTableModel*>(this)->fetchNextWindow();
}

void ContactTableModel::orderMatches()
{
    // A search reads its matches by a scan or a full-text query, then sorts them: every
    // window read would do that again (seconds deep in a 2-character search at 1M). Its
    // matches' order is read once instead, beside the window reads.
    if (m_shownQuery.search.isEmpty() || m_total <= 2 * windowSize || m_total > maxOrderedMatches)
        return;
    const quint64 generation = m_shownGeneration;
    const ListQuery query = m_shownQuery;
    const qint64 total = m_total;
    using Ids = std::shared_ptr<const QList<qint64>>;
    StoreTask::runOnDatabase<ApiResult<Ids>>(
        m_databasePath, this,
        [query, total](ContactDatabase& database) -> ApiResult<Ids> {
            auto all = ContactListing(database, database.defaultOrganization().rowId, query)
                           .window(0, total, total);
            if (!all)
                return std::unexpected(all.error());
            return std::make_shared<const QList<qint64>>(std::move(all->rowIds));
        },
        [this, generation](ApiResult<Ids> ids) {
            // A write between the count and this read changed the matches: keep reading
            // windows by query until the next refresh().
            if (generation == m_shownGeneration && ids && (*ids)->size() == m_total)
                m_orderedIds = std::move(*ids);
        });
}

void ContactTableModel::prefetchAround(int window)
{
    // The neighbours of a window the view asked for, read while the reader is idle, so that
    // scrolling by wheel or keys finds its next rows cached. Only around wanted windows:
    // prefetching around prefetched ones would walk the whole table.
    m_prefetchWindows.clear();
    const int windows = int((m_total + windowSize - 1) / windowSize);
    for (const int neighbour : {window + 1, window - 1}) {
        if (neighbour >= 0 && neighbour < windows && !m_windows.contains(neighbour))
            m_prefetchWindows.append(neighbour);
    }
    fetchNextWindow();
}

void ContactTableModel::fetchNextWindow()
{
    if (m_windowInFlight)
        return;
    // The most recently wanted first: that is where the view is now. Prefetches last.
    bool wanted = true;
    int window = 0;
    if (!m_wantedWindows.isEmpty()) {
        window = m_wantedWindows.takeLast();
    } else {
        while (!m_prefetchWindows.isEmpty() && m_windows.contains(m_prefetchWindows.first()))
            m_prefetchWindows.removeFirst();
        if (m_prefetchWindows.isEmpty())
            return;
        window = m_prefetchWindows.takeFirst();
        wanted = false;
    }
    m_windowInFlight = window;
    const quint64 generation = m_shownGeneration;
    const ListQuery query = m_shownQuery;
    const qint64 total = m_total;
    const QList<qint64> rowIds =
        m_orderedIds ? m_orderedIds->mid(window * windowSize, windowSize) : QList<qint64>{};
    StoreTask::runOnDatabase<ApiResult<WindowRead>>(
        m_databasePath, this,
        [query, window, total, rowIds](ContactDatabase& database) -> ApiResult<WindowRead> {
            ContactStore store(database);
            auto found = rowIds.isEmpty()
                             ? store.window(query, qint64(window) * windowSize, windowSize, total)
                             : ApiResult<ListWindow>(ListWindow{total, rowIds});
            if (!found)
                return std::unexpected(found.error());
            auto contacts = store.contactsByRowId(found->rowIds);
            if (!contacts)
                return std::unexpected(contacts.error());
            auto sync = readSyncMarks(database, idsOf(*contacts));
            if (!sync)
                return std::unexpected(sync.error());
            return WindowRead{std::move(*contacts), std::move(*sync)};
        },
        [this, generation, window, wanted](ApiResult<WindowRead> contacts) {
            m_windowInFlight.reset();
            if (generation == m_shownGeneration) {
                if (contacts) {
                    storeWindow(window, std::move(*contacts));
                    if (wanted && m_wantedWindows.isEmpty()) {
                        prefetchAround(window);
                        return;
                    }
                } else {
                    emit errorOccurred(contacts.error().message);
                }
            }
            fetchNextWindow();
        });
}

ApiResult<SyncMarks> ContactTableModel::readSyncMarks(ContactDatabase& database,
                                                      const QStringList& ids)
{
    return SyncStatus(database, database.defaultOrganization().rowId).marks(ids);
}

void ContactTableModel::storeWindow(int window, WindowRead read, bool notify)
{
    QList<Contact>& contacts = read.contacts;
    const int first = window * windowSize;
    if (first >= m_total)
        return;
    // Evict the least recently used windows beyond the bound.
    while (m_windows.size() >= maxCachedWindows) {
        auto oldest = m_windows.begin();
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        for (const Contact& contact : oldest->contacts)
            m_rowOfId.remove(contact.id);
        m_windows.erase(oldest);
    }
    for (qsizetype i = 0; i < contacts.size(); ++i)
        m_rowOfId.insert(contacts.at(i).id, first + int(i));
    m_windows.insert(window, Window{std::move(contacts), std::move(read.sync), ++m_useClock});
    if (!notify)
        return;
    const int last = int(std::min<qint64>(first + windowSize, m_total)) - 1;
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void ContactTableModel::reloadContacts(const QStringList& ids)
{
    ContactStore store(m_db);
    // An edit makes a contact pending: its mark is read again with it.
    auto sync = readSyncMarks(m_db, ids);
    if (!sync)
        emit errorOccurred(sync.error().message);
    for (const QString& id : ids) {
        const auto row = m_rowOfId.constFind(id);
        if (row == m_rowOfId.constEnd())
            continue;
        auto window = m_windows.find(*row / windowSize);
        if (window == m_windows.end())
            continue;
        auto contact = store.contact(id);
        if (!contact) {
            // A deleted contact keeps its row until refresh() counts again.
            if (contact.error().status != 404)
                emit errorOccurred(contact.error().message);
            continue;
        }
        window->contacts[*row % windowSize] = std::move(*contact);
        if (sync && sync->contains(id))
            window->sync.insert(id, sync->value(id));
        else if (sync)
            window->sync.remove(id);
        emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    }
}

std::optional<Contact> ContactTableModel::contactAt(int row) const
{
    if (row < 0 || row >= m_total)
        return std::nullopt;
    if (const Contact* contact = cachedContact(row))
        return *contact;
    ContactStore store(m_db);
    auto window = store.window(m_shownQuery, row, 1, m_total);
    if (!window)
        return std::nullopt;
    auto contacts = store.contactsByRowId(window->rowIds);
    if (!contacts || contacts->isEmpty())
        return std::nullopt;
    return contacts->first();
}

int ContactTableModel::rowOfContact(const QString& id) const
{
    return m_rowOfId.value(id, -1);
}

// ---------------------------------------------------------------------------------------------
// Selections

void ContactTableModel::contactIds(const QModelIndexList& rows, QObject* context,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    QList<int> sorted;
    sorted.reserve(rows.size());
    for (const QModelIndex& index : rows) {
        if (index.isValid() && index.model() == this)
            sorted.append(index.row());
    }
    std::sort(sorted.begin(), sorted.end());
    QList<RowRange> ranges;
    for (const int row : sorted) {
        if (!ranges.isEmpty() && row <= ranges.last().last + 1)
            ranges.last().last = std::max(ranges.last().last, row);
        else
            ranges.append(RowRange{row, row});
    }
    resolveIds(ranges, context, std::move(done));
}

void ContactTableModel::contactIds(const QItemSelection& selection, QObject* context,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    QList<RowRange> sorted;
    for (const QItemSelectionRange& range : selection) {
        if (range.isValid() && range.model() == this)
            sorted.append(RowRange{range.top(), range.bottom()});
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const RowRange& a, const RowRange& b) { return a.first < b.first; });
    QList<RowRange> ranges;
    for (const RowRange& range : sorted) {
        if (!ranges.isEmpty() && range.first <= ranges.last().last + 1)
            ranges.last().last = std::max(ranges.last().last, range.last);
        else
            ranges.append(range);
    }
    resolveIds(ranges, context, std::move(done));
}

void ContactTableModel::resolveIds(const QList<RowRange>& ranges, QObject* context,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    QStringList ids;
    bool cached = true;
    for (const RowRange& range : ranges) {
        for (int row = range.first; row <= range.last && cached; ++row) {
            const Contact* contact = cachedContact(row);
            if (contact)
                ids.append(contact->id);
            else
                cached = false;
        }
        if (!cached)
            break;
    }
    if (cached) {
        done(ids);
        return;
    }
    const ListQuery query = m_shownQuery;
    const qint64 total = m_total;
    StoreTask::run<ApiResult<QStringList>>(
        m_databasePath, context,
        [query, total, ranges](ContactStore& store) -> ApiResult<QStringList> {
            QStringList ids;
            for (const RowRange& range : ranges) {
                auto window = store.window(query, range.first, range.last - range.first + 1, total);
                if (!window)
                    return std::unexpected(window.error());
                auto some = store.contactIdsByRowId(window->rowIds);
                if (!some)
                    return some;
                ids += *some;
            }
            return ids;
        },
        std::move(done));
}

// ---------------------------------------------------------------------------------------------
// QAbstractItemModel

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant ContactTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Contact* contact = cachedContact(index.row());
    if (!contact) {
        if (!m_windows.contains(index.row() / windowSize))
            requestWindow(index.row() / windowSize);
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*contact, index.column());
    case Qt::EditRole:
        return editData(*contact, index.column());
    case Qt::ToolTipRole: {
        const QVariant tip = toolTipData(*contact, index.column());
        const SyncMark sync = syncMark(index.row(), contact->id);
        if (index.column() != NameColumn || sync.state == SyncState::Synced)
            return tip;
        return tip.toString() + u'\n' + syncText(sync);
    }
    case Qt::DecorationRole:
        return decorationData(*contact, syncMark(index.row(), contact->id), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == ConversationsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ContactIdRole:
        return contact->id;
    case ContactRole:
        return QVariant::fromValue(*contact);
    case LoadedRole:
        return true;
    case SyncStateRole:
        return int(syncMark(index.row(), contact->id).state);
    default:
        return {};
    }
}

QVariant ContactTableModel::displayData(const Contact& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name.value_or(QString());
    case PhoneColumn:
        return PhoneNumbers::formatInternational(c.phone);
    case EmailColumn:
        return c.email.value_or(QString());
    case CountryColumn:
        return c.countryCode.value_or(QString());
    case TagsColumn:
        return c.tags.join(QStringLiteral(", "));
    case LabelsColumn:
        return c.labels.join(QStringLiteral(", "));
    case SourceColumn:
        return c.source;
    case OptedInColumn:
        return c.optedIn ? tr("Yes") : tr("No");
    case BlockedColumn:
        return c.isBlocked ? tr("Yes") : tr("No");
    case LastMessageColumn:
        return localTime(c.lastMessageAt);
    case ConversationsColumn:
        return c.conversationCount;
    case CreatedColumn:
        return localTime(c.createdAt);
    case UpdatedColumn:
        return localTime(c.updatedAt);
    default:
        return {};
    }
}

QVariant ContactTableModel::editData(const Contact& c, int column) const
{
    switch (column) {
    case PhoneColumn:
        return c.phone; // E.164, as the store and the API take it
    case TagsColumn:
        return c.tags;
    case LabelsColumn:
        return c.labels;
    case OptedInColumn:
        return c.optedIn;
    case BlockedColumn:
        return c.isBlocked;
    case LastMessageColumn:
        return c.lastMessageAt ? QVariant(*c.lastMessageAt) : QVariant();
    case CreatedColumn:
        return c.createdAt;
    case UpdatedColumn:
        return c.updatedAt;
    default:
        return displayData(c, column);
    }
}

QVariant ContactTableModel::toolTipData(const Contact& c, int column) const
{
    const QLocale locale;
    const auto longTime = [&locale](const QDateTime& at) {
        return locale.toString(at.toLocalTime(), QLocale::LongFormat);
    };
    switch (column) {
    case NameColumn: {
        QStringList lines = {c.name.value_or(tr("(no name)")),
                             PhoneNumbers::formatInternational(c.phone)};
        if (c.isBlocked)
            lines.append(tr("Blocked: messages from this contact are ignored"));
        if (!c.optedIn)
            lines.append(tr("Opted out: do not send marketing messages"));
        return lines.join(u'\n');
    }
    case PhoneColumn:
        return c.phone;
    case TagsColumn:
        return c.tags.join(u'\n');
    case LabelsColumn:
        return c.labels.join(u'\n');
    case OptedInColumn:
        return c.optedIn ? tr("Opted in to messages")
                         : tr("Opted out: do not send marketing messages");
    case BlockedColumn:
        return c.isBlocked ? tr("Blocked: messages from this contact are ignored") : QVariant();
    case LastMessageColumn:
        return c.lastMessageAt ? QVariant(longTime(*c.lastMessageAt)) : QVariant(tr("No messages"));
    case CreatedColumn:
        return longTime(c.createdAt);
    case UpdatedColumn:
        return longTime(c.updatedAt);
    default: {
        const QVariant text = displayData(c, column);
        return text.toString().isEmpty() ? QVariant() : text;
    }
    }
}

SyncMark ContactTableModel::syncMark(int row, const QString& id) const
{
    const auto window = m_windows.constFind(row / windowSize);
    return window == m_windows.cend() ? SyncMark{} : window->sync.value(id);
}

QString ContactTableModel::syncText(const SyncMark& sync) const
{
    switch (sync.state) {
    case SyncState::Pending:
        return tr("Not synced yet: changes wait for the next sync");
    case SyncState::Conflict:
        return tr("Sync conflict: changed here and on the server (Sync ▸ Conflicts…)");
    case SyncState::Error:
        return sync.error.isEmpty() ? tr("Sync failed for this contact")
                                    : tr("Sync failed for this contact: %1").arg(sync.error);
    case SyncState::Synced:
        break;
    }
    return {};
}

QVariant ContactTableModel::decorationData(const Contact& c, const SyncMark& sync, int column) const
{
    switch (column) {
    case NameColumn:
        // Only the exceptions: most contacts have not opted in (the API's default), and a
        // marker on nearly every name would hide the others. Sync's marks come first: the
        // Blocked column still shows a blocked contact.
        switch (sync.state) {
        case SyncState::Pending:
            return m_pendingIcon;
        case SyncState::Conflict:
            return m_conflictIcon;
        case SyncState::Error:
            return m_syncErrorIcon;
        case SyncState::Synced:
            break;
        }
        return c.isBlocked ? QVariant(m_blockedIcon) : QVariant();
    case BlockedColumn:
        return c.isBlocked ? QVariant(m_blockedIcon) : QVariant();
    case OptedInColumn:
        return c.optedIn ? QVariant() : QVariant(m_optedOutIcon);
    default:
        return {};
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole: {
        static const char* const titles[ColumnCount] = {
            QT_TR_NOOP("Name"),         QT_TR_NOOP("Phone"),         QT_TR_NOOP("Email"),
            QT_TR_NOOP("Country"),      QT_TR_NOOP("Tags"),          QT_TR_NOOP("Labels"),
            QT_TR_NOOP("Source"),       QT_TR_NOOP("Opted in"),      QT_TR_NOOP("Blocked"),
            QT_TR_NOOP("Last message"), QT_TR_NOOP("Conversations"), QT_TR_NOOP("Created"),
            QT_TR_NOOP("Updated")};
        return tr(titles[section]);
    }
    case Qt::ToolTipRole:
        return isSortable(section) ? QVariant() : QVariant(tr("This column cannot be sorted"));
    case Qt::InitialSortOrderRole:
        // Dates read newest first; names A to Z.
        return int(section == NameColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    default:
        return {};
    }
}
