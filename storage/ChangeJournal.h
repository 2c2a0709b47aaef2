#pragma once

#include "ApiError.h"
#include "JournalEntry.h"

#include <QList>
#include <QStringList>

class ContactDatabase;

/// The change journal of one organization: one entry per local write, recorded in the
/// writer's transaction, numbered by a sequence that only grows (the outbox of sync).
class ChangeJournal {
public:
    ChangeJournal(ContactDatabase& db, qint64 organizationRowId);

    ApiResult<void> record(JournalEntry::Operation operation, qint64 contactRowId,
                           const QString& contactId, const QStringList& fields, qint64 atMsecs);
    /// Entries after `afterSequence`, oldest first, at most `limit`.
    ApiResult<QList<JournalEntry>> entries(qint64 afterSequence, int limit);

private:
    ContactDatabase& m_db;
    qint64 m_organization;
};
