#pragma once

#include "ApiError.h"

#include <QStringList>
#include <QTableView>

#include <functional>

class ContactTableModel;

/// The window's table of contacts: its look, the header's menu of columns, the layout it
/// remembers (TableLayoutSettings), sorting only by what the store can order 1M contacts by,
/// the selected rows kept across a refresh, the ids of the selection, and the keys that open
/// a row in the editor. Shows one ContactTableModel at a time (setContactModel), or none.
class ContactTableView : public QTableView {
    Q_OBJECT
public:
    explicit ContactTableView(QWidget* parent = nullptr);

    /// Shows `model` (not owned; null for none), with the saved layout or the default one,
    /// and sorted as the header says. The previous model's layout is saved first.
    void setContactModel(ContactTableModel* model);
    ContactTableModel* contactModel() const { return m_model; }

    /// The number of selected rows, without walking them (a selection of 1M rows is one
    /// range).
    qint64 selectedRowCount() const;
    /// The API ids of the selected rows, then `done`: at once when their rows are cached,
    /// else after a worker has read them (isReadingSelection() meanwhile); dropped when
    /// `context` is gone first. Nothing is called for an empty selection.
    void readSelectedIds(QObject* context, std::function<void(ApiResult<QStringList>)> done);
    bool isReadingSelection() const { return m_readingSelection; }

    /// Re-reads the table after a write, keeping the selected contacts selected.
    void refreshKeepingSelection();
    /// True while the refresh puts the selection and the current row back: the agent did
    /// not move.
    bool isRestoringSelection() const { return m_restoringSelection; }
    /// Puts the columns' checkable toggles in `menu` (the header's and View > Columns).
    void fillColumnsMenu(QMenu* menu);
    /// Saves the column layout and order (also done as they change).
    void saveLayout();

signals:
    /// A double-click on a row, or Return or Enter in the table: edit the current contact.
    void editRequested();
    void readingSelectionChanged(bool reading);
    /// The agent clicked a column the store cannot sort by; the order stays.
    void unsortableColumnClicked();

private:
    void applyDefaultLayout();
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void reselect();
    void setReadingSelection(bool reading);

    ContactTableModel* m_model = nullptr;
    bool m_readingSelection = false;
    bool m_restoringSelection = false;
    QStringList m_reselectIds;
    QString m_reselectCurrent;
};
