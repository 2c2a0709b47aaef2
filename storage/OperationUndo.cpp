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

    const Operation::Kind inverse = Operation::inverse(operation.kind);
    auto begun = operations.begin(inverse, operation.argument, m_origin, operationId);
    if (!begun)
        return std::unexpected(begun.error());
    UndoReport report;
    report.operationId = *begun;
    const auto skip = [&report](const QString& id, const QString& reason) {
        ++report.skippedCount;
        if (report.skipped.size() < UndoReport::maxListed)
            report.skipped.append({id, reason});
    };

    ContactBatchEdit edit(m_db, m_organization);
    edit.setOrigin(m_origin);
    edit.joinOperation(report.operationId);
    const SqlDialect& dialect = m_db.dialect();
    QByteArray after(16, '\0');
    qint64 done = 0;
    for (;;) {
        auto step = operations.touched(operationId, after, stepSize);
        if (!step)
            return std::unexpected(step.error());
        if (step->isEmpty())
            break;
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
                QStringLiteral("SELECT uid, updated_at FROM contacts WHERE id IN (") +
                    dialect.idListSql() + u')',
                {ContactRows::jsonIds(*rowIds)}, [&](const SqlRow& row) {
                    const QByteArray uid = row.bytes(0);
                    current.insert(uid, Current{ContactIds::contactId(uid), row.integer(1)});
                    return true;
                });
            if (!read)
                return std::unexpected(read.error());
        }

        if (operation.kind == Operation::Kind::Delete) {
            QList<Contact> back;
            QJsonArray phones;
            for (const Operations::Touched& touched : *step) {
                if (current.contains(touched.uid)) {
                    skip(ContactIds::contactId(touched.uid), QStringLiteral("back already"));
                    continue;
                }
                auto contact = ContactSnapshot::fromJson(touched.snapshot);
                if (!contact)
                    return std::unexpected(unreadableSnapshot(operationId));
                back.append(*contact);
                phones.append(contact->phone);
            }
            QSet<QString> taken;
            if (!back.isEmpty()) {
                auto readPhones = m_db.forEachRow(
                    dialect.existingPhonesSql(),
                    {QString::fromUtf8(QJsonDocument(phones).toJson(QJsonDocument::Compact)),
                     m_organization.rowId},
                    [&](const SqlRow& row) {
                        taken.insert(row.text(0));
                        return true;
                    });
                if (!readPhones)
                    return std::unexpected(readPhones.error());
            }
            QList<Contact> free;
            for (const Contact& contact : back) {
                if (taken.contains(contact.phone))
                    skip(contact.id, QStringLiteral("phone taken"));
                else
                    free.append(contact);
            }
            auto restored = edit.restore(free);
            if (!restored)
                return std::unexpected(restored.error());
            report.reverted += restored->size();
        } else {
            QStringList unchanged;
            QList<Contact> updatedBefore; // an import's updates of existing contacts
            for (const Operations::Touched& touched : *step) {
                const auto it = current.constFind(touched.uid);
                if (it == current.constEnd()) {
                    skip(ContactIds::contactId(touched.uid), QStringLiteral("deleted since"));
                } else if (it->updatedAt != touched.stamp) {
                    skip(it->id, QStringLiteral("changed since"));
                } else if (operation.kind == Operation::Kind::Import &&
                           !touched.snapshot.isEmpty()) {
                    auto before = ContactSnapshot::fromJson(touched.snapshot);
                    if (!before)
                        return std::unexpected(unreadableSnapshot(operationId));
                    updatedBefore.append(*before);
                } else {
                    unchanged.append(it->id);
                }
            }
            if (!updatedBefore.isEmpty()) {
                ContactStore store(m_db, m_organization);
                store.setOrigin(m_origin);
                for (const Contact& before : std::as_const(updatedBefore)) {
                    auto now = store.contact(before.id);
                    if (!now)
                        return std::unexpected(now.error());
                    const ContactChanges back = ContactChanges::between(*now, before);
                    if (back.isEmpty())
                        continue;
                    if (auto reverted = store.update(before.id, back); !reverted)
                        return std::unexpected(reverted.error());
                    ++report.reverted;
                }
            }
            ApiResult<qsizetype> reverted = 0;
            const auto count = [](const auto& result) -> ApiResult<qsizetype> {
                if (!result)
                    return std::unexpected(result.error());
                return result->size();
            };
            switch (inverse) {
            case Operation::Kind::AddTag:
                reverted = count(edit.addTag(unchanged, operation.argument, TagKind::Tag));
                break;
            case Operation::Kind::RemoveTag:
                reverted = count(edit.removeTag(unchanged, operation.argument, TagKind::Tag));
                break;
            case Operation::Kind::AddLabel:
                reverted = count(edit.addTag(unchanged, operation.argument, TagKind::Label));
                break;
            case Operation::Kind::RemoveLabel:
                reverted = count(edit.removeTag(unchanged, operation.argument, TagKind::Label));
                break;
            case Operation::Kind::Block:
            case Operation::Kind::Unblock:
                reverted = count(edit.setBlocked(unchanged, inverse == Operation::Kind::Block));
                break;
            case Operation::Kind::OptIn:
            case Operation::Kind::OptOut:
                reverted = count(edit.setOptedIn(unchanged, inverse == Operation::Kind::OptIn));
                break;
            case Operation::Kind::Delete:
                reverted = count(edit.remove(unchanged));
                break;
            case Operation::Kind::Import:
            case Operation::Kind::Restore:
                break; // the inverse of no kind
            }
            if (!reverted)
                return std::unexpected(reverted.error());
            report.reverted += *reverted;
        }
        done += step->size();
        if (m_progress)
            m_progress(done, operation.contactCount);
    }
    // An import's new contacts, by their ranges of row ids: a row in a range is the import's
    // while its createdAt falls within the import (a row id freed by a deletion may be
    // given again), and unchanged while its updatedAt is its createdAt.
    auto ranges = operations.rowRanges(operationId);
    if (!ranges)
        return std::unexpected(ranges.error());
    const qint64 from = operation.startedAt.toMSecsSinceEpoch();
    const qint64 until = operation.finishedAt ? operation.finishedAt->toMSecsSinceEpoch()
                                              : std::numeric_limits<qint64>::max();
    // Ranges are a batch each (2,000 rows): their contacts are removed stepSize at a time,
    // since each remove has a cost of its own (a statement per tag, the search index).
    QStringList unchanged;
    qint64 looked = 0;
    const auto removeUnchanged = [&]() -> ApiResult<void> {
        auto removed = edit.remove(unchanged);
        if (!removed)
            return std::unexpected(removed.error());
        report.reverted += removed->size();
        unchanged.clear();
        done += std::exchange(looked, 0);
        if (m_progress)
            m_progress(done, operation.contactCount);
        return {};
    };
    for (const auto& [first, last] : *ranges) {
        for (qint64 low = first; low <= last; low += stepSize) {
            const qint64 high = std::min(last, low + stepSize - 1);
            qint64 ours = 0;
            auto read =
                m_db.forEachRow(QStringLiteral("SELECT uid, created_at, updated_at FROM contacts"
                                               " WHERE id BETWEEN ? AND ? AND org_id = ?"),
                                {low, high, m_organization.rowId}, [&](const SqlRow& row) {
                                    const qint64 created = row.integer(1);
                                    if (created < from || created > until)
                                        return true;
                                    ++ours;
                                    const QString id = ContactIds::contactId(row.bytes(0));
                                    if (row.integer(2) == created)
                                        unchanged.append(id);
                                    else
                                        skip(id, QStringLiteral("changed since"));
                                    return true;
                                });
            if (!read)
                return std::unexpected(read.error());
            // The rest of the range was deleted since: their ids are gone with their rows.
            report.skippedCount += (high - low + 1) - ours;
            looked += high - low + 1;
            if (unchanged.size() >= stepSize) {
                if (auto removed = removeUnchanged(); !removed)
                    return std::unexpected(removed.error());
            }
        }
    }
    if (!unchanged.isEmpty() || looked > 0) {
        if (auto removed = removeUnchanged(); !removed)
            return std::unexpected(removed.error());
    }
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
