#pragma once

#include "ContactFieldMap.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QSet>
#include <QStringList>

struct Contact;

/// The fields sync carries, as one JSON object shaped like a PATCH body (`name, email,
/// country_code, tags, labels, params, opted_in, is_blocked`): the form of a sync link's
/// base, of a merge's sides and of what push sends. `source` is not synced, and the fields
/// the hosted service owns travel separately (sync.md).
namespace SyncedFields {

/// A key of a link's base, beside the fields: true when the server may have changed the
/// contact's params since the base's (a list without `view=full` never shows them). A GET
/// brings them in before a local params edit is sent, and when the contact is opened.
inline constexpr QLatin1StringView paramsStaleKey{"paramsStale"};
/// Whether a base's params may be older than the server's.
bool hasStaleParams(const QJsonObject& base);

/// Every synced field, in the order of the field rules.
const QList<ContactFieldMap::Field>& fields();
/// Every synced field's PATCH name, in the order of the field rules.
const QStringList& names();
/// The PATCH name of a journal entry's field (`countryCode` → `country_code`); empty for a
/// field sync does not carry.
QString fromJournalField(const QString& field);
QJsonObject of(const Contact& contact);
/// The values a create of `contact` leaves on a server: of(), but for what a create cannot
/// set (the flags; labels on a server without the API's extensions), which a PATCH sends next.
QJsonObject afterCreate(const Contact& contact, bool serverHasListExtensions);
/// The synced fields a server's list or GET item carries (camelCase keys): `params` only when
/// the item has them (a list without `view=full` has none).
QJsonObject ofRemote(const QJsonObject& item);
/// The case-folded items of a tags or labels list: how the API tells two of them apart.
QSet<QString> foldedSet(const QJsonValue& list);
/// Whether two values of `field` are the same: tags and labels compare as sets, ignoring
/// case, since the API keeps the first spelling of a case-insensitive duplicate.
bool same(const QString& field, const QJsonValue& a, const QJsonValue& b);
/// The fields of `next` that differ from `base` (fields `base` lacks count as different).
QJsonObject changed(const QJsonObject& base, const QJsonObject& next);
/// The fields of `next` that `base` has and that differ from it: the local edits since a
/// base that may lack a field (a server without `view=full` never told us its params).
QJsonObject changedKnown(const QJsonObject& base, const QJsonObject& next);

} // namespace SyncedFields
