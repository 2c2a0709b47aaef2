#pragma once

#include "ContactStore.h"
#include "ContactsClient.h"
#include "HeldDeletions.h"
#include "SyncConflicts.h"
#include "SyncCursors.h"
#include "SyncLinks.h"
#include "SyncProgress.h"
#include "SyncSummary.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <optional>

class ContactDatabase;

/// What one sync run works with: the worker's database connection, the store in its
/// unjournaled mode (the server's changes must not be sent back), the bookkeeping, the
/// client, what the server was found to support, and the summary being built.
struct SyncSession {
    SyncSession(ContactDatabase& database, ContactsClient& client);

    ContactDatabase& db;
    ContactsClient& client;
    ContactStore store;
    SyncLinks links;
    SyncConflicts conflicts;
    SyncCursors cursors;
    HeldDeletions held;
    SyncSummary summary;
    /// How many deletions the user allowed this run (`--allow-deletions`, the desktop's
    /// dialog); without, MassDeletionGuard's limit.
    std::optional<qint64> allowedDeletions;

    /// `updatedSince`, `sortBy=updated_at`, `includeDeleted` and `view=full` (our server).
    bool hasListExtensions = false;
    /// DELETE; cleared when the server answers it with 405 or a route 404.
    bool hasDelete = true;
    /// The `updatedSince` this run's pull started from, and the server contacts it listed:
    /// with the contacts push wrote, what lets a run skip pulling its own writes back.
    std::optional<QDateTime> pulledSince;
    QSet<QString> pulledIds;
    QSet<QString> pushedIds;
    /// Whether the contacts' changes are an undoable operation (joinOperation()): a run's
    /// are; the one contact refreshed when the editor opens it is not worth one.
    bool recordsOperation = true;
    /// Called with each step's progress (the engine forwards it as a signal).
    std::function<void(const SyncProgress&)> progressed;

    /// Runs `write` in one write transaction; a database error stops the run.
    ApiResult<void> inTransaction(const std::function<ApiResult<void>()>& write);
    /// Makes the store's next writes part of this run's undoable operation (Operations), begun
    /// here inside the caller's transaction with the run's first change of a contact: a run
    /// that changes nothing here lists none. Its page transactions each add to it.
    ApiResult<void> joinOperation();
    /// Ends the run's operation, if it began one. A run that stops halfway ends it too: the
    /// pages it wrote stay written, and undoable.
    ApiResult<void> finishOperation();
    /// Records a per-contact error for the summary.
    void addError(const QString& contactId, const QString& phone, const QString& message);
    /// Stops the run with `error` (kept in the summary).
    void fail(const ClientError& error);
    /// Stops the run on an answer it cannot go on from: "The server refused to `what` (…)".
    void refuse(const QString& what, const ApiReply& reply);
    /// The `data` of a list request, or nothing when the run must stop (the client gave up,
    /// or the server refused it).
    std::optional<QJsonObject> listData(const QUrlQuery& query);
    void failOnDatabase(const ApiError& error);
};
