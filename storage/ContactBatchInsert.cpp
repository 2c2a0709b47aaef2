#include "ContactBatchInsert.h"

#include "ChangeJournal.h"
#include "ContactDatabase.h"
#include "ContactFields.h"
#include "ContactIds.h"
#include "ContactRows.h"
#include "FieldRules.h"
#include "FlagHistory.h"
#include "Operations.h"
#include "ParallelFor.h"
#include "SearchText.h"
#include "SqlDialect.h"
#include "TagIndex.h"
#include "Timestamps.h"

#include <QDateTime>
#include <QThreadPool>

ContactBatchInsert::ContactBatchInsert(ContactDatabase& db, qint64 organizationRowId,
                                       bool journaled, WriteOrigin origin)
    : m_db(db), m_organization(organizationRowId), m_journaled(journaled),
      m_origin(std::move(origin))
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

    // Packed rather than as JSON: SQLite binds each column from the buffer, where reading
    // 15 values out of a JSON row cost 6.7 µs a contact, a tenth of an import's writing.
    PackedText& columns = row.columns;
    columns.reserve(256);
    columns.append(QStringView(c.phone));
    columns.append(c.name);
    columns.append(search.nameKey);
    columns.append(c.email);
    columns.append(c.countryCode);
    columns.append(QStringView(ContactRows::columnText(c.tags)));
    columns.append(QStringView(ContactRows::columnText(c.labels)));
    columns.append(QStringView(ContactRows::columnText(c.params)));
    columns.append(QStringView(c.source));
    columns.append(QStringView(ChangeJournal::fieldsOfCreate(c).join(u',')));
    columns.append(QStringView(search.name));
    columns.append(QStringView(search.email));
    columns.append(QStringView(search.phoneDigits));
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

    TagIndex tags(m_db, m_organization);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        Row& row = *rows.at(i);
        row.contact.rowId = base + 1 + i;
        if (auto added = tags.add(row.contact.rowId, TagKind::Tag, row.contact.tags); !added)
            return added;
        if (auto added = tags.add(row.contact.rowId, TagKind::Label, row.contact.labels); !added)
            return added;
    }
    const SqlDialect::NewRows newRows{m_organization, base, now, m_journaled, rows};
    if (auto inserted = m_db.dialect().insertNewContacts(m_db, newRows); !inserted) {
        // Another connection may have taken a phone between our check and this insert.
        if (m_db.dialect().isDuplicatePhoneError(inserted.error().detail))
            return std::unexpected(ApiError::duplicatePhone());
        return inserted;
    }
    if (auto flushed = tags.flush(); !flushed)
        return flushed;
    if (auto counted = m_db.adjustContactCount(m_organization, rows.size()); !counted)
        return counted;
    if (auto recorded = FlagHistory(m_db, m_organization)
                            .recordCreated(base, base + rows.size(), m_origin, now);
        !recorded)
        return recorded;
    if (m_origin.operation) {
        if (auto recorded = Operations(m_db, m_organization)
                                .recordRowRange(*m_origin.operation, base + 1, base + rows.size());
            !recorded)
            return recorded;
    }
    // Last in the transaction: FTS5 flushes its pending terms to disk at every statement
    // savepoint (each multi-row insert opens one), which made imports ~3x slower.
    return m_db.dialect().indexNewContacts(m_db, newRows);
}
