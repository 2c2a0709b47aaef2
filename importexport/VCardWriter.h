#pragma once

#include "Contact.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/// Writes contacts as vCard 3.0 (RFC 2426) in UTF-8, for phone address books and back into
/// this app. Content lines end in CRLF and are folded at 75 octets between whole UTF-8
/// sequences (a fold inside one gives broken characters to a reader that decodes before it
/// unfolds, as Android's does); text is escaped (`\\`, `\,`, `\;`, `\n`).
///
/// A card has FN (the name, else the phone in international format: 3.0 requires FN), N
/// with the whole name as the given name (`N:;Ahmed Hassan;;;`, as Google writes a contact
/// with a single name: splitting a name into family and given names is a guess that fails
/// for many names and for businesses, and readers that build the name from N show the given
/// name alone as written, while Android shows FN), TEL;TYPE=CELL in international format,
/// EMAIL;TYPE=INTERNET, CATEGORIES (the tags) and NOTE (the params as `key: value` lines, which
/// phone apps show). The exact values follow in properties only this app reads (VCardRecord):
/// X-CONTACTS-COUNTRY, X-CONTACTS-LABELS, X-CONTACTS-PARAMS (compact JSON), X-CONTACTS-OPTED-IN,
/// X-CONTACTS-BLOCKED; then UID (the contact's id) and REV (its update time, UTC).
class VCardWriter {
public:
    /// One card, from BEGIN:VCARD to END:VCARD's CRLF.
    static QByteArray card(const Contact& contact);

    /// The NOTE of a contact's params: a `key: value` line each, in key order; strings as
    /// they are, other values as JSON. Empty for no params.
    static QString paramsNote(const QJsonObject& params);
    /// `text` escaped for a vCard 3.0 text value: `\` `,` `;` and line ends (CR LF, CR or
    /// LF: `\n`).
    static QString escaped(const QString& text);
    /// One content line in UTF-8, folded: at most 75 octets a line before its CRLF, a
    /// continuation starting with a space, never inside a UTF-8 sequence.
    static QByteArray folded(const QString& line);
};
