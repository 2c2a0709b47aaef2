#pragma once

#include "Contact.h"

#include <QList>

/// One page of a list request.
struct ListPage {
    QList<Contact> contacts;
    qint64 total = 0;
    int page = 1;
    int limit = 20;
    bool hasNext = false;
};
