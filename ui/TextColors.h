#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

/// Text colours the palette has no role for, derived from it so that they follow the system's
/// light, dark and high-contrast palettes, each at least 4.5:1 (WCAG AA) on its background.
namespace TextColors {

/// The red of error text: of a dark and a light red, the one that contrasts more with the
/// background (the dark red on a light one, the light red on a dark or black one).
QColor error(const QPalette& palette, QPalette::ColorRole background);
/// The red of error text on the window's background.
QColor error(const QPalette& palette);
/// Quieter text (details, hints): the text colour moved towards the background as far as
/// 4.5:1 allows. (The placeholder role is fainter than that in Fusion's light palette.)
QColor secondary(const QPalette& palette);
/// Gives `widget`'s text the secondary colour of its palette, and again when it changes.
void setSecondary(QWidget* widget);
/// WCAG's contrast ratio of two colours, 1 to 21.
double contrast(const QColor& a, const QColor& b);

} // namespace TextColors
