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
#include <QLocale>
#include <QMessageBox>
#include <QSettings>

#include <utility>

namespace {

QString mappingKey(const QString& headerKey)
{
    return QStringLiteral("import/mappings/%1").arg(headerKey);
}

/// The errors a check keeps in memory: the mapping page lists the first ones only.
constexpr int checkErrorsKept = 100;

/// Everything of `options` that changes what an import of `path` does: a check's result
/// is shown for the options it checked only.
QString checkKey(const QString& path, const ImportOptions& options)
{
    QStringList key{path,
                    QString::number(int(options.kind)),
                    options.format.encoding,
                    QString(options.format.delimiter),
                    options.region,
                    options.tags.join(QChar(1)),
                    options.updateExisting ? QStringLiteral("update") : QString(),
                    options.optIn ? QStringLiteral("opt-in") : QString()};
    if (options.mapping) {
        for (const ColumnMapping::Column& column : options.mapping->columns())
            key.append(QStringList{column.header, QString::number(int(column.field)),
                                   column.paramKey, QString::number(column.describes)}
                           .join(QChar(1)));
    }
    return key.join(QChar(2));
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
    m_options.region = ImportMappingPage::defaultRegion();
    // Room for the preview's columns and the mapping's rows without scrolling sideways.
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);
}

