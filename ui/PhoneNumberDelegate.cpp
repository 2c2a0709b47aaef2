#include "PhoneNumberDelegate.h"

QString PhoneNumberDelegate::leftToRight(const QString& text)
{
    // LEFT-TO-RIGHT MARKs on both sides make the digits, spaces and the leading "+" one
    // left-to-right run (the bidi rules W7 and N1).
    static const QChar mark(0x200E);
    return text.isEmpty() ? text : mark + text + mark;
}

void PhoneNumberDelegate::initStyleOption(QStyleOptionViewItem* option,
                                          const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->direction == Qt::RightToLeft)
        option->text = leftToRight(option->text);
}
