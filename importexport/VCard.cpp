#include "VCard.h"

namespace {

/// `value` split at each `separator` that no backslash escapes; the parts keep their escapes.
/// A null separator splits nowhere.
QStringList splitUnescaped(const QString& value, QChar separator)
{
    QStringList parts;
    QString part;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\\' && i + 1 < value.size()) {
            part += c;
            part += value.at(++i);
        } else if (c == separator) {
            parts.append(part);
            part.clear();
        } else {
            part += c;
        }
    }
    parts.append(part);
    return parts;
}

/// `\n` (and `\N`), `\,`, `\;`, `\\` unescaped, and `\:`, which Google writes in URLs
/// (`https\://`). Any other backslash is kept with the character after it: vCard 2.1 escapes
/// only `;`, and a Windows path in a NOTE (`C:\Users`) must survive.
QString unescaped(QStringView value)
{
    QString text;
    text.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            text += c;
            continue;
        }
        const QChar next = value.at(i + 1);
        if (next == u'n' || next == u'N') {
            text += u'\n';
            ++i;
        } else if (next == u',' || next == u';' || next == u'\\' || next == u':') {
            text += next;
            ++i;
        } else {
            text += c;
        }
    }
    return text;
}

} // namespace

QStringList VCardProperty::types() const
{
    QStringList types;
    for (const auto& [name, value] : parameters) {
        if (name == QLatin1String("TYPE"))
            types.append(value.toLower());
    }
    return types;
}

QString VCardProperty::parameter(const QString& name) const
{
    const QString upper = name.toUpper();
    for (const auto& [key, value] : parameters) {
        if (key == upper)
            return value;
    }
    return {};
}

QString VCardProperty::text() const
{
    return unescaped(value);
}

QStringList VCardProperty::components() const
{
    QStringList parts = splitUnescaped(value, u';');
    for (QString& part : parts)
        part = unescaped(part);
    return parts;
}

QStringList VCardProperty::list() const
{
    QStringList items;
    for (const QString& part : splitUnescaped(value, u',')) {
        QString item = unescaped(part).trimmed();
        if (!item.isEmpty())
            items.append(std::move(item));
    }
    return items;
}
