#include "CliCommands.h"

#include "ContactCommands.h"
#include "DuplicateCommands.h"
#include "FileCommands.h"
#include "ListingCommands.h"
#include "OperationCommands.h"
#include "SyncCommands.h"

namespace {

CliCommand::Argument contactId()
{
    return {QStringLiteral("ID"),
            QStringLiteral("The contact's id (contact_<uuid>), its bare UUID or its "
                           "vendorContactId.")};
}

/// A body file; `what` says which body, e.g. "a create body".
CliCommand::Argument bodyFile(const QString& what)
{
    return {
        QStringLiteral("FILE|-"),
        QStringLiteral("A JSON file holding %1, or - to read it from standard input.").arg(what)};
}

QList<CliCommand> commands()
{
    return {
        {QStringLiteral("list"),
         QStringLiteral("List contacts, one page at a time."),
         QStringLiteral("Lists one page of contacts, like GET /api/whatsapp/contacts: prints the "
                        "contacts of the page with total, page, limit and hasNext."),
         {},
         ListingCommands::listOptions(),
         ListingCommands::list},
        {QStringLiteral("get"),
         QStringLiteral("Show one contact."),
         QStringLiteral("Shows one contact, like GET /api/whatsapp/contacts/:contactId, with its "
                        "params and vendorContactId."),
         {contactId()},
         {},
         ContactCommands::get},
        {QStringLiteral("history"),
         QStringLiteral("Show when a contact opted in or out, or was blocked, and by whom."),
         QStringLiteral("Shows every change of a contact's optedIn and isBlocked, oldest first, "
                        "like GET /api/whatsapp/contacts/:contactId/history: when, by whom "
                        "(changedBy), how (method: editor, batch, import, api, sync, cli, undo, "
                        "merge), the imported file (detail) and the agent's note."),
         {contactId()},
         {},
         ContactCommands::history},
        {QStringLiteral("create"),
         QStringLiteral("Create a contact from a create body."),
         QStringLiteral("Creates a contact, like POST /api/whatsapp/contacts, from a JSON body "
                        "with userNumber (required), userName, email, countryCode, tags, labels "
                        "and params.\nExample body: {\"userNumber\": \"+971501234567\", "
                        "\"userName\": \"Ahmed Hassan\"}"),
         {bodyFile(QStringLiteral("a create body"))},
         {},
         ContactCommands::create},
        {QStringLiteral("update"),
         QStringLiteral("Update a contact with a PATCH body."),
         QStringLiteral("Updates a contact, like PATCH /api/whatsapp/contacts/:contactId, with a "
                        "JSON body of the fields to change: name, email, country_code, tags, "
                        "labels, params, is_blocked, opted_in, source. tags, labels and params "
                        "replace the whole value.\nExample body: {\"name\": \"Ahmed Hassan "
                        "Al-Maktoum\", \"opted_in\": true}"),
         {contactId(), bodyFile(QStringLiteral("a PATCH body"))},
         {},
         ContactCommands::update},
        {QStringLiteral("bulk"),
         QStringLiteral("Import many contacts from a bulk body."),
         QStringLiteral("Imports contacts, like POST /api/whatsapp/contacts/bulk, from a JSON body "
                        "{\"contacts\": [...]} of at most 1000 create bodies. Each item is "
                        "created or skipped on its own; the result counts them and lists each "
                        "skipped item's error."),
         {bodyFile(QStringLiteral("a bulk body"))},
         {},
         ContactCommands::bulk},
        {QStringLiteral("delete"),
         QStringLiteral("Delete a contact."),
         QStringLiteral("Deletes a contact, like DELETE /api/whatsapp/contacts/:contactId. Its "
                        "phone number can be used again; sync still sees the deletion."),
         {contactId()},
         {},
         ContactCommands::remove},
        {QStringLiteral("import"),
         QStringLiteral("Import contacts from a CSV or vCard file."),
         QStringLiteral("Imports a CSV file (Google Contacts, Outlook, Excel, the export "
                        "command's own, ...): the encoding and the delimiter are detected, the "
                        "columns mapped from the header, or from their values when the header "
                        "names no phone or the file has none. A vCard file (.vcf: 2.1, 3.0 or "
                        "4.0, as phones export them) imports each card's numbers, names, emails "
                        "and categories. Each row or card is created or skipped as a bulk item "
                        "is; rows are committed in batches. Prints {imported, updated, skipped, "
                        "errors} with each skipped row's line; --dry-run prints what would "
                        "happen and writes nothing."),
         {{QStringLiteral("FILE"),
           QStringLiteral("The CSV or vCard file to import; a FIFO or /dev/stdin is read as it "
                          "comes.")}},
         FileCommands::importOptions(),
         FileCommands::importCsv},
        {QStringLiteral("export"),
         QStringLiteral("Export contacts to a CSV or vCard file."),
         QStringLiteral("Writes the contacts (all, those a search and filters match, or the ones "
                        "named with --id) to a CSV file in UTF-8 with a byte order mark for "
                        "Excel, in columns the import command maps back by itself, or, for a "
                        ".vcf file or --format vcard, to vCard 3.0 cards that phones and Google "
                        "Contacts read. Prints {exported, file}."),
         {{QStringLiteral("FILE"), QStringLiteral("The CSV or vCard file to write (replaced).")}},
         FileCommands::exportOptions(),
         FileCommands::exportCsv},
        {QStringLiteral("tags"),
         QStringLiteral("Count the contacts of each tag and label."),
         QStringLiteral("Prints the tags and the labels in use, most used first, as {\"tags\": "
                        "[{\"name\", \"count\"}, ...], \"labels\": [...]}."),
         {},
         {},
         ListingCommands::tags},
        {QStringLiteral("journal"),
         QStringLiteral("Show the change journal (for debugging sync), or prune it."),
         QStringLiteral("Prints the entries of the change journal after a sequence number, "
                        "oldest first, as {\"entries\": [...]}. Not part of the API. With "
                        "--prune, drops the entries no sync needs (those the server "
                        "acknowledged, or all of them when the database syncs with no server), "
                        "in one transaction, and prints {\"pruned\": N}; the desktop, the "
                        "server and every sync run do the same on their own."),
         {},
         ListingCommands::journalOptions(),
         ListingCommands::journal},
        {QStringLiteral("sync"),
         QStringLiteral("Sync the database with a hosted instance (pull, then push)."),
         QStringLiteral("Brings the server's changes in, then sends the local ones (the change "
                        "journal) that the server has not acknowledged. Prints {pushed, pulled, "
                        "conflicts, requests, errors}; progress goes to stderr. The token comes "
                        "from --token-file or the %1 environment variable and is never printed. "
                        "A run that stops (authentication, network, server) exits non-zero; what "
                        "the server acknowledged is not sent again. A run that would delete more "
                        "than 5 % of the contacts (at most 50, at least 10), here or on the "
                        "server, holds those deletions back, syncs everything else and exits "
                        "with 11: run it again with --allow-deletions N to make them.")
             .arg(QString::fromLatin1(SyncCommands::tokenVariable)),
         {},
         SyncCommands::syncOptions(),
         SyncCommands::sync},
        {QStringLiteral("operations"),
         QStringLiteral("List the imports, batch edits and merges that can be undone."),
         QStringLiteral(
             "Prints {\"operations\": [...]}, newest first: each import, batch edit "
             "(tag, untag, label, unlabel, block, unblock, opt_in, opt_out, delete, "
             "restore), merge and undo, with its id, when, by whom, how many contacts, and "
             "which operation undid it (undoneBy) or it undid (undoes)."),
         {},
         OperationCommands::operationsOptions(),
         OperationCommands::operations},
        {QStringLiteral("undo"),
         QStringLiteral("Undo an import or batch edit, even after a restart."),
         QStringLiteral("Reverts exactly what the operation changed, in one transaction: the "
                        "contacts it created are deleted, tags, labels and flags are changed "
                        "back, deleted contacts come back with their ids. A contact changed or "
                        "deleted since, or whose phone another contact took, is left as it is "
                        "and listed (notRevertedContacts). The undo is an operation itself, and "
                        "can be undone. Exits with 4 for an unknown id and 6 for an operation "
                        "already undone, or with nothing left to undo."),
         {{QStringLiteral("OPERATION_ID"),
           QStringLiteral("The operation's id, as `contacts-cli operations` lists it.")}},
         {},
         OperationCommands::undo},
        {QStringLiteral("duplicates"),
         QStringLiteral("List contacts that are likely the same person."),
         QStringLiteral("Prints {\"groups\": [{reasons, contacts}...], \"total\"}, oldest first. "
                        "Contacts are grouped when they share an email (any case), a name "
                        "(folded: case, accents and punctuation aside) with the same country, "
                        "or a national number (a number typed with a trunk prefix or under the "
                        "wrong country code). An email or name shared by more than 10 contacts "
                        "is a placeholder and groups nobody. Progress goes to stderr."),
         {},
         DuplicateCommands::duplicatesOptions(),
         DuplicateCommands::duplicates},
        {QStringLiteral("merge"),
         QStringLiteral("Merge duplicates into one contact."),
         QStringLiteral("Keeps KEEP_ID (its id and phone) and deletes the others, in one "
                        "transaction that `contacts-cli undo` reverts. Empty fields are filled "
                        "from the others in the order given; tags, labels and params are "
                        "united; optedIn stays the kept contact's; a block on any contact is "
                        "kept. --field NAME=ID takes one field from one contact instead. Prints "
                        "{contact, merged, operation}. Exits with 4 for an unknown contact (or "
                        "another organization's) and 2 for a contact merged with itself."),
         {{QStringLiteral("KEEP_ID"), QStringLiteral("The contact that stays.")},
          {QStringLiteral("OTHER_ID"), QStringLiteral("A contact merged into it."), true}},
         DuplicateCommands::mergeOptions(),
         DuplicateCommands::merge},
        {QStringLiteral("conflicts"),
         QStringLiteral("List the open sync conflicts."),
         QStringLiteral("Prints {\"conflicts\": [...]}: each local value a sync could not apply "
                        "because the server changed the same field (the server's value stayed), "
                        "or an edit to a contact deleted on the other side. `local` and `remote` "
                        "hold both values."),
         {},
         {},
         SyncCommands::conflicts},
    };
}

} // namespace

const QList<CliCommand>& CliCommands::all()
{
    static const QList<CliCommand> table = commands();
    return table;
}

const CliCommand* CliCommands::find(const QString& name)
{
    for (const CliCommand& command : all()) {
        if (command.name == name) {
            return &command;
        }
    }
    return nullptr;
}