ImportWizard::~ImportWizard()
{
    // Before the pages go: the jobs' ends must not reach them.
    discardCheck();
    if (m_job)
        m_job->disconnect(this);
    cancelImport();
    delete m_job; // waits for the batch being written
    // A check being dropped waits for its batch too, as a child.
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

void ImportWizard::setPreviewReader(PreviewReader read)
{
    m_readPreview = std::move(read);
}

std::expected<ImportPreview, QString> ImportWizard::readPreview(const CsvFormat& format,
                                                                const QString& region) const
{
    if (m_readPreview)
        return m_readPreview(m_filePath, format, region);
    return ContactImporter::preview(m_filePath, format, 20, region);
}

std::expected<void, QString> ImportWizard::loadPreview(const CsvFormat& format)
{
    auto preview = readPreview(format, m_options.region);
    if (!preview)
        return std::unexpected(preview.error());
    if (preview->header.isEmpty())
        return std::unexpected(tr("The file is empty."));
    if (format.encoding.isEmpty() && format.delimiter.isNull())
        m_detected = preview->format;
    m_requested = format;
    const bool newHeader =
        preview->header != m_preview.header || preview->headerless != m_preview.headerless;
    m_preview = std::move(*preview);
    if (newHeader || m_mapping.header() != m_preview.header)
        m_mapping = initialMapping();
    return {};
}

ColumnMapping ImportWizard::initialMapping() const
{
    if (m_preview.kind == ImportFileKind::VCard)
        return {}; // each card says its own fields
    if (!m_preview.headerless &&
        QSettings().contains(mappingKey(ColumnMapping::headerKey(m_preview.header))))
        return rememberedMapping(m_preview.header);
    // The importer's guess: from the header, then from the values where it says nothing.
    if (m_preview.mapping.header() == m_preview.header)
        return m_preview.mapping;
    return ColumnMapping::guess(m_preview.header);
}

namespace {

/// What decides a file's columns, to tell whether reading it again changed them.
QString columnsKey(const ImportPreview& preview)
{
    QStringList key{preview.headerless ? QStringLiteral("headerless") : QString()};
    key.append(preview.columnsFromValues.join(QChar(1)));
    for (const ColumnMapping::Column& column : preview.mapping.columns())
        key.append(QStringList{column.header, QString::number(int(column.field)), column.paramKey,
                               QString::number(column.describes)}
                       .join(QChar(1)));
    return key.join(QChar(2));
}

} // namespace

void ImportWizard::setRegion(const QString& region)
{
    if (region == m_options.region)
        return;
    m_options.region = region;
    if (m_filePath.isEmpty() || m_preview.header.isEmpty() || m_preview.kind != ImportFileKind::Csv)
        return;
    // The region reads the numbers of the values that decide columns; a file whose header
    // names its phone column reads the same in every region.
    const bool valuesDecide = m_preview.headerless || !m_preview.columnsFromValues.isEmpty() ||
                              !m_preview.mapping.validate().has_value();
    if (!valuesDecide)
        return;
    auto preview = readPreview(m_requested, region);
    if (!preview || preview->header.isEmpty())
        return; // the file changed since: the import will say what is wrong with it
    if (preview->header == m_preview.header && columnsKey(*preview) == columnsKey(m_preview))
        return; // the same columns: what the user chose stays
    m_preview = std::move(*preview);
    m_mapping = initialMapping();
    emit previewChanged();
}

QString ImportWizard::columnTitle(int column) const
{
    if (column < 0 || column >= m_preview.header.size())
        return {};
    if (m_preview.headerless)
        return tr("Column %1").arg(QLocale().toString(column + 1));
    const QString& header = m_preview.header.at(column);
    if (m_preview.kind == ImportFileKind::VCard) {
        // The importer's summary of a card, in the window's language.
        if (header == u"Name")
            return tr("Name");
        if (header == u"Phone")
            return tr("Phone");
        if (header == u"Email")
            return tr("Email");
        if (header == u"Tags")
            return tr("Tags");
    }
    return header;
}

void ImportWizard::rememberMapping()
{
    if (m_preview.headerless || m_preview.kind != ImportFileKind::Csv)
        return;
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

ImportOptions ImportWizard::importOptions() const
{
    ImportOptions options = m_options;
    options.kind = m_preview.kind;
    options.format = m_preview.format;
    // Each card of a vCard file says its own fields.
    if (m_preview.kind == ImportFileKind::VCard)
        options.mapping.reset();
    else
        options.mapping = m_mapping;
    return options;
}

bool ImportWizard::canImport() const
{
    if (m_preview.kind == ImportFileKind::VCard)
        return !m_preview.header.isEmpty();
    return !m_mapping.columns().isEmpty() && m_mapping.validate().has_value();
}

void ImportWizard::startCheck()
{
    discardCheck();
    ImportOptions options = importOptions();
    options.dryRun = true;
    options.maxErrorsKept = checkErrorsKept;
    m_checked = checkKey(m_filePath, options);
    // Not the writer's: a check writes nothing, and the window has nothing to read again.
    m_check = new CsvImportJob(m_writer->databasePath(), this);
    connect(m_check, &CsvImportJob::progressed, this, &ImportWizard::checkProgressed);
    connect(m_check, &CsvImportJob::finished, this, &ImportWizard::checkFinished);
    m_check->start(m_filePath, options);
}

void ImportWizard::stopCheck()
{
    if (m_check)
        m_check->cancel();
}

void ImportWizard::discardCheck()
{
    CsvImportJob* check = std::exchange(m_check, nullptr);
    m_checked.clear();
    if (!check)
        return;
    check->disconnect(this);
    if (check->result()) {
        check->deleteLater();
        return;
    }
    // Deleting it now would wait on this thread for the batch it reads.
    check->cancel();
    connect(check, &CsvImportJob::finished, check, &QObject::deleteLater);
}

bool ImportWizard::isChecking() const
{
    return m_check && !m_check->result();
}

ContactImporter::Progress ImportWizard::checkProgress() const
{
    return m_check ? m_check->progress() : ContactImporter::Progress{};
}

std::optional<std::expected<ImportReport, QString>> ImportWizard::checkResult() const
{
    ImportOptions options = importOptions();
    options.dryRun = true;
    if (!m_check || m_checked != checkKey(m_filePath, options))
        return std::nullopt;
    return m_check->result();
}

void ImportWizard::startImport()
{
    if (isImporting())
        return;
    discardCheck();
    const ImportOptions options = importOptions();
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
    discardCheck();
    QWizard::reject();
}
