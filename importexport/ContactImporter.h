#pragma once

#include "ApiError.h"
#include "ColumnMapping.h"
#include "CsvFormat.h"
#include "CsvRecord.h"
#include "ImportFileKind.h"
#include "ImportReport.h"
#include "ImportSource.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class ContactStore;
class QIODevice;

/// What an import does, as the wizard or `contacts-cli import` sets it.
struct ImportOptions {
    ImportFileKind kind = ImportFileKind::Detect;
    CsvFormat format;                     ///< encoding and delimiter; empty ones are detected
    std::optional<ColumnMapping> mapping; ///< else guessed from the header
    QString region;                       ///< the default region of national numbers
    QStringList tags;                     ///< added to every imported contact
    bool updateExisting = false;          ///< merge rows into existing contacts (ContactMerge)
    /// The file lists people who agreed to be messaged (a sign-up sheet): every contact it
    /// creates is opted in, and the history names the file. A contact that exists already
    /// keeps its own optedIn, so that a list never undoes an opt-out.
    bool optIn = false;
    /// Rows per batch: read, prepared and written together. Two batches are in memory at a
    /// time (one written, one prepared). At 1M rows, 2,000 peaked at 138 MB, 5,000 at
    /// 194 MB and 20,000 at 368 MB (docs/benchmarks.md, "CSV import and export").
    int batchSize = 2000;
    /// Batches are committed together, in one transaction of at least this many rows or
    /// `secondsPerTransaction` of writing, whichever comes first: every commit writes each
    /// index page the transaction touched, and random keys (phone, folded name) touch most
    /// of them, so a commit per small batch wrote the indexes again and again
    /// (docs/benchmarks.md, "The write path"). A crash loses the open transaction only.
    int rowsPerTransaction = 50000;
    double secondsPerTransaction = 2.0;
    /// An import that adds at least this many contacts merges the search index at its end
    /// (ContactDatabase::compactSearchIndex()): otherwise the next small writes pay, seconds
    /// at a time, for merging what it wrote. 2.3 s at 1,000,000 contacts.
    qint64 compactSearchIndexAfter = 50000;
    int maxErrorsKept = 10000; ///< errors listed in the report; all go to the error file
    /// Reads the whole file and reports what an import would do, writing nothing (the
    /// report's dry-run counts).
    bool dryRun = false;
};

/// The first rows of a file, for the wizard to show before importing.
struct ImportPreview {
    ImportFileKind kind = ImportFileKind::Csv; ///< what the content is
    CsvFormat format;                          ///< what was detected, or what was given
    bool bom = false;
    /// The file's column names; `Column 1` … when its first row is a record (headerless).
    QStringList header;
    bool headerless = false;
    QStringList columnsFromValues; ///< columns whose values, not their names, gave the field
    QList<CsvRecord> rows;
    ColumnMapping mapping; ///< the guess for the header
    QString headerKey;     ///< ColumnMapping::headerKey(header): to remember a chosen mapping
    qint64 fileSize = 0;   ///< 0 for a stream (a pipe), which has no size
};

/// Imports a CSV file into a store with the bulk API's semantics for each row (one phone
/// once; `Contact already exists`; a bad row skipped with its message and line) in batches,
/// several to a transaction (ImportOptions::rowsPerTransaction). While one batch is written
/// on the calling thread, the next is read, mapped and validated on the other cores.
///
/// run() is called on the store's database thread and blocks until the import ends;
/// cancel() and progress() may be called from any thread meanwhile.
class ContactImporter {
public:
    struct Progress {
        /// Data rows written: committed, or in the open transaction, which a cancel commits.
        qint64 rowsDone = 0;
        qint64 bytesRead = 0;  ///< of the file, read so far (ahead of rowsDone by a batch)
        qint64 totalBytes = 0; ///< 0 when unknown: a stream (a pipe, standard input)
        /// The number of data rows the file probably has, from the bytes per row so far; 0
        /// when the size is unknown.
        qint64 estimatedRows() const
        {
            return bytesRead > 0 && rowsDone > 0 ? qint64(double(rowsDone) * totalBytes / bytesRead)
                                                 : 0;
        }
    };

    explicit ContactImporter(ContactStore& store);

    /// The detected format, the header, the first `rows` records and the guessed mapping.
    /// `region` reads national numbers where the values decide a column's field.
    static std::expected<ImportPreview, QString> preview(const QString& path,
                                                         const CsvFormat& format = {},
                                                         int rows = 20, const QString& region = {});
    /// The same from `input`, open for reading, from where it stands. A caller that reads
    /// a stream once (a pipe) previews inside a transaction of the device (startTransaction(),
    /// then rollbackTransaction()), so that run() reads it again from its start.
    static ImportPreview preview(QIODevice& input, const CsvFormat& format = {}, int rows = 20,
                                 const QString& region = {});

    /// Imports `path`. Fails with a message, before writing anything, when the file cannot
    /// be read, has no header, or no column is mapped to the phone; a database error after
    /// some batches is the report's `failure` (those batches stay).
    std::expected<ImportReport, QString> run(const QString& path, const ImportOptions& options);
    /// Imports what `input`, open for reading, holds from where it stands to its end: a file,
    /// or a stream read once (a FIFO, standard input), whose size is unknown. `name` stands
    /// for it in messages.
    std::expected<ImportReport, QString> run(QIODevice& input, const QString& name,
                                             const ImportOptions& options);

    /// Stops after the batch being written, and commits what was written. Any thread.
    void cancel() { m_cancelled = true; }
    /// Any thread.
    Progress progress() const;
    /// Called on run()'s thread after each written batch.
    void setProgressCallback(std::function<void(const Progress&)> callback)
    {
        m_progressCallback = std::move(callback);
    }

private:
    /// A file's records and the columns they are read through.
    struct Source {
        std::unique_ptr<ImportSource> source;
        ColumnMapping mapping; ///< a CSV file's (each vCard has its own)
        qsizetype columns = 0; ///< a CSV file's
    };
    /// The preview of a vCard file: what each of its first cards imports as.
    static ImportPreview previewCards(QIODevice& input, ImportPreview preview, int rows,
                                      const QString& region);
    static std::expected<Source, QString> openSource(QIODevice& input, const QString& name,
                                                     const ImportOptions& options);

    ContactStore& m_store;
    std::atomic<bool> m_cancelled = false;
    std::atomic<qint64> m_rowsDone = 0;
    std::atomic<qint64> m_bytesRead = 0;
    std::atomic<qint64> m_totalBytes = 0;
    std::function<void(const Progress&)> m_progressCallback;
};
