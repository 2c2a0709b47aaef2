#include "MessageLabel.h"

#include "DerivedTextColor.h"
#include "TextColors.h"

MessageLabel::MessageLabel(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void MessageLabel::showError(const QString& text)
{
    m_error = true;
    DerivedTextColor::apply(this, &TextColors::error);
    setText(text);
    show();
}

void MessageLabel::showNote(const QString& text)
{
    m_error = false;
    DerivedTextColor::clear(this);
    setText(text);
    show();
}

void MessageLabel::clearMessage()
{
    clear();
    hide();
}
