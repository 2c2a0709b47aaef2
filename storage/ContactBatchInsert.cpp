#include "ContactBatchInsert.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactFields.h"
#include "ContactIds.h"
#include "ContactRows.h"
#include "FieldRules.h"
#include "OrderedJson.h"
#include "ParallelFor.h"
#include "SearchText.h"
#include "TagIndex.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QThreadPool>

ContactBatchInsert::ContactBatchInsert(ContactDatabase& db, qint64 organizationRowId,
                                       bool journaled)
    : m_db(db), m_organization(organizationRowId), m_journaled(journaled)
{}

ContactBatchInsert::Prepared ContactBatchInsert::prepare(const QList<NewContact>& contacts,
                                                         ContactSource source, QThreadPool* pool,
                                                         const QList<PhoneNumbers::Parsed>* phones,
                                                         Purpose purpose)
{
    // Validation and everything computed per row (libphonenumber ~10 µs a number, folding,
    // ids, JSON) is spread over the cores.
    Prepared prepared;
    prepared.preparedAt = QDateTime::currentMSecsSinceEpoch();
    prepared.rows.resize(contacts.size());
    ParallelFor::run(pool ? pool : QThreadPool::globalInstance(), contacts.size(),
                     [&](qsizetype begin, qsizetype end) {
                         for (qsizetype index = begin; index < end; ++index) {
                             auto fields = FieldRules::validate(
                                 contacts.at(index),
                                 phones && index < phones->size() ? &phones->at(index) : nullptr);
                             if (fields)
                                 prepared.rows[index] =
                                     prepareRow(*fields, source, prepared.preparedAt, purpose);
                             else
                                 prepared.rows[index] = std::unexpected(fields.error());
                         }
                     });
    prepared.userNumbers.reserve(contacts.size());
    for (const NewContact& contact : contacts) {
        prepared.userNumbers.append(contact.phone.hasValue()
                                        ? std::optional<QString>(contact.phone.value())
                                        : std::nullopt);
    }
    return prepared;
}

ContactBatchInsert::Row ContactBatchInsert::prepareRow(const ContactFields& fields,
                                                       ContactSource source, qint64 now,
                                                       Purpose purpose)
{
    Row row;
    Contact& c = row.contact;
    c.phone = *fields.phone;
    c.name = fields.name.value_or(std::nullopt);
    c.email = fields.email.value_or(std::nullopt);
    c.countryCode = fields.countryCode.value_or(std::nullopt);
    if (!c.countryCode && !fields.phoneRegion.isEmpty())
        c.countryCode = fields.phoneRegion;
    c.tags = fields.tags.value_or(QStringList{});
    c.labels = fields.labels.value_or(QStringList{});
    c.params = fields.params.value_or(QJsonObject{});
    c.optedIn = fields.optedIn.value_or(false);
    c.isBlocked = fields.isBlocked.value_or(false);
    c.source = sourceName(source);
    c.createdAt = c.updatedAt = Timestamps::fromMsecs(now);
    // A check (a dry run) needs the contact only: its ids, search keys and the row's JSON
    // are a fifth of an import's preparation.
    if (purpose == Purpose::Check)
        return row;
    row.uid = ContactIds::newUuid();
    row.vendorId = ContactIds::newVendorId();
    c.id = ContactIds::contactId(row.uid);
    c.vendorContactId = ContactIds::vendorContactId(row.vendorId);
    const SearchText search = SearchText::of(c);

    const QStringList journalFields = ChangeJournal::fieldsOfCreate(c);

    // Written by hand rather than through QJsonArray: this runs for every imported row, and
    // Qt's JSON classes made it as costly as validating the phone number.
    QByteArray& json = row.json;
    json.reserve(256);
    const auto text = [&json](QStringView value, char separator = ',') {
        OrderedJson::appendString(json, value);
        json += separator;
    };
    const auto optional = [&](const std::optional<QString>& value) {
        if (value)
            text(*value);
        else
            json += "null,";
    };
    json += '[';
    text(c.phone);
    optional(c.name);
    optional(search.nameKey);
    optional(c.email);
    optional(c.countryCode);
    text(ContactRows::columnText(c.tags));
    text(ContactRows::columnText(c.labels));
    text(ContactRows::columnText(c.params));
    text(c.source);
    text(journalFields.join(u','));
    text(search.name);
    text(search.email);
    text(search.phoneDigits);
    json += c.optedIn ? "1," : "0,";
    json += c.isBlocked ? "1]" : "0]";
    return row;
}

ApiResult<void> ContactBatchInsert::insert(const QList<Row*>& rows, qint64 now)
{
    if (rows.isEmpty())
        return {};
    auto last = m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM contacts"));
    if (!last)
        return std::unexpected(last.error());
    const qint64 base = *last;

    QByteArray uids, vendorIds, json = "[";
    TagIndex tags(m_db, m_organization);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = *rows.at(i);
        row.contact.rowId = base + 1 + i;
        uids += row.uid;
        vendorIds += row.vendorId;
        json += (i ? "," : "") + row.json;
        if (auto added = tags.add(row.contact.rowId, TagKind::Tag, row.contact.tags); !added)
            return added;
        if (auto added = tags.add(row.contact.rowId, TagKind::Label, row.contact.labels); !added)
            return added;
    }
    json += ']';
    const QString rowsJson = QString::fromUtf8(json);
    auto inserted = m_db.execute(m_db.dialect().insertContactsSql(),
                                 {base, m_organization, uids, vendorIds, now, now, rowsJson});
    if (!inserted) {
        // Another connection may have taken a phone between our check and this insert.
        if (m_db.dialect().isDuplicatePhoneError(inserted.error().detail))
            return std::unexpected(ApiError::duplicatePhone());
        return std::unexpected(inserted.error());
    }
    if (m_journaled) {
        if (auto journaled =
                ChangeJournal(m_db, m_organization).recordCreates(base, uids, rowsJson, now);
            !journaled)
            return journaled;
    }
    if (auto flushed = tags.flush(); !flushed)
        return flushed;
    if (auto counted = m_db.adjustContactCount(m_organization, rows.size()); !counted)
        return counted;
    // Last in the transaction: FTS5 flushes its pending terms to disk at every statement
    // savepoint (each multi-row insert opens one), which made imports ~3x slower.
    if (auto indexed = m_db.execute(m_db.dialect().indexContactsSql(), {base, rowsJson}); !indexed)
        return std::unexpected(indexed.error());
    return {};
}
