#include "SyncPush.h"

#include "ApiFields.h"
#include "ContactJson.h"

#include "ContactStore.h"
#include "RemoteContactApplier.h"
#include "SyncSession.h"
#include "SyncStatus.h"
#include "SyncedFields.h"
#include "TextFold.h"
#include "Timestamps.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

constexpr int chunkSize = ContactStore::maxBulkItems;

} // namespace

SyncPush::SyncPush(SyncSession& session) : m_session(session) {}

bool SyncPush::run()
{
    auto position = m_session.cursors.outboxPosition();
    if (!position) {
        m_session.failOnDatabase(position.error());
        return false;
    }
    auto pending = SyncStatus(m_session.db, m_session.store.organization().rowId).pendingCount();
    m_total = pending.value_or(0);
    for (;;) {
        auto entries = m_session.store.journal(*position, chunkSize);
        if (!entries) {
            m_session.failOnDatabase(entries.error());
            return false;
        }
        if (entries->isEmpty())
            return true;
        QList<QString> contactIds;
        m_journalFields.clear();
        for (const JournalEntry& entry : *entries) {
            if (!m_journalFields.contains(entry.contactId))
                contactIds.append(entry.contactId);
            QSet<QString>& fields = m_journalFields[entry.contactId];
            for (const QString& field : entry.fields) {
                const QString synced = SyncedFields::fromJournalField(field);
                if (!synced.isEmpty())
                    fields.insert(synced);
            }
        }
        const qint64 chunkEnd = entries->last().sequence;
        if (!pushChunk(chunkEnd, contactIds))
            return false;
        *position = chunkEnd;
    }
}

bool SyncPush::pushChunk(qint64 chunkEnd, const QList<QString>& contactIds)
{
    m_chunkEnd = chunkEnd;
    m_jobs.clear();
    QList<Contact> creates;
    for (const QString& id : contactIds) {
        auto link = m_session.links.byContact(id);
        if (!link) {
            m_session.failOnDatabase(link.error());
            return false;
        }
        auto local = m_session.store.contact(id);
        if (!local && local.error().status != 404) {
            m_session.failOnDatabase(local.error());
            return false;
        }
        if (!local) {
            if (*link && (*link)->isLinked()) {
                const SyncLink deleted = **link;
                m_jobs.push_back(
                    [this, deleted](bool last) { return holdDeletion(deleted, last); });
            }
            continue;
        }
        if (!*link || !(*link)->isLinked())
            creates.append(*local);
        else
            m_jobs.push_back([this, id](bool last) { return sendChanges(id, last); });
    }
    if (!creates.isEmpty())
        m_jobs.push_front([this, creates](bool last) { return createAll(creates, last); });

    if (m_jobs.empty())
        return closeChunk(true);
    while (!m_jobs.empty()) {
        if (m_session.client.isCancelled()) {
            m_session.fail({ClientError::Kind::Cancelled, 0,
                            QCoreApplication::translate("SyncEngine", "Sync was stopped")});
            return false;
        }
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        if (!job(m_jobs.empty()))
            return false;
        ++m_done;
        if (m_session.progressed)
            m_session.progressed({SyncProgress::Phase::Pushing, std::min(m_done, m_total),
                                  std::max(m_total, m_done)});
    }
    return true;
}

bool SyncPush::record(bool last, const std::function<ApiResult<void>()>& write)
{
    auto written = m_session.inTransaction([&]() -> ApiResult<void> {
        if (auto done = write(); !done)
            return done;
        if (last)
            return m_session.cursors.setOutboxPosition(m_chunkEnd);
        return {};
    });
    if (!written) {
        m_session.failOnDatabase(written.error());
        return false;
    }
    return true;
}

bool SyncPush::closeChunk(bool last)
{
    return !last || record(true, [] { return ApiResult<void>(); });
}

QJsonObject SyncPush::createBody(const Contact& contact) const
{
    return ContactJson::createBody(contact, m_session.hasListExtensions);
}

