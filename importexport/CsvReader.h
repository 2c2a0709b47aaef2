#pragma once

#include "CsvFormat.h"
#include "CsvRecord.h"

#include <QString>
#include <QStringDecoder>

#include <optional>

class QIODevice;

/// A streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line ends
/// inside; CRLF, LF and CR line ends; the encoding detected (BOM, UTF-16, UTF-8, else
/// uchardet) and the delimiter sniffed unless the format fixes them; Excel's `sep=;` first
/// line honoured; blank lines and rows of empty fields skipped.
///
/// Memory stays bounded whatever the file: one chunk of input and at most one record's text
/// (maxRecordLength) are held. Bad input never stops the reader: an unterminated quote, an
/// over-long field or line, or bytes that are not text in the encoding make that record an
/// error record (CsvRecord::error) and reading goes on with the next line.
///
/// Not thread-safe; reads `device` from the thread that calls next().
class CsvReader {
public:
    struct Limits {
        int maxFieldLength = 32 * 1024; ///< characters of one field
        int maxFields = 1000;           ///< fields of one record
        int maxRecordLength = 1 << 20;  ///< characters of one record's text, quotes included
    };

    /// `device` must be open for reading and outlive the reader.
    explicit CsvReader(QIODevice* device, const CsvFormat& format = {});
    CsvReader(QIODevice* device, const CsvFormat& format, Limits limits);

    /// The encoding and delimiter in use: detected on the first call of next() (or of
    /// format() itself) unless fixed by the format given.
    CsvFormat format();
    /// True when the file starts with a byte order mark.
    bool hasBom();

    /// The next record, or nothing at the end of the input.
    std::optional<CsvRecord> next();

    /// Keeps a line end inside a quoted field as the file wrote it (CR, LF or CRLF) instead
    /// of one LF: for a reader whose records may be written out again as they were read (the
    /// importer's file of skipped rows). Call before the first next().
    void setKeepLineEnds(bool keep) { m_keepLineEnds = keep; }

    /// Bytes consumed from the device so far (for progress).
    qint64 bytesRead() const { return m_bytesRead; }

    /// The delimiter that splits the most records of `text` into the same number (>1) of
    /// fields, comma when none does.
    static QChar sniffDelimiter(QStringView text, bool complete);

private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void start();
    bool fill();
    std::optional<CsvRecord> readRecord();
    /// Consumes the line end at m_pos (CR, LF or CRLF).
    void consumeLineEnd();
    bool isLineEnd(QChar c) const { return c == u'\n' || c == u'\r'; }
    void appendToField(CsvRecord& record, QString& field, QStringView text);
    void endField(CsvRecord& record, QString& field);
    /// A quote opened at the record's start never closed (within maxRecordLength or before
    /// the end): that line is the error, and reading resumes on the next one.
    CsvRecord unterminatedQuote(CsvRecord record);
    /// A record too long to hold: skips, without keeping it, to the end of its line.
    CsvRecord overlongLine(CsvRecord record);

    QIODevice* m_device;
    CsvFormat m_format;
    Limits m_limits;
    bool m_started = false;
    bool m_bom = false;
    bool m_atEnd = false;
    QStringDecoder m_decoder;
    QString m_text;      ///< decoded input not yet consumed, from the record's start
    qsizetype m_pos = 0; ///< the next character to read in m_text
    qsizetype m_recordStart = 0;
    qint64 m_line = 1; ///< the line m_pos is on
    qint64 m_bytesRead = 0;
    bool m_fieldTooLong = false;
    bool m_keepLineEnds = false;
};
