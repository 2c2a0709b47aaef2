#include "SyncEngine.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactsClient.h"
#include "EchoSkip.h"
#include "JournalPruning.h"
#include "MassDeletionGuard.h"
#include "RemoteContactApplier.h"
#include "SyncPull.h"
#include "SyncPush.h"
#include "SyncSession.h"
#include "SyncedFields.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace {

/// Whether the server has our list extensions (sync.md), probed once per server: a
/// far-future `updatedSince` returns nothing on a server that has it and everything on one
/// that ignores it. An empty server answers nothing either way; an unreadable `updatedSince`
/// then tells them apart, since only a server that reads it refuses it.
bool probe(SyncSession& session)
{
    auto known = session.cursors.hasListExtensions();
    auto canDelete = session.cursors.hasDelete();
    if (!known || !canDelete) {
        session.failOnDatabase(!known ? known.error() : canDelete.error());
        return false;
    }
    session.hasDelete = *canDelete;
    if (*known) {
        session.hasListExtensions = **known;
        return true;
    }
    const auto ask = [&](const QString& since) -> std::optional<ApiReply> {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("updatedSince"), since);
        query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
        auto reply = session.client.list(query);
        if (!reply) {
            session.fail(reply.error());
            return std::nullopt;
        }
        return *reply;
    };
    auto future = ask(QStringLiteral("9999-12-31T23:59:59.999Z"));
    if (!future)
        return false;
    if (!future->ok()) {
        //: Completes "The server refused to %1".
        session.refuse(QCoreApplication::translate("SyncEngine", "list contacts"), *future);
        return false;
    }
    const qint64 total =
        qint64(future->data().toObject().value(QStringLiteral("total")).toDouble());
    if (total > 0) {
        session.hasListExtensions = false;
    } else {
        auto unreadable = ask(QStringLiteral("never"));
        if (!unreadable)
            return false;
        session.hasListExtensions = unreadable->status == 400;
    }
    if (auto saved = session.cursors.setHasListExtensions(session.hasListExtensions); !saved) {
        session.failOnDatabase(saved.error());
        return false;
    }
    return true;
}

/// A database first synced, or now synced with another server or organization, starts
/// over: its links name another server's contacts, and every contact is to be offered. The
/// entries that created them may be pruned (JournalPruning), so the outbox becomes one Create
/// entry per existing contact, after everything the journal held: push then creates every
/// contact the pull did not link, and sends what differs for those it did.
ApiResult<void> adoptRemote(SyncSession& session, const ServerEndpoint& endpoint)
{
    const QString remote = endpoint.contactsUrl.toString() + u' ' + endpoint.organizationId;
    auto current = session.cursors.remote();
    if (!current)
        return std::unexpected(current.error());
    if (*current == remote)
        return {};
    return session.inTransaction([&]() -> ApiResult<void> {
        if (auto cleared = session.links.clear(); !cleared)
            return cleared;
        if (auto cleared = session.held.clear(); !cleared)
            return cleared;
        ChangeJournal journal(session.db, session.store.organization().rowId);
        auto last = journal.lastSequence();
        if (!last)
            return std::unexpected(last.error());
        if (auto set = session.cursors.setOutboxPosition(*last); !set)
            return set;
        if (auto seeded = journal.recordEveryContact(session.db.writeTime()); !seeded)
            return std::unexpected(seeded.error());
        if (auto set = session.cursors.setPulledUntil(std::nullopt); !set)
            return set;
        if (auto set = session.cursors.setHasListExtensions(std::nullopt); !set)
            return set;
        if (auto set = session.cursors.setHasDelete(true); !set)
            return set;
        return session.cursors.setRemote(remote);
    });
}

} // namespace

