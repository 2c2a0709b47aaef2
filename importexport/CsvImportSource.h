#pragma once

#include "ColumnMapping.h"
#include "CsvFormat.h"
#include "CsvReader.h"
#include "ImportSource.h"

#include <QList>

#include <expected>

/// The rows of a CSV file for an import: its header read (or found missing: a first row
/// that is data gives the columns the names `Column 1` … `Column N`) and its columns guessed
/// from the header, then from the values of its first rows where the header names no phone.
/// Those first rows are read ahead and given again by next().
class CsvImportSource final : public ImportSource {
public:
    /// `input` must stay open for reading while the source is used. `region` reads the
    /// national numbers of the first rows when their content decides a column.
    CsvImportSource(QIODevice& input, const CsvFormat& format, const QString& region);

    /// Reads the header and the rows that decide the columns. Fails with a message when the
    /// file is empty or its header row is malformed.
    std::expected<void, QString> start(const QString& name);

    CsvFormat format() { return m_reader.format(); }
    bool hasBom() { return m_reader.hasBom(); }
    /// The file's column names, or `Column 1` … when it has no header.
    const QStringList& header() const { return m_header; }
    /// True when the file's first row is a record, not a header.
    bool isHeaderless() const { return m_headerless; }
    /// The columns guessed from the header and the first rows' values.
    const ColumnMapping& guessedMapping() const { return m_mapping; }
    /// Lines of notes before the header that were left out (LinkedIn's `Notes:`).
    int notesSkipped() const { return m_notesSkipped; }
    /// The headers of the columns the values decided (ColumnContent::guessFromValues).
    const QStringList& columnsFromValues() const { return m_fromValues; }
    /// Keeps each field's line ends as the file wrote them (CsvReader::setKeepLineEnds).
    /// Call before start().
    void setKeepLineEnds(bool keep) { m_reader.setKeepLineEnds(keep); }

    std::optional<ImportRecord> next() override;
    qint64 bytesRead() const override { return m_reader.bytesRead(); }
    QStringList errorHeader() const override { return m_header; }

private:
    static ImportRecord record(CsvRecord&& row);
    /// When the file starts with rows of one field (notes) and a header follows within a few
    /// rows, makes that header `first` and drops the notes.
    void skipNotesBeforeHeader(CsvRecord& first);

    CsvReader m_reader;
    QString m_region;
    QStringList m_header;
    bool m_headerless = false;
    int m_notesSkipped = 0;
    ColumnMapping m_mapping;
    QStringList m_fromValues;
    QList<CsvRecord> m_ahead; ///< rows read to decide the columns, not given out yet
};
