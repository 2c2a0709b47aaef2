#pragma once

#include "ApiError.h"

#include <QString>
#include <QTest>

/// An ApiError as a test failure reports it: status, message and detail.
inline QString errorText(const ApiError& error)
{
    return QString::number(error.status) + u' ' + error.message + QStringLiteral(" (") +
           error.detail + u')';
}

/// Verifies that an ApiResult holds a value, reporting the error otherwise. Evaluates the
/// expression once: it is often a write.
#define VERIFY_OK(expression)                                                                      \
    do {                                                                                           \
        const auto& verifiedResult = (expression);                                                 \
        QVERIFY2(bool(verifiedResult),                                                             \
                 bool(verifiedResult) ? "" : qPrintable(errorText(verifiedResult.error())));       \
    } while (false)
