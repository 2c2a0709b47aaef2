#include "ContactTableView.h"

#include "ContactTableModel.h"
#include "PhoneNumberDelegate.h"
#include "TableLayoutSettings.h"

#include <QHeaderView>
#include <QMenu>
#include <QPointer>
#include <QScopedValueRollback>
#include <QShortcut>

ContactTableView::ContactTableView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& position) {
                QMenu menu;
                fillColumnsMenu(&menu);
                menu.exec(horizontalHeader()->mapToGlobal(position));
            });
    connect(this, &QTableView::doubleClicked, this, &ContactTableView::editRequested);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &ContactTableView::editRequested);
    }
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setAccessibleName(tr("Contacts"));
    setAccessibleDescription(tr("The contacts that match the search and filters; Enter edits "
                                "the current one, the menu key lists what can be done"));
    setItemDelegateForColumn(ContactTableModel::PhoneColumn, new PhoneNumberDelegate(this));
}

void ContactTableView::setContactModel(ContactTableModel* model)
{
    QHeaderView* header = horizontalHeader();
    if (m_model) {
        saveLayout();
        disconnect(header, &QHeaderView::sortIndicatorChanged, this,
                   &ContactTableView::onSortIndicatorChanged);
        m_model->disconnect(this);
        QItemSelectionModel* selection = selectionModel();
        setModel(nullptr);
        delete selection;
    }
    m_model = model;
    m_reselectIds.clear();
    m_reselectCurrent.clear();
    setReadingSelection(false); // a read of the previous model's rows answers nobody
    if (!model)
        return;
    setModel(model);
    setSortingEnabled(false);
    if (!TableLayoutSettings::restore(header))
        applyDefaultLayout();
    header->setSortIndicatorShown(true);
    const int sortColumn = header->sortIndicatorSection();
    if (model->isSortable(sortColumn))
        model->sort(sortColumn, header->sortIndicatorOrder());
    else
        header->setSortIndicator(model->sortColumn(), model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            &ContactTableView::onSortIndicatorChanged);
    // After the view and its selection model have handled the reset (they connected first).
    connect(model, &QAbstractItemModel::modelReset, this, &ContactTableView::reselect);
}

void ContactTableView::applyDefaultLayout()
{
    QHeaderView* header = horizontalHeader();
    const QFontMetrics metrics = fontMetrics();
    const auto width = [&](int characters) {
        return metrics.averageCharWidth() * characters;
    };
    header->resizeSection(ContactTableModel::NameColumn, width(26));
    header->resizeSection(ContactTableModel::PhoneColumn, width(18));
    header->resizeSection(ContactTableModel::EmailColumn, width(28));
    header->resizeSection(ContactTableModel::CountryColumn, width(9));
    header->resizeSection(ContactTableModel::TagsColumn, width(22));
    header->resizeSection(ContactTableModel::LabelsColumn, width(16));
    for (int column : {ContactTableModel::SourceColumn, ContactTableModel::OptedInColumn,
                       ContactTableModel::BlockedColumn})
        header->resizeSection(column, width(10));
    // Present but out of the way until an agent wants them.
    for (int column : {ContactTableModel::ConversationsColumn, ContactTableModel::UpdatedColumn,
                       ContactTableModel::SourceColumn})
        header->hideSection(column);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void ContactTableView::saveLayout()
{
    if (m_model)
        TableLayoutSettings::save(horizontalHeader());
}

void ContactTableView::fillColumnsMenu(QMenu* menu)
{
    menu->clear();
    if (!m_model)
        return;
    QHeaderView* header = horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [header, column](bool shown) {
            // Keep at least one column, or the table cannot be brought back from its header.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
            TableLayoutSettings::save(header);
        });
    }
}

void ContactTableView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    QHeaderView* header = horizontalHeader();
    if (!m_model->isSortable(column)) {
        // Tags, phone, email...: the store has no index to order 1M contacts by them.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        emit unsortableColumnClicked();
        return;
    }
    m_model->sort(column, order);
    TableLayoutSettings::save(header);
}

qint64 ContactTableView::selectedRowCount() const
{
    const QItemSelectionModel* selection = selectionModel();
    if (!selection)
        return 0;
    qint64 count = 0;
    for (const QItemSelectionRange& range : selection->selection()) {
        if (range.left() != 0)
            continue; // a row selection spans every column; count each row once
        count += range.height();
    }
    return count;
}

void ContactTableView::readSelectedIds(QObject* context,
                                       std::function<void(ApiResult<QStringList>)> done)
{
    if (!m_model || m_readingSelection)
        return;
    const QItemSelection selection = selectionModel()->selection();
    if (selection.isEmpty())
        return;
    setReadingSelection(true);
    m_model->contactIds(selection, this,
                        [this, model = QPointer<ContactTableModel>(m_model),
                         context = QPointer<QObject>(context), done](ApiResult<QStringList> ids) {
                            // Another database's model since: its ids mean nothing here.
                            if (model != m_model)
                                return;
                            setReadingSelection(false);
                            if (context)
                                done(std::move(ids));
                        });
}

void ContactTableView::setReadingSelection(bool reading)
{
    if (reading == m_readingSelection)
        return;
    m_readingSelection = reading;
    emit readingSelectionChanged(reading);
}

void ContactTableView::refreshKeepingSelection()
{
    if (!m_model)
        return;
    m_reselectIds.clear();
    m_reselectCurrent.clear();
    const QItemSelectionModel* selection = selectionModel();
    // A selection of thousands of rows is not worth listing (selectedRows() walks them all).
    if (selection && selectedRowCount() <= ContactTableModel::windowSize) {
        for (const QModelIndex& index : selection->selectedRows()) {
            const QString id = index.data(ContactTableModel::ContactIdRole).toString();
            if (!id.isEmpty())
                m_reselectIds.append(id);
        }
        m_reselectCurrent =
            selection->currentIndex().data(ContactTableModel::ContactIdRole).toString();
    }
    m_model->refresh();
}

void ContactTableView::reselect()
{
    if (m_reselectIds.isEmpty() && m_reselectCurrent.isEmpty())
        return;
    QItemSelection rows;
    for (const QString& id : std::as_const(m_reselectIds)) {
        const int row = m_model->rowOfContact(id);
        if (row >= 0)
            rows.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel* selection = selectionModel();
    const QScopedValueRollback restoring(m_restoringSelection, true);
    const int current = m_model->rowOfContact(m_reselectCurrent);
    if (current >= 0)
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    m_reselectIds.clear();
    m_reselectCurrent.clear();
}
