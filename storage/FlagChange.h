#pragma once

#include "WriteOrigin.h"

#include <QDateTime>
#include <QString>

/// One change of a contact's optedIn or isBlocked, as the history keeps it: the evidence that a
/// contact opted in (WhatsApp's Business policy asks for it), never pruned with the journal.
struct FlagChange {
    enum class Flag { OptedIn, IsBlocked };

    QString contactId; ///< `contact_<uuid>`: the history outlives a deleted contact's row
    Flag flag = Flag::OptedIn;
    bool value = false;
    QDateTime at;
    WriteOrigin origin;

    /// The API's name of the flag (`optedIn`, `isBlocked`).
    static QString flagName(Flag flag);
};
