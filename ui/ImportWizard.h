#pragma once

#include "ContactImporter.h"

#include <QString>
#include <QWizard>

#include <expected>
#include <functional>
#include <optional>

class ContactWriter;
class CsvImportJob;
class ImportMappingPage;
class QAbstractItemModel;

/// File > Import…: a CSV file (chosen, or dropped on the window) → a preview with the
/// detected encoding and delimiter → a field per column, a default region, tags to add →
/// the import, which the window's ContactWriter runs on a thread of its own (CsvImportJob),
/// with progress and a way to stop it → the counts and the rows that were skipped, which can
/// be saved to fix and import again.
///
/// The import is not undoable (it may be a million rows); what was committed stays when it
/// is stopped. The writer tells the window to re-read its lists.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, PreviewPage, MappingPage, ProgressPage, ResultPage };

    /// Imports through `writer` (not owned; it must outlive the wizard).
    explicit ImportWizard(ContactWriter* writer, QWidget* parent = nullptr);
    /// Stops a running import and waits for the batch being written.
    ~ImportWizard() override;

    /// The file to import. Set before the wizard is shown, it starts at the preview.
    void setFilePath(const QString& path);
    QString filePath() const { return m_filePath; }

    /// Completes the tags to add from `model`'s `role` (the existing tags); not owned.
    void setTagCompletionModel(QAbstractItemModel* model, int role);

    /// Reads the first rows of the file in `format` (empty values: detect). On success the
    /// preview and, for a new header, the mapping are replaced.
    std::expected<void, QString> loadPreview(const CsvFormat& format);
    const ImportPreview& preview() const { return m_preview; }
    /// What was detected when the file was first read, before any override.
    const CsvFormat& detectedFormat() const { return m_detected; }
    /// The format the user chose (the preview's, detected or overridden).
    CsvFormat format() const { return m_preview.format; }

    /// The mapping of the preview's header: remembered for that header set, else guessed.
    ColumnMapping& mapping() { return m_mapping; }
    /// Remembers the mapping for files with the same header set (QSettings).
    void rememberMapping();
    static ColumnMapping rememberedMapping(const QStringList& header);

    ImportOptions& options() { return m_options; }

    /// Starts the import with options() and mapping() (the progress page does).
    void startImport();
    /// Asks the import to stop after the batch being written.
    void cancelImport();
    bool isImporting() const;
    ContactImporter::Progress progress() const;
    /// Milliseconds since the import started.
    qint64 elapsed() const;
    /// The outcome of the last import, once it has ended: a report, or why nothing was
    /// imported at all.
    const std::optional<std::expected<ImportReport, QString>>& result() const;

    /// Replaces the yes/no question asked before stopping a running import (tests).
    void setConfirmation(std::function<bool(const QString& text)> confirm);
    /// Replaces the file dialog asking where to save the error rows (tests); gets the
    /// suggested path, returns the chosen one or an empty string.
    void setSaveFileChooser(std::function<QString(const QString& suggested)> choose);
    QString chooseSaveFile(const QString& suggested);

public slots:
    /// Cancel, Escape or the window's close button: during an import, asks whether to stop
    /// it, then waits for the batch in flight before closing.
    void reject() override;

signals:
    /// The import has committed at least one batch, or ended: the lists need re-reading.
    void contactsImported();
    /// A batch was committed (on the GUI thread).
    void importProgressed();
    void importFinished();

private:
    void onImportFinished();

    ContactWriter* m_writer;
    QString m_filePath;
    ImportPreview m_preview;
    CsvFormat m_detected;
    ColumnMapping m_mapping;
    ImportOptions m_options;
    ImportMappingPage* m_mappingPage;
    CsvImportJob* m_job = nullptr; ///< the last import's
    std::function<bool(const QString&)> m_confirm;
    std::function<QString(const QString&)> m_chooseSaveFile;
};
