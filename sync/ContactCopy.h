#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactSource.h"

class ContactStore;

/// Makes a contact in a store from a copy of one (a server's item, a conflict's snapshot):
/// one create with every field, the flags included.
namespace ContactCopy {

/// The new contact, or the store's error.
ApiResult<Contact> create(ContactStore& store, const Contact& copy, ContactSource source);

} // namespace ContactCopy
