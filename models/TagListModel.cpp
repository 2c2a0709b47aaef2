#include "TagListModel.h"

#include "ContactDatabase.h"
#include "StoreTask.h"
#include "TagIndex.h"

TagListModel::TagListModel(ContactDatabase& database, TagKind kind, QObject* parent)
    : QAbstractListModel(parent), m_databasePath(database.path()), m_kind(kind)
{
    refresh();
}

void TagListModel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    const TagKind kind = m_kind;
    StoreTask::run<ApiResult<QList<TagCount>>>(
        m_databasePath, this, [kind](ContactStore& store) { return store.tagCounts(kind); },
        [this, generation](ApiResult<QList<TagCount>> counts) {
            if (generation != m_generation)
                return; // a later refresh() will answer
            m_loading = false;
            if (counts) {
                beginResetModel();
                m_tags = std::move(*counts);
                endResetModel();
            } else {
                emit errorOccurred(counts.error().message);
            }
            emit loadingChanged(false);
            emit refreshed();
        });
}

int TagListModel::rowOf(const QString& name) const
{
    const QString key = TagIndex::key(name);
    for (qsizetype row = 0; row < m_tags.size(); ++row) {
        if (TagIndex::key(m_tags.at(row).name) == key)
            return int(row);
    }
    return -1;
}

int TagListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TagCount& tag = m_tags.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case NameRole:
        return tag.name;
    case CountRole:
        return tag.count;
    case Qt::ToolTipRole:
        return tag.count == 1 ? tr("%1: 1 contact").arg(tag.name)
                              : tr("%1: %Ln contacts", nullptr, int(tag.count)).arg(tag.name);
    default:
        return {};
    }
}

QHash<int, QByteArray> TagListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(CountRole, "count");
    return names;
}
