#include "CreateCommand.h"

#include "BodyFile.h"
#include "CliArguments.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "RequestBodies.h"

QString CreateCommand::summary() const
{
    return QStringLiteral("Create a contact from a create body.");
}

QString CreateCommand::description() const
{
    return QStringLiteral(
        "Creates a contact, like POST /api/whatsapp/contacts, from a JSON body with userNumber "
        "(required), userName, email, countryCode, tags, labels and params.\n"
        "Example body: {\"userNumber\": \"+971501234567\", \"userName\": \"Ahmed Hassan\"}");
}

QList<CliCommand::Argument> CreateCommand::arguments() const
{
    return {CliArguments::bodyFile(QStringLiteral("a create body"))};
}

std::expected<void, QString> CreateCommand::prepare(const QCommandLineParser&,
                                                    const QStringList& arguments)
{
    return BodyFile::readInto(arguments.at(0), m_body);
}

ApiResult<QJsonObject> CreateCommand::execute(ContactStore& store)
{
    const ApiResult<ContactDraft> draft = RequestBodies::draft(m_body);
    if (!draft) {
        return std::unexpected(draft.error());
    }
    const ApiResult<Contact> contact = store.create(*draft);
    if (!contact) {
        return std::unexpected(contact.error());
    }
    return ContactJson::success(ContactJson::createdContact(*contact));
}
