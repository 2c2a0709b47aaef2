#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "Operation.h"
#include "WriteOrigin.h"

#include <QByteArray>
#include <QList>

#include <optional>

class ContactDatabase;

/// The undoable operations of one organization (schema v9's `operations` and
/// `operation_contacts`): what each did, who and when, and per contact it touched the contact's
/// `updated_at` right after (its stamp: a contact whose `updated_at` differs was changed since)
/// and, for a deletion or an update, the whole contact as it was before (v11's `deleted` tells
/// which: a sync run does both). Each call is one or two statements inside the
/// caller's transaction, so an operation's record commits with its writes.
class Operations {
public:
    Operations(ContactDatabase& db, qint64 organizationRowId);

    /// A contact an operation touched.
    struct Touched {
        QByteArray uid;
        qint64 stamp = 0;
        QByteArray snapshot;  ///< the contact whole (ContactSnapshot), if recorded so
        bool deleted = false; ///< the snapshot is a contact the operation deleted
    };

    /// What a contact recorded whole is: as it was before the operation updated it, or as it
    /// was when the operation deleted it.
    enum class Whole { Updated, Deleted };

    /// Starts an operation; its id. `undoes`: the operation it reverts.
    ApiResult<qint64> begin(Operation::Kind kind, const QString& argument,
                            const WriteOrigin& origin, std::optional<qint64> undoes = {});
    /// Records the contacts of `rowIds` (a JSON array of row ids) with their `updated_at`.
    ApiResult<void> recordRows(qint64 operation, const QString& rowIds);
    /// Records new contacts by their row ids first..last (an import's batch): one row, not
    /// one per contact, and one for a range that continues the last. Such a contact is
    /// unchanged while its `updatedAt` is its `createdAt`.
    ApiResult<void> recordRowRange(qint64 operation, qint64 first, qint64 last);
    /// Whether the contact of row `rowId` is one `operation` created.
    ApiResult<bool> created(qint64 operation, qint64 rowId);
    /// The row id ranges of `operation`'s new contacts, in order.
    ApiResult<QList<std::pair<qint64, qint64>>> rowRanges(qint64 operation);
    /// Records contacts whole as they were before the operation wrote them at `at`: those
    /// it deleted, or those it updated. A contact recorded before in the same operation
    /// keeps its first snapshot: the undo goes back to before the whole operation.
    ApiResult<void> recordWhole(qint64 operation, const QList<Contact>& contacts, qint64 at,
                                Whole whole);
    ApiResult<void> finish(qint64 operation);
    ApiResult<void> markUndone(qint64 operation, qint64 undoneBy);

    /// How long an operation can be undone: a quarter, three times Google Contacts' restore.
    /// Its snapshots are the bulk of it (375 bytes a deleted contact).
    static constexpr int keptDays = 90;
    /// Drops the operations started before `before` (ms since the epoch) with what they kept,
    /// and gives the freed pages back, in one write transaction: how many.
    ApiResult<qint64> pruneStartedBefore(qint64 before);

    /// The newest operations first.
    ApiResult<QList<Operation>> latest(int limit);
    ApiResult<std::optional<Operation>> find(qint64 id);
    /// The contacts `operation` touched after `afterUid` (empty: from the first), in uid
    /// order, at most `limit`.
    ApiResult<QList<Touched>> touched(qint64 operation, const QByteArray& afterUid, int limit);

private:
    ApiResult<void> counted(qint64 operation, const ApiResult<int>& inserted);
    ApiResult<void> addToCount(qint64 operation, qint64 added);

    ContactDatabase& m_db;
    qint64 m_organization;
};
