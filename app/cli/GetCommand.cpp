#include "GetCommand.h"

#include "CliArguments.h"
#include "ContactJson.h"
#include "ContactStore.h"

QString GetCommand::summary() const
{
    return QStringLiteral("Show one contact.");
}

QString GetCommand::description() const
{
    return QStringLiteral("Shows one contact, like GET /api/whatsapp/contacts/:contactId, with "
                          "its params and vendorContactId.");
}

QList<CliCommand::Argument> GetCommand::arguments() const
{
    return {CliArguments::contactId()};
}

std::expected<void, QString> GetCommand::prepare(const QCommandLineParser&,
                                                 const QStringList& arguments)
{
    m_id = arguments.at(0);
    return {};
}

ApiResult<QJsonObject> GetCommand::execute(ContactStore& store)
{
    const ApiResult<Contact> contact = store.contact(m_id);
    if (!contact) {
        return std::unexpected(contact.error());
    }
    return ContactJson::success(ContactJson::fullContact(*contact));
}
