#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactSource.h"

class ContactStore;

/// Makes a contact in a store from a copy of one (a server's item, a conflict's snapshot):
/// a create with every field create takes, then the flags, which only an update sets.
namespace ContactCopy {

/// The new contact, or the store's error (the create's, or the flags' update's).
ApiResult<Contact> create(ContactStore& store, const Contact& copy, ContactSource source);

} // namespace ContactCopy
