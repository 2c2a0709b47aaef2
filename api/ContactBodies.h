#pragma once

#include "ContactChanges.h"
#include "NewContact.h"

#include "ApiError.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

/// Reads the API's request bodies into the store's values, keyed exactly as the reference
/// spells them (`userNumber`, `userName`, `countryCode` in a create; `name`, `country_code`,
/// `opted_in`, `is_blocked` in a PATCH). A value of the wrong JSON type is kept as a malformed
/// field, so that the store reports it in the rule table's order; unknown keys are ignored.
namespace ContactBodies {

/// A POST body or one bulk item.
NewContact newContact(const QJsonObject& body);
/// The items of a bulk body; an item that is not an object fails as `Invalid contact`.
QList<NewContact> newContacts(const QJsonArray& items);
/// A PATCH body: only its allowed keys (see patchKeys()).
ContactChanges changes(const QJsonObject& body);
/// The keys a PATCH body may set, in the reference's order.
const QStringList& patchKeys();

// A request's bytes: 400 `Invalid JSON body` when they are not a JSON object.

/// A POST body.
ApiResult<NewContact> readNewContact(const QByteArray& body);
/// A PATCH body.
ApiResult<ContactChanges> readChanges(const QByteArray& body);
/// A bulk body `{"contacts": [...]}`: 400 `Contacts array is required` without the array,
/// 413 over 1000 items.
ApiResult<QList<NewContact>> readNewContacts(const QByteArray& body);

} // namespace ContactBodies
