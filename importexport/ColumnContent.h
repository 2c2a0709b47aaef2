#pragma once

#include "ColumnMapping.h"

#include <QList>
#include <QString>
#include <QStringList>

/// What a file's columns hold, read from their values where their headers say nothing: a file
/// whose phone column is headed `Contact` or `Nummer 2`, or a file with no header at all
/// (Palm Desktop's exports). Thread-safe.
namespace ColumnContent {

/// True when no cell of `row` is a header ColumnMapping knows and at least one reads as a
/// phone number in `region`: the row is a record, and the file has no header.
bool isRecord(const QStringList& row, const QString& region);

/// `Column 1` … `Column N`: the header of a file that has none.
QStringList numberedHeader(qsizetype columns);

/// When `mapping` maps no column to the phone, maps to Phone each unmapped (param) column
/// whose values mostly read as phone numbers in `region`, and when it maps none to the email,
/// the first whose values mostly are email addresses. `rows` are the file's first records.
/// Returns the headers of the columns it mapped.
QStringList guessFromValues(ColumnMapping& mapping, const QList<QStringList>& rows,
                            const QString& region);

} // namespace ColumnContent
