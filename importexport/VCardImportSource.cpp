#include "VCardImportSource.h"

#include "VCardRecord.h"

VCardImportSource::VCardImportSource(QIODevice& input) : m_reader(&input) {}

std::optional<ImportRecord> VCardImportSource::next()
{
    std::optional<VCard> card = m_reader.next();
    if (!card)
        return std::nullopt;
    ImportRecord record;
    record.line = card->line;
    record.error = std::move(card->error);
    record.source = card->source.toUtf8();
    if (record.error.isEmpty()) {
        VCardRecord::Record mapped = VCardRecord::fromCard(*card);
        record.fields = std::move(mapped.fields);
        record.mapping = std::make_shared<const ColumnMapping>(std::move(mapped.mapping));
    }
    return record;
}
