#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "HeldDeletion.h"
#include "SyncLink.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <deque>
#include <functional>

struct SyncSession;

/// The push half of a run (sync.md, One sync run, 3): the outbox in order, a chunk of
/// journal entries at a time. New contacts go by `bulk`, then one PATCH for what create
/// cannot set; changed fields only by PATCH against the base; deletions by DELETE. Each
/// answer is recorded in one transaction, and the chunk's last one also moves the outbox
/// position, so a run stopped anywhere resends at most the request in flight: what an answer
/// recorded is, by the base it moved, no longer a difference to send.
class SyncPush {
public:
    explicit SyncPush(SyncSession& session);

    /// False when the run must stop (the session's summary says why). Local deletions are
    /// held for MassDeletionGuard, not sent.
    bool run();
    /// Sends a deletion MassDeletionGuard let go; one the user undid since (the contact is
    /// here again) is only forgotten. False when the run must stop.
    bool sendHeldDeletion(const HeldDeletion& deletion);

private:
    /// One request and the recording of its answer; false stops the run.
    using Job = std::function<bool(bool last)>;

    bool pushChunk(qint64 chunkEnd, const QList<QString>& contactIds);
    bool createAll(const QList<Contact>& contacts, bool last);
    bool linkExisting(const Contact& local, bool last);
    bool sendChanges(const QString& contactId, bool last);
    bool sendDeletion(const SyncLink& link, bool last);
    bool holdDeletion(const SyncLink& link, bool last);
    /// The fields of `local` to PATCH: those that differ from the base, and those the
    /// outbox names that the base lacks.
    QJsonObject changesToSend(const SyncLink& link, const Contact& local) const;
    /// GETs the server's copy of a contact whose params base may be stale and merges it.
    bool freshenParams(const SyncLink& link);
    /// Runs `write` and, for the chunk's last job, the move of the outbox position, in one
    /// transaction.
    bool record(bool last, const std::function<ApiResult<void>()>& write);
    /// For a job that recorded nothing: moves the outbox position when it is the chunk's last.
    bool closeChunk(bool last);
    QJsonObject createBody(const Contact& contact) const;

    SyncSession& m_session;
    std::deque<Job> m_jobs;
    qint64 m_chunkEnd = 0;
    /// The fields each contact's outbox entries of this chunk name (for a base that lacks one).
    QHash<QString, QSet<QString>> m_journalFields;
    qint64 m_done = 0;
    qint64 m_total = 0;
};
