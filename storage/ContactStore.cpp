#include "ContactStore.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactFields.h"
#include "ContactIds.h"
#include "ContactListing.h"
#include "FieldRules.h"
#include "PhoneNumbers.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"
#include "TagIndex.h"
#include "TextFold.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace {

const QString contactColumns = QStringLiteral(
    "id, uid, vendor_id, phone, name, email, country_code, tags, labels, params, source,"
    " opted_in, is_blocked, last_message_at, conversation_count, created_at, updated_at");

ApiError sqlError(const QSqlQuery& query)
{
    return ApiError::internal(query.lastQuery() + QStringLiteral(": ") + query.lastError().text());
}

QVariant nullable(const std::optional<QString>& text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

QString jsonText(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString jsonText(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString& json)
{
    QStringList out;
    for (const QJsonValue& value : QJsonDocument::fromJson(json.toUtf8()).array())
        out.append(value.toString());
    return out;
}

std::optional<QString> optionalText(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
}

Contact contactFromRow(const QSqlQuery& q)
{
    Contact c;
    c.rowId = q.value(0).toLongLong();
    c.id = ContactIds::contactId(q.value(1).toByteArray());
    c.vendorContactId = ContactIds::vendorContactId(q.value(2).toByteArray());
    c.phone = q.value(3).toString();
    c.name = optionalText(q.value(4));
    c.email = optionalText(q.value(5));
    c.countryCode = optionalText(q.value(6));
    c.tags = stringList(q.value(7).toString());
    c.labels = stringList(q.value(8).toString());
    c.params = QJsonDocument::fromJson(q.value(9).toString().toUtf8()).object();
    c.source = q.value(10).toString();
    c.optedIn = q.value(11).toBool();
    c.isBlocked = q.value(12).toBool();
    if (!q.value(13).isNull())
        c.lastMessageAt = Timestamps::fromMsecs(q.value(13).toLongLong());
    c.conversationCount = q.value(14).toInt();
    c.createdAt = Timestamps::fromMsecs(q.value(15).toLongLong());
    c.updatedAt = Timestamps::fromMsecs(q.value(16).toLongLong());
    return c;
}

std::optional<QString> nameKey(const std::optional<QString>& name)
{
    return name ? std::optional<QString>(TextFold::fold(*name)) : std::nullopt;
}

QString searchText(const std::optional<QString>& text)
{
    return text ? TextFold::fold(*text) : QString();
}

// The tags of `after` whose folded key `before` lacks: what a change adds to the tag index.
QStringList missingFrom(const QStringList& before, const QStringList& after)
{
    QSet<QString> keys;
    for (const QString& tag : before)
        keys.insert(tag.toCaseFolded());
    QStringList missing;
    for (const QString& tag : after) {
        if (!keys.contains(tag.toCaseFolded()))
            missing.append(tag);
    }
    return missing;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Reading

ContactStore::ContactStore(ContactDatabase& database)
    : ContactStore(database, database.defaultOrganization())
{}

ContactStore::ContactStore(ContactDatabase& database, Organization organization)
    : m_db(database), m_organization(std::move(organization))
{}

ApiResult<qint64> ContactStore::findRowId(const QString& idOrVendorId)
{
    const ContactIds::Lookup lookup = ContactIds::parse(idOrVendorId);
    if (lookup.kind == ContactIds::Lookup::Kind::Invalid)
        return std::unexpected(ApiError::contactNotFound());
    auto query = m_db.prepared(
        lookup.kind == ContactIds::Lookup::Kind::Uuid
            ? QStringLiteral("SELECT id FROM contacts WHERE org_id = :org AND uid = :key")
            : QStringLiteral("SELECT id FROM contacts WHERE org_id = :org AND vendor_id = :key"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization.rowId);
    q.bindValue(QStringLiteral(":key"), lookup.bytes);
    if (!q.exec())
        return std::unexpected(sqlError(q));
    if (!q.next())
        return std::unexpected(ApiError::contactNotFound());
    const qint64 rowId = q.value(0).toLongLong();
    q.finish();
    return rowId;
}

ApiResult<Contact> ContactStore::readContact(qint64 rowId)
{
    auto query = m_db.prepared(QStringLiteral("SELECT ") + contactColumns +
                               QStringLiteral(" FROM contacts WHERE id = :id"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":id"), rowId);
    if (!q.exec())
        return std::unexpected(sqlError(q));
    if (!q.next())
        return std::unexpected(ApiError::contactNotFound());
    Contact contact = contactFromRow(q);
    q.finish();
    return contact;
}

ApiResult<QList<Contact>> ContactStore::readContacts(const QList<qint64>& rowIds)
{
    QList<Contact> contacts;
    contacts.reserve(rowIds.size());
    for (const qint64 rowId : rowIds) {
        auto contact = readContact(rowId);
        if (!contact)
            return std::unexpected(contact.error());
        contacts.append(std::move(*contact));
    }
    return contacts;
}

ApiResult<Contact> ContactStore::contact(const QString& idOrVendorId)
{
    auto rowId = findRowId(idOrVendorId);
    if (!rowId)
        return std::unexpected(rowId.error());
    return readContact(*rowId);
}

ApiResult<QList<TagCount>> ContactStore::tagCounts(TagKind kind)
{
    return TagIndex(m_db, m_organization.rowId).counts(kind);
}

ApiResult<QList<JournalEntry>> ContactStore::journal(qint64 afterSequence, int limit)
{
    return ChangeJournal(m_db, m_organization.rowId).entries(afterSequence, limit);
}

ApiResult<qint64> ContactStore::count(const ListQuery& query)
{
    return ContactListing(m_db, m_organization.rowId).count(query);
}

ApiResult<ListPage> ContactStore::list(const ListQuery& query)
{
    // One read transaction: the total and the page come from the same snapshot.
    SqlTransaction snapshot(m_db.connection(), QStringLiteral("BEGIN"));
    if (snapshot.beginError())
        return std::unexpected(*snapshot.beginError());
    ContactListing listing(m_db, m_organization.rowId);
    auto total = listing.count(query);
    if (!total)
        return std::unexpected(total.error());
    auto ids = listing.pageIds(query, *total);
    if (!ids)
        return std::unexpected(ids.error());
    auto contacts = readContacts(*ids);
    if (!contacts)
        return std::unexpected(contacts.error());
    if (auto done = snapshot.commit(); !done)
        return std::unexpected(done.error());
    ListPage page;
    page.contacts = std::move(*contacts);
    page.total = *total;
    page.page = query.page;
    page.limit = query.limit;
    page.hasNext = qint64(query.page) * query.limit < *total;
    return page;
}

// ---------------------------------------------------------------------------------------------
// Writing

ApiResult<bool> ContactStore::phoneExists(const QString& e164)
{
    auto query = m_db.prepared(
        QStringLiteral("SELECT 1 FROM contacts WHERE org_id = :org AND phone = :phone"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization.rowId);
    q.bindValue(QStringLiteral(":phone"), e164);
    if (!q.exec())
        return std::unexpected(sqlError(q));
    const bool exists = q.next();
    q.finish();
    return exists;
}

ApiResult<Contact> ContactStore::insert(const ContactFields& fields, ContactSource source,
                                        qint64 now)
{
    Contact c;
    const QByteArray uid = ContactIds::newUuid();
    const QByteArray vendorId = ContactIds::newVendorId();
    c.id = ContactIds::contactId(uid);
    c.vendorContactId = ContactIds::vendorContactId(vendorId);
    c.phone = *fields.phone;
    c.name = fields.name.value_or(std::nullopt);
    c.email = fields.email.value_or(std::nullopt);
    c.countryCode = fields.countryCode.value_or(std::nullopt);
    if (!c.countryCode) {
        const QString region =
            PhoneNumbers::parseInternational(c.phone).value_or(PhoneNumbers::Parsed{}).region;
        if (!region.isEmpty())
            c.countryCode = region;
    }
    c.tags = fields.tags.value_or(QStringList{});
    c.labels = fields.labels.value_or(QStringList{});
    c.params = fields.params.value_or(QJsonObject{});
    c.source = sourceName(source);
    c.createdAt = c.updatedAt = Timestamps::fromMsecs(now);

    auto query = m_db.prepared(QStringLiteral(
        "INSERT INTO contacts (org_id, uid, vendor_id, phone, name, name_key, email, country_code,"
        " tags, labels, params, source, created_at, updated_at)"
        " VALUES (:org, :uid, :vendor, :phone, :name, :name_key, :email, :country,"
        " :tags, :labels, :params, :source, :created, :updated)"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":org"), m_organization.rowId);
    q.bindValue(QStringLiteral(":uid"), uid);
    q.bindValue(QStringLiteral(":vendor"), vendorId);
    q.bindValue(QStringLiteral(":phone"), c.phone);
    q.bindValue(QStringLiteral(":name"), nullable(c.name));
    q.bindValue(QStringLiteral(":name_key"), nullable(nameKey(c.name)));
    q.bindValue(QStringLiteral(":email"), nullable(c.email));
    q.bindValue(QStringLiteral(":country"), nullable(c.countryCode));
    q.bindValue(QStringLiteral(":tags"), jsonText(QJsonArray::fromStringList(c.tags)));
    q.bindValue(QStringLiteral(":labels"), jsonText(QJsonArray::fromStringList(c.labels)));
    q.bindValue(QStringLiteral(":params"), jsonText(c.params));
    q.bindValue(QStringLiteral(":source"), c.source);
    q.bindValue(QStringLiteral(":created"), now);
    q.bindValue(QStringLiteral(":updated"), now);
    if (!q.exec()) {
        // Another connection may have taken the phone between our check and this insert.
        if (q.lastError().nativeErrorCode() == QLatin1String("2067"))
            return std::unexpected(ApiError::duplicatePhone());
        return std::unexpected(sqlError(q));
    }
    c.rowId = q.lastInsertId().toLongLong();

    if (auto indexed = indexForSearch(c); !indexed)
        return std::unexpected(indexed.error());
    TagIndex tags(m_db, m_organization.rowId);
    if (auto added = tags.add(c.rowId, TagKind::Tag, c.tags); !added)
        return std::unexpected(added.error());
    if (auto added = tags.add(c.rowId, TagKind::Label, c.labels); !added)
        return std::unexpected(added.error());
    if (auto counted = adjustOrganizationSize(+1); !counted)
        return std::unexpected(counted.error());

    QStringList changed = {QStringLiteral("phone"), QStringLiteral("source")};
    if (c.name)
        changed.append(QStringLiteral("name"));
    if (c.email)
        changed.append(QStringLiteral("email"));
    if (c.countryCode)
        changed.append(QStringLiteral("countryCode"));
    if (!c.tags.isEmpty())
        changed.append(QStringLiteral("tags"));
    if (!c.labels.isEmpty())
        changed.append(QStringLiteral("labels"));
    if (!c.params.isEmpty())
        changed.append(QStringLiteral("params"));
    if (auto recorded = ChangeJournal(m_db, m_organization.rowId)
                            .record(JournalEntry::Operation::Create, c.rowId, c.id, changed, now);
        !recorded)
        return std::unexpected(recorded.error());
    return c;
}

ApiResult<void> ContactStore::indexForSearch(const Contact& c)
{
    auto query = m_db.prepared(m_db.dialect().searchIndexInsertSql());
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":id"), c.rowId);
    q.bindValue(QStringLiteral(":name"), searchText(c.name));
    q.bindValue(QStringLiteral(":email"), searchText(c.email));
    q.bindValue(QStringLiteral(":phone"), TextFold::digits(c.phone));
    if (!q.exec())
        return std::unexpected(sqlError(q));
    return {};
}

ApiResult<void> ContactStore::unindexForSearch(qint64 rowId)
{
    auto query = m_db.prepared(m_db.dialect().searchIndexDeleteSql());
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindValue(QStringLiteral(":id"), rowId);
    if (!(*query)->exec())
        return std::unexpected(sqlError(**query));
    return {};
}

ApiResult<void> ContactStore::adjustOrganizationSize(int delta)
{
    auto query = m_db.prepared(QStringLiteral(
        "UPDATE organizations SET contact_count = contact_count + :delta WHERE id = :org"));
    if (!query)
        return std::unexpected(query.error());
    (*query)->bindValue(QStringLiteral(":delta"), delta);
    (*query)->bindValue(QStringLiteral(":org"), m_organization.rowId);
    if (!(*query)->exec())
        return std::unexpected(sqlError(**query));
    return {};
}

ApiResult<Contact> ContactStore::create(const ContactDraft& draft, ContactSource source)
{
    auto fields = FieldRules::validateCreate(draft.body());
    if (!fields)
        return std::unexpected(fields.error());
    SqlTransaction transaction(m_db.connection(), m_db.dialect().beginWriteSql());
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto exists = phoneExists(*fields->phone);
    if (!exists)
        return std::unexpected(exists.error());
    if (*exists)
        return std::unexpected(ApiError::duplicatePhone());
    auto created = insert(*fields, source, QDateTime::currentMSecsSinceEpoch());
    if (!created)
        return created;
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return created;
}

ApiResult<BulkResult> ContactStore::bulk(const QJsonArray& items, ContactSource source)
{
    if (items.size() > maxBulkItems)
        return std::unexpected(ApiError::tooManyContacts());

    // Phone parsing dominates validation (libphonenumber, ~10 µs a number): spread it over
    // the cores; the writes that follow are sequential in one transaction.
    QList<int> indexes(items.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QList<ApiResult<ContactFields>> validated =
        QtConcurrent::blockingMapped(indexes, [&items](int index) -> ApiResult<ContactFields> {
            const QJsonValue item = items.at(index);
            if (!item.isObject())
                return std::unexpected(ApiError::badRequest(ApiMessages::invalidContact));
            return FieldRules::validateCreate(item.toObject());
        });

    SqlTransaction transaction(m_db.connection(), m_db.dialect().beginWriteSql());
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    BulkResult result;
    QSet<QString> seen;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int index = 0; index < items.size(); ++index) {
        const QJsonValue userNumber =
            items.at(index).toObject().value(QStringLiteral("userNumber"));
        const auto skip = [&](const QString& message) {
            result.errors.append(BulkResult::Error{
                index,
                userNumber.isString() ? std::optional<QString>(userNumber.toString())
                                      : std::nullopt,
                message});
        };
        const ApiResult<ContactFields>& fields = validated.at(index);
        if (!fields) {
            skip(fields.error().message);
            continue;
        }
        auto exists = phoneExists(*fields->phone);
        if (!exists)
            return std::unexpected(exists.error());
        if (*exists || seen.contains(*fields->phone)) {
            skip(ApiMessages::contactAlreadyExists);
            continue;
        }
        auto created = insert(*fields, source, now);
        if (!created)
            return std::unexpected(created.error());
        seen.insert(created->phone);
        result.contacts.append(BulkResult::Created{created->id, created->phone, index});
    }
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    result.imported = int(result.contacts.size());
    result.skipped = int(result.errors.size());
    return result;
}

ApiResult<Contact> ContactStore::update(const QString& idOrVendorId, const ContactPatch& patch)
{
    SqlTransaction transaction(m_db.connection(), m_db.dialect().beginWriteSql());
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto rowId = findRowId(idOrVendorId);
    if (!rowId)
        return std::unexpected(rowId.error());
    auto current = readContact(*rowId);
    if (!current)
        return current;
    auto fields = FieldRules::validatePatch(patch.body());
    if (!fields)
        return std::unexpected(fields.error());

    Contact next = *current;
    QStringList changed;
    const auto apply = [&changed](auto& target, const auto& value, const QString& field) {
        if (target != value) {
            target = value;
            changed.append(field);
        }
    };
    if (fields->name)
        apply(next.name, *fields->name, QStringLiteral("name"));
    if (fields->email)
        apply(next.email, *fields->email, QStringLiteral("email"));
    if (fields->countryCode) {
        std::optional<QString> country = *fields->countryCode;
        if (!country) {
            const QString region = PhoneNumbers::parseInternational(next.phone)
                                       .value_or(PhoneNumbers::Parsed{})
                                       .region;
            if (!region.isEmpty())
                country = region;
        }
        apply(next.countryCode, country, QStringLiteral("countryCode"));
    }
    if (fields->tags)
        apply(next.tags, *fields->tags, QStringLiteral("tags"));
    if (fields->labels)
        apply(next.labels, *fields->labels, QStringLiteral("labels"));
    if (fields->params)
        apply(next.params, *fields->params, QStringLiteral("params"));
    if (fields->optedIn)
        apply(next.optedIn, *fields->optedIn, QStringLiteral("optedIn"));
    if (fields->isBlocked)
        apply(next.isBlocked, *fields->isBlocked, QStringLiteral("isBlocked"));
    if (fields->source)
        apply(next.source, *fields->source, QStringLiteral("source"));
    if (changed.isEmpty())
        return current; // nothing to write: updatedAt stays, the journal gets no entry

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    next.updatedAt = Timestamps::fromMsecs(now);
    auto query = m_db.prepared(QStringLiteral(
        "UPDATE contacts SET name = :name, name_key = :name_key, email = :email,"
        " country_code = :country, tags = :tags, labels = :labels, params = :params,"
        " opted_in = :opted_in, is_blocked = :is_blocked, source = :source, updated_at = :updated"
        " WHERE id = :id"));
    if (!query)
        return std::unexpected(query.error());
    QSqlQuery& q = **query;
    q.bindValue(QStringLiteral(":name"), nullable(next.name));
    q.bindValue(QStringLiteral(":name_key"), nullable(nameKey(next.name)));
    q.bindValue(QStringLiteral(":email"), nullable(next.email));
    q.bindValue(QStringLiteral(":country"), nullable(next.countryCode));
    q.bindValue(QStringLiteral(":tags"), jsonText(QJsonArray::fromStringList(next.tags)));
    q.bindValue(QStringLiteral(":labels"), jsonText(QJsonArray::fromStringList(next.labels)));
    q.bindValue(QStringLiteral(":params"), jsonText(next.params));
    q.bindValue(QStringLiteral(":opted_in"), int(next.optedIn));
    q.bindValue(QStringLiteral(":is_blocked"), int(next.isBlocked));
    q.bindValue(QStringLiteral(":source"), next.source);
    q.bindValue(QStringLiteral(":updated"), now);
    q.bindValue(QStringLiteral(":id"), next.rowId);
    if (!q.exec())
        return std::unexpected(sqlError(q));

    if (changed.contains(QStringLiteral("name")) || changed.contains(QStringLiteral("email"))) {
        if (auto removed = unindexForSearch(next.rowId); !removed)
            return std::unexpected(removed.error());
        if (auto indexed = indexForSearch(next); !indexed)
            return std::unexpected(indexed.error());
    }
    TagIndex tags(m_db, m_organization.rowId);
    const auto retag = [&](TagKind kind, const QStringList& before,
                           const QStringList& after) -> ApiResult<void> {
        if (auto removed = tags.remove(next.rowId, kind, missingFrom(after, before)); !removed)
            return removed;
        return tags.add(next.rowId, kind, missingFrom(before, after));
    };
    if (auto retagged = retag(TagKind::Tag, current->tags, next.tags); !retagged)
        return std::unexpected(retagged.error());
    if (auto retagged = retag(TagKind::Label, current->labels, next.labels); !retagged)
        return std::unexpected(retagged.error());
    if (auto recorded =
            ChangeJournal(m_db, m_organization.rowId)
                .record(JournalEntry::Operation::Update, next.rowId, next.id, changed, now);
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return next;
}

ApiResult<DeletedContact> ContactStore::remove(const QString& idOrVendorId)
{
    SqlTransaction transaction(m_db.connection(), m_db.dialect().beginWriteSql());
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto rowId = findRowId(idOrVendorId);
    if (!rowId)
        return std::unexpected(rowId.error());
    auto current = readContact(*rowId);
    if (!current)
        return std::unexpected(current.error());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    auto erase = m_db.prepared(QStringLiteral("DELETE FROM contacts WHERE id = :id"));
    if (!erase)
        return std::unexpected(erase.error());
    (*erase)->bindValue(QStringLiteral(":id"), *rowId);
    if (!(*erase)->exec())
        return std::unexpected(sqlError(**erase));
    if (auto removed = unindexForSearch(*rowId); !removed)
        return std::unexpected(removed.error());
    TagIndex tags(m_db, m_organization.rowId);
    if (auto removed = tags.remove(*rowId, TagKind::Tag, current->tags); !removed)
        return std::unexpected(removed.error());
    if (auto removed = tags.remove(*rowId, TagKind::Label, current->labels); !removed)
        return std::unexpected(removed.error());
    if (auto counted = adjustOrganizationSize(-1); !counted)
        return std::unexpected(counted.error());

    auto tombstone =
        m_db.prepared(QStringLiteral("INSERT INTO deleted_contacts (org_id, uid, phone, deleted_at)"
                                     " VALUES (:org, :uid, :phone, :at)"));
    if (!tombstone)
        return std::unexpected(tombstone.error());
    QSqlQuery& t = **tombstone;
    t.bindValue(QStringLiteral(":org"), m_organization.rowId);
    t.bindValue(QStringLiteral(":uid"), ContactIds::parse(current->id).bytes);
    t.bindValue(QStringLiteral(":phone"), current->phone);
    t.bindValue(QStringLiteral(":at"), now);
    if (!t.exec())
        return std::unexpected(sqlError(t));
    if (auto recorded = ChangeJournal(m_db, m_organization.rowId)
                            .record(JournalEntry::Operation::Delete, *rowId, current->id, {}, now);
        !recorded)
        return std::unexpected(recorded.error());
    if (auto committed = transaction.commit(); !committed)
        return std::unexpected(committed.error());
    return DeletedContact{current->id, current->phone, Timestamps::fromMsecs(now)};
}
