#pragma once

#include "ContactFieldValues.h"

/// A contact to create, with each field as given: the values of a POST body or a bulk item
/// (read by api/ContactBodies), of a CSV row, or of the desktop's form. The store checks the
/// phone first, then the other fields, and writes the contact, its flags included, in one
/// transaction. The flags come only from the desktop's form: the API's create takes none. A
/// plain value.
struct NewContact : ContactFieldValues<NewContact> {
    Given<QString> phone; ///< `userNumber`, as given (E.164 after the store's check)
    /// A bulk item that is not an object at all: the store answers `Invalid contact`.
    bool malformed = false;

    NewContact& setPhone(const QString& userNumber) { return set(phone, userNumber); }

    friend bool operator==(const NewContact&, const NewContact&) = default;
};
