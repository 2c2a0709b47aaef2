#include "CsvImportSource.h"

#include "ColumnContent.h"

#include <algorithm>

namespace {

/// Enough rows to tell a phone column from one with a number now and then, few enough to
/// hold while the columns are decided.
constexpr int rowsToDecide = 50;

} // namespace

CsvImportSource::CsvImportSource(QIODevice& input, const CsvFormat& format, const QString& region)
    : m_reader(&input, format), m_region(region.toUpper())
{}

std::expected<void, QString> CsvImportSource::start(const QString& name)
{
    std::optional<CsvRecord> first = m_reader.next();
    if (!first)
        return std::unexpected(QStringLiteral("%1 has no header row").arg(name));
    if (!first->error.isEmpty()) {
        return std::unexpected(QStringLiteral("the header row (line %1) is malformed: %2")
                                   .arg(first->line)
                                   .arg(first->error));
    }
    while (m_ahead.size() < rowsToDecide) {
        std::optional<CsvRecord> row = m_reader.next();
        if (!row)
            break;
        m_ahead.append(std::move(*row));
    }
    skipNotesBeforeHeader(*first);
    QList<QStringList> values;
    for (const CsvRecord& row : std::as_const(m_ahead)) {
        if (row.error.isEmpty())
            values.append(row.fields);
    }
    m_headerless = ColumnContent::isRecord(first->fields, m_region);
    if (m_headerless) {
        qsizetype columns = first->fields.size();
        for (const QStringList& row : std::as_const(values))
            columns = std::max(columns, row.size());
        m_header = ColumnContent::numberedHeader(columns);
        values.prepend(first->fields);
        m_ahead.prepend(std::move(*first));
    } else {
        m_header = first->fields;
    }
    m_mapping = ColumnMapping::guess(m_header);
    m_fromValues = ColumnContent::guessFromValues(m_mapping, values, m_region);
    return {};
}

void CsvImportSource::skipNotesBeforeHeader(CsvRecord& first)
{
    // LinkedIn's Connections.csv starts with `Notes:` and a paragraph, then its header.
    const auto isNote = [](const CsvRecord& row) {
        qsizetype filled = 0;
        for (const QString& field : row.fields)
            filled += !field.trimmed().isEmpty();
        return filled <= 1;
    };
    if (!isNote(first))
        return;
    constexpr qsizetype notesAtMost = 5;
    for (qsizetype i = 0; i < std::min(notesAtMost, m_ahead.size()); ++i) {
        const CsvRecord& row = m_ahead.at(i);
        if (isNote(row))
            continue;
        const ColumnMapping guess = ColumnMapping::guess(row.fields);
        const bool known = std::any_of(
            guess.columns().cbegin(), guess.columns().cend(),
            [](const ColumnMapping::Column& column) { return column.field != ImportField::Param; });
        if (!known)
            return; // a record, not a header: the file starts with data
        m_notesSkipped = int(i + 1);
        first = m_ahead.takeAt(i);
        m_ahead.remove(0, i);
        return;
    }
}

ImportRecord CsvImportSource::record(CsvRecord&& row)
{
    ImportRecord out;
    out.line = row.line;
    out.error = std::move(row.error);
    out.fields = std::move(row.fields);
    return out;
}

std::optional<ImportRecord> CsvImportSource::next()
{
    if (!m_ahead.isEmpty())
        return record(m_ahead.takeFirst());
    std::optional<CsvRecord> row = m_reader.next();
    if (!row)
        return std::nullopt;
    return record(std::move(*row));
}
