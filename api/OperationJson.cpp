#include "OperationJson.h"

#include "Timestamps.h"

#include <QJsonArray>

namespace OperationJson {

namespace {

QJsonValue optionalId(const std::optional<qint64>& id)
{
    return id ? QJsonValue(*id) : QJsonValue();
}

} // namespace

QJsonObject operation(const Operation& operation)
{
    return {
        {QStringLiteral("id"), operation.id},
        {QStringLiteral("kind"), Operation::kindName(operation.kind)},
        {QStringLiteral("argument"),
         operation.argument.isEmpty() ? QJsonValue() : QJsonValue(operation.argument)},
        {QStringLiteral("startedAt"), Timestamps::format(operation.startedAt)},
        {QStringLiteral("finishedAt"), operation.finishedAt
                                           ? QJsonValue(Timestamps::format(*operation.finishedAt))
                                           : QJsonValue()},
        {QStringLiteral("by"),
         operation.actor.isEmpty() ? QJsonValue() : QJsonValue(operation.actor)},
        {QStringLiteral("method"), operation.method},
        {QStringLiteral("contacts"), operation.contactCount},
        {QStringLiteral("undoes"), optionalId(operation.undoes)},
        {QStringLiteral("undoneBy"), optionalId(operation.undoneBy)},
    };
}

QJsonObject operations(const QList<Operation>& operations)
{
    QJsonArray items;
    for (const Operation& item : operations)
        items.append(operation(item));
    return {{QStringLiteral("operations"), items}};
}

QJsonObject undoReport(const UndoReport& report, qint64 undone)
{
    QJsonArray skipped;
    for (const UndoReport::Skipped& contact : report.skipped)
        skipped.append(QJsonObject{
            {QStringLiteral("id"), contact.contactId},
            {QStringLiteral("name"), contact.name ? QJsonValue(*contact.name) : QJsonValue()},
            {QStringLiteral("phone"),
             contact.phone.isEmpty() ? QJsonValue() : QJsonValue(contact.phone)},
            {QStringLiteral("reason"), contact.reason}});
    return {
        {QStringLiteral("operation"), report.operationId},
        {QStringLiteral("undoes"), undone},
        {QStringLiteral("reverted"), report.reverted},
        {QStringLiteral("notReverted"), report.skippedCount},
        {QStringLiteral("notRevertedContacts"), skipped},
    };
}

} // namespace OperationJson