bool SyncPush::createAll(const QList<Contact>& contacts, bool last)
{
    QJsonArray bodies;
    for (const Contact& contact : contacts)
        bodies.append(createBody(contact));
    auto reply = m_session.client.bulk(bodies);
    if (!reply) {
        m_session.fail(reply.error());
        return false;
    }
    if (!reply->ok()) {
        //: Completes "The server refused to %1".
        m_session.refuse(QCoreApplication::translate("SyncEngine", "create contacts"), *reply);
        return false;
    }
    const QJsonObject data = reply->data().toObject();
    QHash<QString, QString> remoteIdByPhone;
    for (const QJsonValue& created : data.value(QStringLiteral("contacts")).toArray()) {
        const QJsonObject item = created.toObject();
        remoteIdByPhone.insert(item.value(ApiFields::phone).toString(),
                               item.value(QStringLiteral("id")).toString());
    }
    QHash<int, QString> errorByIndex;
    for (const QJsonValue& error : data.value(QStringLiteral("errors")).toArray()) {
        const QJsonObject item = error.toObject();
        errorByIndex.insert(item.value(QStringLiteral("index")).toInt(),
                            item.value(QStringLiteral("error")).toString());
    }

    QList<Job> followUps;
    const bool recorded = record(false, [&]() -> ApiResult<void> {
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const Contact& contact = contacts.at(i);
            SyncLink link;
            link.contactId = contact.id;
            const QString remoteId = remoteIdByPhone.value(contact.phone);
            if (!remoteId.isEmpty()) {
                // What create set is the base; what it cannot set (the flags, and labels on a
                // server without the extension) differs from it and goes by PATCH next.
                const QJsonObject base =
                    SyncedFields::afterCreate(contact, m_session.hasListExtensions);
                link.remoteId = remoteId;
                link.base = base;
                ++m_session.summary.pushed;
                m_session.pushedIds.insert(remoteId);
                if (!SyncedFields::changed(base, SyncedFields::of(contact)).isEmpty()) {
                    const QString id = contact.id;
                    followUps.append([this, id](bool isLast) { return sendChanges(id, isLast); });
                }
            } else {
                const QString error = errorByIndex.value(
                    int(i), QCoreApplication::translate("SyncEngine", "Not created"));
                if (error == ApiMessages::contactAlreadyExists) {
                    const Contact local = contact;
                    followUps.append(
                        [this, local](bool isLast) { return linkExisting(local, isLast); });
                    continue;
                }
                link.state = SyncState::Error;
                link.error = error;
                m_session.addError(contact.id, contact.phone, error);
            }
            if (auto saved = m_session.links.save(link); !saved)
                return saved;
        }
        return {};
    });
    if (!recorded)
        return false;
    for (auto it = followUps.rbegin(); it != followUps.rend(); ++it)
        m_jobs.push_front(*it);
    return closeChunk(last && m_jobs.empty());
}

bool SyncPush::linkExisting(const Contact& local, bool last)
{
    // A resend after a lost answer, or the same phone created on both sides: find the
    // server's contact by its phone and link them, never a second contact.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("search"), TextFold::digits(local.phone));
    query.addQueryItem(QStringLiteral("view"), QStringLiteral("full"));
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    const std::optional<QJsonObject> found = m_session.listData(query);
    if (!found)
        return false;
    QJsonObject match;
    for (const QJsonValue& item : found->value(QStringLiteral("contacts")).toArray()) {
        if (item.toObject().value(ApiFields::phone).toString() == local.phone)
            match = item.toObject();
    }
    if (!match.isEmpty() && !match.value(ApiFields::params).isObject()) {
        // A server without view=full: the GET shape has the params the merge needs.
        auto full = m_session.client.get(match.value(QStringLiteral("id")).toString());
        if (!full) {
            m_session.fail(full.error());
            return false;
        }
        if (full->ok())
            match = full->data().toObject();
    }
    bool linked = false;
    const bool recorded = record(false, [&]() -> ApiResult<void> {
        if (match.isEmpty()) {
            SyncLink link;
            link.contactId = local.id;
            link.state = SyncState::Error;
            link.error = QCoreApplication::translate(
                "SyncEngine", "The server has this phone but did not list the contact");
            m_session.addError(local.id, local.phone, link.error);
            return m_session.links.save(link);
        }
        RemoteContactApplier applier(m_session);
        auto current = m_session.store.contact(local.id);
        if (!current)
            return std::unexpected(current.error());
        auto merged = applier.link(*current, match);
        if (!merged)
            return std::unexpected(merged.error());
        linked = true;
        return {};
    });
    if (!recorded)
        return false;
    if (!linked)
        return closeChunk(last && m_jobs.empty());
    const QString id = local.id;
    m_jobs.push_front([this, id](bool isLast) { return sendChanges(id, isLast); });
    return true;
}

