#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

/// The answer to an ApiRequest.
struct ApiResponse {
    int status = 200;
    QByteArray body;
    QByteArray contentType = QByteArrayLiteral("application/json; charset=utf-8");
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString organizationId; ///< for the request log; empty before authentication
    QString faultDetail;    ///< why a 500 happened, for the log only
};
