#pragma once

#include <QStyledItemDelegate>

/// Shows phone numbers left to right in every layout: in an Arabic (right-to-left) table,
/// `+971 50 123 4567` would otherwise be laid out by the bidi algorithm as
/// `4567 123 50 971+`. The column stays aligned to the layout's leading edge.
class PhoneNumberDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// `text` marked so that it reads left to right inside right-to-left text.
    static QString leftToRight(const QString& text);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
