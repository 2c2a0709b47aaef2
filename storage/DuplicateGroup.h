#pragma once

#include "Contact.h"

#include <QList>
#include <QStringList>

/// Contacts that are likely one person (DuplicateFinder), oldest first, with why they matched.
struct DuplicateGroup {
    QList<qint64> rowIds;
    /// The contacts of rowIds whole, when they were asked for (DuplicateFinder::find()).
    QList<Contact> contacts;
    /// Among `email`, `name` (folded name and country) and `phone` (the same national
    /// number): each is shared by at least two of the contacts.
    QStringList reasons;
};
