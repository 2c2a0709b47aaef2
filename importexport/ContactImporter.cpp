#include "ContactImporter.h"

#include "ContactDatabase.h"
#include "ContactStore.h"
#include "CsvImportSource.h"
#include "ImportRow.h"
#include "ImportTransaction.h"
#include "Operations.h"
#include "ParallelFor.h"
#include "TextEncoding.h"
#include "VCardImportSource.h"
#include "VCardReader.h"

#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QScopeGuard>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace {

/// One batch of rows, read, mapped and validated, ready to write.
struct Batch {
    QList<ImportRecord> records;
    qint64 firstIndex = 0;    ///< the data-row index of records[0]
    QList<QString> rowErrors; ///< per record: why it cannot be imported, or empty
    /// per record sent to the store: a CSV row's fields 0-joined, or a card's phone as given
    QList<QString> packedFields;
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

/// A phone in E.164 as a number: 8 bytes where the dry run remembers a million phones.
quint64 phoneKey(const QString& e164)
{
    return QStringView(e164).mid(1).toULongLong();
}

/// What a dry run would do with a row that the store takes (BulkResult), given the rows
/// before it: each phone the file gave a contact before is remembered with its line, so that a
/// later row with it is a duplicate in the file.
class DryRunTally {
public:
    enum class Outcome { New, Updated, Unchanged, Refused };

    /// Counts the row in `report`; returns why it would be skipped, or nothing.
    std::optional<QString> add(ImportReport& report, qint64 line, const QString& phone,
                               Outcome outcome, const QString& refusal)
    {
        if (outcome == Outcome::Refused && refusal != ApiMessages::contactAlreadyExists) {
            ++report.invalid;
            return refusal;
        }
        const quint64 key = phoneKey(phone);
        if (const auto earlier = m_seen.constFind(key); earlier != m_seen.cend()) {
            ++report.duplicateInFile;
            return QStringLiteral("The same phone as line %1").arg(*earlier);
        }
        if (outcome == Outcome::Refused) {
            ++report.existing;
            return refusal;
        }
        m_seen.insert(key, line);
        ++(outcome == Outcome::New       ? report.imported
           : outcome == Outcome::Updated ? report.updated
                                         : report.unchanged);
        return std::nullopt;
    }

    /// A row that never reached the store: its content cannot be imported.
    static QString invalid(ImportReport& report, const QString& why)
    {
        ++report.invalid;
        return why;
    }

private:
    QHash<quint64, qint64> m_seen;
};

/// A row of a batch that is not imported, and why.
struct Skipped {
    qsizetype record;
    QString message;
};

/// Counts the rows of a dry run's batch and returns those it would skip, in the file's order.
QList<Skipped> dryRunSkips(ImportReport& report, DryRunTally& tally, const Batch& batch,
                           const BulkResult& result)
{
    using Outcome = DryRunTally::Outcome;
    QList<std::pair<Outcome, QString>> outcomes(batch.recordOfItem.size()); // per bulk item
    for (const BulkResult::Created& created : result.contacts)
        outcomes[created.index].first = Outcome::New;
    for (const BulkResult::Created& updated : result.updated)
        outcomes[updated.index].first = Outcome::Updated;
    for (const BulkResult::Created& unchanged : result.unchanged)
        outcomes[unchanged.index].first = Outcome::Unchanged;
    for (const BulkResult::Error& error : result.errors)
        outcomes[error.index] = {Outcome::Refused, error.error};

    QList<Skipped> skipped;
    qsizetype item = 0;
    for (qsizetype i = 0; i < batch.records.size(); ++i) {
        if (!batch.rowErrors.at(i).isEmpty()) {
            skipped.append(Skipped{i, DryRunTally::invalid(report, batch.rowErrors.at(i))});
            continue;
        }
        const auto& [outcome, refusal] = outcomes.at(item);
        const auto& row = batch.prepared.rows.at(item);
        ++item;
        if (!row) {
            skipped.append(Skipped{i, DryRunTally::invalid(report, refusal)});
            continue;
        }
        if (auto why =
                tally.add(report, batch.records.at(i).line, row->contact.phone, outcome, refusal))
            skipped.append(Skipped{i, std::move(*why)});
    }
    return skipped;
}

/// What the first bytes of a file say it is, when it is not text to import: a spreadsheet
/// saved in its own format, an archive, a document. Empty for text.
QString binaryKind(const QByteArray& head)
{
    if (head.startsWith("PK\x03\x04"))
        return QStringLiteral("a ZIP archive (an Excel .xlsx or OpenDocument .ods workbook is "
                              "one: save it as CSV)");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return QStringLiteral("an old Excel .xls workbook (save it as CSV)");
    if (head.startsWith("%PDF"))
        return QStringLiteral("a PDF document");
    if (!head.contains('\0'))
        return {};
    // NULs are text in UTF-16, which has them in every other byte.
    if (TextEncoding::detect(head, false).name.startsWith(QLatin1String("UTF-16")))
        return {};
    return QStringLiteral("binary data, not text");
}

/// The format of what `input` holds, from its first bytes, as `asked` or detected; or why it
/// cannot be imported.
std::expected<ImportFileKind, QString> contentKind(QIODevice& input, const QString& name,
                                                   ImportFileKind asked)
{
    const QByteArray head = input.peek(64 * 1024);
    const bool vcard = VCardReader::looksLikeVCard(head);
    if (asked == ImportFileKind::VCard && !vcard) {
        return std::unexpected(
            QStringLiteral("%1 is not a vCard file: its first line is not BEGIN:VCARD%2")
                .arg(name, binaryKind(head).isEmpty()
                               ? QStringLiteral(" (if it is a CSV file, import it as CSV)")
                               : QString()));
    }
    if (asked == ImportFileKind::Csv || vcard)
        return vcard && asked != ImportFileKind::Csv ? ImportFileKind::VCard : ImportFileKind::Csv;
    if (const QString binary = binaryKind(head); !binary.isEmpty()) {
        return std::unexpected(
            QStringLiteral("%1 is neither a CSV nor a vCard file: it is %2").arg(name, binary));
    }
    return ImportFileKind::Csv;
}

} // namespace

