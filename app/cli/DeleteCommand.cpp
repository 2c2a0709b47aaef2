#include "DeleteCommand.h"

#include "CliArguments.h"
#include "ContactJson.h"
#include "ContactStore.h"

QString DeleteCommand::summary() const
{
    return QStringLiteral("Delete a contact.");
}

QString DeleteCommand::description() const
{
    return QStringLiteral("Deletes a contact, like DELETE /api/whatsapp/contacts/:contactId. Its "
                          "phone number can be used again; sync still sees the deletion.");
}

QList<CliCommand::Argument> DeleteCommand::arguments() const
{
    return {CliArguments::contactId()};
}

std::expected<void, QString> DeleteCommand::prepare(const QCommandLineParser&,
                                                    const QStringList& arguments)
{
    m_id = arguments.at(0);
    return {};
}

ApiResult<QJsonObject> DeleteCommand::execute(ContactStore& store)
{
    const ApiResult<DeletedContact> deleted = store.remove(m_id);
    if (!deleted) {
        return std::unexpected(deleted.error());
    }
    return ContactJson::success(ContactJson::deletedContact(*deleted));
}