bool SyncPush::sendChanges(const QString& contactId, bool last)
{
    auto link = m_session.links.byContact(contactId);
    auto local = m_session.store.contact(contactId);
    if (!link || !*link || !local) {
        // Deleted here since the chunk was read: its own outbox entry sends the deletion.
        return closeChunk(last);
    }
    QJsonObject changes = changesToSend(**link, *local);
    if (changes.contains(ApiFields::params) && SyncedFields::hasStaleParams((*link)->base)) {
        // The server may have changed the params since our base (its list never shows
        // them): a PATCH would replace them whole. Bring its copy in first and merge.
        if (!freshenParams(**link))
            return false;
        link = m_session.links.byContact(contactId);
        local = m_session.store.contact(contactId);
        if (!link || !*link || !local)
            return closeChunk(last);
        changes = changesToSend(**link, *local);
    }
    if (changes.isEmpty())
        return closeChunk(last);

    auto reply = m_session.client.patch((*link)->remoteId, changes);
    if (!reply) {
        m_session.fail(reply.error());
        return false;
    }
    SyncLink updated = **link;
    if (reply->ok()) {
        const QJsonObject answer = reply->data().toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            // The server's own reading of what we sent (it trims, folds duplicates).
            const QJsonValue stored = answer.value(it.key());
            updated.base.insert(it.key(), stored.isUndefined() ? it.value() : stored);
        }
        updated.remoteUpdatedAt =
            Timestamps::parse(answer.value(QStringLiteral("updated_at")).toString());
        if (updated.state == SyncState::Error) {
            updated.state = SyncState::Synced;
            updated.error.clear();
        }
        ++m_session.summary.pushed;
        m_session.pushedIds.insert(updated.remoteId);
        return record(last, [&] { return m_session.links.save(updated); });
    }
    if (reply->status == 404) {
        // Deleted on the server, which did not tell us (no includeDeleted): the deletion
        // wins and the local edit becomes a conflict.
        ++m_session.summary.pulled;
        return record(last, [&]() -> ApiResult<void> {
            auto removed = RemoteContactApplier(m_session).applyDeletion(updated.remoteId);
            if (!removed)
                return std::unexpected(removed.error());
            return {};
        });
    }
    if (reply->status >= 400 && reply->status < 500) {
        updated.state = SyncState::Error;
        updated.error = reply->error();
        m_session.addError(local->id, local->phone, updated.error);
        return record(last, [&] { return m_session.links.save(updated); });
    }
    //: Completes "The server refused to %1".
    m_session.refuse(QCoreApplication::translate("SyncEngine", "update a contact"), *reply);
    return false;
}

QJsonObject SyncPush::changesToSend(const SyncLink& link, const Contact& local) const
{
    const QJsonObject mine = SyncedFields::of(local);
    QJsonObject changes = SyncedFields::changedKnown(link.base, mine);
    for (const QString& field : m_journalFields.value(local.id)) {
        if (!link.base.contains(field))
            changes.insert(field, mine.value(field));
    }
    if (!m_session.hasListExtensions)
        changes.remove(ApiFields::labels); // create and PATCH cannot set them there
    return changes;
}

