#include "ContactStore.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactFieldNames.h"
#include "ContactFields.h"
#include "ContactIds.h"
#include "ContactListing.h"
#include "ContactMerge.h"
#include "ContactRows.h"
#include "FieldRules.h"
#include "FlagHistory.h"
#include "Operations.h"
#include "PhoneNumbers.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "TagIndex.h"
#include "TextFold.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>

namespace {

SqlTransaction::Kind snapshotKind(const ListQuery& query)
{
    return query.search.isEmpty() ? SqlTransaction::Read : SqlTransaction::Search;
}

QVariant nullable(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

// The tags of `after` whose folded key `before` lacks: what a change adds to the tag index.
QStringList missingFrom(const QStringList& before, const QStringList& after)
{
    QSet<QString> keys;
    for (const QString& tag : before)
        keys.insert(TagIndex::key(tag));
    QStringList missing;
    for (const QString& tag : after) {
        if (!keys.contains(TagIndex::key(tag)))
            missing.append(tag);
    }
    return missing;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Reading

ContactStore::ContactStore(ContactDatabase& database)
    : ContactStore(database, database.defaultOrganization())
{}

ContactStore::ContactStore(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<QList<Contact>> ContactStore::readContacts(const QList<qint64>& rowIds)
{
    // One statement for the whole page: Qt's SQLite driver reads every column's name and type
    // again at each exec, which cost more than the rows themselves (half a page's time).
    auto contacts = ContactRows::read(m_db, rowIds);
    if (!contacts)
        return std::unexpected(contacts.error());
    // A page's rows are read in the listing's snapshot: a missing one is a broken database.
    if (contacts->size() != rowIds.size())
        return std::unexpected(ApiError::internal(QStringLiteral("a listed contact has no row")));
    return contacts;
}

ApiResult<Contact> ContactStore::contact(const QString& idOrVendorId)
{
    // One statement finds and reads the contact: a GET by id is mostly the fixed cost of each
    // statement in Qt's SQLite driver.
    const ContactIds::Lookup lookup = ContactIds::parse(idOrVendorId);
    if (lookup.kind == ContactIds::Lookup::Kind::Invalid)
        return std::unexpected(ApiError::contactNotFound());
    auto found = m_db.firstRow<Contact>(
        QStringLiteral("SELECT ") + ContactRows::columns() +
            (lookup.kind == ContactIds::Lookup::Kind::Uuid
                 ? QStringLiteral(" FROM contacts WHERE org_id = ? AND uid = ?")
                 : QStringLiteral(" FROM contacts WHERE org_id = ? AND vendor_id = ?")),
        {m_organization.rowId, lookup.bytes}, ContactRows::fromRow);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(ApiError::contactNotFound());
    return std::move(**found);
}

ApiResult<ListWindow> ContactStore::window(const ListQuery& query, qint64 offset, qint64 count,
                                           std::optional<qint64> total)
{
    SqlTransaction snapshot(m_db, snapshotKind(query));
    if (snapshot.beginError())
        return std::unexpected(*snapshot.beginError());
    auto window = ContactListing(m_db, m_organization.rowId, query).window(offset, count, total);
    if (!window)
        return window;
    if (auto done = snapshot.commit(); !done)
        return std::unexpected(done.error());
    return window;
}

ApiResult<QList<Contact>> ContactStore::contactsByRowId(const QList<qint64>& rowIds)
{
    return ContactRows::read(m_db, rowIds);
}

ApiResult<QStringList> ContactStore::contactIdsByRowId(const QList<qint64>& rowIds)
{
    if (rowIds.isEmpty())
        return QStringList{};
    return m_db.rows<QString>(
        m_db.dialect().uidsByRowIdSql(), {ContactRows::jsonIds(rowIds)},
        [](const SqlRow& row) { return ContactIds::contactId(row.bytes(0)); });
}

ApiResult<QList<TagCount>> ContactStore::tagCounts(TagKind kind)
{
    return TagIndex(m_db, m_organization.rowId).counts(kind);
}

ApiResult<QList<JournalEntry>> ContactStore::journal(qint64 afterSequence, int limit)
{
    return ChangeJournal(m_db, m_organization.rowId).entries(afterSequence, limit);
}

ApiResult<qint64> ContactStore::count(const ListQuery& query)
{
    return ContactListing(m_db, m_organization.rowId, query).count();
}

ApiResult<ListPage> ContactStore::list(const ListQuery& query)
{
    // One read transaction: the total and the page come from the same snapshot.
    SqlTransaction snapshot(m_db, snapshotKind(query));
    if (snapshot.beginError())
        return std::unexpected(*snapshot.beginError());
    ContactListing listing(m_db, m_organization.rowId, query);
    auto total = listing.count();
    if (!total)
        return std::unexpected(total.error());
    auto entries = listing.pageEntries(*total);
    if (!entries)
        return std::unexpected(entries.error());
    ListPage page;
    QList<qint64> ids;
    for (qsizetype i = 0; i < entries->size(); ++i) {
        const ContactListing::Entry& entry = entries->at(i);
        if (!entry.deleted) {
            ids.append(entry.rowId);
            continue;
        }
        auto deleted = listing.deletedContact(entry.rowId);
        if (!deleted)
            return std::unexpected(deleted.error());
        page.deleted.append(ListPage::Tombstone{int(i), std::move(*deleted)});
    }
    auto contacts = readContacts(ids);
    if (!contacts)
        return std::unexpected(contacts.error());
    if (auto done = snapshot.commit(); !done)
        return std::unexpected(done.error());
    page.contacts = std::move(*contacts);
    page.view = query.view;
    page.total = *total;
    page.page = query.page;
    page.limit = query.limit;
    page.hasNext = qint64(query.page) * query.limit < *total;
    return page;
}

// ---------------------------------------------------------------------------------------------
// Writing. Each write is one transaction: the row, its tag links and counts, the
// organization's size, the journal entry, and last the search index (see
// ContactBatchInsert::insert).

ApiResult<bool> ContactStore::phoneExists(const QString& e164)
{
    return m_db.exists(QStringLiteral("SELECT 1 FROM contacts WHERE org_id = ? AND phone = ?"),
                       {m_organization.rowId, e164});
}

ApiResult<std::optional<Contact>> ContactStore::contactByPhone(const QString& e164)
{
    return m_db.firstRow<Contact>(
        QStringLiteral("SELECT ") + ContactRows::columns() +
            QStringLiteral(" FROM contacts WHERE org_id = ? AND phone = ?"),
        {m_organization.rowId, e164}, ContactRows::fromRow);
}

ApiResult<qint64> ContactStore::lastRowId()
{
    return m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
}

// Like ContactBatchInsert, update and remove write the search index last in their transaction.
ApiResult<void> ContactStore::indexForSearch(qint64 rowId, const SearchText& text)
{
    auto indexed = m_db.execute(m_db.dialect().searchIndexInsertSql(),
                                {rowId, text.name, text.email, text.phoneDigits});
    if (!indexed)
        return std::unexpected(indexed.error());
    return {};
}

ApiResult<void> ContactStore::unindexForSearch(qint64 rowId)
{
    auto removed = m_db.execute(m_db.dialect().searchIndexDeleteSql(), {rowId});
    if (!removed)
        return std::unexpected(removed.error());
    return {};
}

ApiResult<Contact> ContactStore::create(const NewContact& contact, ContactSource source)
{
    auto fields = FieldRules::validate(contact);
    if (!fields)
        return std::unexpected(fields.error());
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    const qint64 now = m_db.writeTime();
    ContactBatchInsert::Row row = ContactBatchInsert::prepareRow(*fields, source, now);
    auto exists = phoneExists(row.contact.phone);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return std::unexpected(ApiError::duplicatePhone());
    if (auto inserted = ContactBatchInsert(m_db, m_organization.rowId, m_journaled, m_origin)
                            .insert({&row}, now);
        !inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return row.contact;
}

ApiResult<BulkResult> ContactStore::bulk(const QList<NewContact>& contacts, ContactSource source,
                                         int maxItems)
{
    if (contacts.size() > maxItems)
        return std::unexpected(ApiError::tooManyContacts());
    PreparedBulk prepared = prepareBulk(contacts, source);
    return writeBulk(prepared, maxItems);
}

ApiResult<BulkResult> ContactStore::writeBulk(PreparedBulk& prepared, int maxItems,
                                              std::optional<qint64> mergeUpToRowId,
                                              SqlTransaction::Nesting nesting)
{
    if (prepared.rows.size() > maxItems)
        return std::unexpected(ApiError::tooManyContacts());
    SqlTransaction transaction(m_db, SqlTransaction::Write, nesting);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    // Validated before the write lock, stamped under it: a bulk that waited for the lock
    // must not commit with a time older than the writes that went before it.
    const qint64 now = m_db.writeTime();
    for (ApiResult<ContactBatchInsert::Row>& row : prepared.rows) {
        if (row)
            row->contact.createdAt = row->contact.updatedAt = Timestamps::fromMsecs(now);
    }
    BulkResult result;
    QList<int> createdIndexes;
    if (auto sorted = sortBulk(prepared, mergeUpToRowId, now, true, result, createdIndexes);
        !sorted)
        return std::unexpected(sorted.error());
    QList<ContactBatchInsert::Row*> created;
    for (const int index : std::as_const(createdIndexes))
        created.append(&*prepared.rows[index]);
    if (auto inserted = ContactBatchInsert(m_db, m_organization.rowId, m_journaled, m_origin)
                            .insert(created, now);
        !inserted)
        return std::unexpected(inserted.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    for (qsizetype i = 0; i < created.size(); ++i) {
        result.contacts.append(BulkResult::Created{
            created.at(i)->contact.id, created.at(i)->contact.phone, createdIndexes.at(i)});
    }
    result.imported = int(result.contacts.size());
    result.skipped = int(result.errors.size());
    return result;
}

ApiResult<QSet<QString>> ContactStore::takenPhones(const PreparedBulk& prepared)
{
    // One look-up finds the phones the organization already has.
    QJsonArray phones;
    for (const ApiResult<ContactBatchInsert::Row>& row : prepared.rows) {
        if (row)
            phones.append(row->contact.phone);
    }
    QSet<QString> taken;
    auto existing =
        m_db.forEachRow(m_db.dialect().existingPhonesSql(),
                        {QString::fromUtf8(QJsonDocument(phones).toJson(QJsonDocument::Compact)),
                         m_organization.rowId},
                        [&taken](const SqlRow& row) {
                            taken.insert(row.text(0));
                            return true;
                        });
    if (!existing)
        return std::unexpected(existing.error());
    return taken;
}

ApiResult<void> ContactStore::sortBulk(const PreparedBulk& prepared,
                                       std::optional<qint64> mergeUpToRowId, qint64 now, bool write,
                                       BulkResult& result, QList<int>& createdIndexes)
{
    auto existing = takenPhones(prepared);
    if (!existing)
        return std::unexpected(existing.error());
    QSet<QString>& taken = *existing;
    QSet<QString> createdPhones;
    for (int index = 0; index < prepared.rows.size(); ++index) {
        const ApiResult<ContactBatchInsert::Row>& row = prepared.rows.at(index);
        if (row && mergeUpToRowId && taken.contains(row->contact.phone) &&
            !createdPhones.contains(row->contact.phone)) {
            auto merged = mergeInto(row->contact, *mergeUpToRowId, now, write);
            if (!merged)
                return std::unexpected(merged.error());
            if (*merged) {
                ((*merged)->second ? result.updated : result.unchanged)
                    .append(BulkResult::Created{(*merged)->first, row->contact.phone, index});
            } else {
                result.errors.append(
                    BulkResult::Error{index, prepared.userNumbers.value(index), merged->error()});
            }
            continue;
        }
        if (!row || taken.contains(row->contact.phone)) {
            result.errors.append(
                BulkResult::Error{index, prepared.userNumbers.value(index),
                                  row ? ApiMessages::contactAlreadyExists : row.error().message});
            continue;
        }
        createdPhones.insert(row->contact.phone);
        taken.insert(row->contact.phone); // the same phone later in the request is a duplicate
        createdIndexes.append(index);
    }
    return {};
}

ApiResult<BulkResult> ContactStore::classifyBulk(const PreparedBulk& prepared,
                                                 std::optional<qint64> mergeUpToRowId)
{
    SqlTransaction transaction(m_db, SqlTransaction::Read);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    BulkResult result;
    QList<int> createdIndexes;
    if (auto sorted = sortBulk(prepared, mergeUpToRowId, 0, false, result, createdIndexes); !sorted)
        return std::unexpected(sorted.error());
    for (const int index : std::as_const(createdIndexes)) {
        const Contact& contact = prepared.rows.at(index)->contact;
        result.contacts.append(BulkResult::Created{contact.id, contact.phone, index});
    }
    result.imported = int(result.contacts.size());
    result.skipped = int(result.errors.size());
    return result;
}

ApiResult<Contact> ContactStore::update(const QString& idOrVendorId, const ContactChanges& changes)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto current = contact(idOrVendorId);
    if (!current)
        return current;
    auto fields = FieldRules::validate(changes);
    if (!fields)
        return std::unexpected(fields.error());

    Contact next = *current;
    QStringList changed;
    const auto apply = [&changed](auto& target, const auto& value, const QString& field) {
        if (target != value) {
            target = value;
            changed.append(field);
        }
    };
    if (fields->name)
        apply(next.name, *fields->name, ContactFieldNames::name);
    if (fields->email)
        apply(next.email, *fields->email, ContactFieldNames::email);
    if (fields->countryCode) {
        std::optional<QString> country = *fields->countryCode;
        if (!country) {
            const QString region = PhoneNumbers::parseInternational(next.phone)
                                       .value_or(PhoneNumbers::Parsed{})
                                       .region;
            if (!region.isEmpty())
                country = region;
        }
        apply(next.countryCode, country, ContactFieldNames::countryCode);
    }
    if (fields->tags)
        apply(next.tags, *fields->tags, ContactFieldNames::tags);
    if (fields->labels)
        apply(next.labels, *fields->labels, ContactFieldNames::labels);
    if (fields->params)
        apply(next.params, *fields->params, ContactFieldNames::params);
    if (fields->optedIn)
        apply(next.optedIn, *fields->optedIn, ContactFieldNames::optedIn);
    if (fields->isBlocked)
        apply(next.isBlocked, *fields->isBlocked, ContactFieldNames::isBlocked);
    if (fields->source)
        apply(next.source, *fields->source, ContactFieldNames::source);
    if (changed.isEmpty())
        return current; // nothing to write: updatedAt stays, the journal gets no entry

    if (auto written = writeChange(*current, next, changed, m_db.writeTime()); !written)
        return std::unexpected(written.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return next;
}

ApiResult<void> ContactStore::recordFlagChanges(const Contact& current, const Contact& next,
                                                qint64 now)
{
    FlagHistory history(m_db, m_organization.rowId);
    const QByteArray uid = ContactIds::parse(next.id).bytes;
    if (current.optedIn != next.optedIn) {
        if (auto recorded =
                history.record(uid, FlagChange::Flag::OptedIn, next.optedIn, m_origin, now);
            !recorded)
            return recorded;
    }
    if (current.isBlocked != next.isBlocked)
        return history.record(uid, FlagChange::Flag::IsBlocked, next.isBlocked, m_origin, now);
    return {};
}

ApiResult<QList<FlagChange>> ContactStore::flagHistory(const QString& idOrVendorId)
{
    SqlTransaction transaction(m_db, SqlTransaction::Read);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto found = contact(idOrVendorId);
    if (!found)
        return std::unexpected(found.error());
    return FlagHistory(m_db, m_organization.rowId).ofContact(ContactIds::parse(found->id).bytes);
}

ApiResult<QList<FlagChange>> ContactStore::flagHistoryByRowId(const QList<qint64>& rowIds)
{
    return FlagHistory(m_db, m_organization.rowId).ofRows(ContactRows::jsonIds(rowIds));
}

ApiResult<void> ContactStore::writeChange(const Contact& current, Contact& next,
                                          const QStringList& changed, qint64 now)
{
    next.updatedAt = Timestamps::fromMsecs(now);
    const SearchText search = SearchText::of(next);
    auto updated = m_db.execute(
        QStringLiteral("UPDATE contacts SET name = ?, name_key = ?, email = ?, country_code = ?,"
                       " tags = ?, labels = ?, params = ?, opted_in = ?, is_blocked = ?,"
                       " source = ?, updated_at = ? WHERE id = ?"),
        {nullable(next.name), nullable(search.nameKey), nullable(next.email),
         nullable(next.countryCode), ContactRows::columnText(next.tags),
         ContactRows::columnText(next.labels), ContactRows::columnText(next.params),
         int(next.optedIn), int(next.isBlocked), next.source, now, next.rowId});
    if (!updated)
        return std::unexpected(updated.error());

    TagIndex tags(m_db, m_organization.rowId);
    const auto retag = [&](TagKind kind, const QStringList& before,
                           const QStringList& after) -> ApiResult<void> {
        if (auto removed = tags.remove(next.rowId, kind, missingFrom(after, before)); !removed)
            return removed;
        return tags.add(next.rowId, kind, missingFrom(before, after));
    };
    if (auto retagged = retag(TagKind::Tag, current.tags, next.tags); !retagged)
        return std::unexpected(retagged.error());
    if (auto retagged = retag(TagKind::Label, current.labels, next.labels); !retagged)
        return std::unexpected(retagged.error());
    if (auto flushed = tags.flush(); !flushed)
        return flushed;
    if (m_journaled) {
        if (auto recorded =
                ChangeJournal(m_db, m_organization.rowId)
                    .record(JournalEntry::Operation::Update, next.rowId, next.id, changed, now);
            !recorded)
            return recorded;
    }
    if (auto recorded = recordFlagChanges(current, next, now); !recorded)
        return recorded;
    // An operation's update (an import's, a sync run's) is undone from the contact as it was.
    if (m_origin.operation) {
        if (auto recorded =
                Operations(m_db, m_organization.rowId)
                    .recordWhole(*m_origin.operation, {current}, now, Operations::Whole::Updated);
            !recorded)
            return recorded;
    }
    if (changed.contains(ContactFieldNames::name) || changed.contains(ContactFieldNames::email)) {
        if (auto removed = unindexForSearch(next.rowId); !removed)
            return removed;
        if (auto indexed = indexForSearch(next.rowId, search); !indexed)
            return indexed;
    }
    return {};
}

ApiResult<std::expected<std::pair<QString, bool>, QString>>
ContactStore::mergeInto(const Contact& incoming, qint64 mergeUpToRowId, qint64 now, bool write)
{
    using Outcome = std::expected<std::pair<QString, bool>, QString>;
    auto current = contactByPhone(incoming.phone);
    if (!current)
        return std::unexpected(current.error());
    // A contact made after the import began is one of the import's own rows, repeated.
    if (!*current || (*current)->rowId > mergeUpToRowId)
        return Outcome(std::unexpected(ApiMessages::contactAlreadyExists));
    auto merged = ContactMerge::merge(**current, incoming);
    if (!merged)
        return Outcome(std::unexpected(merged.error().message));
    // A row that brings nothing new writes nothing: no journal entry, updatedAt stays.
    if (write && !merged->changed.isEmpty()) {
        if (auto written = writeChange(**current, merged->contact, merged->changed, now); !written)
            return std::unexpected(written.error());
    }
    return Outcome(std::pair((*current)->id, !merged->changed.isEmpty()));
}

ApiResult<void> ContactStore::setServiceFields(qint64 rowId, const QString& vendorContactId,
                                               const std::optional<QDateTime>& lastMessageAt,
                                               int conversationCount)
{
    const QVariant lastMessage = lastMessageAt ? QVariant(lastMessageAt->toMSecsSinceEpoch())
                                               : QVariant(QMetaType::fromType<qint64>());
    const ContactIds::Lookup vendor = ContactIds::parse(vendorContactId);
    auto set =
        vendor.kind == ContactIds::Lookup::Kind::Vendor
            ? m_db.execute(
                  QStringLiteral("UPDATE contacts SET vendor_id = ?,"
                                 " last_message_at = ?, conversation_count = ?"
                                 " WHERE id = ? AND org_id = ?"),
                  {vendor.bytes, lastMessage, conversationCount, rowId, m_organization.rowId})
            : m_db.execute(QStringLiteral("UPDATE contacts SET last_message_at = ?,"
                                          " conversation_count = ? WHERE id = ? AND org_id = ?"),
                           {lastMessage, conversationCount, rowId, m_organization.rowId});
    if (!set)
        return std::unexpected(set.error());
    return {};
}

ApiResult<std::optional<QString>> ContactStore::mergedInto(const QString& deletedId)
{
    const ContactIds::Lookup lookup = ContactIds::parse(deletedId);
    if (lookup.kind != ContactIds::Lookup::Kind::Uuid)
        return std::nullopt;
    auto kept = m_db.firstRow<std::optional<QString>>(
        QStringLiteral("SELECT merged_into FROM deleted_contacts WHERE org_id = ? AND uid = ?"
                       " ORDER BY id DESC LIMIT 1"),
        {m_organization.rowId, lookup.bytes}, [](const SqlRow& row) {
            return row.isNull(0) ? std::nullopt
                                 : std::optional<QString>(ContactIds::contactId(row.bytes(0)));
        });
    if (!kept)
        return std::unexpected(kept.error());
    return kept->value_or(std::nullopt);
}

ApiResult<DeletedContact> ContactStore::remove(const QString& idOrVendorId,
                                               const QString& mergedInto)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto current = contact(idOrVendorId);
    if (!current)
        return std::unexpected(current.error());
    const qint64 rowId = current->rowId;
    std::optional<QString> kept;
    if (!mergedInto.isEmpty()) {
        auto survivor = contact(mergedInto);
        if (!survivor && survivor.error().status != 404)
            return std::unexpected(survivor.error());
        if (!survivor)
            return std::unexpected(ApiError{
                400, ApiMessages::invalidMergedInto,
                QStringLiteral("%1 is not a contact of this organization").arg(mergedInto)});
        if (survivor->id == current->id)
            return std::unexpected(
                ApiError{400, ApiMessages::mergeWithItself,
                         QStringLiteral("mergedInto names the contact deleted")});
        kept = survivor->id;
    }

    const qint64 now = m_db.writeTime();
    auto erased = m_db.execute(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {rowId});
    if (!erased)
        return std::unexpected(erased.error());
    TagIndex tags(m_db, m_organization.rowId);
    if (auto removed = tags.remove(rowId, TagKind::Tag, current->tags); !removed)
        return std::unexpected(removed.error());
    if (auto removed = tags.remove(rowId, TagKind::Label, current->labels); !removed)
        return std::unexpected(removed.error());
    if (auto flushed = tags.flush(); !flushed)
        return std::unexpected(flushed.error());
    if (auto counted = m_db.adjustContactCount(m_organization.rowId, -1); !counted)
        return std::unexpected(counted.error());
    auto tombstone = m_db.execute(
        QStringLiteral("INSERT INTO deleted_contacts"
                       " (org_id, uid, phone, deleted_at, merged_into) VALUES (?, ?, ?, ?, ?)"),
        {m_organization.rowId, ContactIds::parse(current->id).bytes, current->phone, now,
         kept ? QVariant(ContactIds::parse(*kept).bytes)
              : QVariant(QMetaType::fromType<QByteArray>())});
    if (!tombstone)
        return std::unexpected(tombstone.error());
    if (m_journaled) {
        if (auto recorded =
                ChangeJournal(m_db, m_organization.rowId)
                    .record(JournalEntry::Operation::Delete, rowId, current->id, {}, now);
            !recorded)
            return std::unexpected(recorded.error());
    }
    if (m_origin.operation) {
        // One the operation created is gone with it: its undo has nothing to bring back.
        Operations operations(m_db, m_organization.rowId);
        auto ours = operations.created(*m_origin.operation, rowId);
        if (!ours)
            return std::unexpected(ours.error());
        if (!*ours) {
            if (auto recorded = operations.recordWhole(*m_origin.operation, {*current}, now,
                                                       Operations::Whole::Deleted);
                !recorded)
                return std::unexpected(recorded.error());
        }
    }
    if (auto removed = unindexForSearch(rowId); !removed)
        return std::unexpected(removed.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return DeletedContact{current->id, current->phone, Timestamps::fromMsecs(now), kept};
}
