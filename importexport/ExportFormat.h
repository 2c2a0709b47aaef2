#pragma once

/// The kind of file ContactExporter writes.
enum class ExportFormat {
    Csv,   ///< UTF-8 CSV with the API's field names, which ContactImporter maps back
    VCard, ///< vCard 3.0, a card a contact (VCardWriter), for phone address books
};
