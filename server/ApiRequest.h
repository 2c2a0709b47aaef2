#pragma once

#include <QByteArray>
#include <QString>

/// One HTTP request as the API reads it: a plain value copied off the connection, so that a
/// worker thread can answer it while the connection reads the next one.
struct ApiRequest {
    QByteArray method;         ///< upper case, as sent
    QString path;              ///< decoded, without the query
    QByteArray query;          ///< percent-encoded, as sent
    QByteArray organizationId; ///< `x-org-id`
    QByteArray authorization;  ///< `Authorization`
    QByteArray contentType;
    QByteArray body;
};
