#include "TagEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QRegularExpression>

namespace {

bool isSeparator(QChar c)
{
    return c == u',' || c == QChar(0x060C); // ، ARABIC COMMA
}

} // namespace

TagEdit::TagEdit(QWidget* parent) : QLineEdit(parent), m_completer(new QCompleter(this))
{
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagEdit::updateCompletion);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &TagEdit::insertCompletion);
    setPlaceholderText(tr("Comma-separated"));
}

QStringList TagEdit::split(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,\u060C]"));
    QStringList tags;
    for (const QString& part : text.split(separators)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            tags.append(tag);
    }
    return tags;
}

QStringList TagEdit::tags() const
{
    return split(text());
}

void TagEdit::setTags(const QStringList& tags)
{
    setText(tags.join(QStringLiteral(", ")));
}

void TagEdit::setCompletionModel(QAbstractItemModel* model, int role)
{
    m_completer->setModel(model);
    m_completer->setCompletionRole(role);
}

std::pair<qsizetype, qsizetype> TagEdit::currentTagRange() const
{
    const QString line = text();
    const qsizetype cursor = cursorPosition();
    qsizetype start = cursor;
    while (start > 0 && !isSeparator(line.at(start - 1)))
        --start;
    qsizetype end = cursor;
    while (end < line.size() && !isSeparator(line.at(end)))
        ++end;
    return {start, end};
}

void TagEdit::updateCompletion()
{
    if (!m_completer->model())
        return;
    const auto [start, end] = currentTagRange();
    const QString prefix = text().mid(start, cursorPosition() - start).trimmed();
    if (prefix.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    m_completer->complete();
}

void TagEdit::insertCompletion(const QString& tag)
{
    const auto [start, end] = currentTagRange();
    QString line = text();
    const QString leading = start > 0 ? QStringLiteral(" ") : QString();
    line.replace(start, end - start, leading + tag);
    const qsizetype cursor = start + leading.size() + tag.size();
    // Ready for the next tag unless this one was inserted before others.
    if (end >= text().size()) {
        line.append(QStringLiteral(", "));
        setText(line);
        setCursorPosition(line.size());
    } else {
        setText(line);
        setCursorPosition(cursor);
    }
}

void TagEdit::keyPressEvent(QKeyEvent* event)
{
    // While the popup is up, the completer handles Enter, Tab and Escape.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}
