#pragma once

#include "ApiError.h"
#include "Organization.h"
#include "UndoReport.h"
#include "WriteOrigin.h"

#include <functional>

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
    ContactDatabase& m_db;
    Organization m_organization;
    WriteOrigin m_origin{WriteOrigin::Method::Undo};
    std::function<void(qint64, qint64)> m_progress;
};
