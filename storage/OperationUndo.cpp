#include "OperationUndo.h"

#include "ContactBatchEdit.h"
#include "ContactChanges.h"
#include "ContactDatabase.h"
#include "ContactIds.h"
#include "ContactRows.h"
#include "ContactSnapshot.h"
#include "ContactStore.h"
#include "Operations.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <limits>

namespace {

/// Contacts read and reverted per step: bounds the memory of a 1,000,000-contact undo.
constexpr int stepSize = 5000;

ApiError unreadableSnapshot(qint64 operationId)
{
    return ApiError::internal(
        QStringLiteral("operation %1 holds an unreadable contact").arg(operationId));
}

struct Current {
    QString id;
    qint64 updatedAt = 0;
    std::optional<QString> name;
    QString phone;
};

} // namespace

OperationUndo::OperationUndo(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<UndoReport> OperationUndo::undo(qint64 operationId)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    Operations operations(m_db, m_organization.rowId);
    auto found = operations.find(operationId);
    if (!found)
        return std::unexpected(found.error());
    if (!*found)
        return std::unexpected(ApiError{404, QStringLiteral("Operation not found"), {}});
    const Operation operation = **found;
    if (operation.undoneBy)
        return std::unexpected(
            ApiError{409, QStringLiteral("Operation already undone"),
                     QStringLiteral("operation %1 undid it").arg(*operation.undoneBy)});

    auto begun = operations.begin(Operation::inverse(operation.kind), operation.argument, m_origin,
                                  operationId);
    if (!begun)
        return std::unexpected(begun.error());
    UndoReport report;
    report.operationId = *begun;
    ContactBatchEdit edit(m_db, m_organization);
    edit.setOrigin(m_origin);
    edit.joinOperation(report.operationId);
    m_done = 0;
    // The created contacts go first: a contact restored next may take a row id freed in the
    // operation's ranges, and the phone of one the operation created in its place.
    if (auto removed = removeCreated(operation, operations, edit, report); !removed)
        return std::unexpected(removed.error());
    if (auto reverted = revertTouched(operation, operations, edit, report); !reverted)
        return std::unexpected(reverted.error());
    if (report.reverted == 0 && report.skippedCount > 0)
        return std::unexpected(
            ApiError{409, QStringLiteral("Nothing to undo"),
                     QStringLiteral("all %1 contacts of operation %2 were changed or deleted since")
                         .arg(report.skippedCount)
                         .arg(operationId)});
    if (auto finished = operations.finish(report.operationId); !finished)
        return std::unexpected(finished.error());
    if (auto marked = operations.markUndone(operationId, report.operationId); !marked)
        return std::unexpected(marked.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return report;
}

ApiResult<void> OperationUndo::skipDeletedSince(const Operations::Touched& touched,
                                                UndoReport& report)
{
    const QString id = ContactIds::contactId(touched.uid);
    if (!report.listsMore()) {
        report.skip(id, QStringLiteral("deleted since"));
        return {};
    }
    // Named as it was: from what the operation kept of it, else its tombstone's phone.
    if (!touched.snapshot.isEmpty()) {
        if (auto was = ContactSnapshot::fromJson(touched.snapshot)) {
            report.skip(id, QStringLiteral("deleted since"), was->name, was->phone);
            return {};
        }
    }
    auto phone = m_db.firstRow<QString>(
        QStringLiteral("SELECT phone FROM deleted_contacts WHERE org_id = ? AND uid = ?"
                       " ORDER BY deleted_at DESC LIMIT 1"),
        {m_organization.rowId, touched.uid}, [](const SqlRow& row) { return row.text(0); });
    if (!phone)
        return std::unexpected(phone.error());
    report.skip(id, QStringLiteral("deleted since"), std::nullopt, phone->value_or(QString()));
    return {};
}

void OperationUndo::reportProgress(qint64 looked, const Operation& operation)
{
    m_done += looked;
    if (m_progress)
        m_progress(m_done, operation.contactCount);
}

ApiResult<void> OperationUndo::revertTouched(const Operation& operation, Operations& operations,
                                             ContactBatchEdit& edit, UndoReport& report)
{
    const SqlDialect& dialect = m_db.dialect();
    QByteArray after(16, '\0');
    for (;;) {
        auto step = operations.touched(operation.id, after, stepSize);
        if (!step)
            return std::unexpected(step.error());
        if (step->isEmpty())
            return {};
        after = step->last().uid;
        QByteArray uids;
        for (const Operations::Touched& touched : *step)
            uids += touched.uid;
        // Two look-ups by index: the contacts' row ids by uid, then their updated_at.
        auto rowIds =
            m_db.integers(dialect.contactsByUidSql(),
                          {ContactRows::uidPositions(step->size()), m_organization.rowId, uids});
        if (!rowIds)
            return std::unexpected(rowIds.error());
        QHash<QByteArray, Current> current;
        if (!rowIds->isEmpty()) {
            auto read = m_db.forEachRow(
                QStringLiteral("SELECT uid, updated_at, name, phone FROM contacts WHERE id IN (") +
                    dialect.idListSql() + u')',
                {ContactRows::jsonIds(*rowIds)}, [&](const SqlRow& row) {
                    const QByteArray uid = row.bytes(0);
                    current.insert(uid, Current{ContactIds::contactId(uid), row.integer(1),
                                                row.optionalText(2), row.text(3)});
                    return true;
                });
            if (!read)
                return std::unexpected(read.error());
        }

        QList<Contact> deleted;       // by a delete, a merge, a sync: to restore
        QList<Contact> updatedBefore; // by an import, a merge, a sync: to give their fields back
        QStringList unchanged;        // by a batch edit: to revert with its inverse
        for (const Operations::Touched& touched : *step) {
            const auto it = current.constFind(touched.uid);
            if (touched.deleted) {
                if (it != current.constEnd()) {
                    report.skip(it->id, QStringLiteral("back already"), it->name, it->phone);
                    continue;
                }
                auto contact = ContactSnapshot::fromJson(touched.snapshot);
                if (!contact)
                    return std::unexpected(unreadableSnapshot(operation.id));
                deleted.append(*contact);
            } else if (it == current.constEnd()) {
                if (auto skipped = skipDeletedSince(touched, report); !skipped)
                    return skipped;
            } else if (it->updatedAt != touched.stamp) {
                report.skip(it->id, QStringLiteral("changed since"), it->name, it->phone);
            } else if (!touched.snapshot.isEmpty()) {
                auto before = ContactSnapshot::fromJson(touched.snapshot);
                if (!before)
                    return std::unexpected(unreadableSnapshot(operation.id));
                updatedBefore.append(*before);
            } else {
                unchanged.append(it->id);
            }
        }
        if (auto restored = restore(deleted, edit, report); !restored)
            return restored;
        if (auto reverted = revertFields(updatedBefore, report); !reverted)
            return reverted;
        auto reverted = revertBatch(operation, unchanged, edit);
        if (!reverted)
            return std::unexpected(reverted.error());
        report.reverted += *reverted;
        reportProgress(step->size(), operation);
    }
}

ApiResult<void> OperationUndo::restore(const QList<Contact>& contacts, ContactBatchEdit& edit,
                                       UndoReport& report)
{
    if (contacts.isEmpty())
        return {};
    QJsonArray phones;
    for (const Contact& contact : contacts)
        phones.append(contact.phone);
    QSet<QString> taken;
    auto readPhones =
        m_db.forEachRow(m_db.dialect().existingPhonesSql(),
                        {QString::fromUtf8(QJsonDocument(phones).toJson(QJsonDocument::Compact)),
                         m_organization.rowId},
                        [&](const SqlRow& row) {
                            taken.insert(row.text(0));
                            return true;
                        });
    if (!readPhones)
        return std::unexpected(readPhones.error());
    QList<Contact> free;
    for (const Contact& contact : contacts) {
        if (taken.contains(contact.phone))
            report.skip(contact.id, QStringLiteral("phone taken"), contact.name, contact.phone);
        else
            free.append(contact);
    }
    auto restored = edit.restore(free);
    if (!restored)
        return std::unexpected(restored.error());
    report.reverted += restored->size();
    return {};
}

ApiResult<void> OperationUndo::revertFields(const QList<Contact>& before, UndoReport& report)
{
    if (before.isEmpty())
        return {};
    ContactStore store(m_db, m_organization);
    // Recorded whole under the undo, which can then be undone too.
    WriteOrigin origin = m_origin;
    origin.operation = report.operationId;
    store.setOrigin(origin);
    for (const Contact& was : before) {
        auto now = store.contact(was.id);
        if (!now)
            return std::unexpected(now.error());
        const ContactChanges back = ContactChanges::between(*now, was);
        if (back.isEmpty())
            continue;
        if (auto reverted = store.update(was.id, back); !reverted)
            return std::unexpected(reverted.error());
        ++report.reverted;
    }
    return {};
}

ApiResult<qsizetype> OperationUndo::revertBatch(const Operation& operation, const QStringList& ids,
                                                ContactBatchEdit& edit)
{
    if (ids.isEmpty())
        return 0;
    const auto count = [](const auto& result) -> ApiResult<qsizetype> {
        if (!result)
            return std::unexpected(result.error());
        return result->size();
    };
    const Operation::Kind inverse = Operation::inverse(operation.kind);
    switch (inverse) {
    case Operation::Kind::AddTag:
        return count(edit.addTag(ids, operation.argument, TagKind::Tag));
    case Operation::Kind::RemoveTag:
        return count(edit.removeTag(ids, operation.argument, TagKind::Tag));
    case Operation::Kind::AddLabel:
        return count(edit.addTag(ids, operation.argument, TagKind::Label));
    case Operation::Kind::RemoveLabel:
        return count(edit.removeTag(ids, operation.argument, TagKind::Label));
    case Operation::Kind::Block:
    case Operation::Kind::Unblock:
        return count(edit.setBlocked(ids, inverse == Operation::Kind::Block));
    case Operation::Kind::OptIn:
    case Operation::Kind::OptOut:
        return count(edit.setOptedIn(ids, inverse == Operation::Kind::OptIn));
    case Operation::Kind::Delete:
    case Operation::Kind::Revert: // of a revert: the contacts it restored
        return count(edit.remove(ids));
    case Operation::Kind::Import:
    case Operation::Kind::Restore:
    case Operation::Kind::Merge:
    case Operation::Kind::Sync:
        break; // their contacts are all recorded whole or by row ranges
    }
    return 0;
}

ApiResult<void> OperationUndo::removeCreated(const Operation& operation, Operations& operations,
                                             ContactBatchEdit& edit, UndoReport& report)
{
    // An import's new contacts, by their ranges of row ids: a row in a range is the import's
    // while its createdAt falls within the import (a row id freed by a deletion may be
    // given again), and unchanged while its updatedAt is its createdAt.
    auto ranges = operations.rowRanges(operation.id);
    if (!ranges)
        return std::unexpected(ranges.error());
    if (ranges->isEmpty())
        return {};
    const qint64 from = operation.startedAt.toMSecsSinceEpoch();
    const qint64 until = operation.finishedAt ? operation.finishedAt->toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
    // Ranges are a batch each (2,000 rows): their contacts are removed stepSize at a time,
    // since each remove has a cost of its own (a statement per tag, the search index).
    QList<qint64> unchanged;
    qint64 looked = 0;
    const auto removeUnchanged = [&]() -> ApiResult<void> {
        auto removed = edit.removeRows(unchanged);
        if (!removed)
            return std::unexpected(removed.error());
        report.reverted += removed->size();
        unchanged.clear();
        reportProgress(std::exchange(looked, 0), operation);
        return {};
    };
    for (const auto& [first, last] : *ranges) {
        for (qint64 low = first; low <= last; low += stepSize) {
            const qint64 high = std::min(last, low + stepSize - 1);
            qint64 ours = 0;
            // The organization is tested here, not in the WHERE: given `org_id = ?`, SQLite's
            // planner walks an index of the whole organization for each range instead of the
            // row ids (28 s of a 1,000,000-row undo).
            auto read = m_db.forEachRow(
                QStringLiteral("SELECT uid, created_at, updated_at, org_id, id, name, phone"
                               " FROM contacts WHERE id BETWEEN ? AND ?"),
                {low, high}, [&](const SqlRow& row) {
                    const qint64 created = row.integer(1);
                    if (row.integer(3) != m_organization.rowId || created < from || created > until)
                        return true;
                    ++ours;
                    if (row.integer(2) == created)
                        unchanged.append(row.integer(4));
                    else
                        report.skip(ContactIds::contactId(row.bytes(0)),
                                    QStringLiteral("changed since"), row.optionalText(5),
                                    row.text(6));
                    return true;
                });
            if (!read)
                return std::unexpected(read.error());
            // The rest of the range was deleted since: their ids are gone with their rows.
            report.skippedCount += (high - low + 1) - ours;
            looked += high - low + 1;
            if (unchanged.size() >= stepSize) {
                if (auto removed = removeUnchanged(); !removed)
                    return removed;
            }
        }
    }
    return removeUnchanged();
}
