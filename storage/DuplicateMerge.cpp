#include "DuplicateMerge.h"

#include "ContactBatchEdit.h"
#include "ContactChanges.h"
#include "ContactFieldNames.h"
#include "ContactIds.h"
#include "ContactMerge.h"
#include "ContactStore.h"
#include "Operations.h"
#include "SqlTransaction.h"

namespace {

/// The store's 404 names the id given; any other failure is passed on as it is.
ApiError lookupError(const ApiError& error, const QString& id)
{
    if (error.status != 404)
        return error;
    return ApiError{404, QStringLiteral("Contact not found"), id};
}

/// Sets `field` of `merged` to that of `from`.
void take(Contact& merged, const Contact& from, const QString& field)
{
    namespace F = ContactFieldNames;
    if (field == F::name)
        merged.name = from.name;
    else if (field == F::email)
        merged.email = from.email;
    else if (field == F::countryCode)
        merged.countryCode = from.countryCode;
    else if (field == F::tags)
        merged.tags = from.tags;
    else if (field == F::labels)
        merged.labels = from.labels;
    else if (field == F::params)
        merged.params = from.params;
    else if (field == F::optedIn)
        merged.optedIn = from.optedIn;
    else if (field == F::isBlocked)
        merged.isBlocked = from.isBlocked;
}

} // namespace

DuplicateMerge::DuplicateMerge(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

const QStringList& DuplicateMerge::pickableFields()
{
    namespace F = ContactFieldNames;
    static const QStringList fields{F::name,   F::email,  F::countryCode, F::tags,
                                    F::labels, F::params, F::optedIn,     F::isBlocked};
    return fields;
}

ApiResult<Contact> DuplicateMerge::combine(const Contact& keep, const QList<Contact>& others,
                                           const QHash<QString, Contact>& picks)
{
    Contact merged = keep;
    for (const Contact& other : others) {
        auto united = ContactMerge::merge(merged, other);
        if (!united)
            return std::unexpected(united.error());
        merged = united->contact;
        merged.isBlocked = merged.isBlocked || other.isBlocked;
    }
    for (auto it = picks.begin(); it != picks.end(); ++it)
        take(merged, it.value(), it.key());
    return merged;
}

ApiResult<DuplicateMerge::Result> DuplicateMerge::merge(const Request& request)
{
    if (request.others.isEmpty())
        return std::unexpected(ApiError{400, QStringLiteral("No contacts to merge"),
                                        QStringLiteral("give at least one contact to merge")});
    if (request.others.size() > maxOthers)
        return std::unexpected(
            ApiError{400, QStringLiteral("Too many contacts to merge"),
                     QStringLiteral("at most %1 contacts merge into one").arg(maxOthers)});
    for (auto it = request.picks.begin(); it != request.picks.end(); ++it) {
        if (!pickableFields().contains(it.key()))
            return std::unexpected(
                ApiError{400, QStringLiteral("Unknown field"),
                         QStringLiteral("%1 is not one of %2")
                             .arg(it.key(), pickableFields().join(QStringLiteral(", ")))});
    }

    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    const WriteOrigin origin(WriteOrigin::Method::Merge, m_actor);
    ContactStore store(m_db, m_organization);
    store.setOrigin(origin);
    auto keep = store.contact(request.keep);
    if (!keep)
        return std::unexpected(lookupError(keep.error(), request.keep));
    // By their full ids: a bare UUID or a vendorContactId given is the same contact.
    QHash<QString, Contact> merging{{keep->id, *keep}};
    QList<Contact> others;
    for (const QString& id : request.others) {
        auto other = store.contact(id);
        if (!other)
            return std::unexpected(lookupError(other.error(), id));
        if (other->id == keep->id)
            return std::unexpected(ApiError{400, ApiMessages::mergeWithItself,
                                            QStringLiteral("%1 is the contact kept").arg(id)});
        if (!merging.contains(other->id))
            others.append(*other);
        merging.insert(other->id, *other);
    }

    QHash<QString, Contact> picked;
    for (auto it = request.picks.begin(); it != request.picks.end(); ++it) {
        auto from = store.contact(it.value());
        if (!from && from.error().status != 404)
            return std::unexpected(from.error());
        if (!from || !merging.contains(from->id))
            return std::unexpected(
                ApiError{400, QStringLiteral("Pick of a contact not merged"),
                         QStringLiteral("%1=%2: %2 is not one of the contacts merged")
                             .arg(it.key(), it.value())});
        picked.insert(it.key(), *from);
    }
    auto combined = combine(*keep, others, picked);
    if (!combined)
        return std::unexpected(combined.error());
    const Contact& merged = *combined;

    Operations operations(m_db, m_organization.rowId);
    auto operation = operations.begin(Operation::Kind::Merge, keep->id, origin);
    if (!operation)
        return std::unexpected(operation.error());
    ContactBatchEdit edit(m_db, m_organization);
    edit.setOrigin(origin);
    edit.joinOperation(*operation);
    edit.setMergedInto(ContactIds::parse(keep->id).bytes);
    QStringList otherIds;
    for (const Contact& other : std::as_const(others))
        otherIds.append(other.id);
    auto removed = edit.remove(otherIds);
    if (!removed)
        return std::unexpected(removed.error());

    Result result{*keep, otherIds, *operation};
    const ContactChanges changes = ContactChanges::between(*keep, merged);
    if (!changes.isEmpty()) {
        auto updated = store.update(keep->id, changes);
        if (!updated)
            return std::unexpected(updated.error());
        // The kept contact as it was: what an undo gives back while it is unchanged since.
        auto recorded =
            operations.recordWhole(*operation, {*keep}, updated->updatedAt.toMSecsSinceEpoch(),
                                   Operations::Whole::Updated);
        if (!recorded)
            return std::unexpected(recorded.error());
        result.contact = *updated;
    }
    if (auto finished = operations.finish(*operation); !finished)
        return std::unexpected(finished.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return result;
}
