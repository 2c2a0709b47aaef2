#include "ContactBatchEdit.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactFieldNames.h"
#include "ContactIds.h"
#include "ContactRows.h"
#include "FieldRules.h"
#include "FlagHistory.h"
#include "JournalEntry.h"
#include "Operations.h"
#include "OrderedJson.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "TagIndex.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

// The batch statements take their rows as one JSON array bound to one parameter, like the
// bulk insert: binding 100k values one by one through Qt would cost more than SQLite's own
// work. Reading such an array is the dialect's (SqlDialect's batch statements).

namespace {

// Column and journal names by kind: fixed identifiers, never user input.
QString tagColumn(TagKind kind)
{
    // The columns are named like the fields.
    return kind == TagKind::Tag ? ContactFieldNames::tags : ContactFieldNames::labels;
}

QString journalFieldOfFlag(const QString& column)
{
    return column == QLatin1String("is_blocked") ? ContactFieldNames::isBlocked
                                                 : ContactFieldNames::optedIn;
}

struct Target {
    qint64 rowId = 0;
    QString id;
};

QList<qint64> rowIdsOf(const QList<Target>& targets)
{
    QList<qint64> rowIds;
    rowIds.reserve(targets.size());
    for (const Target& target : targets)
        rowIds.append(target.rowId);
    return rowIds;
}

QStringList idsOf(const QList<Target>& targets)
{
    QStringList ids;
    ids.reserve(targets.size());
    for (const Target& target : targets)
        ids.append(target.id);
    return ids;
}

QJsonValue nullableText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

} // namespace

ContactBatchEdit::ContactBatchEdit(ContactDatabase& database)
    : ContactBatchEdit(database, database.defaultOrganization())
{}

