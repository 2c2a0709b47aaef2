#pragma once

#include <QByteArray>
#include <QString>

/// The route templates the server's metrics count requests under: the API's routes, the
/// probes, `/metrics` itself and one `other` for every path that is none of them. A path's
/// contact id, and whatever else a client writes in a path, never becomes a label: the number
/// of series stays bounded whatever clients send. Stateless.
class MetricsRoute {
public:
    enum Id {
        Contacts,
        ContactsBulk,
        Contact,
        ContactHistory,
        Healthz,
        Readyz,
        Metrics,
        Other,
    };
    static constexpr int count = Other + 1;

    static inline const QString metricsPath = QStringLiteral("/metrics");

    /// The template `path` matches (by its shape only: the route of an unknown contact's id,
    /// or of a method the route does not take, is still that route).
    static Id of(const QString& path);
    /// The `route` label of `route`, e.g. `/api/whatsapp/contacts/:contactId`.
    static QByteArray label(Id route);
};
