#include "ImportWizard.h"

#include "ContactStore.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportProgressPage.h"
#include "ImportResultPage.h"
#include "StoreJob.h"

#include <QApplication>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>

#include <mutex>

namespace {

QString mappingKey(const QString& headerKey)
{
    return QStringLiteral("import/mappings/%1").arg(headerKey);
}

} // namespace

/// What the GUI thread and the import's thread share while an import runs.
struct ImportWizard::Run {
    std::mutex mutex;
    ContactImporter* importer = nullptr; ///< while run() runs
    ContactImporter::Progress progress;
    std::atomic<bool> cancelRequested = false;
    std::optional<std::expected<ImportReport, QString>> result;
};

ImportWizard::ImportWizard(const QString& databasePath, QWidget* parent)
    : QWizard(parent), m_databasePath(databasePath), m_job(new StoreJob(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import Contacts"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    setPage(FilePage, new ImportFilePage(this));
    setPage(PreviewPage, new ImportPreviewPage(this));
    m_mappingPage = new ImportMappingPage(this);
    setPage(MappingPage, m_mappingPage);
    setPage(ProgressPage, new ImportProgressPage(this));
    setPage(ResultPage, new ImportResultPage(this));
    setStartId(FilePage);
    // Room for the preview's columns and the mapping's rows without scrolling sideways.
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);

    connect(m_job, &StoreJob::finished, this, &ImportWizard::onJobFinished);
}

ImportWizard::~ImportWizard()
{
    cancelImport();
    m_job->wait();
}

void ImportWizard::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    m_preview = {};
    m_detected = {};
    if (!isVisible() && !path.isEmpty())
        setStartId(PreviewPage);
}

void ImportWizard::setTagCompletionModel(QAbstractItemModel* model, int role)
{
    m_mappingPage->setTagCompletionModel(model, role);
}

std::expected<void, QString> ImportWizard::loadPreview(const CsvFormat& format)
{
    auto preview = ContactImporter::preview(m_filePath, format);
    if (!preview)
        return std::unexpected(preview.error());
    if (preview->header.isEmpty())
        return std::unexpected(tr("The file is empty."));
    if (format.encoding.isEmpty() && format.delimiter.isNull())
        m_detected = preview->format;
    const bool newHeader = preview->header != m_preview.header;
    m_preview = std::move(*preview);
    if (newHeader || m_mapping.header() != m_preview.header)
        m_mapping = rememberedMapping(m_preview.header);
    return {};
}

void ImportWizard::rememberMapping()
{
    QSettings().setValue(
        mappingKey(ColumnMapping::headerKey(m_mapping.header())),
        QString::fromUtf8(QJsonDocument(m_mapping.toJson()).toJson(QJsonDocument::Compact)));
}

ColumnMapping ImportWizard::rememberedMapping(const QStringList& header)
{
    const QString saved =
        QSettings().value(mappingKey(ColumnMapping::headerKey(header))).toString();
    if (saved.isEmpty())
        return ColumnMapping::guess(header);
    return ColumnMapping::fromJson(header, QJsonDocument::fromJson(saved.toUtf8()).object());
}

void ImportWizard::startImport()
{
    if (m_job->isRunning())
        return;
    m_result.reset();
    m_run = std::make_shared<Run>();
    ImportOptions options = m_options;
    options.format = m_preview.format;
    options.mapping = m_mapping;
    m_clock.start();
    m_job->start(m_databasePath,
                 [run = m_run, options, path = m_filePath, this](ContactDatabase& database) {
                     ContactStore store(database);
                     ContactImporter importer(store);
                     importer.setProgressCallback(
                         [run, &importer, this](const ContactImporter::Progress& progress) {
                             {
                                 std::lock_guard lock(run->mutex);
                                 run->progress = progress;
                             }
                             // A cancel that came before run() started is repeated here.
                             if (run->cancelRequested)
                                 importer.cancel();
                             // Dropped if the wizard is gone by then.
                             QMetaObject::invokeMethod(
                                 this, [this] { emit importProgressed(); }, Qt::QueuedConnection);
                         });
                     {
                         std::lock_guard lock(run->mutex);
                         run->importer = &importer;
                     }
                     auto result = importer.run(path, options);
                     std::lock_guard lock(run->mutex);
                     run->importer = nullptr;
                     run->result = std::move(result);
                 });
}

void ImportWizard::cancelImport()
{
    if (!m_run)
        return;
    m_run->cancelRequested = true;
    std::lock_guard lock(m_run->mutex);
    if (m_run->importer)
        m_run->importer->cancel();
}

bool ImportWizard::isImporting() const
{
    return m_job->isRunning();
}

ContactImporter::Progress ImportWizard::progress() const
{
    if (!m_run)
        return {};
    std::lock_guard lock(m_run->mutex);
    return m_run->progress;
}

void ImportWizard::onJobFinished()
{
    if (!m_run)
        return;
    {
        std::lock_guard lock(m_run->mutex);
        if (m_run->result)
            m_result = std::move(m_run->result);
        else
            m_result = std::unexpected(m_job->openError());
    }
    emit importFinished();
    emit contactsImported();
}

void ImportWizard::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void ImportWizard::setSaveFileChooser(std::function<QString(const QString&)> choose)
{
    m_chooseSaveFile = std::move(choose);
}

QString ImportWizard::chooseSaveFile(const QString& suggested)
{
    if (m_chooseSaveFile)
        return m_chooseSaveFile(suggested);
    return QFileDialog::getSaveFileName(this, tr("Save Error Rows"), suggested,
                                        tr("CSV files (*.csv)"));
}

void ImportWizard::reject()
{
    if (m_job->isRunning()) {
        const QString question = tr("An import is running. Stop it and close? The rows "
                                    "imported so far stay.");
        const bool stop = m_confirm ? m_confirm(question)
                                    : QMessageBox::question(this, tr("Stop Import"), question,
                                                            QMessageBox::Yes | QMessageBox::No,
                                                            QMessageBox::No) == QMessageBox::Yes;
        if (!stop)
            return;
        cancelImport();
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_job->wait(); // the batch in flight: a fraction of a second
        QApplication::restoreOverrideCursor();
        onJobFinished();
        m_run.reset(); // finished() is still queued: it must not report twice
    }
    QWizard::reject();
}
