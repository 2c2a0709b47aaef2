#include "UpdateCommand.h"

#include "BodyFile.h"
#include "CliArguments.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "RequestBodies.h"

QString UpdateCommand::summary() const
{
    return QStringLiteral("Update a contact with a PATCH body.");
}

QString UpdateCommand::description() const
{
    return QStringLiteral(
        "Updates a contact, like PATCH /api/whatsapp/contacts/:contactId, with a JSON body of "
        "the fields to change: name, email, country_code, tags, labels, params, is_blocked, "
        "opted_in, source. tags, labels and params replace the whole value.\n"
        "Example body: {\"name\": \"Ahmed Hassan Al-Maktoum\", \"opted_in\": true}");
}

QList<CliCommand::Argument> UpdateCommand::arguments() const
{
    return {CliArguments::contactId(), CliArguments::bodyFile(QStringLiteral("a PATCH body"))};
}

std::expected<void, QString> UpdateCommand::prepare(const QCommandLineParser&,
                                                    const QStringList& arguments)
{
    m_id = arguments.at(0);
    return BodyFile::readInto(arguments.at(1), m_body);
}

ApiResult<QJsonObject> UpdateCommand::execute(ContactStore& store)
{
    // The API checks the body before it looks the contact up (contacts-api.md, which
    // error wins), so a bad body on an unknown id is a 400.
    const ApiResult<ContactPatch> patch = RequestBodies::patch(m_body);
    if (!patch) {
        return std::unexpected(patch.error());
    }
    const ApiResult<Contact> contact = store.update(m_id, *patch);
    if (!contact) {
        return std::unexpected(contact.error());
    }
    return ContactJson::success(ContactJson::patchedContact(*contact));
}
