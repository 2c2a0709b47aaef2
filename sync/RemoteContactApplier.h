#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "SyncLink.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct SyncSession;

/// Brings one server contact into the local store, inside the caller's transaction and
/// without entering the outbox: a linked contact is merged three-way with its base, an
/// unlinked one with the same phone is linked and merged without a base (sync.md, Identity),
/// any other is created here. Conflicts are recorded, never dropped.
class RemoteContactApplier {
public:
    explicit RemoteContactApplier(SyncSession& session);

    /// `item` is a list or GET item. True when it changed something here.
    ApiResult<bool> apply(const QJsonObject& item);
    /// Links the local contact `local` to `item`, a server contact with its phone, merging
    /// them without a base.
    ApiResult<bool> link(const Contact& local, const QJsonObject& item);
    /// The server deleted `remoteId`: the deletion wins, local unsent edits become a
    /// "deleted on server" conflict. True when a local contact was removed. `mergedInto`, the
    /// server's id of the contact a merge kept, is named on the local tombstone.
    ApiResult<bool> applyDeletion(const QString& remoteId, const QString& mergedInto = QString());
    /// The server deleted `remoteId`: a local contact linked to it is held for the
    /// mass-deletion guard (MassDeletionGuard applies it, or the user allows it). True when
    /// it changed something here (the contact was already deleted here too).
    ApiResult<bool> holdDeletion(const QString& remoteId, const QString& mergedInto = QString());

private:
    /// The link to `remoteId` and its local contact (none when deleted here); nothing when
    /// no local contact is linked to it.
    struct Linked {
        SyncLink link;
        std::optional<Contact> local;
    };
    ApiResult<std::optional<Linked>> linked(const QString& remoteId);
    ApiResult<bool> merge(const Contact& local, SyncLink link, const QJsonObject& item);
    ApiResult<bool> create(const QJsonObject& item);
    ApiResult<void> setServiceFields(qint64 rowId, const QJsonObject& item);

    SyncSession& m_session;
};
