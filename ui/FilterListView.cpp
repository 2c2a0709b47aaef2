#include "FilterListView.h"

#include <QKeyEvent>

FilterListView::FilterListView(QWidget* parent) : QListView(parent)
{
    setSelectionMode(QAbstractItemView::MultiSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
}

void FilterListView::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier && currentIndex().isValid()) {
        selectionModel()->select(currentIndex(), QItemSelectionModel::Toggle);
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}