ContactBatchEdit::ContactBatchEdit(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<void> ContactBatchEdit::recordOperation(Operation::Kind kind, const QString& argument,
                                                  const QString& rowIds,
                                                  const QList<Contact>& deleted, qint64 deletedAt)
{
    Operations operations(m_db, m_organization.rowId);
    qint64 operation = 0;
    if (m_joined) {
        operation = *m_joined;
    } else {
        auto begun = operations.begin(kind, argument, m_origin);
        if (!begun)
            return std::unexpected(begun.error());
        operation = *begun;
    }
    m_lastOperation = operation;
    auto recorded = deleted.isEmpty() ? operations.recordRows(operation, rowIds)
                                      : operations.recordWhole(operation, deleted, deletedAt,
                                                               Operations::Whole::Deleted);
    if (!recorded || m_joined)
        return recorded;
    return operations.finish(operation);
}

namespace {

// The row ids of the bound JSON array (column `value`) that a tag (bound next) links to,
// or (`linked` false) does not: tested on the links alone, without reading each contact.
QString linkedToTagSql(const SqlDialect& dialect, bool linked)
{
    return QStringLiteral("SELECT value FROM (") + dialect.idListSql() +
           (linked ? QStringLiteral(") AS ids WHERE EXISTS")
                   : QStringLiteral(") AS ids WHERE NOT EXISTS")) +
           QStringLiteral(
               " (SELECT 1 FROM contact_tags t WHERE t.tag_id = ? AND t.contact_id = value)");
}

// The organization's contacts among `ids` (full ids or bare UUIDs), each once, in the order
// given; other ids are skipped.
ApiResult<QList<Target>> resolve(ContactDatabase& db, qint64 organization, const QStringList& ids)
{
    QByteArray uids;
    uids.reserve(ids.size() * 16);
    qsizetype count = 0;
    for (const QString& id : ids) {
        const ContactIds::Lookup lookup = ContactIds::parse(id);
        if (lookup.kind != ContactIds::Lookup::Kind::Uuid)
            continue;
        uids += lookup.bytes;
        ++count;
    }
    if (count == 0)
        return QList<Target>{};
    QList<Target> targets;
    targets.reserve(count);
    QSet<qint64> seen;
    auto read = db.forEachRow(
        db.dialect().contactsByUidSql(), {ContactRows::uidPositions(count), organization, uids},
        [&](const SqlRow& row) {
            const qint64 rowId = row.integer(0);
            if (!seen.contains(rowId)) {
                seen.insert(rowId);
                targets.append(Target{rowId, ContactIds::contactId(row.bytes(1))});
            }
            return true;
        });
    if (!read)
        return std::unexpected(read.error());
    return targets;
}

// The opening of every batch edit: the write transaction must have begun before the ids are
// resolved, so that no other writer changes the contacts between look-up and edit.
ApiResult<QList<Target>> resolveIn(const SqlTransaction& transaction, ContactDatabase& db,
                                   qint64 organization, const QStringList& ids)
{
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    return resolve(db, organization, ids);
}

// Keeps the targets whose row id `rowIds` holds, in their order.
QList<Target> only(const QList<Target>& targets, const QList<qint64>& rowIds)
{
    const QSet<qint64> keep(rowIds.cbegin(), rowIds.cend());
    QList<Target> kept;
    for (const Target& target : targets) {
        if (keep.contains(target.rowId))
            kept.append(target);
    }
    return kept;
}

// The targets that `sql` selects: it is given their row ids as a JSON array and then
// `parameter`, and selects row ids. The tag and flag edits narrow their targets this way to
// the contacts they really change, so that they journal and return only those.
ApiResult<QList<Target>> narrow(ContactDatabase& db, const QList<Target>& targets,
                                const QString& sql, const QVariant& parameter)
{
    auto kept = db.integers(sql, {ContactRows::jsonIds(rowIdsOf(targets)), parameter});
    if (!kept)
        return std::unexpected(kept.error());
    return only(targets, *kept);
}

// The last steps of every field update: journal `field` for the changed rows, commit, and
// return the ids of the changed contacts.
ApiResult<QStringList> journalAndCommit(ContactDatabase& db, qint64 organization,
                                        SqlTransaction& transaction, const QList<Target>& changed,
                                        const QString& rowIds, const QString& field, qint64 now)
{
    if (auto journaled = ChangeJournal(db, organization)
                             .recordRows(JournalEntry::Operation::Update, rowIds, {field}, now);
        !journaled)
        return std::unexpected(journaled.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return idsOf(changed);
}

} // namespace

ApiResult<QStringList> ContactBatchEdit::addTag(const QStringList& ids, const QString& tag,
                                                TagKind kind)
{
    const QString& invalid =
        kind == TagKind::Tag ? ApiMessages::invalidTags : ApiMessages::invalidLabels;
    auto names = FieldRules::tagList(QStringList{tag}, invalid);
    if (!names)
        return std::unexpected(names.error());
    if (names->isEmpty()) // a blank name, which a tag list skips
        return std::unexpected(ApiError::badRequest(invalid));
    const QString name = names->first();
    const QString columnName = tagColumn(kind);

    SqlTransaction transaction(m_db, SqlTransaction::Write);
    auto targets = resolveIn(transaction, m_db, m_organization.rowId, ids);
    if (!targets)
        return std::unexpected(targets.error());
    TagIndex tags(m_db, m_organization.rowId);
    auto existing = tags.find(kind, name);
    if (!existing)
        return std::unexpected(existing.error());
    QList<Target> lacking = *targets;
    if (*existing) {
        auto without = narrow(m_db, *targets, linkedToTagSql(m_db.dialect(), false), **existing);
        if (!without)
            return std::unexpected(without.error());
        lacking = std::move(*without);
    }
    if (lacking.isEmpty())
        return QStringList{};
    const QString rowIds = ContactRows::jsonIds(rowIdsOf(lacking));

    const SqlDialect& dialect = m_db.dialect();
    auto full = m_db.scalar(QStringLiteral("SELECT count(*) FROM contacts c WHERE c.id IN (") +
                                dialect.idListSql() + QStringLiteral(") AND ") +
                                dialect.listLengthAtLeast(columnName),
                            {rowIds, FieldRules::maxTagsPerContact});
    if (!full)
        return std::unexpected(full.error());
    if (*full > 0)
        return std::unexpected(ApiError{400, invalid,
                                        QStringLiteral("%1 contacts have %2 %3 already")
                                            .arg(*full)
                                            .arg(FieldRules::maxTagsPerContact)
                                            .arg(columnName)});

    const qint64 now = m_db.writeTime();
    if (auto updated = m_db.execute(dialect.appendToListSql(columnName), {name, now, rowIds});
        !updated)
        return std::unexpected(updated.error());
    for (const Target& target : lacking) {
        if (auto added = tags.add(target.rowId, kind, {name}); !added)
            return std::unexpected(added.error());
    }
    if (auto flushed = tags.flush(); !flushed)
        return std::unexpected(flushed.error());
    if (auto recorded = recordOperation(kind == TagKind::Tag ? Operation::Kind::AddTag
                                                             : Operation::Kind::AddLabel,
                                        name, rowIds);
        !recorded)
        return std::unexpected(recorded.error());
    return journalAndCommit(m_db, m_organization.rowId, transaction, lacking, rowIds, columnName,
                            now);
}

ApiResult<QStringList> ContactBatchEdit::removeTag(const QStringList& ids, const QString& tag,
                                                   TagKind kind)
{
    const QString key = TagIndex::key(tag);
    const QString columnName = tagColumn(kind);
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    TagIndex tags(m_db, m_organization.rowId);
    auto tagId = tags.find(kind, tag);
    if (!tagId)
        return std::unexpected(tagId.error());
    if (!*tagId)
        return QStringList{};
    auto targets = resolve(m_db, m_organization.rowId, ids);
    if (!targets)
        return std::unexpected(targets.error());
    auto with = narrow(m_db, *targets, linkedToTagSql(m_db.dialect(), true), **tagId);
    if (!with)
        return std::unexpected(with.error());
    const QList<Target> carrying = *with;
    if (carrying.isEmpty())
        return QStringList{};
    const QString rowIds = ContactRows::jsonIds(rowIdsOf(carrying));

    // Tags match by their folded key, which SQL cannot compute (Unicode case folding): the
    // new lists are made here and written back in one statement.
    const SqlDialect& dialect = m_db.dialect();
    QByteArray rows = "[";
    QString spelling; // as the contacts have it: what an undo gives back
    auto read = m_db.forEachRow(
        QStringLiteral("SELECT id, ") + columnName +
            QStringLiteral(" FROM contacts WHERE id IN (") + dialect.idListSql() + u')',
        {rowIds}, [&](const SqlRow& row) {
            QStringList kept;
            const QJsonArray current = QJsonDocument::fromJson(row.bytes(1)).array();
            for (const QJsonValue& value : current) {
                if (TagIndex::key(value.toString()) != key)
                    kept.append(value.toString());
                else if (spelling.isEmpty())
                    spelling = value.toString();
            }
            if (rows.size() > 1)
                rows += ',';
            rows += '[' + QByteArray::number(row.integer(0)) + ',';
            OrderedJson::appendString(rows, ContactRows::columnText(kept));
            rows += ']';
            return true;
        });
    if (!read)
        return std::unexpected(read.error());
    rows += ']';

    const qint64 now = m_db.writeTime();
    if (auto updated =
            m_db.execute(dialect.replaceListsSql(columnName), {now, QString::fromUtf8(rows)});
        !updated)
        return std::unexpected(updated.error());
    if (auto unlinked = m_db.execute(QStringLiteral("DELETE FROM contact_tags WHERE tag_id = ?"
                                                    " AND contact_id IN (") +
                                         dialect.idListSql() + u')',
                                     {**tagId, rowIds});
        !unlinked)
        return std::unexpected(unlinked.error());
    if (auto counted = tags.unlinked(**tagId, carrying.size()); !counted)
        return std::unexpected(counted.error());
    if (auto recorded = recordOperation(kind == TagKind::Tag ? Operation::Kind::RemoveTag
                                                             : Operation::Kind::RemoveLabel,
                                        spelling, rowIds);
        !recorded)
        return std::unexpected(recorded.error());
    return journalAndCommit(m_db, m_organization.rowId, transaction, carrying, rowIds, columnName,
                            now);
}

ApiResult<QStringList> ContactBatchEdit::setFlag(const QStringList& ids, const QString& columnName,
                                                 bool value)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    auto targets = resolveIn(transaction, m_db, m_organization.rowId, ids);
    if (!targets)
        return std::unexpected(targets.error());
    if (targets->isEmpty())
        return QStringList{};
    auto differing = narrow(m_db, *targets,
                            QStringLiteral("SELECT id FROM contacts WHERE id IN (") +
                                m_db.dialect().idListSql() + QStringLiteral(") AND ") + columnName +
                                QStringLiteral(" <> ?"),
                            int(value));
    if (!differing)
        return std::unexpected(differing.error());
    const QList<Target> changed = *differing;
    if (changed.isEmpty())
        return QStringList{};
    const QString rowIds = ContactRows::jsonIds(rowIdsOf(changed));
    const qint64 now = m_db.writeTime();
    if (auto updated = m_db.execute(QStringLiteral("UPDATE contacts SET ") + columnName +
                                        QStringLiteral(" = ?, updated_at = ? WHERE id IN (") +
                                        m_db.dialect().idListSql() + u')',
                                    {int(value), now, rowIds});
        !updated)
        return std::unexpected(updated.error());
    const FlagChange::Flag flag = columnName == QLatin1String("is_blocked")
                                      ? FlagChange::Flag::IsBlocked
                                      : FlagChange::Flag::OptedIn;
    if (auto recorded =
            FlagHistory(m_db, m_organization.rowId).recordRows(rowIds, flag, value, m_origin, now);
        !recorded)
        return std::unexpected(recorded.error());
    const Operation::Kind kind = flag == FlagChange::Flag::IsBlocked
                                     ? (value ? Operation::Kind::Block : Operation::Kind::Unblock)
                                     : (value ? Operation::Kind::OptIn : Operation::Kind::OptOut);
    if (auto recorded = recordOperation(kind, QString(), rowIds); !recorded)
        return std::unexpected(recorded.error());
    return journalAndCommit(m_db, m_organization.rowId, transaction, changed, rowIds,
                            journalFieldOfFlag(columnName), now);
}

ApiResult<QStringList> ContactBatchEdit::setBlocked(const QStringList& ids, bool blocked)
{
    return setFlag(ids, QStringLiteral("is_blocked"), blocked);
}

ApiResult<QStringList> ContactBatchEdit::setOptedIn(const QStringList& ids, bool optedIn)
{
    return setFlag(ids, QStringLiteral("opted_in"), optedIn);
}

ApiResult<QList<Contact>> ContactBatchEdit::remove(const QStringList& ids)
{
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    auto targets = resolveIn(transaction, m_db, m_organization.rowId, ids);
    if (!targets)
        return std::unexpected(targets.error());
    if (targets->isEmpty())
        return QList<Contact>{};
    auto removed = removeIn(rowIdsOf(*targets));
    if (!removed)
        return removed;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return removed;
}

ApiResult<QList<Contact>> ContactBatchEdit::removeRows(const QList<qint64>& rowIds)
{
    if (rowIds.isEmpty())
        return QList<Contact>{};
    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto removed = removeIn(rowIds);
    if (!removed)
        return removed;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return removed;
}

ApiResult<QList<Contact>> ContactBatchEdit::removeIn(const QList<qint64>& targetRows)
{
    auto contacts = ContactRows::read(m_db, targetRows);
    if (!contacts)
        return std::unexpected(contacts.error());
    const QString rowIds = ContactRows::jsonIds(targetRows);
    const qint64 now = m_db.writeTime();
    const QString idsIn = QStringLiteral(" IN (") + m_db.dialect().idListSql() + u')';

    // Tombstones and journal entries first, while the rows are there to copy from.
    const QVariant mergedInto = m_mergedInto.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                                       : QVariant(m_mergedInto);
    if (auto tombstones =
            m_db.execute(QStringLiteral("INSERT INTO deleted_contacts"
                                        " (org_id, uid, phone, deleted_at, merged_into)"
                                        " SELECT org_id, uid, phone, ?, ? FROM contacts WHERE id") +
                             idsIn,
                         {now, mergedInto, rowIds});
        !tombstones)
        return std::unexpected(tombstones.error());
    if (auto journaled = ChangeJournal(m_db, m_organization.rowId)
                             .recordRows(JournalEntry::Operation::Delete, rowIds, {}, now);
        !journaled)
        return std::unexpected(journaled.error());
    if (auto recorded = recordOperation(Operation::Kind::Delete, QString(), rowIds, *contacts, now);
        !recorded)
        return std::unexpected(recorded.error());

    // The links go tag by tag: each delete is a range of contact_tags' primary key.
    TagIndex tags(m_db, m_organization.rowId);
    QHash<QPair<int, QString>, QList<qint64>> carriers;
    QHash<QPair<int, QString>, QString> spelling;
    for (const Contact& contact : *contacts) {
        for (const TagKind kind : {TagKind::Tag, TagKind::Label}) {
            for (const QString& name : kind == TagKind::Tag ? contact.tags : contact.labels) {
                const QPair<int, QString> key{int(kind), TagIndex::key(name)};
                carriers[key].append(contact.rowId);
                spelling.insert(key, name);
            }
        }
    }
    for (auto it = carriers.constBegin(); it != carriers.constEnd(); ++it) {
        auto tagId = tags.find(TagKind(it.key().first), spelling.value(it.key()));
        if (!tagId)
            return std::unexpected(tagId.error());
        if (!*tagId)
            continue;
        auto removed = m_db.executeCounting(
            QStringLiteral("DELETE FROM contact_tags WHERE tag_id = ? AND contact_id") + idsIn,
            {**tagId, ContactRows::jsonIds(it.value())});
        if (!removed)
            return std::unexpected(removed.error());
        if (auto counted = tags.unlinked(**tagId, *removed); !counted)
            return std::unexpected(counted.error());
    }
    if (auto erased =
            m_db.execute(QStringLiteral("DELETE FROM contacts WHERE id") + idsIn, {rowIds});
        !erased)
        return std::unexpected(erased.error());
    if (auto counted = m_db.adjustContactCount(m_organization.rowId, -contacts->size()); !counted)
        return std::unexpected(counted.error());
    // Last, as in ContactStore: FTS5 flushes its pending terms at every statement savepoint.
    if (auto unindexed = m_db.execute(m_db.dialect().unindexContactsSql(), {rowIds}); !unindexed)
        return std::unexpected(unindexed.error());
    return *contacts;
}

ApiResult<QList<Contact>> ContactBatchEdit::restore(const QList<Contact>& contacts)
{
    if (contacts.isEmpty())
        return QList<Contact>{};
    QByteArray uids, vendorIds;
    QJsonArray rows, phones;
    for (const Contact& c : contacts) {
        const ContactIds::Lookup uid = ContactIds::parse(c.id);
        const ContactIds::Lookup vendor = ContactIds::parse(c.vendorContactId);
        if (uid.kind != ContactIds::Lookup::Kind::Uuid ||
            vendor.kind != ContactIds::Lookup::Kind::Vendor)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidContact));
        uids += uid.bytes;
        vendorIds += vendor.bytes;
        phones.append(c.phone);
        const QStringList journalFields = ChangeJournal::fieldsOfCreate(c);
        const SearchText search = SearchText::of(c);
        rows.append(QJsonArray{
            c.phone, nullableText(c.name), nullableText(search.nameKey), nullableText(c.email),
            nullableText(c.countryCode), ContactRows::columnText(c.tags),
            ContactRows::columnText(c.labels), ContactRows::columnText(c.params), c.source,
            journalFields.join(u','), search.name, search.email, search.phoneDigits, int(c.optedIn),
            int(c.isBlocked),
            c.lastMessageAt ? QJsonValue(c.lastMessageAt->toMSecsSinceEpoch())
                            : QJsonValue(QJsonValue::Null),
            c.conversationCount, c.createdAt.toMSecsSinceEpoch(), c.updatedAt.toMSecsSinceEpoch()});
    }
    const QString rowsJson = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));

    SqlTransaction transaction(m_db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    // Another contact may have taken a phone, or the contact may be back already: then
    // nothing is restored.
    const SqlDialect& dialect = m_db.dialect();
    auto taken =
        m_db.exists(dialect.existingPhonesSql(),
                    {QString::fromUtf8(QJsonDocument(phones).toJson(QJsonDocument::Compact)),
                     m_organization.rowId});
    if (!taken)
        return std::unexpected(taken.error());
    if (*taken)
        return std::unexpected(ApiError::duplicatePhone());
    auto back = resolve(m_db, m_organization.rowId, [&contacts] {
        QStringList ids;
        for (const Contact& c : contacts)
            ids.append(c.id);
        return ids;
    }());
    if (!back)
        return std::unexpected(back.error());
    if (!back->isEmpty())
        return std::unexpected(ApiError{409, ApiMessages::contactAlreadyExists, {}});

    auto last = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
    if (!last)
        return std::unexpected(last.error());
    const qint64 base = *last;
    if (auto inserted = m_db.execute(dialect.restoreContactsSql(),
                                     {base, m_organization.rowId, uids, vendorIds, rowsJson});
        !inserted)
        return std::unexpected(inserted.error());

    QList<Contact> restored = contacts;
    TagIndex tags(m_db, m_organization.rowId);
    for (qsizetype i = 0; i < restored.size(); ++i) {
        Contact& contact = restored[i];
        contact.rowId = base + 1 + i;
        if (auto added = tags.add(contact.rowId, TagKind::Tag, contact.tags); !added)
            return std::unexpected(added.error());
        if (auto added = tags.add(contact.rowId, TagKind::Label, contact.labels); !added)
            return std::unexpected(added.error());
    }
    if (auto flushed = tags.flush(); !flushed)
        return std::unexpected(flushed.error());
    if (auto dropped =
            m_db.execute(dialect.dropTombstonesSql(), {m_organization.rowId, uids, rowsJson});
        !dropped)
        return std::unexpected(dropped.error());
    const qint64 now = m_db.writeTime();
    if (auto journaled =
            ChangeJournal(m_db, m_organization.rowId).recordCreates(base, uids, rowsJson, now);
        !journaled)
        return std::unexpected(journaled.error());
    if (auto counted = m_db.adjustContactCount(m_organization.rowId, restored.size()); !counted)
        return std::unexpected(counted.error());
    if (auto indexed = m_db.execute(dialect.indexContactsSql(), {base, rowsJson}); !indexed)
        return std::unexpected(indexed.error());
    QList<qint64> restoredRows;
    for (const Contact& contact : restored)
        restoredRows.append(contact.rowId);
    if (auto recorded = recordOperation(Operation::Kind::Restore, QString(),
                                        ContactRows::jsonIds(restoredRows));
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return restored;
}
