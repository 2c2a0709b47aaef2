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
/// detected encoding and delimiter, and what the importer decided about the columns → a
/// field per column, a default region, tags to add → the import, which the window's
/// ContactWriter runs on a thread of its own (CsvImportJob), with progress and a way to stop
/// it → the counts and the rows that were skipped, which can be saved to fix and import again.
///
/// A vCard file (ImportPreview::kind) goes the same way without what does not apply to it:
/// its preview is a summary of the first cards, without encoding or delimiter, and its
/// cards say their own fields, so the mapping page has the options only.
///
/// Before the import, the mapping page shows what it would do (a check: the same job with
/// ImportOptions::dryRun, which reads the whole file and writes nothing), checked again when
/// the options change. The import does not wait for it.
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

    /// Reads the first rows of the file in `format` (empty values: detect) and the default
    /// region (options().region). On success the preview and, for a new header, the mapping
    /// are replaced.
    std::expected<void, QString> loadPreview(const CsvFormat& format);
    /// Replaces ContactImporter::preview() (tests: content the importer does not read yet).
    using PreviewReader = std::function<std::expected<ImportPreview, QString>(
        const QString& path, const CsvFormat& format, const QString& region)>;
    void setPreviewReader(PreviewReader read);
    const ImportPreview& preview() const { return m_preview; }
    /// True when the file is vCards (the preview says so).
    bool isVCard() const { return m_preview.kind == ImportFileKind::VCard; }
    /// What was detected when the file was first read, before any override.
    const CsvFormat& detectedFormat() const { return m_detected; }
    /// The format the user chose (the preview's, detected or overridden).
    CsvFormat format() const { return m_preview.format; }

    /// How the wizard names column `column` of the preview: its header, or `Column 2` in
    /// the window's language for a file without one, or a vCard summary's `Phone` in it.
    QString columnTitle(int column) const;

    /// The mapping of the preview's header: remembered for that header set, else the
    /// importer's guess (from the header, then from the values where the header says nothing).
    ColumnMapping& mapping() { return m_mapping; }
    /// Remembers the mapping for files with the same header set (QSettings). Not for a file
    /// without a header (its `Column 1` … name no source's columns), nor for vCards.
    void rememberMapping();
    static ColumnMapping rememberedMapping(const QStringList& header);

    ImportOptions& options() { return m_options; }
    /// Sets options().region, the region of national numbers (ImportMappingPage::defaultRegion()
    /// until then). The values of the first rows are read in it where they decide the columns:
    /// for a file whose values decided them, or could have (no header at all, or none that
    /// says phone), the preview is read again, and when its columns come out otherwise, the
    /// preview and the mapping are replaced and previewChanged() is emitted.
    void setRegion(const QString& region);

    /// options() with the preview's kind and format and the mapping (none for vCards, whose
    /// cards say their own fields): what an import or a check runs with.
    ImportOptions importOptions() const;
    /// True when the options allow an import: a column is the phone (a vCard file's cards
    /// say their own fields).
    bool canImport() const;

    /// Starts checking what the import would do with options() and mapping() as they are now
    /// (a dry run on a thread of its own, which writes nothing); drops a check already
    /// running (discardCheck()).
    void startCheck();
    /// Asks the check to stop after the batch being read: checkFinished() then reports what
    /// it counted so far.
    void stopCheck();
    /// Drops the check: a running one is asked to stop, and nothing more of it is reported.
    /// For options that changed, and for the import, which does not wait for it.
    void discardCheck();
    bool isChecking() const;
    ContactImporter::Progress checkProgress() const;
    /// The check's outcome once it has ended (a dry run's report, or why the file cannot be
    /// imported), as long as the options and the mapping are still the ones it checked; else
    /// none: a result for other options is never given.
    std::optional<std::expected<ImportReport, QString>> checkResult() const;

    /// Starts the import with options() and mapping() (the progress page does); drops the
    /// check.
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
    /// setRegion() read the file again and replaced the preview and the mapping.
    void previewChanged();
    /// The import has committed at least one batch, or ended: the lists need re-reading.
    void contactsImported();
    /// A batch was committed (on the GUI thread).
    void importProgressed();
    void importFinished();
    /// The check read a batch (on the GUI thread).
    void checkProgressed();
    /// The check ended, stopped or not; checkResult() holds its outcome.
    void checkFinished();

private:
    std::expected<ImportPreview, QString> readPreview(const CsvFormat& format,
                                                      const QString& region) const;
    /// The mapping for a new preview: the remembered one, else the importer's guess.
    ColumnMapping initialMapping() const;
    void onImportFinished();

    ContactWriter* m_writer;
    QString m_filePath;
    ImportPreview m_preview;
    CsvFormat m_detected;
    CsvFormat m_requested; ///< the format loadPreview() was last asked for
    PreviewReader m_readPreview;
    ColumnMapping m_mapping;
    ImportOptions m_options;
    ImportMappingPage* m_mappingPage;
    CsvImportJob* m_job = nullptr;   ///< the last import's
    CsvImportJob* m_check = nullptr; ///< the check of the options in m_checked
    QString m_checked;               ///< checkKey() of the options m_check checks
    std::function<bool(const QString&)> m_confirm;
    std::function<QString(const QString&)> m_chooseSaveFile;
};
