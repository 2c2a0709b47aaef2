#include "ExportDialog.h"

#include "CsvExportJob.h"
#include "MessageLabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace {

const QString bomKey = QStringLiteral("export/bom");
const QString folderKey = QStringLiteral("export/lastFolder");

} // namespace

ExportDialog::ExportDialog(const QString& databasePath, QWidget* parent)
    : QDialog(parent), m_all(new QRadioButton), m_filtered(new QRadioButton),
      m_selected(new QRadioButton), m_bom(new QCheckBox), m_history(new QCheckBox),
      m_path(new QLineEdit), m_bar(new QProgressBar), m_message(new MessageLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel)), m_export(new QPushButton),
      m_timer(new QTimer(this)), m_job(new CsvExportJob(databasePath, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Contacts"));

    m_all->setObjectName(QStringLiteral("scopeAll"));
    m_all->setText(tr("&All contacts"));
    m_filtered->setObjectName(QStringLiteral("scopeFiltered"));
    m_selected->setObjectName(QStringLiteral("scopeSelection"));
    m_all->setChecked(true);
    auto* scopes = new QButtonGroup(this);
    for (QRadioButton* button : {m_all, m_filtered, m_selected})
        scopes->addButton(button);
    auto* scopeBox = new QGroupBox(tr("Contacts to export"));
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    scopeLayout->addWidget(m_all);
    scopeLayout->addWidget(m_filtered);
    scopeLayout->addWidget(m_selected);
    setCurrentList({}, -1, false);
    setSelection({});

    m_bom->setObjectName(QStringLiteral("bomCheck"));
    m_bom->setText(tr("Add a byte order &mark (for Excel)"));
    m_bom->setToolTip(tr("Excel needs it to read names in Arabic and other scripts correctly; "
                         "other programs ignore it."));
    m_bom->setChecked(QSettings().value(bomKey, true).toBool());
    m_history->setObjectName(QStringLiteral("historyCheck"));
    m_history->setText(tr("Write their opt-in and block &history instead (for an audit)"));
    m_history->setToolTip(tr("A row per change of opted in or blocked: when, by whom and how "
                             "(the editor, a batch action, the import of which file, the API, "
                             "sync)."));

    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_path->setClearButtonEnabled(true);
    m_path->setAccessibleDescription(tr("Where the CSV file is written; Browse chooses a place"));
    QString folder = QSettings().value(folderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir::toNativeSeparators(
        QDir(folder).filePath(tr("contacts-%1.csv", "the exported file's name")
                                  .arg(QDate::currentDate().toString(Qt::ISODate)))));
    auto* pathLabel = new QLabel(tr("&File:"));
    pathLabel->setBuddy(m_path);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(pathLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);

    m_bar->setObjectName(QStringLiteral("exportProgressBar"));
    m_bar->hide();
    m_message->setObjectName(QStringLiteral("exportMessage"));

    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("&Export"));
    m_buttons->addButton(m_export, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scopeBox);
    layout->addLayout(fileRow);
    layout->addWidget(m_history);
    layout->addWidget(m_bom);
    layout->addWidget(m_bar);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);
    // Enter exports from any field; set once the button is inside the dialog, which otherwise
    // makes the first button in the focus chain (Browse…) its default.
    m_export->setDefault(true);

    m_timer->setInterval(200);
    connect(m_timer, &QTimer::timeout, this, &ExportDialog::updateProgress);
    connect(m_job, &CsvExportJob::finished, this, &ExportDialog::onFinished);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::startExport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    connect(m_bom, &QCheckBox::toggled, this,
            [](bool checked) { QSettings().setValue(bomKey, checked); });
    resize(sizeHint().expandedTo(QSize(fontMetrics().averageCharWidth() * 70, 0)));
}

ExportDialog::~ExportDialog() = default; // the job stops and waits for its thread

void ExportDialog::setCurrentList(const ListQuery& query, qint64 count, bool filtered)
{
    m_query = query;
    if (!filtered) {
        m_filtered->setText(tr("The current &search and filter (none set)"));
        m_filtered->setEnabled(false);
        if (count >= 0)
            m_all->setText(tr("&All contacts (%Ln)", nullptr, int(count)));
    } else {
        if (count < 0)
            m_filtered->setText(tr("The current &search and filter"));
        else if (count == 1)
            m_filtered->setText(tr("The current &search and filter (1 contact)"));
        else
            m_filtered->setText(
                tr("The current &search and filter (%Ln contacts)", nullptr, int(count)));
        m_filtered->setEnabled(true);
        m_all->setText(tr("&All contacts"));
    }
    if (!m_filtered->isEnabled() && m_filtered->isChecked())
        m_all->setChecked(true);
}

