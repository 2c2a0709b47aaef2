#pragma once

#include "Contact.h"
#include "ListQuery.h"

#include <QList>

/// One page of a list request.
struct ListPage {
    /// A deleted contact listed by `includeDeleted` (extension), at `position` among the
    /// page's items; `contacts` holds the other items in order.
    struct Tombstone {
        int position = 0;
        DeletedContact contact;
    };

    QList<Contact> contacts;
    QList<Tombstone> deleted;
    ListView view = ListView::List;
    qint64 total = 0;
    int page = 1;
    int limit = 20;
    bool hasNext = false;
};
