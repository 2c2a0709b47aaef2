#pragma once

/// Where a contact stands with the server it syncs to (sync.md). Pending is derived from the
/// outbox; the others are kept on the contact's sync link.
enum class SyncState { Synced = 0, Pending = 1, Conflict = 2, Error = 3 };
