#include "ContactImporter.h"

#include "ContactStore.h"
#include "CsvReader.h"
#include "ImportRow.h"
#include "ParallelFor.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace {

/// One batch of rows, read, mapped and validated, ready to write.
struct Batch {
    QList<CsvRecord> records;
    qint64 firstIndex = 0;         ///< the data-row index of records[0]
    QList<QString> rowErrors;      ///< per record: why it cannot be imported, or empty
    QList<QString> packedFields;   ///< per record sent to the store: its fields, 0-joined
    QList<qsizetype> recordOfItem; ///< bulk item → its record
    ContactStore::PreparedBulk prepared;
    bool end = false; ///< the file has no rows after these
};

/// The first non-empty phone cell of a record: the number as the file gave it.
QString phoneAsGiven(const ColumnMapping& mapping, const QStringList& fields)
{
    const QList<ColumnMapping::Column>& columns = mapping.columns();
    for (qsizetype i = 0; i < columns.size() && i < fields.size(); ++i) {
        if (columns.at(i).field == ImportField::Phone && !fields.at(i).trimmed().isEmpty())
            return fields.at(i).trimmed();
    }
    return {};
}

/// Why a row with more fields than the header is suspect: the values that have no column
/// (a quote gone astray shifts every field after it). Empty when the row can be read: a short
/// row's missing fields are empty ones (Outlook leaves trailing empty fields off), and so are
/// empty fields past the header's (a spreadsheet's trailing delimiters).
QString extraFields(const QStringList& fields, qsizetype headerSize)
{
    QStringList extra;
    for (qsizetype i = headerSize; i < fields.size(); ++i) {
        if (!fields.at(i).trimmed().isEmpty())
            extra.append(QStringLiteral("column %1 “%2”").arg(i + 1).arg(fields.at(i).left(40)));
    }
    if (extra.isEmpty())
        return {};
    return QStringLiteral("Row has %1 fields, the header has %2; values past it: %3")
        .arg(fields.size())
        .arg(headerSize)
        .arg(extra.mid(0, 3).join(QLatin1String(", ")) +
             (extra.size() > 3 ? QStringLiteral(" and %1 more").arg(extra.size() - 3) : QString()));
}

} // namespace

ContactImporter::ContactImporter(ContactStore& store) : m_store(store) {}

ContactImporter::Progress ContactImporter::progress() const
{
    return Progress{m_rowsDone.load(), m_bytesRead.load(), m_totalBytes.load()};
}

std::expected<ImportPreview, QString> ContactImporter::preview(const QString& path,
                                                               const CsvFormat& format, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return preview(file, format, rows);
}

ImportPreview ContactImporter::preview(QIODevice& input, const CsvFormat& format, int rows)
{
    CsvReader reader(&input, format);
    ImportPreview preview;
    preview.format = reader.format();
    preview.bom = reader.hasBom();
    preview.fileSize = input.isSequential() ? 0 : input.size();
    if (const std::optional<CsvRecord> header = reader.next())
        preview.header = header->fields;
    while (preview.rows.size() < rows) {
        std::optional<CsvRecord> record = reader.next();
        if (!record)
            break;
        preview.rows.append(std::move(*record));
    }
    preview.mapping = ColumnMapping::guess(preview.header);
    preview.headerKey = ColumnMapping::headerKey(preview.header);
    return preview;
}

std::expected<ImportReport, QString> ContactImporter::run(const QString& path,
                                                          const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return run(file, path, options);
}

