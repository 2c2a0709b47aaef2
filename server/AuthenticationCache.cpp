#include "AuthenticationCache.h"

#include <QMutexLocker>

AuthenticationCache::AuthenticationCache(qint64 lifetimeMsecs, int capacity)
    : m_lifetimeMsecs(lifetimeMsecs), m_capacity(capacity)
{}

QByteArray AuthenticationCache::key(const QByteArray& tokenHash, const QString& organizationId)
{
    // The hash's length first, so that no other hash and id make the same key.
    return QByteArray::number(tokenHash.size()) + ':' + tokenHash + organizationId.toUtf8();
}

std::optional<ApiCaller> AuthenticationCache::find(const QByteArray& tokenHash,
                                                   const QString& organizationId,
                                                   qint64 nowMsecs) const
{
    if (m_lifetimeMsecs <= 0)
        return std::nullopt;
    QMutexLocker locker(&m_mutex);
    const auto found = m_entries.constFind(key(tokenHash, organizationId));
    if (found == m_entries.cend() || found->expiresMsecs <= nowMsecs)
        return std::nullopt;
    return found->caller;
}

void AuthenticationCache::insert(const QByteArray& tokenHash, const ApiCaller& caller,
                                 qint64 nowMsecs)
{
    if (m_lifetimeMsecs <= 0)
        return;
    QMutexLocker locker(&m_mutex);
    if (m_entries.size() >= m_capacity) {
        // Full: drop what has expired, and everything if that frees nothing.
        m_entries.removeIf(
            [nowMsecs](const auto& entry) { return entry.value().expiresMsecs <= nowMsecs; });
        if (m_entries.size() >= m_capacity)
            m_entries.clear();
    }
    m_entries.insert(key(tokenHash, caller.organization.id),
                     Entry{caller, nowMsecs + m_lifetimeMsecs});
}