SyncEngine::SyncEngine(QString databasePath, ServerEndpoint endpoint, ClientOptions options,
                       QObject* parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_endpoint(std::move(endpoint)),
      m_options(options)
{}

SyncEngine::~SyncEngine() = default;

void SyncEngine::cancel()
{
    m_cancelled = true;
    QMutexLocker locker(&m_clientMutex);
    if (m_client)
        m_client->cancel();
}

SyncSummary SyncEngine::inSession(const std::function<void(SyncSession&)>& work)
{
    auto database = ContactDatabase::open(m_databasePath);
    if (!database) {
        SyncSummary failed;
        failed.failure = ClientError{
            ClientError::Kind::LocalDatabase, 0,
            tr("The local database could not be opened: %1").arg(database.error().message)};
        return failed;
    }
    ContactsClient client(m_endpoint, m_options);
    connect(&client, &ContactsClient::waiting, this, &SyncEngine::waiting);
    {
        QMutexLocker locker(&m_clientMutex);
        m_client = &client;
    }
    if (m_cancelled)
        client.cancel();
    SyncSession session(**database, client);
    session.progressed = [this](const SyncProgress& progress) {
        emit progressed(progress);
    };
    work(session);
    if (auto finished = session.finishOperation(); !finished)
        session.failOnDatabase(finished.error());
    {
        QMutexLocker locker(&m_clientMutex);
        m_client = nullptr;
    }
    session.summary.requests = client.requestCount();
    return session.summary;
}

void SyncEngine::setAllowedDeletions(qint64 count)
{
    m_allowedDeletions = count;
}

SyncSummary SyncEngine::run()
{
    if (m_allowedDeletions && *m_allowedDeletions < 1) {
        SyncSummary refused;
        refused.failure =
            ClientError{ClientError::Kind::Usage, 0,
                        tr("The number of deletions to allow must be 1 or more, not %1")
                            .arg(*m_allowedDeletions)};
        return refused;
    }
    return inSession([this](SyncSession& session) {
        emit progressed({SyncProgress::Phase::Connecting, 0, -1});
        session.allowedDeletions = m_allowedDeletions;
        bool ok = true;
        if (auto adopted = adoptRemote(session, m_endpoint); !adopted) {
            session.failOnDatabase(adopted.error());
            ok = false;
        }
        ok = ok && probe(session);
        ok = ok && SyncPull(session).run();
        // Deletions the server made are applied before the push, which then sends no edit
        // to a contact that is gone.
        ok = ok && MassDeletionGuard(session).run(HeldDeletion::Direction::Here);
        ok = ok && SyncPush(session).run();
        ok = ok && MassDeletionGuard(session).run(HeldDeletion::Direction::OnServer);
        ok = ok && EchoSkip(session).run();
        // What the server acknowledged has no reader left. Only after a whole run: a stopped
        // one writes nothing more (as a killed process would not), and the next run or
        // start-up prunes. A failure here loses nothing and is not the run's.
        if (ok && !session.summary.failure && !session.client.isCancelled()) {
            auto pruned = JournalPruning(session.db).prune(session.store.organization());
            if (!pruned)
                qWarning("sync: could not prune the change journal: %s",
                         qPrintable(pruned.error().detail));
        }
        const QString error =
            session.summary.failure ? session.summary.failure->message : QString();
        if (auto saved = session.cursors.setLastRun(QDateTime::currentDateTimeUtc(), error); !saved)
            qWarning("sync: could not record the run: %s", qPrintable(saved.error().detail));
    });
}

SyncSummary SyncEngine::refreshContact(const QString& contactId)
{
    return inSession([&](SyncSession& session) {
        session.recordsOperation = false;
        refresh(session, contactId);
    });
}

void SyncEngine::refresh(SyncSession& session, const QString& contactId)
{
    auto link = session.links.byContact(contactId);
    if (!link) {
        session.failOnDatabase(link.error());
        return;
    }
    if (!*link || !(*link)->isLinked() || !SyncedFields::hasStaleParams((*link)->base))
        return;
    auto reply = session.client.get((*link)->remoteId);
    if (!reply) {
        session.fail(reply.error());
        return;
    }
    if (!reply->ok())
        return; // a 404 is a deletion, which the next run brings in
    const QJsonObject item = reply->data().toObject();
    auto written = session.inTransaction([&]() -> ApiResult<void> {
        auto applied = RemoteContactApplier(session).apply(item);
        if (!applied)
            return std::unexpected(applied.error());
        session.summary.pulled += *applied ? 1 : 0;
        return {};
    });
    if (!written)
        session.failOnDatabase(written.error());
}