ContactImporter::ContactImporter(ContactStore& store) : m_store(store) {}

ContactImporter::Progress ContactImporter::progress() const
{
    return Progress{m_rowsDone.load(), m_bytesRead.load(), m_totalBytes.load()};
}

std::expected<ImportPreview, QString> ContactImporter::preview(const QString& path,
                                                               const CsvFormat& format, int rows,
                                                               const QString& region)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return preview(file, format, rows, region);
}

ImportPreview ContactImporter::preview(QIODevice& input, const CsvFormat& format, int rows,
                                       const QString& region)
{
    ImportPreview preview;
    preview.fileSize = input.isSequential() ? 0 : input.size();
    if (VCardReader::looksLikeVCard(input.peek(64 * 1024)))
        return previewCards(input, std::move(preview), rows, region);
    CsvImportSource source(input, format, region);
    const bool started = source.start(QString()).has_value();
    preview.format = source.format();
    preview.bom = source.hasBom();
    if (!started)
        return preview; // no header: the preview says the file is empty
    preview.header = source.header();
    preview.headerless = source.isHeaderless();
    preview.columnsFromValues = source.columnsFromValues();
    while (preview.rows.size() < rows) {
        std::optional<ImportRecord> record = source.next();
        if (!record)
            break;
        preview.rows.append(
            CsvRecord{std::move(record->fields), record->line, std::move(record->error)});
    }
    preview.mapping = source.guessedMapping();
    preview.headerKey = ColumnMapping::headerKey(preview.header);
    return preview;
}

