#pragma once

#include "TokenStore.h"

#include <QHash>
#include <QTimer>

/// The tests' keychain: tokens in memory, answered on the next event loop pass as a real
/// keychain answers later. `failure` makes every call fail with that reason (a locked or
/// missing keychain), which is the only way to force one in CI.
class MemoryTokenStore : public TokenStore {
public:
    QHash<QString, QString> tokens;
    QString failure;
    int reads = 0;
    int writes = 0;

    void readToken(const QString& account, QObject* context,
                   std::function<void(ReadResult)> done) override
    {
        ++reads;
        const ReadResult result = failure.isEmpty() ? ReadResult(tokens.value(account))
                                                    : ReadResult(std::unexpected(failure));
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }

    void writeToken(const QString& account, const QString& token, QObject* context,
                    std::function<void(WriteResult)> done) override
    {
        ++writes;
        WriteResult result;
        if (!failure.isEmpty())
            result = std::unexpected(failure);
        else if (token.isEmpty())
            tokens.remove(account);
        else
            tokens.insert(account, token);
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
};
