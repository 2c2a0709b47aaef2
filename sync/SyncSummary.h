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
    /// Deletions the mass-deletion guard held back (sync.md), and a sample of them:
    /// {"id", "phone", "name", "where": "here" | "server"}.
    qint64 heldHere = 0;
    qint64 heldOnServer = 0;
    qint64 deletionLimit = 0; ///< the most the run would delete without being allowed
    QJsonArray heldSample;
    /// Set when the run stopped early (authentication, network, server, database).
    std::optional<ClientError> failure;

    bool success() const { return !failure; }
    /// Whether deletions wait for the user's word (`--allow-deletions`, the dialog).
    bool holdsDeletions() const { return heldHere + heldOnServer > 0; }
    /// `{"success": true, "data": {...}}`, or `{"success": false, "error": ..., "data": {...}}`
    /// with what the run did before it stopped.
    QJsonObject toJson() const;
};
