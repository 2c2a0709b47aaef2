#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

/// What an imported column holds.
enum class ImportField {
    Ignore,
    Phone,     ///< one or more numbers (` ::: `); several columns may be phones
    PhoneType, ///< the kind of the phone in another column (Google's `Phone 1 - Label`)
    Name,      ///< the full name
    FirstName, ///< joined with MiddleName and LastName when no full name is given
    MiddleName,
    LastName,
    Email,
    Country, ///< a two-letter code or an English country name
    Tags,    ///< separated by ` ::: `, else `;` or `,`
    Labels,
    Params, ///< a JSON object of params (what the exporter writes)
    Param,  ///< one params value, under the column's key
};

/// The fields of a CSV file's columns: guessed from the header (Google Contacts, Outlook,
/// the API's own names, and common headers in English, Arabic, Spanish, Portuguese, French,
/// German, Italian and Dutch; a header no list names is read word by word, as `Work Phone`
/// or `Telefon geschäftlich`), then editable. A plain value.
class ColumnMapping {
public:
    struct Column {
        QString header;
        ImportField field = ImportField::Param;
        QString paramKey;    ///< for Param: the key, the header unless changed
        int describes = -1;  ///< for PhoneType: the phone column it describes
        bool mobile = false; ///< for Phone: the header says mobile (`Mobile Phone`, `Handy`)
    };

    ColumnMapping() = default;
    /// The guess for a header row.
    static ColumnMapping guess(const QStringList& header);
    /// A mapping whose columns are already known (a vCard's properties): no guessing.
    static ColumnMapping fromColumns(QList<Column> columns);
    /// A key that is the same for the same set of column names, whatever their order and
    /// case: under it a UI can remember the mapping a user chose for files of one source.
    static QString headerKey(const QStringList& header);

    const QList<Column>& columns() const { return m_columns; }
    QStringList header() const;
    /// Sets a column's field; for Param, `paramKey` (the header when empty).
    void setField(int column, ImportField field, const QString& paramKey = {});
    /// `--map COLUMN=FIELD`: the column by its header (case-insensitive), the field by its
    /// name (fieldName()), or `param:KEY`. Fails with a message on an unknown column or field.
    std::expected<void, QString> setField(const QString& header, const QString& field);

    /// Fails when no column is a phone: nothing could be imported.
    std::expected<void, QString> validate() const;

    /// The mapping by header name ({"Mobile Phone": "phone", "Notes": "param:notes"}).
    QJsonObject toJson() const;
    /// The guess for `header`, with the fields of `saved` applied to the columns it names.
    static ColumnMapping fromJson(const QStringList& header, const QJsonObject& saved);

    static QString fieldName(ImportField field);
    static std::optional<ImportField> fieldFromName(const QString& name);
    /// A header or a phone kind folded for matching: lower case, no accents, letters and
    /// digits only (`E-mail 1 - Value` → `email1value`).
    static QString normalized(const QString& text);
    /// True when a header names a column that never holds the contact's phone, whatever its
    /// values: a fax, pager, telex or radio number (WhatsApp cannot reach them), or a
    /// number's type or display name.
    static bool namesNoPhone(const QString& header);
    /// True when a header or a phone kind names a mobile number, in any supported language.
    static bool saysMobile(const QString& text);

private:
    QList<Column> m_columns;
};