std::expected<ImportReport, QString> ContactImporter::run(QIODevice& input, const QString& name,
                                                          const ImportOptions& options)
{
    m_cancelled = false;
    m_rowsDone = 0;
    m_bytesRead = 0;
    m_totalBytes = input.isSequential() ? 0 : input.size() - input.pos();
    CsvReader reader(&input, options.format);
    // The file of skipped rows gives each field back as the file had it; ImportRow makes the
    // line ends of what is imported LFs.
    reader.setKeepLineEnds(true);
    const std::optional<CsvRecord> header = reader.next();
    if (!header)
        return std::unexpected(QStringLiteral("%1 has no header row").arg(name));
    if (!header->error.isEmpty()) {
        return std::unexpected(QStringLiteral("the header row (line %1) is malformed: %2")
                                   .arg(header->line)
                                   .arg(header->error));
    }
    ColumnMapping mapping = ColumnMapping::guess(header->fields);
    if (options.mapping) {
        if (options.mapping->header() != header->fields)
            return std::unexpected(
                QStringLiteral("the mapping is for other columns than the file's"));
        mapping = *options.mapping;
    }
    if (auto valid = mapping.validate(); !valid)
        return std::unexpected(valid.error());

    ImportReport report;
    if (!report.startErrorFile(header->fields, options.maxErrorsKept))
        return std::unexpected(QStringLiteral("cannot create a temporary file for the error rows"));
    std::optional<qint64> mergeUpTo;
    if (options.updateExisting) {
        auto last = m_store.lastRowId();
        if (!last)
            return std::unexpected(last.error().detail.isEmpty() ? last.error().message
                                                                 : last.error().detail);
        mergeUpTo = *last;
    }

    const int batchSize = std::max(1, options.batchSize);
    const qsizetype headerSize = header->fields.size();
    const ImportRow::Options rowOptions{options.region.toUpper(), options.tags};
    // The batch being prepared runs on this pool, sharing its rows with the pool's other
    // threads (ParallelFor is safe from a pool thread); this thread writes meanwhile.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    qint64 nextIndex = 0;
    const auto prepare = [&]() {
        Batch batch;
        batch.firstIndex = nextIndex;
        while (batch.records.size() < batchSize && !m_cancelled) {
            std::optional<CsvRecord> record = reader.next();
            if (!record) {
                batch.end = true;
                break;
            }
            batch.records.append(std::move(*record));
        }
        nextIndex += batch.records.size();
        m_bytesRead = reader.bytesRead();

        QList<std::optional<NewContact>> items(batch.records.size());
        QList<PhoneNumbers::Parsed> phones(batch.records.size());
        batch.rowErrors.resize(batch.records.size());
        batch.packedFields.resize(batch.records.size());
        // Raw pointers: the workers write distinct elements, and must not each detach.
        CsvRecord* records = batch.records.data();
        QString* rowErrors = batch.rowErrors.data();
        QString* packedFields = batch.packedFields.data();
        std::optional<NewContact>* mapped = items.data();
        PhoneNumbers::Parsed* parsedPhones = phones.data();
        ParallelFor::run(&pool, batch.records.size(), [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                CsvRecord& record = records[i];
                if (!record.error.isEmpty()) {
                    rowErrors[i] = record.error;
                } else if (QString extra = extraFields(record.fields, headerSize);
                           !extra.isEmpty()) {
                    rowErrors[i] = std::move(extra);
                } else {
                    record.fields.resize(headerSize);
                    if (auto item =
                            ImportRow::item(mapping, record.fields, rowOptions, &parsedPhones[i])) {
                        mapped[i] = std::move(*item);
                        // Kept for the error file in case the store refuses the row, in one
                        // string instead of one per field: a third of the memory. No field
                        // of a mapped row holds U+0000 (the reader makes that an error).
                        packedFields[i] = record.fields.join(QChar(0));
                        record.fields = QStringList();
                    } else {
                        rowErrors[i] = item.error();
                    }
                }
            }
        });
        QList<NewContact> bulkItems;
        bulkItems.reserve(items.size());
        QList<PhoneNumbers::Parsed> bulkPhones;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i)) {
                bulkItems.append(std::move(*items[i]));
                bulkPhones.append(std::move(phones[i]));
                batch.recordOfItem.append(i);
            }
        }
        items.clear();
        phones.clear();
        // The store takes the phones ImportRow parsed instead of parsing each one again.
        batch.prepared =
            ContactStore::prepareBulk(bulkItems, ContactSource::Import, &pool, &bulkPhones);
        return batch;
    };

    QFuture<Batch> next = QtConcurrent::run(&pool, prepare);
    for (;;) {
        Batch batch = next.takeResult();
        if (m_cancelled) {
            report.cancelled = true;
            break;
        }
        if (batch.records.isEmpty())
            break;
        if (!batch.end)
            next = QtConcurrent::run(&pool, prepare);

        auto written = m_store.writeBulk(batch.prepared, INT_MAX, mergeUpTo);
        if (!written) {
            report.failure = written.error();
            break;
        }
        // Every skipped row of the batch, in the file's order.
        struct Skipped {
            qsizetype record;
            QString message;
        };
        QList<Skipped> skipped;
        for (qsizetype i = 0; i < batch.rowErrors.size(); ++i) {
            if (!batch.rowErrors.at(i).isEmpty())
                skipped.append(Skipped{i, batch.rowErrors.at(i)});
        }
        for (const BulkResult::Error& error : written->errors)
            skipped.append(Skipped{batch.recordOfItem.at(error.index), error.error});
        std::sort(skipped.begin(), skipped.end(),
                  [](const Skipped& a, const Skipped& b) { return a.record < b.record; });
        for (const Skipped& row : skipped) {
            const CsvRecord& record = batch.records.at(row.record);
            const QStringList fields = batch.packedFields.at(row.record).isEmpty()
                                           ? record.fields
                                           : batch.packedFields.at(row.record).split(QChar(0));
            report.addError(batch.firstIndex + row.record, record.line,
                            phoneAsGiven(mapping, fields), row.message, fields);
        }
        report.imported += written->contacts.size();
        report.updated += written->updated.size();
        report.unchanged += written->unchanged.size();
        report.rowsRead += batch.records.size();
        report.committedThroughLine = batch.records.last().line;
        m_rowsDone = report.rowsRead;
        if (m_progressCallback)
            m_progressCallback(progress());
        if (batch.end)
            break;
    }
    if (next.isValid())
        next.waitForFinished(); // a batch prepared ahead, not to be written
    if (m_cancelled)
        report.cancelled = true;
    return report;
}
