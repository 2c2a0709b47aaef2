#pragma once

/// The format of a file to import.
enum class ImportFileKind {
    Detect, ///< by its content: a first line `BEGIN:VCARD` makes it vCard, else CSV
    Csv,
    VCard,
};
