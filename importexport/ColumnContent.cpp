#include "ColumnContent.h"

#include "ImportPhone.h"
#include "ImportRow.h"

namespace {

/// A column is of a kind when most of its values are: a file of phone numbers has some
/// typed badly, and an id column of digits now and then reads as a number somewhere.
constexpr double mostly = 0.8;

bool isPhone(const QString& value, const QString& region)
{
    // A date or an amount is not a phone, however many digits it has.
    if (value.contains(u'@') || value.count(u'.') > 2)
        return false;
    for (const QString& number : ImportPhone::split(value)) {
        if (ImportPhone::clean(number, region, false).isValid())
            return true;
    }
    return false;
}

/// True when most of the column's non-empty values pass `test`, and the column has values
/// in at least half the rows (a notes column with one number in it is not a phone column).
template <typename Test>
bool mostlyHolds(const QList<QStringList>& rows, qsizetype column, Test test)
{
    qsizetype filled = 0, passed = 0;
    for (const QStringList& row : rows) {
        const QString value = column < row.size() ? row.at(column).trimmed() : QString();
        if (value.isEmpty())
            continue;
        ++filled;
        if (test(value))
            ++passed;
    }
    return filled > 0 && filled * 2 >= rows.size() && passed >= mostly * filled;
}

} // namespace

bool ColumnContent::isRecord(const QStringList& row, const QString& region)
{
    const ColumnMapping guess = ColumnMapping::guess(row);
    bool phone = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (guess.columns().at(i).field != ImportField::Param)
            return false; // a header we know: `Name`, `Mobile`, `E-mail Address`
        phone = phone || isPhone(row.at(i).trimmed(), region);
    }
    return phone;
}

QStringList ColumnContent::numberedHeader(qsizetype columns)
{
    QStringList header;
    for (qsizetype i = 1; i <= columns; ++i)
        header.append(QStringLiteral("Column %1").arg(i));
    return header;
}

QStringList ColumnContent::guessFromValues(ColumnMapping& mapping, const QList<QStringList>& rows,
                                           const QString& region)
{
    QStringList mapped;
    if (rows.isEmpty())
        return mapped;
    const QList<ColumnMapping::Column>& columns = mapping.columns();
    const auto hasField = [&columns](ImportField field) {
        for (const ColumnMapping::Column& column : columns) {
            if (column.field == field)
                return true;
        }
        return false;
    };
    if (!hasField(ImportField::Phone)) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).field == ImportField::Param &&
                mostlyHolds(rows, i, [&region](const QString& v) { return isPhone(v, region); })) {
                mapping.setField(int(i), ImportField::Phone);
                mapped.append(columns.at(i).header);
            }
        }
    }
    if (!hasField(ImportField::Email)) {
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (columns.at(i).field == ImportField::Param &&
                mostlyHolds(rows, i, ImportRow::isEmail)) {
                mapping.setField(int(i), ImportField::Email);
                mapped.append(columns.at(i).header);
                break;
            }
        }
    }
    return mapped;
}
