#pragma once

#include "ColumnMapping.h"
#include "NewContact.h"
#include "PhoneNumbers.h"

#include <QString>
#include <QStringList>

#include <expected>

/// One CSV record turned into a new contact (phone, name, email, country code, tags, labels,
/// params) through a ColumnMapping. Of several numbers the mobile one
/// wins (by its column's header, Google's phone kind, else libphonenumber's type) and the
/// others go to params; Google's system groups (`* myContacts`, `* starred`) are not tags.
/// Thread-safe: rows are mapped on every core.
namespace ImportRow {

struct Options {
    QString region;        ///< the default region of national numbers (`AE`), or empty
    QStringList extraTags; ///< added to every row's tags
    bool optIn = false;    ///< every row opted in (ImportOptions::optIn)
};

/// The contact, or why the row cannot be imported (with a hint where one helps). `phone`,
/// when given, receives its phone as libphonenumber parsed it, for
/// ContactStore::prepareBulk() not to parse it again.
std::expected<NewContact, QString> item(const ColumnMapping& mapping, const QStringList& fields,
                                        const Options& options,
                                        PhoneNumbers::Parsed* phone = nullptr);

/// True when the API takes `address` as a contact's email.
bool isEmail(const QString& address);

/// A tags or labels cell: ` ::: ` separates when present (Google, our export), else `;`
/// (Outlook) or `,`.
QStringList splitTags(const QString& cell);

/// `'=SUM(1)` → `=SUM(1)`: the `'` that CSV-injection-safe exports put before text
/// starting with `=`, `+`, `-`, `@`, tab or CR is removed; other text is returned as is.
QString unescaped(const QString& cell);

/// A country cell as a two-letter code: the code itself, or an English country name or a
/// common abbreviation (`UAE`, `USA`, `UK`, `KSA`); empty when unknown.
QString countryCode(const QString& cell);

} // namespace ImportRow
