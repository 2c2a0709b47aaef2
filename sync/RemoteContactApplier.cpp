#include "RemoteContactApplier.h"

#include "ContactBodies.h"
#include "ContactCopy.h"
#include "ContactJson.h"
#include "SyncSession.h"
#include "SyncedFields.h"
#include "ThreeWayMerge.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

std::optional<QDateTime> remoteUpdatedAt(const QJsonObject& item)
{
    return Timestamps::parse(item.value(QStringLiteral("updatedAt")).toString());
}

std::optional<QString> optionalText(const QJsonValue& value)
{
    return value.isString() ? std::optional<QString>(value.toString()) : std::nullopt;
}

} // namespace

RemoteContactApplier::RemoteContactApplier(SyncSession& session) : m_session(session) {}

ApiResult<bool> RemoteContactApplier::apply(const QJsonObject& item)
{
    const QString remoteId = item.value(QStringLiteral("id")).toString();
    if (item.value(QStringLiteral("deleted")).toBool())
        return holdDeletion(remoteId, item.value(QStringLiteral("mergedInto")).toString());

    auto link = m_session.links.byRemote(remoteId);
    if (!link)
        return std::unexpected(link.error());
    if (*link) {
        // Listed again (restored on the server): a deletion held for it is no longer wanted.
        if (auto released = m_session.held.releaseRestoredOnServer((*link)->contactId); !released)
            return std::unexpected(released.error());
        auto local = m_session.store.contact((*link)->contactId);
        if (!local) {
            if (local.error().status != 404)
                return std::unexpected(local.error());
            // Deleted here and not yet sent: the deletion wins; a server edit since the base
            // is kept as a "deleted locally" conflict the user can restore from.
            const QJsonObject remote = SyncedFields::ofRemote(item);
            if (SyncedFields::changedKnown((*link)->base, remote).isEmpty())
                return false;
            SyncConflict conflict;
            conflict.contactId = (*link)->contactId;
            conflict.phone = item.value(QStringLiteral("phone")).toString();
            conflict.name = optionalText(item.value(QStringLiteral("name")));
            conflict.kind = SyncConflict::Kind::DeletedLocally;
            conflict.remoteValue = item;
            if (auto added = m_session.conflicts.add(conflict); !added)
                return std::unexpected(added.error());
            ++m_session.summary.conflicts;
            SyncLink updated = **link;
            updated.base = remote;
            updated.remoteUpdatedAt = remoteUpdatedAt(item);
            if (auto saved = m_session.links.save(updated); !saved)
                return std::unexpected(saved.error());
            return false;
        }
        return merge(*local, **link, item);
    }

    auto samePhone = m_session.store.contactByPhone(item.value(QStringLiteral("phone")).toString());
    if (!samePhone)
        return std::unexpected(samePhone.error());
    if (*samePhone) {
        auto existing = m_session.links.byContact((*samePhone)->id);
        if (!existing)
            return std::unexpected(existing.error());
        if (*existing && (**existing).isLinked()) {
            // The phone's local contact is linked to another server contact: the server
            // replaced it (deleted, then created again). Its deletion has not reached us; it
            // arrives with a later pull, after which this contact comes in.
            m_session.addError((*samePhone)->id, (*samePhone)->phone,
                               QCoreApplication::translate(
                                   "SyncEngine", "The server has another contact with this phone"));
            return false;
        }
        return this->link(**samePhone, item);
    }
    return create(item);
}

ApiResult<bool> RemoteContactApplier::link(const Contact& local, const QJsonObject& item)
{
    SyncLink link;
    link.contactId = local.id;
    link.remoteId = item.value(QStringLiteral("id")).toString();
    // The server's contact is exactly what our create of this contact leaves: our own
    // create, whose answer was lost (the run was killed or cut off). That is the base, so
    // that what the create could not set (an opt-in) still goes by PATCH, never a conflict.
    const QJsonObject created = SyncedFields::afterCreate(local, m_session.hasListExtensions);
    if (SyncedFields::changed(created, SyncedFields::ofRemote(item)).isEmpty())
        link.base = created;
    return merge(local, link, item);
}

