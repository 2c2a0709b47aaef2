#include "MetricsRoute.h"

#include "ContactsApi.h"
#include "HealthProbes.h"

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
    if (path == HealthProbes::livenessPath)
        return Healthz;
    if (path == HealthProbes::readinessPath)
        return Readyz;
    if (path == metricsPath)
        return Metrics;
    return Other;
}

QByteArray MetricsRoute::label(Id route)
{
    switch (route) {
    case Contacts:
        return ContactsApi::collectionPath.toUtf8();
    case ContactsBulk:
        return ContactsApi::bulkPath.toUtf8();
    case Contact:
        return ContactsApi::collectionPath.toUtf8() + "/:contactId";
    case ContactHistory:
        return ContactsApi::collectionPath.toUtf8() + "/:contactId/history";
    case Healthz:
        return HealthProbes::livenessPath.toUtf8();
    case Readyz:
        return HealthProbes::readinessPath.toUtf8();
    case Metrics:
        return metricsPath.toUtf8();
    case Other:
        break;
    }
    return QByteArrayLiteral("other");
}
