#include "ServerEndpoint.h"

namespace {
const QString apiPath = QStringLiteral("/api/whatsapp/contacts");
} // namespace

std::expected<QUrl, QString> ServerEndpoint::contactsUrlFrom(const QString& serverUrl)
{
    const QString text = serverUrl.trimmed();
    if (text.isEmpty())
        return std::unexpected(tr("The server URL is empty"));
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return std::unexpected(tr("The server URL is not a valid URL: %1").arg(url.errorString()));
    if (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        return std::unexpected(tr("The server URL must start with http:// or https://"));
    if (url.host().isEmpty())
        return std::unexpected(tr("The server URL has no host name"));
    // The token goes in its own field, where it is kept in the keychain; a URL is shown and logged.
    if (!url.userInfo().isEmpty())
        return std::unexpected(tr("The server URL must not contain a user name or password"));
    if (url.hasQuery() || url.hasFragment())
        return std::unexpected(tr("The server URL must not contain a query (?) or fragment (#)"));

    QString path = url.path(QUrl::FullyEncoded);
    while (path.endsWith(u'/'))
        path.chop(1);
    // A server may sit under a prefix of a reverse proxy: keep the prefix, add the API's path.
    if (!path.endsWith(apiPath))
        path += apiPath;
    QUrl contacts = url;
    contacts.setPath(path, QUrl::StrictMode);
    return contacts;
}
