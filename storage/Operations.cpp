#include "Operations.h"

#include "ContactDatabase.h"
#include "ContactIds.h"
#include "ContactSnapshot.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "Timestamps.h"

#include <algorithm>

namespace {

const QString columns =
    QStringLiteral("SELECT id, kind, argument, started_at, finished_at, actor, method,"
                   " contact_count, undoes, undone_by FROM operations WHERE org_id = ?");

Operation fromRow(const SqlRow& row)
{
    Operation operation;
    operation.id = row.integer(0);
    operation.kind = Operation::kindNamed(row.text(1)).value_or(Operation::Kind::Import);
    operation.argument = row.text(2);
    operation.startedAt = Timestamps::fromMsecs(row.integer(3));
    if (!row.isNull(4))
        operation.finishedAt = Timestamps::fromMsecs(row.integer(4));
    operation.actor = row.text(5);
    operation.method = row.text(6);
    operation.contactCount = row.integer(7);
    if (!row.isNull(8))
        operation.undoes = row.integer(8);
    if (!row.isNull(9))
        operation.undoneBy = row.integer(9);
    return operation;
}

QVariant nullableId(std::optional<qint64> id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

Operations::Operations(ContactDatabase& db, qint64 organizationRowId)
    : m_db(db), m_organization(organizationRowId)
{}

ApiResult<qint64> Operations::begin(Operation::Kind kind, const QString& argument,
                                    const WriteOrigin& origin, std::optional<qint64> undoes)
{
    // Empty text binds as NULL: the columns are NOT NULL.
    const auto text = [](const QString& value) {
        return value.isEmpty() ? QStringLiteral("") : value;
    };
    return m_db.insert(
        QStringLiteral("INSERT INTO operations (org_id, kind, argument, started_at, actor,"
                       " method, undoes) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {m_organization, Operation::kindName(kind), text(argument), m_db.writeTime(),
         text(origin.actor), WriteOrigin::methodName(origin.method), nullableId(undoes)});
}

ApiResult<void> Operations::counted(qint64 operation, const ApiResult<int>& inserted)
{
    if (!inserted)
        return std::unexpected(inserted.error());
    return addToCount(operation, *inserted);
}

ApiResult<void> Operations::addToCount(qint64 operation, qint64 added)
{
    return m_db.execute(QStringLiteral("UPDATE operations SET contact_count = contact_count + ?"
                                       " WHERE id = ?"),
                        {added, operation});
}

ApiResult<void> Operations::recordRows(qint64 operation, const QString& rowIds)
{
    return counted(operation,
                   m_db.executeCounting(
                       QStringLiteral("INSERT INTO operation_contacts"
                                      " (operation_id, contact_uid, stamp)"
                                      " SELECT CAST(? AS BIGINT), uid, updated_at FROM contacts"
                                      " WHERE id IN (") +
                           m_db.dialect().idListSql() +
                           QStringLiteral(") ON CONFLICT (operation_id, contact_uid)"
                                          " DO UPDATE SET stamp = excluded.stamp"),
                       {operation, rowIds}));
}

ApiResult<void> Operations::recordRowRange(qint64 operation, qint64 first, qint64 last)
{
    // A sync run creates its contacts one at a time: consecutive ones share a row.
    auto extended = m_db.executeCounting(QStringLiteral("UPDATE operation_ranges SET last_id = ?"
                                                        " WHERE operation_id = ? AND last_id = ?"),
                                         {last, operation, first - 1});
    if (!extended)
        return std::unexpected(extended.error());
    if (*extended == 0) {
        if (auto recorded = m_db.execute(QStringLiteral("INSERT INTO operation_ranges"
                                                        " (operation_id, first_id, last_id)"
                                                        " VALUES (?, ?, ?)"),
                                         {operation, first, last});
            !recorded)
            return recorded;
    }
    return addToCount(operation, last - first + 1);
}

ApiResult<bool> Operations::created(qint64 operation, qint64 rowId)
{
    auto found =
        m_db.integers(QStringLiteral("SELECT 1 FROM operation_ranges WHERE operation_id = ?"
                                     " AND first_id <= ? AND last_id >= ? LIMIT 1"),
                      {operation, rowId, rowId});
    if (!found)
        return std::unexpected(found.error());
    return !found->isEmpty();
}

ApiResult<QList<std::pair<qint64, qint64>>> Operations::rowRanges(qint64 operation)
{
    return m_db.rows<std::pair<qint64, qint64>>(
        QStringLiteral("SELECT first_id, last_id FROM operation_ranges WHERE operation_id = ?"
                       " ORDER BY first_id"),
        {operation}, [](const SqlRow& row) { return std::pair(row.integer(0), row.integer(1)); });
}

ApiResult<void> Operations::recordWhole(qint64 operation, const QList<Contact>& contacts, qint64 at,
                                        Whole whole)
{
    if (contacts.isEmpty())
        return {};
    qint64 added = contacts.size();
    if (contacts.size() == 1) {
        // A contact written one at a time (a sync run's, an import's) may be written again
        // in the same operation: it counts once.
        auto known = m_db.integers(QStringLiteral("SELECT 1 FROM operation_contacts"
                                                  " WHERE operation_id = ? AND contact_uid = ?"),
                                   {operation, ContactIds::parse(contacts.first().id).bytes});
        if (!known)
            return std::unexpected(known.error());
        added -= known->size();
    }
    // In uid order, the table's: inserts then append to its last page instead of splitting
    // pages all over the batch's stretch of the index.
    QList<const Contact*> ordered;
    ordered.reserve(contacts.size());
    for (const Contact& contact : contacts)
        ordered.append(&contact);
    std::sort(ordered.begin(), ordered.end(),
              [](const Contact* a, const Contact* b) { return a->id < b->id; });
    // One statement for all: a statement per contact cost 5 µs each through Qt's bindings.
    QByteArray uids, snapshots = "[";
    uids.reserve(ordered.size() * 16);
    snapshots.reserve(ordered.size() * 384);
    for (const Contact* contact : std::as_const(ordered)) {
        if (snapshots.size() > 1)
            snapshots += ',';
        uids += ContactIds::parse(contact->id).bytes;
        snapshots += ContactSnapshot::toJson(*contact);
    }
    snapshots += ']';
    if (auto recorded = m_db.execute(
            m_db.dialect().recordSnapshotsSql(),
            {operation, uids, at, whole == Whole::Deleted ? 1 : 0, QString::fromUtf8(snapshots)});
        !recorded)
        return recorded;
    return addToCount(operation, added);
}

ApiResult<void> Operations::finish(qint64 operation)
{
    return m_db.execute(QStringLiteral("UPDATE operations SET finished_at = ? WHERE id = ?"),
                        {m_db.writeTime(), operation});
}

ApiResult<void> Operations::markUndone(qint64 operation, qint64 undoneBy)
{
    return m_db.execute(
        QStringLiteral("UPDATE operations SET undone_by = ? WHERE org_id = ? AND id = ?"),
        {undoneBy, m_organization, operation});
}

ApiResult<qint64> Operations::pruneStartedBefore(qint64 before)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    const QString old = QStringLiteral(" WHERE operation_id IN (SELECT id FROM operations"
                                       " WHERE org_id = ? AND started_at < ?)");
    for (const QString& table :
         {QStringLiteral("operation_contacts"), QStringLiteral("operation_ranges")}) {
        if (auto dropped = m_db.execute(QStringLiteral("DELETE FROM ") + table + old,
                                        {m_organization, before});
            !dropped)
            return std::unexpected(dropped.error());
    }
    auto dropped = m_db.executeCounting(
        QStringLiteral("DELETE FROM operations WHERE org_id = ? AND started_at < ?"),
        {m_organization, before});
    if (!dropped)
        return std::unexpected(dropped.error());
    // An undone import's snapshots are hundreds of megabytes: the file gives them back.
    if (*dropped > 0) {
        if (auto released = m_db.releaseFreePages(); !released)
            return std::unexpected(released.error());
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return *dropped;
}

ApiResult<QList<Operation>> Operations::latest(int limit)
{
    return m_db.rows<Operation>(columns + QStringLiteral(" ORDER BY id DESC LIMIT ?"),
                                {m_organization, limit}, fromRow);
}

ApiResult<std::optional<Operation>> Operations::find(qint64 id)
{
    return m_db.firstRow<Operation>(columns + QStringLiteral(" AND id = ?"), {m_organization, id},
                                    fromRow);
}

ApiResult<QList<Operations::Touched>> Operations::touched(qint64 operation,
                                                          const QByteArray& afterUid, int limit)
{
    return m_db.rows<Touched>(
        QStringLiteral("SELECT contact_uid, stamp, snapshot, deleted FROM operation_contacts"
                       " WHERE operation_id = ? AND contact_uid > ? ORDER BY contact_uid LIMIT ?"),
        {operation, afterUid, limit}, [](const SqlRow& row) {
            return Touched{row.bytes(0), row.integer(1),
                           row.isNull(2) ? QByteArray() : row.bytes(2), row.integer(3) != 0};
        });
}
