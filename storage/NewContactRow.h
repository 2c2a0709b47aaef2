#pragma once

#include "Contact.h"
#include "PackedText.h"

#include <QByteArray>

/// A new contact ready to insert (ContactBatchInsert::prepareRow): the contact, its ids as
/// stored (16 and 12 bytes), and its columns as the dialect writes them.
struct NewContactRow {
    /// The order of `columns`: the contact's text columns, the journal's fields and the
    /// search index's text. The flags come from `contact`.
    enum Column {
        Phone,
        Name,
        NameKey,
        Email,
        CountryCode,
        Tags,
        Labels,
        Params,
        Source,
        JournalFields,
        SearchName,
        SearchEmail,
        PhoneDigits,
        ColumnCount,
    };

    Contact contact;
    QByteArray uid;
    QByteArray vendorId;
    PackedText columns;
};
