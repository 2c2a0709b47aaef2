#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <expected>

/// Where the Contacts API of one organization is: the collection URL (ending in
/// `/api/whatsapp/contacts`), the organization id and the bearer token.
struct ServerEndpoint {
    QUrl contactsUrl;
    QString organizationId;
    QString token; ///< a secret: never logged, never shown

    /// Accepts a server URL with or without the `/api/whatsapp/contacts` path (and a trailing
    /// slash); an error message naming what is wrong for a URL that is not http(s).
    static std::expected<QUrl, QString> contactsUrlFrom(const QString& serverUrl);

    // Last: the macro leaves what follows it private.
    Q_DECLARE_TR_FUNCTIONS(ServerEndpoint)
};
