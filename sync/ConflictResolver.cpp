#include "ConflictResolver.h"

#include "ContactBodies.h"
#include "ContactCopy.h"
#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "SyncConflicts.h"

#include <QJsonObject>

namespace {

ContactSource sourceOf(const QString& name)
{
    if (name == sourceName(ContactSource::Api))
        return ContactSource::Api;
    if (name == sourceName(ContactSource::Import))
        return ContactSource::Import;
    return ContactSource::Manual;
}

// Creates a contact from its GET-shaped snapshot, journaled.
ApiResult<void> restore(ContactStore& store, const QJsonObject& snapshot)
{
    const Contact contact = ContactJson::contactFromJson(snapshot);
    if (contact.phone.isEmpty())
        return std::unexpected(ApiError::badRequest(ApiMessages::phoneRequired));
    auto created = ContactCopy::create(store, contact, sourceOf(contact.source));
    if (!created)
        return std::unexpected(created.error());
    return {};
}

} // namespace

ConflictResolver::ConflictResolver(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<void> ConflictResolver::keepMine(qint64 conflictId)
{
    return resolve(conflictId, true);
}

ApiResult<void> ConflictResolver::keepTheirs(qint64 conflictId)
{
    return resolve(conflictId, false);
}

ApiResult<void> ConflictResolver::resolve(qint64 conflictId, bool keepMine)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    SyncConflicts conflicts(m_db, m_organization.rowId);
    auto found = conflicts.find(conflictId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(ApiError{404, QStringLiteral("Conflict not found"), {}});
    const SyncConflict& conflict = **found;

    ContactStore store(m_db, m_organization);
    store.setJournaled(true); // the choice must reach the server on the next run
    store.setOrigin(m_origin);
    switch (conflict.kind) {
    case SyncConflict::Kind::Field:
        if (keepMine) {
            const auto patch =
                ContactBodies::changes(QJsonObject{{conflict.field, conflict.localValue}});
            if (patch.isEmpty())
                return std::unexpected(ApiError::badRequest(ApiMessages::noValidFields));
            auto updated = store.update(conflict.contactId, patch);
            if (!updated)
                return std::unexpected(updated.error());
        }
        break;
    case SyncConflict::Kind::DeletedOnServer:
        if (keepMine) {
            auto restored = restore(store, conflict.localValue.toObject());
            if (!restored)
                return restored;
        }
        break;
    case SyncConflict::Kind::DeletedLocally:
        if (!keepMine) {
            auto restored = restore(store, conflict.remoteValue.toObject());
            if (!restored)
                return restored;
        }
        break;
    }
    auto resolved = conflicts.resolve(conflictId);
    if (!resolved)
        return resolved;
    return transaction.commit();
}
