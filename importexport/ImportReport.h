#pragma once

#include "ApiError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>
#include <memory>
#include <optional>

class QTemporaryFile;

/// The outcome of a file import, in the bulk response's shape plus the file's lines: the
/// counts, each skipped row's line, phone and message, and whether it ran to the end.
/// Batches commit in order (several to a transaction, see ImportTransaction), so a cancelled
/// or failed import has imported exactly the rows up to `committedThroughLine`, and none
/// after it.
///
/// Every error row is also spooled, as it comes, to a CSV of the file's original columns
/// plus `error` and `line` (saveErrors()); the list in memory keeps the first
/// `maxErrorsKept` only, so that a file of a million bad rows does not fill the memory.
class ImportReport {
public:
    struct Error {
        qint64 index = 0; ///< the row's position among the file's data rows, from 0
        qint64 line = 0;
        QString phone; ///< the userNumber as the row gave it, when there was one
        QString message;
    };

    ImportReport();

    qint64 imported = 0;
    qint64 updated = 0;
    qint64 unchanged = 0; ///< rows that matched an existing contact and brought nothing new
    qint64 skipped = 0;
    QList<Error> errors;             ///< the first maxErrorsKept errors, by line
    qint64 rowsRead = 0;             ///< data rows committed (imported, updated or skipped)
    qint64 committedThroughLine = 0; ///< the last line of the last committed transaction
    bool cancelled = false;
    std::optional<ApiError> failure; ///< the database error that stopped the import
    /// The import's undoable operation (Operations); none for a dry run or a failed start.
    std::optional<qint64> operationId;

    /// A dry run (ImportOptions::dryRun) wrote nothing: `imported`, `updated`, `unchanged` and
    /// `skipped` are what the import would report, and these say why rows would be skipped.
    bool dryRun = false;
    qint64 existing = 0;        ///< the phone is a contact's already (no `--update-existing`)
    qint64 duplicateInFile = 0; ///< an earlier row of the file has the same phone
    qint64 invalid = 0;         ///< the row cannot be imported (no valid phone, unreadable)

    /// Starts the error file with the file's header (the import does this).
    bool startErrorFile(const QStringList& header, int maxErrorsKept);
    /// Adds a skipped row: counts it, keeps it in `errors` if there is room, spools it.
    void addError(qint64 index, qint64 line, const QString& phone, const QString& message,
                  const QStringList& fields);
    /// Copies the error rows to `path` as CSV (UTF-8 with BOM, for Excel). Fails with a
    /// message when the file cannot be written.
    std::expected<void, QString> saveErrors(const QString& path) const;

    /// The bulk response's shape: `imported`, `updated`, `skipped`, `errors` (each with
    /// `index`, `line`, `phone` as given or null, `error`), plus `unchanged` when rows
    /// matched existing contacts without changing them, plus `cancelled`,
    /// `committedThroughLine` and `errorsOmitted` when the list was cut, `operation` (the id
    /// `contacts-cli undo` takes) when it wrote; a dry run adds
    /// `dryRun`, `new`, `wouldUpdate`, `unchanged`, `existing`, `duplicateInFile` and
    /// `invalid`.
    QJsonObject toJson() const;

private:
    std::shared_ptr<QTemporaryFile> m_errorFile;
    qsizetype m_columns = 0;
    int m_maxErrorsKept = 10000;
};
