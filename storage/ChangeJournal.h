#pragma once

#include "ApiError.h"
#include "JournalEntry.h"

#include <QList>
#include <QStringList>

#include <limits>

class ContactDatabase;
struct Contact;

/// The change journal of one organization: one entry per local write, recorded in the
/// writer's transaction, numbered by a sequence that only grows (the outbox of sync).
class ChangeJournal {
public:
    ChangeJournal(ContactDatabase& db, qint64 organizationRowId);

    /// The fields a create of `contact` records: the phone and source, and every other field
    /// it sets (ContactFieldNames).
    static QStringList fieldsOfCreate(const Contact& contact);

    ApiResult<void> record(JournalEntry::Operation operation, qint64 contactRowId,
                           const QString& contactId, const QStringList& fields, qint64 atMsecs);
    /// One Create entry per row of a batch insert (see SqlDialect::insertContactsSql): row
    /// ids follow `base`, `uids` are the rows' 16-byte ids concatenated, `rowsJson` the rows.
    ApiResult<void> recordCreates(qint64 base, const QByteArray& uids, const QString& rowsJson,
                                  qint64 atMsecs);
    /// One entry per contact of `rowIdsJson` (a JSON array of contacts' row ids), all with
    /// the same operation and fields: a batch edit's. Reads each contact's id from its row,
    /// so a delete records before the rows go.
    ApiResult<void> recordRows(JournalEntry::Operation operation, const QString& rowIdsJson,
                               const QStringList& fields, qint64 atMsecs);
    /// Entries after `afterSequence`, oldest first, at most `limit`.
    ApiResult<QList<JournalEntry>> entries(qint64 afterSequence, int limit);
    /// The highest sequence of the organization's entries, 0 when it has none.
    ApiResult<qint64> lastSequence();

    /// Pass to prune() to drop every entry.
    static constexpr qint64 allEntries = std::numeric_limits<qint64>::max();
    /// Drops the organization's entries up to and including `throughSequence`, in one
    /// statement (in the caller's transaction, if any); the number dropped. Which entries no
    /// reader needs is the caller's to know (syncstate's JournalPruning): the journal does not.
    ApiResult<qint64> prune(qint64 throughSequence);
    /// One Create entry for each of the organization's contacts, in row order, with the
    /// fields fieldsOfCreate() gives for it: the whole address book offered as new, for a
    /// reader that needs every contact when the entries that created them may be gone. One
    /// statement; the number of entries written.
    ApiResult<qint64> recordEveryContact(qint64 atMsecs);

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
