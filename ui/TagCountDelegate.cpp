#include "TagCountDelegate.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

TagCountDelegate::TagCountDelegate(int countRole, QObject* parent)
    : QStyledItemDelegate(parent), m_countRole(countRole)
{}

void TagCountDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();

    const QString name = opt.text;
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    // Inset so that the count never touches the view's edge or its scroll bar.
    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -4, 0);
    const QString count = QLocale().toString(index.data(m_countRole).toLongLong());
    const int countWidth = opt.fontMetrics.horizontalAdvance(count) + 8;
    const QRect countRect = QStyle::alignedRect(opt.direction, Qt::AlignRight | Qt::AlignVCenter,
                                                QSize(countWidth, textRect.height()), textRect);
    QRect nameRect = textRect;
    if (opt.direction == Qt::RightToLeft)
        nameRect.setLeft(countRect.right() + 1);
    else
        nameRect.setRight(countRect.left() - 1);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    painter->save();
    painter->setFont(opt.font);
    const QString elided = opt.fontMetrics.elidedText(name, Qt::ElideRight, nameRect.width());
    style->drawItemText(painter, nameRect, Qt::AlignLeading | Qt::AlignVCenter, opt.palette,
                        opt.state & QStyle::State_Enabled, elided, textRole);
    QPalette countPalette = opt.palette;
    if (!selected)
        countPalette.setColor(QPalette::Text, opt.palette.color(QPalette::PlaceholderText));
    style->drawItemText(painter, countRect, Qt::AlignTrailing | Qt::AlignVCenter, countPalette,
                        opt.state & QStyle::State_Enabled, count, textRole);
    painter->restore();
}
