#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

/// Request bodies the server suites send, with phones numbered from `firstNumber`
/// (+97150000000 + n): unique per suite as long as the numbers are.
namespace ApiBodies {

inline QString phone(int number)
{
    return QStringLiteral("+9715%1").arg(number, 8, 10, QLatin1Char('0'));
}

/// `{"contacts": [...]}` of `count` contacts named "Bulk i".
inline QByteArray bulkOf(int count, int firstNumber = 0)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{QStringLiteral("userNumber"), phone(firstNumber + i)},
                                 {QStringLiteral("userName"), QStringLiteral("Bulk %1").arg(i)}});
    return QJsonDocument(QJsonObject{{QStringLiteral("contacts"), items}})
        .toJson(QJsonDocument::Compact);
}

/// A create body for one contact named "Single n".
inline QByteArray createOf(int number)
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("userNumber"), phone(number)},
                           {QStringLiteral("userName"), QStringLiteral("Single %1").arg(number)}})
        .toJson(QJsonDocument::Compact);
}

} // namespace ApiBodies
