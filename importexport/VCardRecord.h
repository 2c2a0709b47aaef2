#pragma once

#include "ColumnMapping.h"
#include "VCard.h"

#include <QStringList>

/// A vCard as an import record: each property the importer uses becomes one column whose
/// field is known (ColumnMapping::fromColumns), so that ImportRow::item() makes the contact
/// with the rules of a CSV row: of several TEL numbers a mobile one wins and the others go to
/// params under their label (`Work phone`, Apple's `X-ABLabel`), likewise for EMAIL.
///
/// FN is the name; N's family, given and additional names are used when there is no FN. An
/// FN that is only one of the card's numbers (what exporters write for a nameless contact,
/// vCard 3.0 requiring FN) is not a name. TEL and Outlook's X-MS-TEL are phones, mobile for
/// TYPE cell, mobile or iPhone or a label that says mobile; WhatsApp's `waid=` is the
/// number WhatsApp reaches, so it is that column's number and mobile. FAX and PAGER numbers
/// are params (`Fax`, `Pager`). A 4.0 `tel:` URI loses its scheme and parameters; its
/// `;ext=` goes to params as `<label> extension`, as libphonenumber would read the extension
/// and E.164, a contact's phone, would drop it. CATEGORIES are tags (without Google's
/// `myContacts` and `starred`, unless the card is our own export), NOTE, ORG and TITLE
/// params (`note`, `organization`, `title`), an ADR's country the country. Our export's own
/// properties map back exactly: X-CONTACTS-COUNTRY, -LABELS and -PARAMS (X-CONTACTS-OPTED-IN
/// and -BLOCKED are not importable, as in a CSV); its NOTE, VCardWriter's summary of those
/// params, is not imported again unless someone edited it. Other properties (BDAY, URL,
/// X-…) are left out.
namespace VCardRecord {

struct Record {
    ColumnMapping mapping;
    QStringList fields; ///< one per column of `mapping`
};

/// The record of one card. Thread-safe and cheap: cards are mapped on every core. A card's
/// `error` is not looked at (the importer skips such cards); a card without a usable
/// property gives a record without a phone column, which ImportRow refuses.
Record fromCard(const VCard& card);

} // namespace VCardRecord
