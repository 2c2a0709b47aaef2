#include "SyncSummary.h"

QJsonObject SyncSummary::toJson() const
{
    const QJsonObject data{
        {QStringLiteral("pushed"), pushed},       {QStringLiteral("pulled"), pulled},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("requests"), requests},
        {QStringLiteral("errors"), errors},
    };
    if (!failure)
        return {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}};
    return {{QStringLiteral("success"), false},
            {QStringLiteral("error"), failure->message},
            {QStringLiteral("data"), data}};
}
