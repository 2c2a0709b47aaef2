#include "MessageLabel.h"

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
    QPalette colors = palette();
    colors.setColor(QPalette::WindowText, TextColors::error(colors));
    setPalette(colors);
    setText(text);
    show();
}

void MessageLabel::showNote(const QString& text)
{
    m_error = false;
    setPalette(QPalette());
    setText(text);
    show();
}

void MessageLabel::clearMessage()
{
    clear();
    hide();
}
