#pragma once

#include "ApiError.h"
#include "FlagChange.h"
#include "WriteOrigin.h"

#include <QByteArray>
#include <QList>
#include <QString>

class ContactDatabase;
class SqlRow;

/// The opt-in and block history of one organization: a row per change of a contact's
/// optedIn or isBlocked, written in the writer's transaction by every path that changes one
/// (create, update, import, batch edit, sync). Kept by contact uid, so that it outlives the
/// contact's row and the change journal's pruning. Lives on the thread of its database.
class FlagHistory {
public:
    FlagHistory(ContactDatabase& db, qint64 organizationRowId);

    /// Records that the contact with `uid` (16 bytes) got `value` for `flag`.
    ApiResult<void> record(const QByteArray& uid, FlagChange::Flag flag, bool value,
                           const WriteOrigin& origin, qint64 atMsecs);
    /// Records `value` for `flag` for each contact of `rowIdsJson` (a JSON array of row ids):
    /// a batch edit's. One statement.
    ApiResult<void> recordRows(const QString& rowIdsJson, FlagChange::Flag flag, bool value,
                               const WriteOrigin& origin, qint64 atMsecs);
    /// Records the set flags of the contacts just created with row ids in (base, last]: a
    /// contact created opted in or blocked has that as its first change. One statement.
    ApiResult<void> recordCreated(qint64 base, qint64 last, const WriteOrigin& origin,
                                  qint64 atMsecs);
    /// The changes of the contact with `uid`, oldest first.
    ApiResult<QList<FlagChange>> ofContact(const QByteArray& uid);
    /// The changes of the contacts of `rowIdsJson` (a JSON array of row ids), by contact in
    /// row id order, each contact's oldest first. One statement.
    ApiResult<QList<FlagChange>> ofRows(const QString& rowIdsJson);

private:
    static FlagChange readChange(const SqlRow& row);

    ContactDatabase& m_db;
    qint64 m_organization;
};
