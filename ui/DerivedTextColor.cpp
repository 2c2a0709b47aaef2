#include "DerivedTextColor.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

void DerivedTextColor::apply(QWidget* widget, Rule rule)
{
    clear(widget);
    auto* follower = new DerivedTextColor(widget, rule);
    follower->update();
}

void DerivedTextColor::clear(QWidget* widget)
{
    const auto followers = widget->findChildren<DerivedTextColor*>(Qt::FindDirectChildrenOnly);
    for (DerivedTextColor* follower : followers)
        delete follower;
    widget->setPalette(QPalette());
}

DerivedTextColor::DerivedTextColor(QWidget* widget, Rule rule)
    : QObject(widget), m_widget(widget), m_rule(rule)
{
    widget->installEventFilter(this);
}

bool DerivedTextColor::eventFilter(QObject* watched, QEvent* event)
{
    // A new palette reaches a widget as it propagates down from its window; the colour is
    // worked out once it has reached them all. Setting it is a change too, which finds the
    // colour already right and stops there.
    if (watched == m_widget && (event->type() == QEvent::ApplicationPaletteChange ||
                                event->type() == QEvent::PaletteChange))
        QMetaObject::invokeMethod(this, &DerivedTextColor::update, Qt::QueuedConnection);
    return false;
}

void DerivedTextColor::update()
{
    // From the application's palette, not the widget's: its text colour is the one set here.
    const QColor color = m_rule(QApplication::palette(m_widget));
    QPalette own = m_widget->palette();
    if (own.color(QPalette::WindowText) == color &&
        own.isBrushSet(own.currentColorGroup(), QPalette::WindowText))
        return;
    own.setColor(QPalette::WindowText, color);
    m_widget->setPalette(own);
}
