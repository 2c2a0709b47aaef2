#pragma once

#include <QList>
#include <QString>

#include <optional>

/// The outcome of a bulk import: one entry per created item and one per skipped item.
struct BulkResult {
    struct Created {
        QString id;
        QString phone;
        int index = 0; ///< position in the request; not part of the API's shape
    };
    struct Error {
        int index = 0;
        std::optional<QString> phone; ///< the userNumber as sent when it was a string
        QString error;
    };

    int imported = 0;
    int skipped = 0;
    QList<Error> errors;
    QList<Created> contacts;
    /// Existing contacts a file import merged its items into (ContactStore::writeBulk's
    /// `mergeUpToRowId`), and those its items matched but brought nothing new to; never
    /// part of the API's shape.
    QList<Created> updated;
    QList<Created> unchanged;
};
