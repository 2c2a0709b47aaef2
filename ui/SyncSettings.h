#pragma once

#include "ClientOptions.h"
#include "ServerEndpoint.h"

#include <QString>

#include <expected>

/// The desktop's sync settings, kept in QSettings (group "sync"): where to sync and when.
/// The token is not here: it lives in the OS keychain (TokenStore), never in QSettings.
struct SyncSettings {
    QString serverUrl;           ///< as the user typed it (with or without the API's path)
    QString organizationId;      ///< `x-org-id`
    int requestsPerMinute = 100; ///< the client's own budget; 0 = unlimited
    bool automatic = false;      ///< sync on a timer and after edits; off by default
    int intervalMinutes = 15;
    bool afterEdits = true; ///< with `automatic`: a run shortly after the last local edit

    /// A server URL and an organization are set: "Sync Now" can run.
    bool isConfigured() const;
    /// The keychain entry of the token for this server and organization.
    QString tokenAccount() const;
    /// This server and organization with `token`, or why the URL is not usable.
    std::expected<ServerEndpoint, QString> endpoint(const QString& token) const;
    /// How a client of these settings paces itself.
    ClientOptions clientOptions() const;

    static SyncSettings load();
    void save() const;

    friend bool operator==(const SyncSettings&, const SyncSettings&) = default;
};
