#pragma once

#include "ApiError.h"
#include "BulkResult.h"
#include "Contact.h"
#include "ContactFieldMap.h"
#include "FlagChange.h"
#include "JournalEntry.h"
#include "ListPage.h"
#include "TagCount.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

/// The API's JSON shapes, in one place for the CLI, the server and the sync client. Key
/// names, their order of meaning and their casing are the reference's exactly.
namespace ContactJson {

// Envelopes
QJsonObject success(const QJsonValue& data);
QJsonObject failure(const ApiError& error);
/// UTF-8 JSON of an object with its keys in the reference's order, compact (the server) or
/// indented (the CLI).
QByteArray serialize(const QJsonObject& object, bool indented = false);
/// `serialize(success(listPage(page)))`, the same bytes written directly: a list page is the
/// server's most frequent answer, and building its QJsonObjects cost more than the query.
QByteArray serializedListPage(const ListPage& page);
/// `serialize(success(fullContact(contact)))`, written directly: the answer to GET by id.
QByteArray serializedFullContact(const Contact& contact);

// Shapes of the reference
QJsonObject listItem(const Contact& contact); ///< list shape (camelCase, no params)
QJsonObject
fullContact(const Contact& contact); ///< GET shape: list shape + vendorContactId, params
QJsonObject createdContact(const Contact& contact); ///< POST 201 shape (no labels)
QJsonObject patchedContact(const Contact& contact); ///< PATCH shape (snake_case)
/// A POST or bulk body that creates a copy of the contact; its labels only `withLabels`
/// (a server without that extension refuses them).
QJsonObject createBody(const Contact& contact, bool withLabels);
/// `fields` of the contact as a PATCH body spells them: what sync keeps and sends.
QJsonObject patchShape(const Contact& contact, const QList<ContactFieldMap::Field>& fields);
/// The page's items in the list shape, or the GET shape for `view=full`; tombstones as
/// deletedListItem().
QJsonObject listPage(const ListPage& page);
/// A deleted contact in a list with includeDeleted (extension): `{id, phone, deleted, updatedAt}`.
QJsonObject deletedListItem(const DeletedContact& deleted);
QJsonObject bulkResult(const BulkResult& result);
QJsonObject deletedContact(const DeletedContact& deleted);
QJsonArray tagCounts(const QList<TagCount>& counts);
QJsonObject journalEntry(const JournalEntry& entry);
/// A change of optedIn or isBlocked (extension, docs/api-extensions.md):
/// `{contactId, field, value, changedAt, changedBy, method, detail, note}`.
QJsonObject flagChange(const FlagChange& change);
/// A contact's opt-in and block history: `{changes: [flagChange…]}`, oldest first.
QJsonObject flagHistory(const QList<FlagChange>& changes);

/// Reads the list shape or the GET shape back into a Contact (for the sync client).
Contact contactFromJson(const QJsonObject& object);

// Request bodies
/// A request body that must be a JSON object; anything else is 400 `Invalid JSON body`.
ApiResult<QJsonObject> parseObject(const QByteArray& body);
/// The items of a bulk body `{"contacts": [...]}`: 400 `Invalid JSON body` when the body is
/// not an object, 400 `Contacts array is required` without an array, 413 over 1000 items.
ApiResult<QJsonArray> bulkItems(const QByteArray& body);

} // namespace ContactJson
