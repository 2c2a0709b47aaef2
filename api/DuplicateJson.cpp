#include "DuplicateJson.h"

#include "ContactJson.h"

#include <QJsonArray>

QJsonObject DuplicateJson::groups(const QList<DuplicateGroup>& groups, qsizetype limit)
{
    QJsonArray items;
    for (qsizetype i = 0; i < groups.size() && i < limit; ++i) {
        QJsonArray contacts;
        for (const Contact& contact : groups.at(i).contacts)
            contacts.append(ContactJson::listItem(contact));
        items.append(QJsonObject{
            {QStringLiteral("reasons"), QJsonArray::fromStringList(groups.at(i).reasons)},
            {QStringLiteral("contacts"), contacts},
        });
    }
    return {{QStringLiteral("groups"), items}, {QStringLiteral("total"), groups.size()}};
}

QJsonObject DuplicateJson::merged(const DuplicateMerge::Result& result)
{
    return {
        {QStringLiteral("contact"), ContactJson::fullContact(result.contact)},
        {QStringLiteral("merged"), QJsonArray::fromStringList(result.merged)},
        {QStringLiteral("operation"), result.operationId},
    };
}
