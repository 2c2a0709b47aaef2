#pragma once

/// The kind of file ContactExporter writes.
enum class ExportFormat {
    Csv,   ///< UTF-8 CSV with the API's field names, which ContactImporter maps back
    VCard, ///< vCard 3.0, a card a contact (VCardWriter), for phone address books
    /// UTF-8 CSV of the contacts' opt-in and block history, a row per change: an audit
    /// (docs/history.md).
    FlagHistoryCsv,
};
