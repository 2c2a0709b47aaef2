#include "ContactTableModel.h"

#include "ContactDatabase.h"
#include "ContactStore.h"
#include "StoreTask.h"

#include <limits>

namespace {

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

} // namespace

ContactTableModel::ContactTableModel(ContactDatabase& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database),
      m_cache(new ContactWindowCache(database.path(), this)), m_ids(*this, *m_cache)
{
    connect(m_cache, &ContactWindowCache::rowsChanged, this, [this](int first, int last) {
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
    connect(m_cache, &ContactWindowCache::errorOccurred, this, &ContactTableModel::errorOccurred);
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
    const ContactFilter filter = m_filter;
    const std::optional<qint64> knownTotal =
        keepTotal ? std::optional<qint64>(m_cache->total()) : std::nullopt;
    setCounting(true);
    // The count and the first window in one task: the new rows replace the old ones at once,
    // without a moment of placeholders at the top.
    using Part = ApiResult<ContactWindowReader::Opening>;
    StoreTask::runInParts<Part>(
        m_cache->databasePath(), this,
        [query, knownTotal](ContactDatabase& database, const std::function<void(Part)>& report) {
            ContactWindowReader::open(database, query, knownTotal, report);
        },
        [this, generation, query, filter](Part part) {
            onOpening(generation, query, filter, std::move(part));
        });
}

void ContactTableModel::onOpening(quint64 generation, const ListQuery& query,
                                  const ContactFilter& filter,
                                  ApiResult<ContactWindowReader::Opening> part)
{
    using FirstWindow = ContactWindowReader::FirstWindow;
    if (generation == m_shownGeneration) {
        // The order of the rows on show, or why it failed: then windows are read by listing.
        m_cache->setMatchOrder(part ? std::get<ContactWindowReader::MatchOrder>(std::move(*part))
                                    : nullptr);
        return;
    }
    if (generation != m_generation)
        return; // superseded: a later request answers
    if (!part) {
        setCounting(false);
        emit errorOccurred(part.error().message);
        return;
    }
    FirstWindow& first = std::get<FirstWindow>(*part);
    const qint64 previousTotal = m_cache->total();
    // A view cannot show more rows than an int counts.
    const qint64 total = std::min<qint64>(first.total, std::numeric_limits<int>::max());
    beginResetModel();
    m_shownFilter = filter;
    m_shownGeneration = generation;
    m_cache->show(query, total, std::move(first.rows), first.orderFollows);
    endResetModel();
    setCounting(false);
    if (total != previousTotal)
        emit totalCountChanged(total);
    emit countArrived(total);
}

// ---------------------------------------------------------------------------------------------
// Rows read on the GUI thread, selections

void ContactTableModel::reloadContacts(const QStringList& ids)
{
    const QList<qint64> rowIds = m_cache->cachedRowIds(ids);
    if (rowIds.isEmpty())
        return;
    // An edit makes a contact pending: its mark is read again with it. A deleted contact
    // keeps its row until refresh() counts again.
    auto reread = ContactWindowReader::rows(m_db, rowIds);
    if (!reread) {
        emit errorOccurred(reread.error().message);
        return;
    }
    for (const int row : m_cache->replace(*reread))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

std::optional<Contact> ContactTableModel::contactAt(int row) const
{
    if (row < 0 || row >= m_cache->total())
        return std::nullopt;
    if (const Contact* contact = m_cache->contact(row))
        return *contact;
    ContactStore store(m_db);
    QList<qint64> rowIds;
    if (const auto& order = m_cache->matchOrder()) {
        rowIds = {order->at(row)};
    } else {
        auto window = store.window(m_cache->query(), row, 1, m_cache->total());
        if (!window)
            return std::nullopt;
        rowIds = window->rowIds;
    }
    auto contacts = store.contactsByRowId(rowIds);
    if (!contacts || contacts->isEmpty())
        return std::nullopt;
    return contacts->first();
}

void ContactTableModel::contactIds(const QModelIndexList& rows, QObject* context,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    m_ids.resolve(rows, context, std::move(done));
}

void ContactTableModel::contactIds(const QItemSelection& selection, QObject* context,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    m_ids.resolve(selection, context, std::move(done));
}

// ---------------------------------------------------------------------------------------------
// QAbstractItemModel

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cache->total());
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
    const Contact* contact = m_cache->contact(index.row());
    if (!contact) {
        m_cache->request(index.row());
        return role == LoadedRole ? QVariant(false) : QVariant();
    }
    switch (role) {
    case ContactIdRole:
        return contact->id;
    case ContactRole:
        return QVariant::fromValue(*contact);
    case LoadedRole:
        return true;
    case SyncStateRole:
        return int(m_cache->syncMark(index.row(), contact->id).state);
    default:
        return m_presentation.data(*contact, m_cache->syncMark(index.row(), contact->id),
                                   index.column(), role);
    }
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_presentation.headerData(section, role, isSortable(section));
}
