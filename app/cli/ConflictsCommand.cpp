#include "ConflictsCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "SyncConflicts.h"
#include "Timestamps.h"

#include <QJsonArray>

namespace {

QString kindName(SyncConflict::Kind kind)
{
    switch (kind) {
    case SyncConflict::Kind::Field:
        return QStringLiteral("field");
    case SyncConflict::Kind::DeletedOnServer:
        return QStringLiteral("deleted_on_server");
    case SyncConflict::Kind::DeletedLocally:
        return QStringLiteral("deleted_locally");
    }
    return {};
}

} // namespace

QString ConflictsCommand::summary() const
{
    return QStringLiteral("List the open sync conflicts.");
}

QString ConflictsCommand::description() const
{
    return QStringLiteral(
        "Prints {\"conflicts\": [...]}: each local value a sync could not apply because the "
        "server changed the same field (the server's value stayed), or an edit to a contact "
        "deleted on the other side. `local` and `remote` hold both values.");
}

std::expected<void, QString> ConflictsCommand::prepare(const QCommandLineParser&,
                                                       const QStringList&)
{
    return {};
}

ApiResult<QJsonObject> ConflictsCommand::execute(ContactStore& store)
{
    auto open = SyncConflicts(store.database(), store.organization().rowId).open();
    if (!open)
        return std::unexpected(open.error());
    QJsonArray conflicts;
    for (const SyncConflict& conflict : *open) {
        conflicts.append(QJsonObject{
            {QStringLiteral("id"), conflict.id},
            {QStringLiteral("contactId"), conflict.contactId},
            {QStringLiteral("phone"), conflict.phone},
            {QStringLiteral("name"), conflict.name ? QJsonValue(*conflict.name) : QJsonValue()},
            {QStringLiteral("kind"), kindName(conflict.kind)},
            {QStringLiteral("field"),
             conflict.field.isEmpty() ? QJsonValue() : QJsonValue(conflict.field)},
            {QStringLiteral("local"), conflict.localValue},
            {QStringLiteral("remote"), conflict.remoteValue},
            {QStringLiteral("at"), Timestamps::format(conflict.at)},
        });
    }
    return ContactJson::success(QJsonObject{{QStringLiteral("conflicts"), conflicts}});
}
