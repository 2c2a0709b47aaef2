#include "TextColors.h"

#include "DerivedTextColor.h"

#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

double luminance(const QColor& color)
{
    const auto linear = [](double channel) {
        return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

QColor mix(const QColor& a, const QColor& b, double towardsB)
{
    const auto channel = [towardsB](double x, double y) {
        return float(x + (y - x) * towardsB);
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

} // namespace

double TextColors::contrast(const QColor& a, const QColor& b)
{
    const double first = luminance(a);
    const double second = luminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QColor TextColors::error(const QPalette& palette, QPalette::ColorRole background)
{
    const QColor behind = palette.color(background);
    const QColor darkRed(0xc0, 0x1c, 0x28);
    const QColor lightRed(0xff, 0x7b, 0x72);
    return contrast(darkRed, behind) >= contrast(lightRed, behind) ? darkRed : lightRed;
}

QColor TextColors::error(const QPalette& palette)
{
    return error(palette, QPalette::Window);
}

QColor TextColors::secondary(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    const QColor behind = palette.color(QPalette::Window);
    // At most 40 % of the way, less where that would fall under 4.5:1.
    for (double step = 0.4; step > 0; step -= 0.05) {
        const QColor quieter = mix(text, behind, step);
        if (contrast(quieter, behind) >= 4.5)
            return quieter;
    }
    return text;
}

void TextColors::setSecondary(QWidget* widget)
{
    DerivedTextColor::apply(widget, &secondary);
}
