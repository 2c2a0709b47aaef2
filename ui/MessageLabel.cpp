#include "MessageLabel.h"

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
    // The editor's error red (ContactEditor): readable on light and dark backgrounds.
    colors.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
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
