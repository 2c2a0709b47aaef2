#include "SyncEngine.h"

#include "ContactDatabase.h"
#include "ContactsClient.h"
#include "EchoSkip.h"
#include "SyncPull.h"
#include "SyncPush.h"
#include "SyncSession.h"

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
        session.fail({ClientError::Kind::BadResponse, future->status,
                      QStringLiteral("The server refused to list contacts (%1 %2)")
                          .arg(future->status)
                          .arg(future->error())});
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
/// over: its links name another server's contacts, and the whole outbox is to be sent.
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
        if (auto set = session.cursors.setOutboxPosition(0); !set)
            return set;
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
    if (ContactsClient* client = m_client.load())
        client->cancel();
}

SyncSummary SyncEngine::run()
{
    m_cancelled = false;
    SyncSummary failed;
    auto database = ContactDatabase::open(m_databasePath);
    if (!database) {
        failed.failure = ClientError{ClientError::Kind::LocalDatabase, 0,
                                     QStringLiteral("The local database could not be opened: ") +
                                         database.error().message};
        return failed;
    }
    ContactsClient client(m_endpoint, m_options);
    connect(&client, &ContactsClient::waiting, this, &SyncEngine::waiting);
    m_client = &client;
    if (m_cancelled)
        client.cancel();

    SyncSession session(**database, client);
    session.progressed = [this](const SyncProgress& progress) {
        emit progressed(progress);
    };
    emit progressed({SyncProgress::Phase::Connecting, 0, -1});
    bool ok = true;
    if (auto adopted = adoptRemote(session, m_endpoint); !adopted) {
        session.failOnDatabase(adopted.error());
        ok = false;
    }
    ok = ok && probe(session);
    ok = ok && SyncPull(session).run();
    ok = ok && SyncPush(session).run();
    ok = ok && EchoSkip(session).run();

    m_client = nullptr;
    session.summary.requests = client.requestCount();
    const QString error = session.summary.failure ? session.summary.failure->message : QString();
    if (auto saved = session.cursors.setLastRun(QDateTime::currentDateTimeUtc(), error); !saved)
        qWarning("sync: could not record the run: %s", qPrintable(saved.error().detail));
    return session.summary;
}
