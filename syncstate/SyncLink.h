#pragma once

#include "SyncState.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

/// A local contact and its remote twin: the remote id, the last synced values (the base of
/// the three-way merge, shaped like a PATCH body) and the contact's sync state.
struct SyncLink {
    QString contactId; ///< the local contact's id; kept after a local delete until it is sent
    QString remoteId;  ///< empty while the contact has not reached the server
    QJsonObject base;
    std::optional<QDateTime> remoteUpdatedAt;
    SyncState state = SyncState::Synced; ///< Synced, Conflict or Error (Pending is derived)
    QString error;                       ///< the server's message for an Error

    bool isLinked() const { return !remoteId.isEmpty(); }
};
