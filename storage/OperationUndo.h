#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "Operation.h"
#include "Operations.h"
#include "Organization.h"
#include "UndoReport.h"
#include "WriteOrigin.h"

#include <functional>

class ContactBatchEdit;
class ContactDatabase;

/// Reverts one operation (Operations) after any number of restarts, in one transaction: the
/// contacts it created are deleted, the tags, labels and flags it changed are changed back,
/// the contacts it deleted come back with their ids. A contact changed since (its
/// `updated_at` is not the operation's stamp), deleted since, or whose phone another contact
/// took, is left as it is and listed. The undo is an operation of its own (the inverse kind),
/// so it can be undone too, and it syncs like any batch edit (it is journaled).
class OperationUndo {
public:
    OperationUndo(ContactDatabase& database, Organization organization);

    void setOrigin(WriteOrigin origin) { m_origin = std::move(origin); }
    /// Called after each step with the contacts looked at so far and the operation's count.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    /// 404 "Operation not found" (unknown, or another organization's), 409 "Operation already
    /// undone", 409 "Nothing to undo" when every contact was changed or deleted since (then
    /// nothing is written).
    ApiResult<UndoReport> undo(qint64 operationId);

private:
    /// The contacts `operation` recorded one by one, stepSize at a time: each is restored
    /// (deleted by a delete or merge), given its fields back (updated by an import or merge),
    /// reverted with the inverse batch edit, or skipped.
    ApiResult<void> revertTouched(const Operation& operation, Operations& operations,
                                  ContactBatchEdit& edit, UndoReport& report);
    /// Re-creates deleted contacts whose phone is still free.
    ApiResult<void> restore(const QList<Contact>& contacts, ContactBatchEdit& edit,
                            UndoReport& report);
    /// Writes the fields of contacts back as they were `before`.
    ApiResult<void> revertFields(const QList<Contact>& before, UndoReport& report);
    /// The inverse of a batch edit on the contacts of `ids`: how many it changed.
    ApiResult<qsizetype> revertBatch(const Operation& operation, const QStringList& ids,
                                     ContactBatchEdit& edit);
    /// Deletes an import's new contacts, by its ranges of row ids, unchanged since.
    ApiResult<void> removeCreated(const Operation& operation, Operations& operations,
                                  ContactBatchEdit& edit, UndoReport& report);
    /// Lists a contact deleted since the operation, by the name and phone it had.
    ApiResult<void> skipDeletedSince(const Operations::Touched& touched, UndoReport& report);
    void reportProgress(qint64 looked, const Operation& operation);

    ContactDatabase& m_db;
    Organization m_organization;
    WriteOrigin m_origin{WriteOrigin::Method::Undo};
    std::function<void(qint64, qint64)> m_progress;
    qint64 m_done = 0;
};
