#pragma once

#include "ApiError.h"
#include "BulkResult.h"
#include "Contact.h"
#include "ContactBatchInsert.h"
#include "ContactChanges.h"
#include "ContactSource.h"
#include "FlagChange.h"
#include "JournalEntry.h"
#include "ListPage.h"
#include "ListQuery.h"
#include "ListWindow.h"
#include "NewContact.h"
#include "Organization.h"
#include "PhoneNumbers.h"
#include "SearchText.h"
#include "SqlTransaction.h"
#include "TagCount.h"
#include "WriteOrigin.h"

#include <QList>
#include <QSet>
#include <QString>

class ContactDatabase;
class QThreadPool;
class TagIndex;
struct ContactFields;

/// The Contacts API's operations on one organization of a ContactDatabase. Every method
/// returns its result or the API's error (status and exact message of contacts-api.md);
/// every write is one transaction that also writes the change journal. Lives on the thread
/// of its database; cheap to construct (one per request is fine).
class ContactStore {
public:
    /// The store of the database's own organization (the desktop, contacts-cli).
    explicit ContactStore(ContactDatabase& database);
    ContactStore(ContactDatabase& database, Organization organization);

    const Organization& organization() const { return m_organization; }
    ContactDatabase& database() const { return m_db; }

    /// Whether writes enter the change journal (the sync outbox); on by default. Sync turns it
    /// off to apply the server's changes, which must not be sent back.
    void setJournaled(bool journaled) { m_journaled = journaled; }
    bool isJournaled() const { return m_journaled; }
    /// Who the opt-in and block history says made this store's writes (FlagHistory); by
    /// default an unnamed API caller.
    void setOrigin(WriteOrigin origin) { m_origin = std::move(origin); }
    const WriteOrigin& origin() const { return m_origin; }

    /// GET list: one page, its total and hasNext.
    ApiResult<ListPage> list(const ListQuery& query);
    /// The number of contacts the query matches (its page and limit are ignored).
    ApiResult<qint64> count(const ListQuery& query);
    /// Matches [offset, offset + count) in the query's order (its page and limit ignored),
    /// as row ids, with their number: `total` when the caller knows it (the desktop table
    /// counts once per filter), else counted in the same snapshot. An export reads every
    /// match's id with `window(query, 0, all)`; ContactListing reads several stretches of
    /// one query.
    ApiResult<ListWindow> window(const ListQuery& query, qint64 offset, qint64 count,
                                 std::optional<qint64> total = std::nullopt);
    /// The contacts of `rowIds`, in that order; ids no longer present are left out.
    ApiResult<QList<Contact>> contactsByRowId(const QList<qint64>& rowIds);
    /// The API ids (`contact_<uuid>`) of `rowIds`, in that order; ids no longer present are
    /// left out.
    ApiResult<QStringList> contactIdsByRowId(const QList<qint64>& rowIds);
    /// GET one: by full id, bare UUID or vendorContactId; 404 `Contact not found`.
    ApiResult<Contact> contact(const QString& idOrVendorId);
    /// POST: 400 on a bad field, 409 on a duplicate phone. The contact, its flags included,
    /// is one transaction.
    ApiResult<Contact> create(const NewContact& contact, ContactSource source = ContactSource::Api);
    /// PATCH: 404, then 400 `No valid fields to update`, then field errors; nothing is
    /// written on any error, and nothing at all when no value changes.
    ApiResult<Contact> update(const QString& idOrVendorId, const ContactChanges& changes);
    /// Bulk import: each item on its own, all in one transaction; 413 over `maxItems` (the
    /// API's 1000; a file import may commit larger batches, which write far fewer pages).
    ApiResult<BulkResult> bulk(const QList<NewContact>& contacts,
                               ContactSource source = ContactSource::Import,
                               int maxItems = maxBulkItems);
    /// DELETE (extension): removes the contact, frees its phone, leaves a tombstone. With
    /// `mergedInto` (an id or vendor id of another contact), the tombstone names that contact
    /// as the one this was merged into: 400 when it is no other contact here.
    ApiResult<DeletedContact> remove(const QString& idOrVendorId,
                                     const QString& mergedInto = QString());
    /// The contact that the deleted contact `deletedId` was merged into, if a merge deleted
    /// it (its newest tombstone's).
    ApiResult<std::optional<QString>> mergedInto(const QString& deletedId);

    /// The opt-in and block history of a contact (extension), oldest first; 404 `Contact not
    /// found` like GET one.
    ApiResult<QList<FlagChange>> flagHistory(const QString& idOrVendorId);
    /// The opt-in and block history of the contacts of `rowIds`, by contact in row id
    /// order: an audit export's (ContactExporter).
    ApiResult<QList<FlagChange>> flagHistoryByRowId(const QList<qint64>& rowIds);

