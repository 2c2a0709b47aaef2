#pragma once

#include "Contact.h"
#include "ExportFormat.h"
#include "FlagChange.h"
#include "ListQuery.h"

#include <QStringList>

#include <atomic>
#include <expected>
#include <functional>

class ContactStore;

/// What to export: the contacts a list query matches (everything, or the current search
/// and filters, in the list's order), or a selection.
struct ExportOptions {
    ListQuery query;
    QStringList contactIds; ///< when not empty: these contacts, in this order
    bool bom = true;        ///< CSV: the UTF-8 byte order mark Excel needs to read UTF-8
    ExportFormat format = ExportFormat::Csv;
};

/// Writes contacts to a CSV file in UTF-8 whose header ContactImporter maps back without a
/// question (the API's field names), so that an export imported into an empty database
/// gives the same contacts; or to a vCard file (VCardWriter, no byte order mark), a card a
/// contact. Streams: a page of contacts at a time, whatever the count. Phones are written
/// in international format with spaces (`+971 50 123 4567`): readable, and not a bare
/// number, which spreadsheets turn into 9.71501E+11.
///
/// run() is called on the store's database thread; cancel() and progress from any thread.
class ContactExporter {
public:
    explicit ContactExporter(ContactStore& store);

    /// The file's columns.
    static QStringList header();
    /// One contact's record, in header() order.
    static QStringList record(const Contact& contact);
    /// The columns of a history export (ExportFormat::FlagHistoryCsv).
    static QStringList historyHeader();
    /// One change of `contact`'s history, in historyHeader() order.
    static QStringList historyRecord(const Contact& contact, const FlagChange& change);

    /// Writes `path` (replaced only when complete). Returns the number of contacts written
    /// (of history rows for FlagHistoryCsv), or a message: a store or file error, or
    /// `cancelled` (nothing is written then).
    std::expected<qint64, QString> run(const QString& path, const ExportOptions& options);

    void cancel() { m_cancelled = true; }
    qint64 rowsDone() const { return m_rowsDone; }
    qint64 totalRows() const { return m_totalRows; }
    /// Called on run()'s thread after each page written, with rowsDone().
    void setProgressCallback(std::function<void(qint64 rowsDone)> callback)
    {
        m_progressCallback = std::move(callback);
    }

private:
    ContactStore& m_store;
    std::atomic<bool> m_cancelled = false;
    std::atomic<qint64> m_rowsDone = 0;
    std::atomic<qint64> m_totalRows = 0;
    std::function<void(qint64)> m_progressCallback;
};
