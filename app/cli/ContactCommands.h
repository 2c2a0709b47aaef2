#pragma once

#include "CliResult.h"

class CliSession;

/// The commands of the API's endpoints for contacts, each answering in the endpoint's
/// shape: the id argument is a full id, a bare UUID or a vendorContactId.
namespace ContactCommands {

/// `get ID`: one contact in the API's full shape.
CliResult get(CliSession& session);
/// `create FILE|-`: a contact from a create body, in the API's 201 shape.
CliResult create(CliSession& session);
/// `update ID FILE|-`: a PATCH body applied to one contact, in the API's snake_case shape.
CliResult update(CliSession& session);
/// `bulk FILE|-`: a bulk import of `{"contacts": [...]}`, each item on its own, in one
/// transaction.
CliResult bulk(CliSession& session);
/// `history ID`: the contact's opt-in and block history (extension), oldest first.
CliResult history(CliSession& session);
/// `delete ID`: removes a contact and frees its phone (the API's DELETE extension).
CliResult remove(CliSession& session);

} // namespace ContactCommands
