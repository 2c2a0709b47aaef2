#include "SyncSummary.h"

QJsonObject SyncSummary::toJson() const
{
    QJsonObject data{
        {QStringLiteral("pushed"), pushed},       {QStringLiteral("pulled"), pulled},
        {QStringLiteral("conflicts"), conflicts}, {QStringLiteral("requests"), requests},
        {QStringLiteral("errors"), errors},
    };
    // Only when there are some: the summary of a run without keeps its shape.
    if (holdsDeletions()) {
        data.insert(QStringLiteral("heldDeletions"),
                    QJsonObject{{QStringLiteral("here"), heldHere},
                                {QStringLiteral("server"), heldOnServer},
                                {QStringLiteral("limit"), deletionLimit},
                                {QStringLiteral("sample"), heldSample}});
    }
    if (!failure)
        return {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}};
    return {{QStringLiteral("success"), false},
            {QStringLiteral("error"), failure->message},
            {QStringLiteral("data"), data}};
}
