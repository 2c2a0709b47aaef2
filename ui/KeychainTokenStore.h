#pragma once

#include "TokenStore.h"

/// The sync token in the OS keychain through QtKeychain (Secret Service, KWallet, macOS
/// Keychain, Windows Credential Store), under the service "Contacts" and one key per server
/// and organization. Use it on the GUI thread.
class KeychainTokenStore : public TokenStore {
public:
    void readToken(const QString& account, QObject* context,
                   std::function<void(ReadResult)> done) override;
    void writeToken(const QString& account, const QString& token, QObject* context,
                    std::function<void(WriteResult)> done) override;
};
