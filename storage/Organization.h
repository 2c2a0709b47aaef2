#pragma once

#include <QString>

/// An organization every contact belongs to; `id` is its API uuid (`x-org-id`).
struct Organization {
    qint64 rowId = 0;
    QString id;
};
