#include "TextFold.h"

#include <QList>

namespace {

// Marks removed after canonical decomposition: the Latin/Greek/Cyrillic combining accents
// and Arabic short vowels. Marks of Indic and other scripts carry meaning (a different
// vowel), so they stay.
bool isIgnoredMark(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x064B && c <= 0x065F) || c == 0x0670;
}

} // namespace

QString TextFold::fold(const QString& text)
{
    // Most names and nearly all emails are ASCII: fold them without normalizing.
    if (std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; }))
        return text.toLower();
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString kept;
    kept.reserve(decomposed.size());
    for (const char32_t c : decomposed.toUcs4()) {
        if (!isIgnoredMark(c))
            kept.append(QString::fromUcs4(&c, 1));
    }
    return kept.toCaseFolded().normalized(QString::NormalizationForm_C);
}

QString TextFold::digits(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}