bool SyncPush::freshenParams(const SyncLink& link)
{
    auto reply = m_session.client.get(link.remoteId);
    if (!reply) {
        m_session.fail(reply.error());
        return false;
    }
    if (!reply->ok())
        return true; // a 404: the PATCH meets it too, and handles the deletion
    const QJsonObject item = reply->data().toObject();
    return record(false, [&]() -> ApiResult<void> {
        auto applied = RemoteContactApplier(m_session).apply(item);
        if (!applied)
            return std::unexpected(applied.error());
        m_session.summary.pulled += *applied ? 1 : 0;
        return {};
    });
}

bool SyncPush::sendDeletion(const SyncLink& link, bool last)
{
    // The link is kept, in error: the contact is not pulled back as new.
    const auto cannotDelete = [&] {
        SyncLink kept = link;
        kept.state = SyncState::Error;
        kept.error = QCoreApplication::translate(
            "SyncEngine", "The server cannot delete contacts: delete it there too");
        m_session.addError(link.contactId, QString(), kept.error);
        return record(last, [&]() -> ApiResult<void> {
            if (auto released = m_session.held.release(link.contactId); !released)
                return released;
            return m_session.links.save(kept);
        });
    };
    if (!m_session.hasDelete)
        return cannotDelete();
    // A merge's deletion names the contact kept, on a server that reads our extensions (a
    // sync partner then learns that the two are one person).
    QString mergedInto;
    if (m_session.hasListExtensions) {
        auto kept = m_session.store.mergedInto(link.contactId);
        if (!kept) {
            m_session.failOnDatabase(kept.error());
            return false;
        }
        if (*kept) {
            auto keptLink = m_session.links.byContact(**kept);
            if (!keptLink) {
                m_session.failOnDatabase(keptLink.error());
                return false;
            }
            if (*keptLink && !(*keptLink)->remoteId.isEmpty())
                mergedInto = (*keptLink)->remoteId;
        }
    }
    auto reply = m_session.client.remove(link.remoteId, mergedInto);
    if (!reply) {
        m_session.fail(reply.error());
        return false;
    }
    const bool noRoute =
        reply->status == 405 ||
        (reply->status == 404 && reply->error() != ApiError::contactNotFound().message);
    if (noRoute) {
        m_session.hasDelete = false;
        if (auto saved = m_session.cursors.setHasDelete(false); !saved) {
            m_session.failOnDatabase(saved.error());
            return false;
        }
        return cannotDelete();
    }
    if (reply->ok() || reply->status == 404) {
        if (reply->ok()) {
            ++m_session.summary.pushed;
            m_session.pushedIds.insert(link.remoteId);
        }
        return record(last, [&]() -> ApiResult<void> {
            if (auto released = m_session.held.release(link.contactId); !released)
                return released;
            return m_session.links.remove(link.contactId);
        });
    }
    //: Completes "The server refused to %1".
    m_session.refuse(QCoreApplication::translate("SyncEngine", "delete a contact"), *reply);
    return false;
}

bool SyncPush::holdDeletion(const SyncLink& link, bool last)
{
    if (!m_session.hasDelete)
        return sendDeletion(link, last); // nothing will be deleted there: nothing to guard
    HeldDeletion deletion;
    deletion.contactId = link.contactId;
    deletion.remoteId = link.remoteId;
    deletion.direction = HeldDeletion::Direction::OnServer;
    const QJsonValue name = link.base.value(ApiFields::name);
    if (name.isString())
        deletion.name = name.toString();
    return record(last, [&] { return m_session.held.hold(deletion); });
}

bool SyncPush::sendHeldDeletion(const HeldDeletion& deletion)
{
    auto link = m_session.links.byContact(deletion.contactId);
    if (!link) {
        m_session.failOnDatabase(link.error());
        return false;
    }
    auto local = m_session.store.contact(deletion.contactId);
    if (!local && local.error().status != 404) {
        m_session.failOnDatabase(local.error());
        return false;
    }
    if (local || !*link || (*link)->remoteId != deletion.remoteId)
        return record(false, [&] { return m_session.held.release(deletion.contactId); });
    return sendDeletion(**link, false);
}
