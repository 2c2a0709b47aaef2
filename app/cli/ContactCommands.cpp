#include "ContactCommands.h"

#include "CliSession.h"
#include "ContactBodies.h"
#include "ContactStore.h"

namespace {

/// Runs `send(store, value)` with the value `read` (ContactBodies) makes of the body in
/// argument `bodyArgument`, and replies in `shape`. The body file is read before the store
/// opens; its JSON is checked after, as the API checks a body before it looks the contact
/// up (contacts-api.md, which error wins), so a bad body on an unknown id is a 400.
template <typename Read, typename Send, typename Shape>
CliResult sendBody(CliSession& session, qsizetype bodyArgument, Read read, Send send, Shape shape)
{
    const std::expected<QByteArray, CliFailure> body = session.body(bodyArgument);
    if (!body) {
        return std::unexpected(body.error());
    }
    return session.withStore([&](ContactStore& store) -> CliResult {
        const auto value = read(*body);
        if (!value) {
            return std::unexpected(value.error());
        }
        return reply(send(store, *value), shape);
    });
}

} // namespace

CliResult ContactCommands::get(CliSession& session)
{
    return session.withStore([&](ContactStore& store) {
        return reply(store.contact(session.argument(0)), ContactJson::fullContact);
    });
}

CliResult ContactCommands::history(CliSession& session)
{
    return session.withStore([&](ContactStore& store) {
        return reply(store.flagHistory(session.argument(0)), ContactJson::flagHistory);
    });
}

CliResult ContactCommands::create(CliSession& session)
{
    return sendBody(
        session, 0, ContactBodies::readNewContact,
        [](ContactStore& store, const auto& draft) { return store.create(draft); },
        ContactJson::createdContact);
}

CliResult ContactCommands::update(CliSession& session)
{
    return sendBody(
        session, 1, ContactBodies::readChanges,
        [&](ContactStore& store, const auto& patch) {
            return store.update(session.argument(0), patch);
        },
        ContactJson::patchedContact);
}

CliResult ContactCommands::bulk(CliSession& session)
{
    return sendBody(
        session, 0, ContactBodies::readNewContacts,
        [](ContactStore& store, const auto& items) { return store.bulk(items); },
        ContactJson::bulkResult);
}

CliResult ContactCommands::remove(CliSession& session)
{
    return session.withStore([&](ContactStore& store) {
        return reply(store.remove(session.argument(0)), ContactJson::deletedContact);
    });
}
