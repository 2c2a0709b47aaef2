#pragma once

#include "ApiCaller.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>

#include <optional>

/// The tokens that authenticated lately, so that a request need not look its token up again
/// (the token's statement was a tenth of a read by id, docs/benchmarks.md). Keyed by the
/// token's SHA-256 and the organization it was sent with, never the secret itself. An entry
/// lives `lifetimeMsecs`: a token revoked by `contacts-server token revoke` (another process,
/// which cannot tell this one) is refused within that time. Only successes are kept, and at
/// most `capacity` of them, so that requests with made-up tokens cannot grow it. Shared by the
/// server's threads.
class AuthenticationCache {
public:
    explicit AuthenticationCache(qint64 lifetimeMsecs = 1000, int capacity = 4096);

    std::optional<ApiCaller> find(const QByteArray& tokenHash, const QString& organizationId,
                                  qint64 nowMsecs) const;
    void insert(const QByteArray& tokenHash, const ApiCaller& caller, qint64 nowMsecs);

private:
    struct Entry {
        ApiCaller caller;
        qint64 expiresMsecs = 0;
    };
    static QByteArray key(const QByteArray& tokenHash, const QString& organizationId);

    const qint64 m_lifetimeMsecs;
    const int m_capacity;
    mutable QMutex m_mutex; ///< guards m_entries
    QHash<QByteArray, Entry> m_entries;
};
