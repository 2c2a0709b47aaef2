#pragma once

#include <QStyledItemDelegate>

/// Paints a tag's name with its contact count on the trailing side (the right in English,
/// the left in Arabic), so that the counts line up in a column and a long name elides
/// before it.
class TagCountDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    TagCountDelegate(int countRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    int m_countRole;
};
