#include "MetricsRoute.h"

#include "ContactsApi.h"

MetricsRoute::Id MetricsRoute::of(const QString& path)
{
    if (path == ContactsApi::collectionPath)
        return Contacts;
    if (path == ContactsApi::bulkPath)
        return ContactsBulk;
    if (ContactsApi::contactIdOf(path))
        return Contact;
    if (ContactsApi::historyIdOf(path))
        return ContactHistory;
    if (path == u"/healthz")
        return Healthz;
    if (path == u"/readyz")
        return Readyz;
    if (path == metricsPath)
        return Metrics;
    return Other;
}

QByteArray MetricsRoute::label(Id route)
{
    switch (route) {
    case Contacts:
        return QByteArrayLiteral("/api/whatsapp/contacts");
    case ContactsBulk:
        return QByteArrayLiteral("/api/whatsapp/contacts/bulk");
    case Contact:
        return QByteArrayLiteral("/api/whatsapp/contacts/:contactId");
    case ContactHistory:
        return QByteArrayLiteral("/api/whatsapp/contacts/:contactId/history");
    case Healthz:
        return QByteArrayLiteral("/healthz");
    case Readyz:
        return QByteArrayLiteral("/readyz");
    case Metrics:
        return QByteArrayLiteral("/metrics");
    case Other:
        break;
    }
    return QByteArrayLiteral("other");
}
