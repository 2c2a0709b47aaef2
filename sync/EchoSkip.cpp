#include "EchoSkip.h"

#include "SyncPull.h"
#include "SyncSession.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QUrlQuery>

EchoSkip::EchoSkip(SyncSession& session) : m_session(session) {}

bool EchoSkip::run()
{
    if (!m_session.hasListExtensions || !m_session.pulledSince ||
        m_session.pushedIds.size() < threshold)
        return true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("updatedSince"), Timestamps::format(*m_session.pulledSince));
    query.addQueryItem(QStringLiteral("sortBy"), QStringLiteral("updated_at"));
    query.addQueryItem(QStringLiteral("sortOrder"), QStringLiteral("desc"));
    query.addQueryItem(QStringLiteral("includeDeleted"), QStringLiteral("true"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    auto reply = m_session.client.list(query);
    if (!reply || !reply->ok())
        return true; // the next pull lists the echo; nothing is lost
    const QJsonObject data = reply->data().toObject();
    const qint64 total = qint64(data.value(QStringLiteral("total")).toDouble());
    const QJsonObject newest = data.value(QStringLiteral("contacts")).toArray().at(0).toObject();
    const QSet<QString> ours = m_session.pulledIds | m_session.pushedIds;
    const QString newestId = newest.value(QStringLiteral("id")).toString();
    const auto newestAt = Timestamps::parse(newest.value(QStringLiteral("updatedAt")).toString());
    if (total != ours.size() || !ours.contains(newestId) || !newestAt)
        return true;
    // The next pull starts exactly at the newest write (its overlap is subtracted again).
    auto saved = m_session.inTransaction(
        [&] { return m_session.cursors.setPulledUntil(newestAt->addMSecs(SyncPullOverlapMsecs)); });
    if (!saved) {
        m_session.failOnDatabase(saved.error());
        return false;
    }
    return true;
}