ApiResult<bool> RemoteContactApplier::merge(const Contact& local, SyncLink link,
                                            const QJsonObject& item)
{
    const QJsonObject remote = SyncedFields::ofRemote(item);
    const QJsonObject mine = SyncedFields::of(local);
    const std::optional<QJsonObject> base =
        link.isLinked() && !link.base.isEmpty() ? std::optional(link.base) : std::nullopt;
    const std::optional<QDateTime> updatedAt = remoteUpdatedAt(item);
    // The same version as last time (an overlap of the pull window, or our own write coming
    // back): nothing to merge.
    const bool freshensParams = remote.contains(QStringLiteral("params")) && base &&
                                base->value(SyncedFields::paramsStaleKey).toBool();
    if (base && link.remoteUpdatedAt && updatedAt && *link.remoteUpdatedAt == *updatedAt &&
        SyncedFields::changed(*base, remote).isEmpty() && !freshensParams)
        return false;

    const ThreeWayMerge::Result result = ThreeWayMerge::merge(base, mine, remote);
    const QJsonObject patch = SyncedFields::changed(mine, result.merged);
    if (!patch.isEmpty()) {
        if (auto joined = m_session.joinOperation(); !joined)
            return std::unexpected(joined.error());
        auto updated = m_session.store.update(local.id, ContactBodies::changes(patch));
        if (!updated) {
            if (updated.error().status == 500)
                return std::unexpected(updated.error());
            m_session.addError(local.id, local.phone, updated.error().message);
        }
    }
    if (auto set = setServiceFields(local.rowId, item); !set)
        return std::unexpected(set.error());
    for (const ThreeWayMerge::FieldConflict& field : result.conflicts) {
        SyncConflict conflict;
        conflict.contactId = local.id;
        conflict.phone = local.phone;
        conflict.name = local.name;
        conflict.kind = SyncConflict::Kind::Field;
        conflict.field = field.field;
        conflict.localValue = field.local;
        conflict.remoteValue = field.remote;
        if (auto added = m_session.conflicts.add(conflict); !added)
            return std::unexpected(added.error());
        ++m_session.summary.conflicts;
    }

    QJsonObject newBase = link.base;
    for (auto it = remote.begin(); it != remote.end(); ++it)
        newBase.insert(it.key(), it.value());
    // A list without params (no view=full): the base keeps the params last known (ours, when
    // the server never told us), marked stale when the contact changed there since.
    if (remote.contains(QStringLiteral("params"))) {
        newBase.remove(SyncedFields::paramsStaleKey);
    } else {
        if (!newBase.contains(QStringLiteral("params"))) {
            newBase.insert(QStringLiteral("params"), mine.value(QStringLiteral("params")));
            newBase.insert(SyncedFields::paramsStaleKey, true);
        }
        // The time of the base is unknown after a create (a bulk answer has no updatedAt):
        // its params are what we sent, still the server's while it has not changed since
        // it was created.
        const std::optional<QDateTime> baseAt =
            link.remoteUpdatedAt
                ? link.remoteUpdatedAt
                : Timestamps::parse(item.value(QStringLiteral("createdAt")).toString());
        if (baseAt != updatedAt)
            newBase.insert(SyncedFields::paramsStaleKey, true);
    }
    link.base = newBase;
    link.remoteUpdatedAt = updatedAt;
    if (!result.conflicts.isEmpty())
        link.state = SyncState::Conflict;
    else if (link.state == SyncState::Conflict)
        link.state = SyncState::Synced;
    if (auto saved = m_session.links.save(link); !saved)
        return std::unexpected(saved.error());
    return !patch.isEmpty() || !result.conflicts.isEmpty();
}

