#include "BulkCommand.h"

#include "BodyFile.h"
#include "CliArguments.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "RequestBodies.h"

QString BulkCommand::summary() const
{
    return QStringLiteral("Import many contacts from a bulk body.");
}

QString BulkCommand::description() const
{
    return QStringLiteral(
        "Imports contacts, like POST /api/whatsapp/contacts/bulk, from a JSON body "
        "{\"contacts\": [...]} of at most 1000 create bodies. Each item is created or skipped "
        "on its own; the result counts them and lists each skipped item's error.");
}

QList<CliCommand::Argument> BulkCommand::arguments() const
{
    return {CliArguments::bodyFile(QStringLiteral("a bulk body"))};
}

std::expected<void, QString> BulkCommand::prepare(const QCommandLineParser&,
                                                  const QStringList& arguments)
{
    return BodyFile::readInto(arguments.at(0), m_body);
}

ApiResult<QJsonObject> BulkCommand::execute(ContactStore& store)
{
    const ApiResult<QJsonArray> items = RequestBodies::bulkItems(m_body);
    if (!items) {
        return std::unexpected(items.error());
    }
    const ApiResult<BulkResult> result = store.bulk(*items);
    if (!result) {
        return std::unexpected(result.error());
    }
    return ContactJson::success(ContactJson::bulkResult(*result));
}
