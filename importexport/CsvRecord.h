#pragma once

#include <QString>
#include <QStringList>

/// One record of a CSV file as CsvReader read it.
struct CsvRecord {
    QStringList fields;
    qint64 line = 0; ///< the 1-based physical line the record starts on
    /// Why the record is malformed (unterminated quote, over-long field, bytes that are not
    /// text); empty for a good record. A malformed record's fields may be incomplete.
    QString error;
};
