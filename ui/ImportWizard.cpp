#include "ImportWizard.h"

#include "ContactWriter.h"
#include "CsvImportJob.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportProgressPage.h"
#include "ImportResultPage.h"

#include <QApplication>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSettings>

namespace {

QString mappingKey(const QString& headerKey)
{
    return QStringLiteral("import/mappings/%1").arg(headerKey);
}

} // namespace

ImportWizard::ImportWizard(ContactWriter* writer, QWidget* parent)
    : QWizard(parent), m_writer(writer)
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
}

ImportWizard::~ImportWizard()
{
    // Before the pages go: the job's end must not reach them.
    if (m_job)
        m_job->disconnect(this);
    cancelImport();
    delete m_job; // waits for the batch being written
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
    if (isImporting())
        return;
    ImportOptions options = m_options;
    options.format = m_preview.format;
    options.mapping = m_mapping;
    delete m_job;
    m_job = m_writer->startImport(m_filePath, options, this);
    connect(m_job, &CsvImportJob::progressed, this, &ImportWizard::importProgressed);
    connect(m_job, &CsvImportJob::finished, this, &ImportWizard::onImportFinished);
}

void ImportWizard::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

bool ImportWizard::isImporting() const
{
    return m_job && m_job->isRunning();
}

ContactImporter::Progress ImportWizard::progress() const
{
    return m_job ? m_job->progress() : ContactImporter::Progress{};
}

qint64 ImportWizard::elapsed() const
{
    return m_job ? m_job->elapsed() : 0;
}

const std::optional<std::expected<ImportReport, QString>>& ImportWizard::result() const
{
    static const std::optional<std::expected<ImportReport, QString>> none;
    return m_job ? m_job->result() : none;
}

void ImportWizard::onImportFinished()
{
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
    if (isImporting()) {
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
        m_job->waitForFinished(); // the batch in flight: a fraction of a second; reports now
        QApplication::restoreOverrideCursor();
    }
    QWizard::reject();
}
