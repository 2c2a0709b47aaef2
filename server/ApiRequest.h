#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

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

/// The answer to an ApiRequest.
struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString organizationId; ///< for the request log; empty before authentication
    QString faultDetail;    ///< why a 500 happened, for the log only
};
