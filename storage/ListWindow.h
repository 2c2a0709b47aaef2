#pragma once

#include <QList>

/// A stretch of a listing's matches in its order (ContactListing::window): the desktop
/// table's windows, an export's rows, a selection's contacts.
struct ListWindow {
    qint64 total = 0;     ///< the listing's matches: counted, or as the caller knew them
    QList<qint64> rowIds; ///< the stretch's contacts' row ids, in order
};
