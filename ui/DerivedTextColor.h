#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

class QWidget;

/// A widget's text in a colour worked out from the application's palette (TextColors: an
/// error's red, quieter text), worked out again whenever that palette changes: the system
/// turning dark or high contrast while the app runs. Lives as the widget's child.
class DerivedTextColor final : public QObject {
    Q_OBJECT

public:
    using Rule = QColor (*)(const QPalette&);

    /// Gives `widget`'s text the colour `rule` finds in the palette, now and on every change.
    static void apply(QWidget* widget, Rule rule);
    /// Gives `widget` back the palette's own text colour.
    static void clear(QWidget* widget);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    DerivedTextColor(QWidget* widget, Rule rule);
    void update();

    QWidget* m_widget;
    Rule m_rule;
};
