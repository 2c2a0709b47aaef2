#pragma once

#include "ClientError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/// What one sync run did (sync.md, "The summary"): printed by `contacts-cli sync`, shown by
/// the desktop's status bar.
struct SyncSummary {
    int pushed = 0;    ///< local changes the server acknowledged
    int pulled = 0;    ///< remote changes applied here
    int conflicts = 0; ///< new conflicts
    int requests = 0;  ///< HTTP requests made
    QJsonArray errors; ///< per-contact errors: {"id", "phone", "error"}
    /// Set when the run stopped early (authentication, network, server, database).
    std::optional<ClientError> failure;

    bool success() const { return !failure; }
    /// `{"success": true, "data": {...}}`, or `{"success": false, "error": ..., "data": {...}}`
    /// with what the run did before it stopped.
    QJsonObject toJson() const;
};
