#include "SyncPull.h"

#include "RemoteContactApplier.h"
#include "SyncSession.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

constexpr int pageSize = 100;

} // namespace

SyncPull::SyncPull(SyncSession& session) : m_session(session) {}

bool SyncPull::run()
{
    return m_session.hasListExtensions ? pullChanges() : pullEverything();
}

bool SyncPull::pullChanges()
{
    auto pulledUntil = m_session.cursors.pulledUntil();
    if (!pulledUntil) {
        m_session.failOnDatabase(pulledUntil.error());
        return false;
    }
    QDateTime since = *pulledUntil ? (*pulledUntil)->addMSecs(-SyncPullOverlapMsecs)
                                   : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC);
    m_session.pulledSince = since;
    int page = 1;
    qint64 done = 0;
    qint64 total = -1;
    for (;;) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("updatedSince"), Timestamps::format(since));
        query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("updated_at"));
        query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("asc"));
        query.addQueryItem(QStringLiteral("includeDeleted"), QStringLiteral("true"));
        query.addQueryItem(QStringLiteral("view"), QStringLiteral("full"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        auto reply = m_session.client.list(query);
        if (!reply) {
            m_session.fail(reply.error());
            return false;
        }
        if (reply->status == 400 && done == 0) {
            // It knows updatedSince but not the rest of our extensions: list everything.
            m_session.hasListExtensions = false;
            if (auto saved = m_session.cursors.setHasListExtensions(false); !saved) {
                m_session.failOnDatabase(saved.error());
                return false;
            }
            return pullEverything();
        }
        if (!reply->ok()) {
            //: Completes "The server refused to %1".
            m_session.refuse(QCoreApplication::translate("SyncEngine", "list contacts"), *reply);
            return false;
        }
        const QJsonObject data = reply->data().toObject();
        const QJsonArray items = data.value(QStringLiteral("contacts")).toArray();
        if (total < 0)
            total = qint64(data.value(QStringLiteral("total")).toDouble());
        for (const QJsonValue& item : items)
            m_session.pulledIds.insert(item.toObject().value(QStringLiteral("id")).toString());
        std::optional<QDateTime> last;
        if (!items.isEmpty())
            last = Timestamps::parse(
                items.last().toObject().value(QStringLiteral("updatedAt")).toString());
        if (!applyPage(items, last))
            return false;
        done += items.size();
        if (m_session.progressed)
            m_session.progressed({SyncProgress::Phase::Pulling, done, std::max(total, done)});
        if (!data.value(QStringLiteral("hasNext")).toBool() || items.isEmpty())
            return true;
        // Page by time, not by number: a contact changed while we read moves to the end of
        // the order, which would shift a numbered page over one we have not read. Only a
        // page whose items all share one timestamp moves on by number.
        if (last && *last > since) {
            since = *last;
            page = 1;
        } else {
            ++page;
        }
    }
}

bool SyncPull::pullEverything()
{
    QSet<QString> seen;
    qint64 total = -1;
    for (int page = 1;; ++page) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("created_at"));
        query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("asc"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(pageSize));
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        const std::optional<QJsonObject> listed = m_session.listData(query);
        if (!listed)
            return false;
        const QJsonObject& data = *listed;
        const QJsonArray items = data.value(QStringLiteral("contacts")).toArray();
        if (total < 0)
            total = qint64(data.value(QStringLiteral("total")).toDouble());
        for (const QJsonValue& item : items)
            seen.insert(item.toObject().value(QStringLiteral("id")).toString());
        if (!applyPage(items, std::nullopt))
            return false;
        if (m_session.progressed)
            m_session.progressed({SyncProgress::Phase::Pulling, qint64(seen.size()),
                                  std::max<qint64>(total, seen.size())});
        if (!data.value(QStringLiteral("hasNext")).toBool() || items.isEmpty())
            break;
    }
    return confirmDeletions(seen);
}

bool SyncPull::applyPage(const QJsonArray& items, const std::optional<QDateTime>& cursor)
{
    RemoteContactApplier applier(m_session);
    int applied = 0;
    auto written = m_session.inTransaction([&]() -> ApiResult<void> {
        for (const QJsonValue& item : items) {
            auto changed = applier.apply(item.toObject());
            if (!changed)
                return std::unexpected(changed.error());
            applied += *changed ? 1 : 0;
        }
        if (cursor)
            return m_session.cursors.setPulledUntil(cursor);
        return {};
    });
    if (!written) {
        m_session.failOnDatabase(written.error());
        return false;
    }
    m_session.summary.pulled += applied;
    return true;
}

bool SyncPull::confirmDeletions(const QSet<QString>& seenRemoteIds)
{
    auto linked = m_session.links.remoteIds();
    if (!linked) {
        m_session.failOnDatabase(linked.error());
        return false;
    }
    for (const QString& remoteId : *linked) {
        if (seenRemoteIds.contains(remoteId))
            continue;
        // Missing from the list: deleted, or created after the page that would have held it
        // was read. Only a 404 says which.
        auto reply = m_session.client.get(remoteId);
        if (!reply) {
            m_session.fail(reply.error());
            return false;
        }
        if (reply->status != 404)
            continue;
        RemoteContactApplier applier(m_session);
        bool removed = false;
        auto written = m_session.inTransaction([&]() -> ApiResult<void> {
            auto deleted = applier.holdDeletion(remoteId);
            if (!deleted)
                return std::unexpected(deleted.error());
            removed = *deleted;
            return {};
        });
        if (!written) {
            m_session.failOnDatabase(written.error());
            return false;
        }
        m_session.summary.pulled += removed ? 1 : 0;
    }
    return true;
}
