#include "ImportFilePage.h"

#include "ImportWizard.h"
#include "MessageLabel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString lastFolderKey = QStringLiteral("import/lastFolder");

} // namespace

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_path(new QLineEdit), m_error(new MessageLabel)
{
    setTitle(tr("Choose a File"));
    setSubTitle(tr("A CSV file exported from Google Contacts, Outlook, WhatsApp Business or a "
                   "spreadsheet, or a vCard file (.vcf) from a phone or an address book. You "
                   "can also drop a file on the main window."));

    m_path->setObjectName(QStringLiteral("filePathEdit"));
    m_path->setClearButtonEnabled(true);
    m_path->setPlaceholderText(tr("Path of a .csv, .tsv, .txt or .vcf file"));
    auto* label = new QLabel(tr("&File:"));
    label->setBuddy(m_path);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("browseButton"));
    m_error->setObjectName(QStringLiteral("fileError"));

    auto* layout = new QGridLayout(this);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_path, 0, 1);
    layout->addWidget(browse, 0, 2);
    layout->addWidget(m_error, 1, 1, 1, 2);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(1, 1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->clearMessage();
        emit completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

void ImportFilePage::initializePage()
{
    m_path->setText(m_wizard->filePath());
}

bool ImportFilePage::isComplete() const
{
    const QFileInfo info(m_path->text().trimmed());
    return info.isFile() && info.isReadable();
}

bool ImportFilePage::validatePage()
{
    const QString path = QFileInfo(m_path->text().trimmed()).absoluteFilePath();
    m_wizard->setFilePath(path);
    if (auto loaded = m_wizard->loadPreview({}); !loaded) {
        m_error->showError(loaded.error());
        return false;
    }
    QSettings().setValue(lastFolderKey, QFileInfo(path).absolutePath());
    return true;
}

QString ImportFilePage::fileFilter()
{
    return QStringList{tr("Contact files (*.csv *.tsv *.txt *.vcf *.vcard)"),
                       tr("CSV files (*.csv *.tsv *.txt)"), tr("vCard files (*.vcf *.vcard)"),
                       tr("All files (*)")}
        .join(QLatin1String(";;"));
}

void ImportFilePage::browse()
{
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Contacts"), folder, fileFilter());
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}
