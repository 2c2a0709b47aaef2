#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "Operation.h"
#include "Organization.h"
#include "TagCount.h"
#include "WriteOrigin.h"

#include <QList>
#include <QStringList>

class ContactDatabase;

/// Edits of many contacts at once (the table's selection), each one transaction that
/// journals every contact it changes, keeps tag counts, the search index, `updatedAt` and
/// the organization's size right, and returns exactly what it changed so that an undo can
/// revert that and nothing else (the inverse operation on the returned ids). Ids are API ids
/// (`contact_<uuid>`) or bare UUIDs; unknown ids are skipped, a repeated one counts once.
/// `updatedAt` becomes the time of the edit, so an undo restores every field but that one. Built
/// from batch statements: 100k ids are one call. Lives on the thread of its database.
class ContactBatchEdit {
public:
    explicit ContactBatchEdit(ContactDatabase& database);
    ContactBatchEdit(ContactDatabase& database, Organization organization);

    /// Who the opt-in and block history says made the edits (FlagHistory); by default a
    /// batch action of an unnamed agent.
    void setOrigin(WriteOrigin origin) { m_origin = std::move(origin); }
    const WriteOrigin& origin() const { return m_origin; }
    /// Each call that changes contacts is one undoable operation (Operations), recorded in
    /// its transaction; joined, the calls record into `operation` instead (an undo's steps).
    void joinOperation(std::optional<qint64> operation) { m_joined = operation; }
    /// Names, on the tombstones remove() leaves, the contact (by its 16-byte uid) that the
    /// removed ones were merged into.
    void setMergedInto(const QByteArray& uid) { m_mergedInto = uid; }
    /// The operation of the last call that changed contacts (started or joined).
    std::optional<qint64> lastOperation() const { return m_lastOperation; }

    /// Adds the tag (or label) to the contacts lacking it (case-insensitive); returns those.
    ApiResult<QStringList> addTag(const QStringList& ids, const QString& tag,
                                  TagKind kind = TagKind::Tag);
    /// Removes the tag from the contacts carrying it (in any spelling); returns those.
    ApiResult<QStringList> removeTag(const QStringList& ids, const QString& tag,
                                     TagKind kind = TagKind::Tag);
    /// Sets isBlocked; returns the ids whose value changed.
    ApiResult<QStringList> setBlocked(const QStringList& ids, bool blocked);
    /// Sets optedIn; returns the ids whose value changed.
    ApiResult<QStringList> setOptedIn(const QStringList& ids, bool optedIn);
    /// Deletes the contacts (leaving tombstones, like ContactStore::remove); returns them
    /// whole, for restore().
    ApiResult<QList<Contact>> remove(const QStringList& ids);
    /// remove() of contacts known by their row ids, all of them the organization's: an undo
    /// that has them already skips the look-up by id.
    ApiResult<QList<Contact>> removeRows(const QList<qint64>& rowIds);
    /// Re-creates removed contacts with their ids, fields and timestamps and drops their
    /// tombstones: the undo of remove(). Fails with 409 when a phone or id is taken again,
    /// writing nothing.
    ApiResult<QList<Contact>> restore(const QList<Contact>& contacts);

private:
    /// remove()'s work, in the caller's transaction.
    ApiResult<QList<Contact>> removeIn(const QList<qint64>& rowIds);
    ApiResult<QStringList> setFlag(const QStringList& ids, const QString& columnName, bool value);
    /// Records the call's operation: the contacts of `rowIds` as they are now, or `deleted`
    /// whole.
    ApiResult<void> recordOperation(Operation::Kind kind, const QString& argument,
                                    const QString& rowIds, const QList<Contact>& deleted = {},
                                    qint64 deletedAt = 0);

    ContactDatabase& m_db;
    Organization m_organization;
    WriteOrigin m_origin{WriteOrigin::Method::Batch};
    std::optional<qint64> m_joined;
    std::optional<qint64> m_lastOperation;
    QByteArray m_mergedInto;
};
