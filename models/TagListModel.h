#pragma once

#include "TagCount.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

class ContactDatabase;

/// The tags (or labels) of the database's organization with the number of contacts carrying
/// each, most used first: the sidebar's list. refresh() counts on a worker (StoreTask) and
/// replaces the list when the answer arrives; a superseded answer is dropped. Lives on the
/// GUI thread; the database must outlive it.
class TagListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        NameRole = Qt::UserRole + 1, ///< QString, as first spelled
        CountRole,                   ///< qint64, contacts carrying it
    };

    TagListModel(ContactDatabase& database, TagKind kind, QObject* parent = nullptr);

    TagKind kind() const { return m_kind; }
    /// Re-reads the tags and counts (after edits and imports).
    void refresh();
    bool isLoading() const { return m_loading; }
    /// The row of a tag (case-insensitive), or -1.
    int rowOf(const QString& name) const;
    QList<TagCount> tags() const { return m_tags; }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void errorOccurred(const QString& message);

private:
    QString m_databasePath;
    TagKind m_kind;
    QList<TagCount> m_tags;
    quint64 m_generation = 0;
    bool m_loading = false;
};
