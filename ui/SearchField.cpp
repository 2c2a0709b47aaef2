#include "SearchField.h"

#include "ListQuery.h"

#include <QKeyEvent>
#include <QTimer>

SearchField::SearchField(QWidget* parent) : QLineEdit(parent), m_timer(new QTimer(this))
{
    setPlaceholderText(tr("Search name, phone or email"));
    setClearButtonEnabled(true);
    // Twice the longest search: surrounding spaces of a paste are trimmed, the rest matches
    // nothing past ListQuery::maxSearchLength characters.
    setMaxLength(2 * ListQuery::maxSearchLength);
    setAccessibleName(tr("Search contacts"));
    setAccessibleDescription(
        tr("Shows the contacts whose name, phone or email contain the text; Escape clears it"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &SearchField::apply);
    connect(this, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_typed = ListQuery::normalizedSearch(text);
        // Clearing the field (its clear button, Ctrl+A Del) shows everything at once.
        if (m_typed.isEmpty())
            apply();
        else
            m_timer->start();
    });
    connect(this, &QLineEdit::returnPressed, this, &SearchField::apply);
}

int SearchField::debounceInterval() const
{
    return m_timer->interval();
}

void SearchField::setDebounceInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

void SearchField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && !text().isEmpty()) {
        clear();
        return;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier) {
        if (m_typed != m_applied)
            apply();
        emit resultsRequested();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void SearchField::apply()
{
    m_timer->stop();
    m_applied = m_typed;
    emit searchChanged(m_applied);
}
