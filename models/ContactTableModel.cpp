#include "ContactTableModel.h"

#include "ContactDatabase.h"

ContactTableModel::ContactTableModel(ContactDatabase& database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database), m_databasePath(database.path())
{}

ContactTableModel::~ContactTableModel() = default;

void ContactTableModel::setFilter(const ContactFilter& filter)
{
    m_filter = filter;
}

void ContactTableModel::sort(int column, Qt::SortOrder order)
{
    if (!isSortable(column))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
}

bool ContactTableModel::isSortable(int column) const
{
    return column == NameColumn || column == LastMessageColumn || column == CreatedColumn ||
           column == UpdatedColumn;
}

void ContactTableModel::refresh() {}

void ContactTableModel::reloadContacts(const QStringList&) {}

std::optional<Contact> ContactTableModel::contactAt(int) const
{
    return std::nullopt;
}

int ContactTableModel::rowOfContact(const QString&) const
{
    return -1;
}

void ContactTableModel::contactIds(const QModelIndexList&, QObject*,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    done(QStringList{});
}

void ContactTableModel::contactIds(const QItemSelection&, QObject*,
                                   std::function<void(ApiResult<QStringList>)> done) const
{
    done(QStringList{});
}

int ContactTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_total);
}

int ContactTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex&, int) const
{
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags ContactTableModel::flags(const QModelIndex& index) const
{
    return QAbstractTableModel::flags(index);
}

int ContactTableModel::cachedRowCount() const
{
    return 0;
}