ImportPreview ContactImporter::previewCards(QIODevice& input, ImportPreview preview, int rows,
                                            const QString& region)
{
    preview.kind = ImportFileKind::VCard;
    preview.header = QStringList{QStringLiteral("Name"), QStringLiteral("Phone"),
                                 QStringLiteral("Email"), QStringLiteral("Tags")};
    VCardImportSource source(input);
    const ImportRow::Options options{region.toUpper(), {}};
    while (preview.rows.size() < rows) {
        std::optional<ImportRecord> record = source.next();
        if (!record)
            break;
        CsvRecord row{{}, record->line, record->error};
        if (row.error.isEmpty()) {
            // What the card imports as, or why it does not.
            if (const auto item = ImportRow::item(*record->mapping, record->fields, options)) {
                row.fields =
                    QStringList{item->name.value().value_or(QString()), item->phone.value(),
                                item->email.value().value_or(QString()),
                                item->tags.value().join(QLatin1String(", "))};
            } else {
                row.error = item.error();
            }
        }
        preview.rows.append(std::move(row));
    }
    preview.format.encoding = source.encoding();
    preview.mapping = ColumnMapping::fromColumns({});
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

std::expected<ContactImporter::Source, QString>
ContactImporter::openSource(QIODevice& input, const QString& name, const ImportOptions& options)
{
    Source opened;
    const auto kind = contentKind(input, name, options.kind);
    if (!kind)
        return std::unexpected(kind.error());
    if (*kind == ImportFileKind::VCard) {
        opened.source = std::make_unique<VCardImportSource>(input);
        return opened;
    }
    auto csv = std::make_unique<CsvImportSource>(input, options.format, options.region);
    // The file of skipped rows gives each field back as the file had it; ImportRow makes the
    // line ends of what is imported LFs.
    csv->setKeepLineEnds(true);
    if (auto started = csv->start(name); !started)
        return std::unexpected(started.error());
    opened.mapping = csv->guessedMapping();
    if (options.mapping) {
        if (options.mapping->header() != csv->header())
            return std::unexpected(
                QStringLiteral("the mapping is for other columns than the file's"));
        opened.mapping = *options.mapping;
    }
    if (auto valid = opened.mapping.validate(); !valid)
        return std::unexpected(valid.error());
    opened.columns = csv->header().size();
    opened.source = std::move(csv);
    return opened;
}

std::expected<ImportReport, QString> ContactImporter::run(QIODevice& input, const QString& name,
                                                          const ImportOptions& options)
{
    m_cancelled = false;
    m_rowsDone = 0;
    m_bytesRead = 0;
    // The history says which file set a contact's flags, under the store's own actor.
    const WriteOrigin callersOrigin = m_store.origin();
    m_store.setOrigin(
        WriteOrigin(WriteOrigin::Method::Import, callersOrigin.actor, QFileInfo(name).fileName()));
    const auto restoreOrigin = qScopeGuard([&] { m_store.setOrigin(callersOrigin); });
    m_totalBytes = input.isSequential() ? 0 : input.size() - input.pos();
    auto opened = openSource(input, name, options);
    if (!opened)
        return std::unexpected(opened.error());
    ImportSource& source = *opened->source;
    const ColumnMapping& mapping = opened->mapping;
    const qsizetype headerSize = opened->columns;

    ImportReport report;
    report.dryRun = options.dryRun;
    if (!report.startErrorFile(source.errorHeader(), options.maxErrorsKept))
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
    const ImportRow::Options rowOptions{options.region.toUpper(), options.tags, options.optIn};
    // The batch being prepared runs on this pool, sharing its rows with the pool's other
    // threads (ParallelFor is safe from a pool thread); this thread writes meanwhile.
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(2, QThread::idealThreadCount()));
    qint64 nextIndex = 0;
    const auto prepare = [&]() {
        Batch batch;
        batch.firstIndex = nextIndex;
        while (batch.records.size() < batchSize && !m_cancelled) {
            std::optional<ImportRecord> record = source.next();
            if (!record) {
                batch.end = true;
                break;
            }
            batch.records.append(std::move(*record));
        }
        nextIndex += batch.records.size();
        m_bytesRead = source.bytesRead();

        QList<std::optional<NewContact>> items(batch.records.size());
        QList<PhoneNumbers::Parsed> phones(batch.records.size());
        batch.rowErrors.resize(batch.records.size());
        batch.packedFields.resize(batch.records.size());
        // Raw pointers: the workers write distinct elements, and must not each detach.
        ImportRecord* records = batch.records.data();
        QString* rowErrors = batch.rowErrors.data();
        QString* packedFields = batch.packedFields.data();
        std::optional<NewContact>* mapped = items.data();
        PhoneNumbers::Parsed* parsedPhones = phones.data();
        ParallelFor::run(&pool, batch.records.size(), [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i) {
                ImportRecord& record = records[i];
                if (!record.error.isEmpty()) {
                    rowErrors[i] = record.error;
                    continue;
                }
                if (record.mapping) { // a card: its own columns, its text for the error file
                    if (auto item = ImportRow::item(*record.mapping, record.fields, rowOptions,
                                                    &parsedPhones[i])) {
                        mapped[i] = std::move(*item);
                        // Should the store refuse it, the error file has the card's text and
                        // the report its number as given: the columns can go.
                        packedFields[i] = phoneAsGiven(*record.mapping, record.fields);
                        record.fields = QStringList();
                        record.mapping.reset();
                    } else {
                        rowErrors[i] = item.error();
                    }
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
            ContactStore::prepareBulk(bulkItems, ContactSource::Import, &pool, &bulkPhones,
                                      options.dryRun ? ContactBatchInsert::Purpose::Check
                                                     : ContactBatchInsert::Purpose::Write);
        return batch;
    };

    DryRunTally tally;
    ImportTransaction transaction(m_store.database(), options.rowsPerTransaction,
                                  options.secondsPerTransaction);
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

        if (!options.dryRun) {
            if (auto begun = transaction.open(report); !begun) {
                report.failure = begun.error();
                break;
            }
            if (!m_store.origin().operation) {
                // One undoable operation, begun with the first batch: it commits with it.
                WriteOrigin origin = m_store.origin();
                auto operation = Operations(m_store.database(), m_store.organization().rowId)
                                     .begin(Operation::Kind::Import, origin.detail, origin);
                if (!operation) {
                    report.failure = operation.error();
                    transaction.rollBack(report);
                    break;
                }
                origin.operation = *operation;
                m_store.setOrigin(origin);
            }
        }
        // Each batch joins the open transaction without a savepoint of its own: a batch that
        // fails rolls back the whole transaction (ImportTransaction::rollBack).
        auto written = options.dryRun ? m_store.classifyBulk(batch.prepared, mergeUpTo)
                                      : m_store.writeBulk(batch.prepared, INT_MAX, mergeUpTo,
                                                          SqlTransaction::Join);
        if (!written) {
            report.failure = written.error();
            transaction.rollBack(report);
            break;
        }
        // Every skipped row of the batch, in the file's order.
        QList<Skipped> skipped;
        if (options.dryRun) {
            skipped = dryRunSkips(report, tally, batch, *written);
        } else {
            for (qsizetype i = 0; i < batch.rowErrors.size(); ++i) {
                if (!batch.rowErrors.at(i).isEmpty())
                    skipped.append(Skipped{i, batch.rowErrors.at(i)});
            }
            for (const BulkResult::Error& error : written->errors)
                skipped.append(Skipped{batch.recordOfItem.at(error.index), error.error});
            std::sort(skipped.begin(), skipped.end(),
                      [](const Skipped& a, const Skipped& b) { return a.record < b.record; });
            report.imported += written->contacts.size();
            report.updated += written->updated.size();
            report.unchanged += written->unchanged.size();
        }
        for (const Skipped& row : skipped) {
            const ImportRecord& record = batch.records.at(row.record);
            const QString& packed = batch.packedFields.at(row.record);
            if (!record.source.isEmpty()) { // a card
                report.addError(batch.firstIndex + row.record, record.line,
                                record.mapping ? phoneAsGiven(*record.mapping, record.fields)
                                               : packed,
                                row.message, QStringList{QString::fromUtf8(record.source)});
                continue;
            }
            const QStringList fields = packed.isEmpty() ? record.fields : packed.split(QChar(0));
            report.addError(batch.firstIndex + row.record, record.line,
                            phoneAsGiven(mapping, fields), row.message, fields);
        }
        report.rowsRead += batch.records.size();
        if (options.dryRun)
            report.committedThroughLine = batch.records.last().line;
        else
            transaction.wrote(batch.records.size(), batch.records.last().line);
        m_rowsDone = report.rowsRead;
        if (!options.dryRun && !batch.end && !m_cancelled) {
            if (auto committed = transaction.commitIfDue(report); !committed) {
                report.failure = committed.error();
                break;
            }
        }
        if (m_progressCallback)
            m_progressCallback(progress());
        const bool end = batch.end;
        // Freeing a written batch (thousands of strings and lists) took 4% of this thread's
        // time, the import's critical path: a pool thread does it while this one writes.
        pool.start(
            [written = std::move(batch)]() mutable { const Batch freed = std::move(written); });
        if (end)
            break;
    }
    if (next.isValid())
        next.waitForFinished(); // a batch prepared ahead, not to be written
    // The end and a cancel alike keep every batch written; the operation ends with them.
    report.operationId = m_store.origin().operation;
    if (const std::optional<qint64> operation = m_store.origin().operation;
        operation && !report.failure) {
        auto finished = transaction.open(report);
        if (finished)
            finished =
                Operations(m_store.database(), m_store.organization().rowId).finish(*operation);
        if (!finished)
            report.failure = finished.error();
    }
    if (auto committed = transaction.commit(report); !committed && !report.failure)
        report.failure = committed.error();
    // What was imported stays imported if this fails: the search index only stays slower to
    // write to, as it was before.
    if (!options.dryRun && report.imported >= options.compactSearchIndexAfter)
        m_store.database().compactSearchIndex();
    m_rowsDone = report.rowsRead;
    if (m_cancelled)
        report.cancelled = true;
    return report;
}