    /// The contact with a phone (E.164), if any.
    ApiResult<std::optional<Contact>> contactByPhone(const QString& e164);

    /// Sets the fields the hosted service owns (sync brings them from the server); never
    /// journaled, `updatedAt` stays. A vendorContactId that is not 24 hex digits is ignored.
    ApiResult<void> setServiceFields(qint64 rowId, const QString& vendorContactId,
                                     const std::optional<QDateTime>& lastMessageAt,
                                     int conversationCount);

    /// Tags or labels with the number of contacts carrying each, most used first.
    ApiResult<QList<TagCount>> tagCounts(TagKind kind);
    /// Journal entries after `afterSequence`, oldest first.
    ApiResult<QList<JournalEntry>> journal(qint64 afterSequence, int limit = 1000);

    static constexpr int maxBulkItems = 1000;

    /// A bulk request validated and made ready to write: bulk()'s CPU-heavy first half, which
    /// touches no database and may run on any thread, e.g. for the next batch of an import
    /// while this one is written (see ContactBatchInsert::prepare).
    using PreparedBulk = ContactBatchInsert::Prepared;
    static PreparedBulk
    prepareBulk(const QList<NewContact>& contacts, ContactSource source = ContactSource::Import,
                QThreadPool* pool = nullptr, const QList<PhoneNumbers::Parsed>* phones = nullptr,
                ContactBatchInsert::Purpose purpose = ContactBatchInsert::Purpose::Write)
    {
        return ContactBatchInsert::prepare(contacts, source, pool, phones, purpose);
    }
    /// Writes a prepared bulk request in one transaction: bulk()'s second half. A file
    /// import that updates existing contacts passes `mergeUpToRowId`: an item whose phone
    /// belongs to a contact with a rowId up to it is merged into that contact (ContactMerge)
    /// in the same transaction instead of skipped; a phone of a later contact (made by the
    /// same import) is still `Contact already exists`. `nesting` says what it is inside a
    /// transaction the caller holds (a file import's, see ImportTransaction).
    ApiResult<BulkResult> writeBulk(PreparedBulk& prepared, int maxItems = maxBulkItems,
                                    std::optional<qint64> mergeUpToRowId = std::nullopt,
                                    SqlTransaction::Nesting nesting = SqlTransaction::Savepoint);
    /// What writeBulk() would do with `prepared` (prepared for a write or only for a check),
    /// writing nothing: the same result, without the new contacts' ids. An import's dry run.
    ApiResult<BulkResult> classifyBulk(const PreparedBulk& prepared,
                                       std::optional<qint64> mergeUpToRowId = std::nullopt);
    /// The highest rowId in the database, 0 when it is empty: where an import starts.
    ApiResult<qint64> lastRowId();

private:
    /// The phones of `prepared` that the organization's contacts already have.
    ApiResult<QSet<QString>> takenPhones(const PreparedBulk& prepared);
    ApiResult<QList<Contact>> readContacts(const QList<qint64>& rowIds);
    ApiResult<bool> phoneExists(const QString& e164);
    /// Writes a changed contact (`next`, from `current`) with its tags, journal entry and
    /// search entry; the caller holds the write transaction.
    ApiResult<void> writeChange(const Contact& current, Contact& next, const QStringList& changed,
                                qint64 now);
    /// Records what writeChange() did to the contact's optedIn and isBlocked in the history.
    ApiResult<void> recordFlagChanges(const Contact& current, const Contact& next, qint64 now);
    /// Merges an import's row into the contact with its phone (see writeBulk): that
    /// contact's id and whether it changed, or the row's error message when it is skipped.
    /// Without `write`, only says so (classifyBulk).
    ApiResult<std::expected<std::pair<QString, bool>, QString>>
    mergeInto(const Contact& incoming, qint64 mergeUpToRowId, qint64 now, bool write = true);
    /// writeBulk()'s and classifyBulk()'s common part: which items are merged (written when
    /// `write`) or refused, into `result`, and which are to be created, by index, in order.
    ApiResult<void> sortBulk(const PreparedBulk& prepared, std::optional<qint64> mergeUpToRowId,
                             qint64 now, bool write, BulkResult& result,
                             QList<int>& createdIndexes);
    ApiResult<void> indexForSearch(qint64 rowId, const SearchText& text);
    ApiResult<void> unindexForSearch(qint64 rowId);

    ContactDatabase& m_db;
    Organization m_organization;
    bool m_journaled = true;
    WriteOrigin m_origin;
};
