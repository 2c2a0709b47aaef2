#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>

struct SyncSession;

/// Each pull starts this much before the last change it saw: a server write that committed
/// after a later-stamped one is still seen. Items seen twice merge to nothing.
inline constexpr qint64 SyncPullOverlapMsecs = 5000;

/// The pull half of a run (sync.md, One sync run, 2): the server's changes since the last
/// pull (`updatedSince`), or its whole list where it has no extensions, applied to the local
/// store without entering the outbox and merged three-way with each link's base.
class SyncPull {
public:
    explicit SyncPull(SyncSession& session);

    /// False when the run must stop (the session's summary says why).
    bool run();

private:
    bool pullChanges();
    bool pullEverything();
    /// Applies one page of items in one transaction, moving the pull cursor to `cursor`.
    bool applyPage(const QJsonArray& items, const std::optional<QDateTime>& cursor);
    bool applyItem(const QJsonObject& item);
    bool applyDeletion(const QString& remoteId);
    /// Removes the contacts linked to a remote id the server no longer has (a 404 confirms
    /// each): how deletions arrive from a server without `includeDeleted`.
    bool confirmDeletions(const QSet<QString>& seenRemoteIds);

    SyncSession& m_session;
};
