#pragma once

#include "ApiError.h"
#include "JournalEntry.h"

#include <QList>
#include <QStringList>

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

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
