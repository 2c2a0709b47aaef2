#pragma once

#include <QObject>
#include <QString>

#include <expected>
#include <functional>

/// Where the sync token is kept: the OS keychain (KeychainTokenStore), or memory in tests
/// (no Secret Service there). Asynchronous, as a keychain may ask the user to unlock it:
/// `done` is called on `context`'s thread, and dropped when `context` is destroyed first.
/// Errors are the keychain's reason, for the user; a token is never logged.
class TokenStore {
public:
    /// The token, empty when none is stored; or why the keychain could not be read.
    using ReadResult = std::expected<QString, QString>;
    using WriteResult = std::expected<void, QString>;

    virtual ~TokenStore() = default;

    virtual void readToken(const QString& account, QObject* context,
                           std::function<void(ReadResult)> done) = 0;
    /// Stores `token` for `account`; an empty token removes the entry.
    virtual void writeToken(const QString& account, const QString& token, QObject* context,
                            std::function<void(WriteResult)> done) = 0;
};
