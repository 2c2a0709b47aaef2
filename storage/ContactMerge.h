#pragma once

#include "ApiError.h"
#include "Contact.h"

#include <QStringList>

/// How an import that updates existing contacts merges a row into the contact with its
/// phone: it fills the fields the contact has empty, adds the tags and labels it lacks
/// (compared as the tag index does, case-insensitively), and adds the params keys it lacks.
/// Nothing the contact has is overwritten: an import never loses an agent's edits.
namespace ContactMerge {

struct Merged {
    Contact contact;
    QStringList changed; ///< the API's names of the fields that changed, for the journal
};

/// `incoming` is the contact the row would have created. Fails with the API's 400 when the
/// union passes a limit (100 tags, 100 labels, 100 params).
ApiResult<Merged> merge(const Contact& current, const Contact& incoming);

} // namespace ContactMerge