void ExportDialog::setSelection(const QStringList& ids)
{
    m_selection = ids;
    m_selected->setEnabled(!ids.isEmpty());
    if (ids.isEmpty())
        m_selected->setText(tr("The s&election (nothing selected)"));
    else if (ids.size() == 1)
        m_selected->setText(tr("The s&election (1 contact)"));
    else
        m_selected->setText(tr("The s&election (%Ln contacts)", nullptr, int(ids.size())));
    if (!m_selected->isEnabled() && m_selected->isChecked())
        m_all->setChecked(true);
}

ExportDialog::Scope ExportDialog::scope() const
{
    if (m_selected->isChecked())
        return Scope::Selection;
    if (m_filtered->isChecked())
        return Scope::Filtered;
    return Scope::All;
}

void ExportDialog::setScope(Scope scope)
{
    QRadioButton* button = scopeButton(scope);
    if (button->isEnabled())
        button->setChecked(true);
}

QRadioButton* ExportDialog::scopeButton(Scope scope) const
{
    switch (scope) {
    case Scope::All:
        return m_all;
    case Scope::Filtered:
        return m_filtered;
    case Scope::Selection:
        return m_selected;
    }
    return m_all;
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setFilePath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

bool ExportDialog::writesBom() const
{
    return m_bom->isChecked();
}

bool ExportDialog::isExporting() const
{
    return m_job->isRunning();
}

const std::optional<std::expected<qint64, QString>>& ExportDialog::result() const
{
    return m_job->result();
}

void ExportDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Contacts"), filePath(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        setFilePath(path);
        m_confirmedPath = filePath();
    }
}

void ExportDialog::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void ExportDialog::startExport()
{
    if (m_job->isRunning() || filePath().isEmpty())
        return;
    QString path = filePath();
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".csv");
    if (QFileInfo::exists(path) && path != m_confirmedPath) {
        const QString question =
            tr("%1 already exists. Replace it?").arg(QDir::toNativeSeparators(path));
        const bool replace = m_confirm
                                 ? m_confirm(question)
                                 : QMessageBox::question(this, tr("Export Contacts"), question,
                                                         QMessageBox::Yes | QMessageBox::No,
                                                         QMessageBox::No) == QMessageBox::Yes;
        if (!replace)
            return;
    }
    ExportOptions options;
    options.bom = writesBom();
    m_exportingHistory = m_history->isChecked();
    if (m_exportingHistory)
        options.format = ExportFormat::FlagHistoryCsv;
    switch (scope()) {
    case Scope::All:
        options.query.sortBy = m_query.sortBy;
        options.query.sortOrder = m_query.sortOrder;
        break;
    case Scope::Filtered:
        options.query = m_query;
        break;
    case Scope::Selection:
        options.contactIds = m_selection;
        break;
    }
    QSettings().setValue(folderKey, QFileInfo(path).absolutePath());
    m_exportPath = path;

    m_message->clearMessage();
    m_bar->setRange(0, 0);
    m_bar->show();
    m_job->start(path, options);
    m_timer->start();
    updateButtons();
}

void ExportDialog::updateProgress()
{
    const std::optional<double> done = m_job->progress();
    if (!done)
        return;
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(*done * 1000));
}

void ExportDialog::onFinished()
{
    m_timer->stop();
    m_bar->hide();
    const auto& result = m_job->result();
    if (!result)
        return;
    if (m_job->wasCancelled()) {
        m_message->showNote(tr("The export was stopped; no file was written."));
    } else if (*result) {
        const QString shown = QDir::toNativeSeparators(m_exportPath);
        if (m_exportingHistory)
            m_message->showNote(
                **result == 1
                    ? tr("Exported 1 change of the history to %1.").arg(shown)
                    : tr("Exported %Ln changes of the history to %1.", nullptr, int(**result))
                          .arg(shown));
        else
            m_message->showNote(
                **result == 1
                    ? tr("Exported 1 contact to %1.").arg(shown)
                    : tr("Exported %Ln contacts to %1.", nullptr, int(**result)).arg(shown));
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Close"));
    } else {
        m_message->showError(tr("The export failed: %1").arg(result->error()));
    }
    updateButtons();
    emit exportFinished();
}

void ExportDialog::updateButtons()
{
    const bool running = m_job->isRunning();
    m_export->setEnabled(!running && !filePath().isEmpty());
    for (QWidget* input : std::initializer_list<QWidget*>{m_path, m_bom, m_history})
        input->setEnabled(!running);
}

void ExportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        return; // onFinished() says it stopped; a second Cancel/Close closes
    }
    QDialog::reject();
}
