#pragma once

#include "ApiError.h"
#include "Contact.h"
#include "ContactSource.h"
#include "NewContact.h"
#include "NewContactRow.h"
#include "PhoneNumbers.h"
#include "WriteOrigin.h"

#include <QByteArray>
#include <QList>

#include <optional>

class ContactDatabase;
class QThreadPool;
struct ContactFields;

/// New contacts written a batch at a time, for a create, a bulk request and a file import.
/// prepare() validates each one and computes all that needs no database (ids, folding, the
/// row's columns) on any thread; insert() writes the rows, their tags, journal entries and
/// search entries through the dialect, inside the caller's write transaction. Lives on the
/// thread of its database.
class ContactBatchInsert {
public:
    /// A new contact ready to insert (opaque to callers).
    using Row = NewContactRow;
    /// Contacts validated and made ready to insert: each a Row or its 400 error.
    struct Prepared {
        QList<ApiResult<Row>> rows;
        QList<std::optional<QString>> userNumbers; ///< as given, for the error rows
        qint64 preparedAt = 0;
    };

    /// What the rows are prepared for: a write, or a check of what a write would do (a dry
    /// run), whose rows have the contact without ids and nothing else.
    enum class Purpose { Write, Check };

    /// `pool` shares the work with the calling thread (the global pool when null); any
    /// thread may call it, a thread of that pool too. `phones`, when given, holds each
    /// item's phone as the caller already parsed it (see FieldRules::validate).
    static Prepared prepare(const QList<NewContact>& contacts, ContactSource source,
                            QThreadPool* pool = nullptr,
                            const QList<PhoneNumbers::Parsed>* phones = nullptr,
                            Purpose purpose = Purpose::Write);
    static Row prepareRow(const ContactFields& fields, ContactSource source, qint64 now,
                          Purpose purpose = Purpose::Write);

    /// `journaled`: whether the rows enter the change journal (ContactStore::setJournaled);
    /// `origin`: who the opt-in and block history says set the new contacts' flags.
    ContactBatchInsert(ContactDatabase& db, qint64 organizationRowId, bool journaled,
                       WriteOrigin origin = {});

    /// Inserts the rows, setting each contact's rowId; the caller has checked their phones
    /// and holds the write transaction.
    ApiResult<void> insert(const QList<Row*>& rows, qint64 now);

private:
    ContactDatabase& m_db;
    qint64 m_organization;
    bool m_journaled;
    WriteOrigin m_origin;
};
