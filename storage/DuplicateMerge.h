#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "Organization.h"
#include "WriteOrigin.h"

#include <QHash>
#include <QStringList>

class ContactDatabase;

/// Merges duplicates into one contact, in one transaction that is one undoable operation
/// (Operations, kind `merge`): the kept contact keeps its id and phone and takes the merged
/// fields; the others are deleted (tombstones, so a sync partner deletes them too) and kept
/// whole in the operation, so an undo brings them back with their ids. By default the kept
/// contact's name, email and country stay, an empty one is filled from the others in their
/// order; tags, labels and params are united; optedIn is the kept contact's; isBlocked is set
/// when any contact is blocked (a merge never unblocks anyone). A pick takes one field from
/// a given contact instead. Lives on the thread of its database.
class DuplicateMerge {
public:
    DuplicateMerge(ContactDatabase& database, Organization organization);

    /// Who the history and the operation name; the method is always `merge`.
    void setActor(const QString& actor) { m_actor = actor; }

    struct Request {
        QString keep; ///< an id, bare UUID or vendorContactId, as the API takes
        QStringList others;
        /// Field (`name`, `email`, `countryCode`, `tags`, `labels`, `params`, `optedIn`,
        /// `isBlocked`) → the contact (keep or one of the others) it is taken from.
        QHash<QString, QString> picks;
    };
    struct Result {
        Contact contact;    ///< the kept contact as merged
        QStringList merged; ///< the ids of the contacts merged into it, now deleted
        qint64 operationId = 0;
    };

    /// 400 when a contact is given twice as keep and other ("Cannot merge a contact with
    /// itself"), no other is given, more than maxOthers are, a pick names an unknown field or
    /// a contact not merged, or the union passes a limit (100 tags, labels or params); 404
    /// `Contact not found` for an id not in this organization (another organization's
    /// contacts are not told apart from unknown ones). Nothing is written on any error.
    ApiResult<Result> merge(const Request& request);

    /// The contact `keep` becomes when merged with `others`, `picks` (field → the contact
    /// it is taken from) applied: what merge() writes, for a preview. Pure: no database.
    /// Fails with the API's 400 when the union passes a limit.
    static ApiResult<Contact> combine(const Contact& keep, const QList<Contact>& others,
                                      const QHash<QString, Contact>& picks = {});

    /// The fields a pick may name.
    static const QStringList& pickableFields();
    static constexpr int maxOthers = 100;

private:
    ContactDatabase& m_db;
    Organization m_organization;
    QString m_actor;
};
