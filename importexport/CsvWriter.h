#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

/// Writes RFC 4180 CSV in UTF-8: a field is quoted when it holds the delimiter, a quote, a
/// line end or edge spaces; records end with CRLF, as Excel writes them.
class CsvWriter {
public:
    explicit CsvWriter(QIODevice* device, QChar delimiter = u',');

    /// Writes the UTF-8 byte order mark Excel needs to read UTF-8 (call first).
    bool writeBom();
    bool writeRecord(const QStringList& fields);
    /// One record as bytes, for callers that batch their writes.
    static QByteArray record(const QStringList& fields, QChar delimiter = u',');

private:
    QIODevice* m_device;
    QChar m_delimiter;
};
