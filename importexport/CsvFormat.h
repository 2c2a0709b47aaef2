#pragma once

#include <QChar>
#include <QString>

/// How a CSV file is written: its encoding and delimiter. Empty values mean "detect": the
/// reader fills in what it found, which a user may then override (the import wizard's
/// preview shows both).
struct CsvFormat {
    QString encoding; ///< a QStringDecoder name (`UTF-8`, `windows-1252`, ...); empty: detect
    QChar delimiter;  ///< `,` `;` tab or `|`; null: sniff from the first records

    /// The delimiters sniffing chooses among: the comma, European Excel's semicolon, Excel's
    /// "Unicode Text" tab, and the pipe.
    static constexpr char16_t candidates[] = {u',', u';', u'\t', u'|'};
};
