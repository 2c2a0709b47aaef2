#pragma once

#include "SyncState.h"

#include <QHash>
#include <QString>

/// How a contact stands with the server, as the table marks it: its state, and for an error
/// the server's reason (the link's message).
struct SyncMark {
    SyncState state = SyncState::Synced;
    QString error;

    friend bool operator==(const SyncMark&, const SyncMark&) = default;
};

/// The marks of some contacts by API id: those not Synced (SyncStatus::marks).
using SyncMarks = QHash<QString, SyncMark>;
