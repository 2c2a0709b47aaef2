#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

/// One content line of a vCard (`item1.TEL;TYPE=CELL,VOICE;pref:+1 555 123 4567`), unfolded,
/// its QUOTED-PRINTABLE decoded and its bytes decoded to text; backslash escapes are left in
/// `value` because where a value splits (`;` in N, `,` in CATEGORIES) depends on the property.
struct VCardProperty {
    QString group; ///< `item1` of `item1.TEL`, as written; empty when none
    QString name;  ///< upper case: `TEL`, `X-ABLABEL`
    /// Upper-case names with their values, quotes removed, one entry per value of a comma
    /// list (`TYPE="cell,voice"` → TYPE=cell, TYPE=voice); a vCard 2.1 bare parameter
    /// (`TEL;PREF;CELL`) is a TYPE.
    QList<std::pair<QString, QString>> parameters;
    QString value; ///< the decoded text, escapes still in

    /// The TYPE values, lower case.
    QStringList types() const;
    /// The first value of parameter `name` (upper case), or empty.
    QString parameter(const QString& name) const;
    /// The value with `\n`, `\,`, `\;`, `\\` (and Google's `\:`) unescaped; any other
    /// backslash is kept.
    QString text() const;
    /// The value split on unescaped `;` (N, ADR), each part unescaped.
    QStringList components() const;
    /// The value split on unescaped `,` (CATEGORIES, NICKNAME), each part unescaped and
    /// trimmed, empty parts dropped.
    QStringList list() const;
};

/// One BEGIN:VCARD … END:VCARD as VCardReader read it.
struct VCard {
    qint64 line = 0;     ///< the 1-based line of its BEGIN:VCARD
    qint64 lastLine = 0; ///< the line of its END:VCARD, or its last line when it has none
    QString version;     ///< `2.1`, `3.0`, `4.0`, or empty when the card says none
    QList<VCardProperty> properties; ///< in the file's order; skipped ones (PHOTO) absent
    /// Why the card cannot be imported (the file ends inside it, it is too long, …); empty
    /// for a good card. A card with an error may have some properties.
    QString error;
    /// The card's content lines as read (unfolded, each ending in `\n`), for the file of
    /// skipped cards; a skipped property (PHOTO) is one line saying it was left out.
    /// Bounded by VCardReader's limits.
    QString source;
};
