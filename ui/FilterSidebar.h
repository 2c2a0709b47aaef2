#pragma once

#include <QList>
#include <QMetaObject>
#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QItemSelection;
class QLabel;
class QListView;
class QPushButton;
class TagListModel;

/// The sidebar beside the table: the tags and the labels with their counts, and the opt-in
/// and blocked filters. Clicking a tag toggles it; several tags must all match, and the
/// filters combine with the search. Chosen tags survive the lists' refreshes.
class FilterSidebar : public QWidget {
    Q_OBJECT
public:
    explicit FilterSidebar(QWidget* parent = nullptr);

    /// The lists to show (not owned; null empties the sidebar). Clears the filters.
    void setModels(TagListModel* tags, TagListModel* labels);

    QStringList selectedTags() const { return m_selectedTags; }
    QStringList selectedLabels() const { return m_selectedLabels; }
    std::optional<bool> optedIn() const;
    std::optional<bool> isBlocked() const;
    bool hasFilters() const;

    QListView* tagView() const { return m_tagView; }
    QListView* labelView() const { return m_labelView; }
    QComboBox* optedInFilter() const { return m_optedIn; }
    QComboBox* blockedFilter() const { return m_blocked; }

public slots:
    void clearFilters();

signals:
    void filtersChanged();

private:
    QListView* makeList();
    void attach(QListView* view, TagListModel* model, QStringList* selected);
    void readSelection(QListView* view, QStringList* selected);
    void restoreSelection(QListView* view, TagListModel* model, QStringList* selected);
    static std::optional<bool> choice(const QComboBox* box);
    void updateClearButton();

    QListView* m_tagView;
    QListView* m_labelView;
    QComboBox* m_optedIn;
    QComboBox* m_blocked;
    QPushButton* m_clear;
    QStringList m_selectedTags;
    QStringList m_selectedLabels;
    bool m_restoring = false;
    QList<QMetaObject::Connection> m_modelConnections;
};
