#pragma once

#include "ContactFieldValues.h"

struct Contact;

/// A change to one contact, each field as given: a PATCH body (read by api/ContactBodies), a
/// sync merge, an undo, or the desktop's form. Fields not given stay as they are. A plain
/// value.
struct ContactChanges : ContactFieldValues<ContactChanges> {
    Given<QString> source;

    /// True when no field is given: the store answers `No valid fields to update`.
    bool isEmpty() const;

    ContactChanges& setSource(const QString& value) { return set(source, value); }

    /// The change that turns `from` into `to`, in the fields a change can set (not the
    /// phone, ids or the service's fields): what an undo or redo of an edit writes.
    static ContactChanges between(const Contact& from, const Contact& to);

    friend bool operator==(const ContactChanges&, const ContactChanges&) = default;
};
