#pragma once

#include "ColumnMapping.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

/// One record of a file being imported (a CSV row, a vCard), as an ImportSource read it.
struct ImportRecord {
    qint64 line = 0; ///< the 1-based line it starts on
    /// Why the record cannot be read (an unterminated quote, a card cut off); the importer
    /// skips it with this message. Empty for a good record.
    QString error;
    QStringList fields; ///< the values of its columns
    /// The record's own columns (each vCard names its own); null: the file's columns.
    std::shared_ptr<const ColumnMapping> mapping;
    /// For a record with its own columns, what the file of skipped rows gives back: the
    /// card's text, in UTF-8 (half the memory of the thousands of cards in flight).
    QByteArray source;
};
