#pragma once

#include "ImportRecord.h"

#include <QStringList>

#include <optional>

/// The records of a file being imported, one at a time, in the file's order, whatever its
/// format (CsvImportSource, VCardImportSource). Reads its device on the thread that calls
/// next().
class ImportSource {
public:
    virtual ~ImportSource() = default;

    /// The next record, or nothing at the end of the file.
    virtual std::optional<ImportRecord> next() = 0;
    /// Bytes consumed from the device so far (for progress).
    virtual qint64 bytesRead() const = 0;
    /// The columns of the file of skipped rows: the file's own for a CSV file.
    virtual QStringList errorHeader() const = 0;
};