ApiResult<bool> RemoteContactApplier::create(const QJsonObject& item)
{
    const QJsonObject remote = SyncedFields::ofRemote(item);
    if (auto joined = m_session.joinOperation(); !joined)
        return std::unexpected(joined.error());
    auto created = ContactCopy::create(m_session.store, ContactJson::contactFromJson(item),
                                       ContactSource::Import);
    if (!created) {
        if (created.error().status == 500)
            return std::unexpected(created.error());
        m_session.addError(item.value(QStringLiteral("id")).toString(),
                           item.value(QStringLiteral("phone")).toString(), created.error().message);
        return false;
    }
    if (auto set = setServiceFields(created->rowId, item); !set)
        return std::unexpected(set.error());
    SyncLink link;
    link.contactId = created->id;
    link.remoteId = item.value(QStringLiteral("id")).toString();
    link.base = remote;
    if (!remote.contains(QStringLiteral("params"))) {
        // Made here with no params: the server's are unknown until a GET brings them.
        link.base.insert(QStringLiteral("params"), QJsonObject());
        link.base.insert(SyncedFields::paramsStaleKey, true);
    }
    link.remoteUpdatedAt = remoteUpdatedAt(item);
    if (auto saved = m_session.links.save(link); !saved)
        return std::unexpected(saved.error());
    return true;
}

ApiResult<std::optional<RemoteContactApplier::Linked>>
RemoteContactApplier::linked(const QString& remoteId)
{
    auto link = m_session.links.byRemote(remoteId);
    if (!link)
        return std::unexpected(link.error());
    if (!*link)
        return std::nullopt;
    auto local = m_session.store.contact((*link)->contactId);
    if (!local && local.error().status != 404)
        return std::unexpected(local.error());
    return Linked{**link, local ? std::optional<Contact>(*local) : std::nullopt};
}

ApiResult<bool> RemoteContactApplier::applyDeletion(const QString& remoteId,
                                                    const QString& mergedInto)
{
    auto found = linked(remoteId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return false;
    const SyncLink& link = (*found)->link;
    const std::optional<Contact>& local = (*found)->local;
    if (auto removed = m_session.links.remove(link.contactId); !removed)
        return std::unexpected(removed.error());
    if (auto released = m_session.held.release(link.contactId); !released)
        return std::unexpected(released.error());
    if (!local)
        return false; // deleted on both sides
    if (!SyncedFields::changedKnown(link.base, SyncedFields::of(*local)).isEmpty()) {
        SyncConflict conflict;
        conflict.contactId = local->id;
        conflict.phone = local->phone;
        conflict.name = local->name;
        conflict.kind = SyncConflict::Kind::DeletedOnServer;
        conflict.localValue = ContactJson::fullContact(*local);
        if (auto added = m_session.conflicts.add(conflict); !added)
            return std::unexpected(added.error());
        ++m_session.summary.conflicts;
    }
    // The server's merge, told here: the tombstone names the local contact kept, when it is
    // linked and still here.
    QString keptHere;
    if (!mergedInto.isEmpty()) {
        auto kept = m_session.links.byRemote(mergedInto);
        if (!kept)
            return std::unexpected(kept.error());
        if (*kept && (*kept)->contactId != local->id) {
            auto exists = m_session.store.contact((*kept)->contactId);
            if (!exists && exists.error().status != 404)
                return std::unexpected(exists.error());
            if (exists)
                keptHere = exists->id;
        }
    }
    if (auto joined = m_session.joinOperation(); !joined)
        return std::unexpected(joined.error());
    if (auto removed = m_session.store.remove(local->id, keptHere); !removed)
        return std::unexpected(removed.error());
    return true;
}

ApiResult<void> RemoteContactApplier::setServiceFields(qint64 rowId, const QJsonObject& item)
{
    return m_session.store.setServiceFields(
        rowId, item.value(QStringLiteral("vendorContactId")).toString(),
        Timestamps::parse(item.value(QStringLiteral("lastMessageAt")).toString()),
        item.value(QStringLiteral("conversationCount")).toInt());
}

ApiResult<bool> RemoteContactApplier::holdDeletion(const QString& remoteId,
                                                   const QString& mergedInto)
{
    auto found = linked(remoteId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return false;
    const std::optional<Contact>& local = (*found)->local;
    if (!local)
        return applyDeletion(remoteId, mergedInto); // deleted on both sides: nothing to guard
    HeldDeletion deletion;
    deletion.contactId = local->id;
    deletion.remoteId = remoteId;
    deletion.direction = HeldDeletion::Direction::Here;
    deletion.phone = local->phone;
    deletion.name = local->name;
    deletion.mergedInto = mergedInto;
    if (auto held = m_session.held.hold(deletion); !held)
        return std::unexpected(held.error());
    return false;
}
