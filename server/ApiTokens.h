#pragma once

#include "ApiCaller.h"
#include "ApiError.h"
#include "Organization.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class ContactDatabase;

/// The API tokens a contacts-server accepts, each for one organization. A token is shown once,
/// when it is made; the database keeps only its SHA-256, so that a copy of the database grants
/// no access. Lives on the thread of its database.
class ApiTokens {
public:
    struct Token {
        QString id; ///< `tok_` + 12 hex digits: names the token in `token list` and `revoke`
        QString organizationId;
        QDateTime createdAt;
    };
    struct Issued {
        Token token;
        QString secret; ///< what clients send as `Authorization: Bearer <secret>`
    };

    explicit ApiTokens(ContactDatabase& db) : m_db(db) {}

    /// Makes a token for the organization `organizationId`, adding the organization when the
    /// database does not hold it yet. 400 when the id is not 1 to 64 letters, digits, `-`, `_`.
    ApiResult<Issued> add(const QString& organizationId);
    /// Every token, oldest first (never their secrets, which are not stored).
    ApiResult<QList<Token>> list();
    /// Removes a token; false when there is no token with that id.
    ApiResult<bool> revoke(const QString& tokenId);
    /// The organization `organizationId` and the token when `secret` is one of its tokens,
    /// else nothing.
    ApiResult<std::optional<ApiCaller>> authenticate(const QString& organizationId,
                                                     const QString& secret);
    /// The same, given the secret's hash().
    ApiResult<std::optional<ApiCaller>> authenticateHash(const QString& organizationId,
                                                         const QByteArray& secretHash);

    static QByteArray hash(const QString& secret);

private:
    ContactDatabase& m_db;
};
