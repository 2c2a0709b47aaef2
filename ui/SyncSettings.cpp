#include "SyncSettings.h"

#include "ServerEndpoint.h"

#include <QSettings>

namespace {

const QString group = QStringLiteral("sync");

} // namespace

bool SyncSettings::isConfigured() const
{
    return !serverUrl.trimmed().isEmpty() && !organizationId.trimmed().isEmpty();
}

QString SyncSettings::tokenAccount() const
{
    // The normalized URL, so that "https://h" and "https://h/api/whatsapp/contacts/" share
    // one token.
    const auto url = ServerEndpoint::contactsUrlFrom(serverUrl);
    const QString server = url ? url->toString() : serverUrl.trimmed();
    return server + u' ' + organizationId.trimmed();
}

std::expected<ServerEndpoint, QString> SyncSettings::endpoint(const QString& token) const
{
    const auto contactsUrl = ServerEndpoint::contactsUrlFrom(serverUrl);
    if (!contactsUrl)
        return std::unexpected(contactsUrl.error());
    ServerEndpoint endpoint;
    endpoint.contactsUrl = *contactsUrl;
    endpoint.organizationId = organizationId.trimmed();
    endpoint.token = token;
    return endpoint;
}

ClientOptions SyncSettings::clientOptions() const
{
    ClientOptions options;
    options.requestsPerMinute = requestsPerMinute;
    return options;
}

SyncSettings SyncSettings::load()
{
    QSettings settings;
    settings.beginGroup(group);
    SyncSettings loaded;
    loaded.serverUrl = settings.value(QStringLiteral("serverUrl")).toString();
    loaded.organizationId = settings.value(QStringLiteral("organizationId")).toString();
    loaded.requestsPerMinute = qMax(
        0, settings.value(QStringLiteral("requestsPerMinute"), loaded.requestsPerMinute).toInt());
    loaded.automatic = settings.value(QStringLiteral("automatic"), loaded.automatic).toBool();
    loaded.intervalMinutes =
        qBound(1, settings.value(QStringLiteral("intervalMinutes"), loaded.intervalMinutes).toInt(),
               24 * 60);
    loaded.afterEdits = settings.value(QStringLiteral("afterEdits"), loaded.afterEdits).toBool();
    return loaded;
}

void SyncSettings::save() const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("serverUrl"), serverUrl.trimmed());
    settings.setValue(QStringLiteral("organizationId"), organizationId.trimmed());
    settings.setValue(QStringLiteral("requestsPerMinute"), requestsPerMinute);
    settings.setValue(QStringLiteral("automatic"), automatic);
    settings.setValue(QStringLiteral("intervalMinutes"), intervalMinutes);
    settings.setValue(QStringLiteral("afterEdits"), afterEdits);
}
