#include "ImportExportActions.h"

#include "ContactTableModel.h"
#include "ContactTableView.h"
#include "ContactWriter.h"
#include "DatabaseSession.h"
#include "ExportDialog.h"
#include "ImportWizard.h"
#include "TagListModel.h"

#include <QAction>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

ImportExportActions::ImportExportActions(ContactTableView* table, QWidget* window, QObject* parent)
    : QObject(parent), m_table(table), m_window(window),
      m_import(
          new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this)),
      m_export(
          new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export…"), this))
{
    m_import->setObjectName(QStringLiteral("importAction"));
    m_import->setStatusTip(tr("Import contacts from a CSV or vCard file"));
    connect(m_import, &QAction::triggered, this, &ImportExportActions::importRequested);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setStatusTip(tr("Export contacts to a CSV file"));
    connect(m_export, &QAction::triggered, this, &ImportExportActions::exportContacts);
}

void ImportExportActions::updateActions(bool canWrite)
{
    m_import->setEnabled(canWrite);
    m_export->setEnabled(m_session != nullptr);
}

void ImportExportActions::setSession(DatabaseSession* session)
{
    // The wizard imports through the session's writer: it goes with it.
    delete m_importWizard;
    m_session = session;
}

bool ImportExportActions::closeImportWizard()
{
    return !m_importWizard || !m_importWizard->isVisible() || m_importWizard->close();
}

QString ImportExportActions::importableFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    static const QStringList suffixes{QStringLiteral("csv"), QStringLiteral("tsv"),
                                      QStringLiteral("txt"), QStringLiteral("vcf"),
                                      QStringLiteral("vcard")};
    if (!suffixes.contains(QFileInfo(path).suffix().toLower()))
        return {};
    return path;
}

void ImportExportActions::openImportWizard(const QString& path)
{
    if (!m_session)
        return;
    if (m_importWizard) {
        if (!path.isEmpty() && !m_importWizard->isImporting() &&
            m_importWizard->currentId() <= ImportWizard::MappingPage) {
            m_importWizard->setFilePath(path);
            m_importWizard->restart();
        }
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    auto* wizard = new ImportWizard(m_session->writer(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setTagCompletionModel(m_session->tagModel(), TagListModel::NameRole);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    m_importWizard = wizard;
    wizard->show();
}

void ImportExportActions::exportContacts()
{
    if (!m_session)
        return;
    const auto open = [this](const QStringList& selected) {
        if (!m_session)
            return;
        ContactTableModel* model = m_session->model();
        auto* dialog = new ExportDialog(m_session->path(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const bool filtered = !model->filter().isEmpty();
        dialog->setCurrentList(model->requestedQuery(), model->totalCount(), filtered);
        dialog->setSelection(selected);
        if (filtered)
            dialog->setScope(ExportDialog::Scope::Filtered);
        dialog->open();
    };
    // The selection's ids, unless another read of them or a long write is in the way.
    const bool selected = m_table->selectionModel() && m_table->selectionModel()->hasSelection();
    if (!selected || m_table->isReadingSelection() || m_session->writer()->isBusy()) {
        open({});
        return;
    }
    m_table->readSelectedIds(this, [this, open](ApiResult<QStringList> ids) {
        if (ids)
            open(*ids);
        else
            emit errorOccurred(ids.error().message);
    });
}
