#include "ImportPreviewPage.h"

#include "BidiText.h"
#include "ImportWizard.h"
#include "MessageLabel.h"
#include "TextColors.h"
#include "TextEncoding.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

struct Encoding {
    const char* name;
    const char* description; ///< translated in the combo
};

// The encodings spreadsheets and address books write, by how often agents meet them.
const Encoding encodings[] = {
    {"UTF-8", QT_TRANSLATE_NOOP("ImportPreviewPage", "Unicode")},
    {"UTF-16LE", QT_TRANSLATE_NOOP("ImportPreviewPage", "Unicode")},
    {"UTF-16BE", QT_TRANSLATE_NOOP("ImportPreviewPage", "Unicode")},
    {"windows-1252", QT_TRANSLATE_NOOP("ImportPreviewPage", "Western")},
    {"ISO-8859-1", QT_TRANSLATE_NOOP("ImportPreviewPage", "Western")},
    {"ISO-8859-15", QT_TRANSLATE_NOOP("ImportPreviewPage", "Western")},
    {"windows-1256", QT_TRANSLATE_NOOP("ImportPreviewPage", "Arabic")},
    {"ISO-8859-6", QT_TRANSLATE_NOOP("ImportPreviewPage", "Arabic")},
    {"windows-1254", QT_TRANSLATE_NOOP("ImportPreviewPage", "Turkish")},
    {"windows-1250", QT_TRANSLATE_NOOP("ImportPreviewPage", "Central European")},
    {"windows-1251", QT_TRANSLATE_NOOP("ImportPreviewPage", "Cyrillic")},
    {"windows-1253", QT_TRANSLATE_NOOP("ImportPreviewPage", "Greek")},
    {"windows-1255", QT_TRANSLATE_NOOP("ImportPreviewPage", "Hebrew")},
    {"GB18030", QT_TRANSLATE_NOOP("ImportPreviewPage", "Chinese")},
    {"Big5", QT_TRANSLATE_NOOP("ImportPreviewPage", "Chinese")},
    {"Shift_JIS", QT_TRANSLATE_NOOP("ImportPreviewPage", "Japanese")},
    {"EUC-KR", QT_TRANSLATE_NOOP("ImportPreviewPage", "Korean")},
};

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_encoding(new QComboBox), m_delimiter(new QComboBox),
      m_summary(new QLabel), m_table(new QTableWidget), m_error(new MessageLabel),
      m_decisions(new MessageLabel), m_format(new QWidget)
{
    setTitle(tr("Check the Columns"));
    setSubTitle(tr("The first rows of the file as they will be read. If the text looks garbled "
                   "or the columns run together, choose another encoding or delimiter."));

    m_encoding->setObjectName(QStringLiteral("encodingCombo"));
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    m_encoding->setAccessibleDescription(
        tr("How the file's text is encoded; another one reads the file again"));
    m_delimiter->setAccessibleDescription(
        tr("What separates the values of a row; another one reads the file again"));
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setAccessibleName(tr("Preview"));
    m_table->setAccessibleDescription(tr("The first rows of the file, as they will be read"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_table->verticalHeader()->setToolTip(tr("Line in the file"));
    m_error->setObjectName(QStringLiteral("previewError"));
    m_decisions->setObjectName(QStringLiteral("previewDecisions"));

    auto* encodingLabel = new QLabel(tr("&Encoding:"));
    encodingLabel->setBuddy(m_encoding);
    auto* delimiterLabel = new QLabel(tr("&Delimiter:"));
    delimiterLabel->setBuddy(m_delimiter);
    auto* format = new QHBoxLayout(m_format);
    format->setContentsMargins(0, 0, 0, 0);
    format->addWidget(encodingLabel);
    format->addWidget(m_encoding);
    format->addSpacing(16);
    format->addWidget(delimiterLabel);
    format->addWidget(m_delimiter);
    format->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_format);
    layout->addWidget(m_decisions); // before the summary, which introduces the table
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);

    for (QComboBox* combo : {m_encoding, m_delimiter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportPreviewPage::reload);
    }
    // Another region on the mapping page read the file again: back here, it shows that.
    connect(wizard, &ImportWizard::previewChanged, this, &ImportPreviewPage::showRows);
    // Back from the mapping page, the notes say what the mapping does now.
    connect(wizard, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == ImportWizard::PreviewPage)
            showDecisions();
    });
}

QString ImportPreviewPage::delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return tr("Comma");
    case u';':
        return tr("Semicolon");
    case u'\t':
        return tr("Tab");
    case u'|':
        return tr("Pipe");
    default:
        return QString(delimiter);
    }
}

void ImportPreviewPage::initializePage()
{
    // The page as for the file before, until this one is read.
    m_format->setVisible(!m_wizard->isVCard());
    if (m_wizard->preview().header.isEmpty()) {
        // Started on this page (a file dropped on the window): read it now.
        if (auto loaded = m_wizard->loadPreview({}); !loaded) {
            m_ok = false;
            m_error->showError(loaded.error());
            fillCombos();
            showRows();
            emit completeChanged();
            return;
        }
    }
    m_ok = true;
    m_error->clearMessage();
    fillCombos();
    showRows();
    emit completeChanged();
}

bool ImportPreviewPage::isComplete() const
{
    return m_ok;
}

void ImportPreviewPage::fillCombos()
{
    const QSignalBlocker blockEncoding(m_encoding);
    const QSignalBlocker blockDelimiter(m_delimiter);
    const CsvFormat detected = m_wizard->detectedFormat();
    const CsvFormat current = m_wizard->format();

    m_encoding->clear();
    QStringList names;
    for (const Encoding& encoding : encodings) {
        const QString name = QString::fromLatin1(encoding.name);
        if (!TextEncoding::isSupported(name))
            continue;
        names.append(name);
        m_encoding->addItem(tr("%1 (%2)").arg(tr(encoding.description), name), name);
    }
    if (!detected.encoding.isEmpty() && !names.contains(detected.encoding, Qt::CaseInsensitive)) {
        m_encoding->insertItem(0, detected.encoding, detected.encoding);
    }
    for (int i = 0; i < m_encoding->count(); ++i) {
        const QString name = m_encoding->itemData(i).toString();
        if (name.compare(detected.encoding, Qt::CaseInsensitive) == 0)
            m_encoding->setItemText(i, tr("%1 — detected").arg(m_encoding->itemText(i)));
        if (name.compare(current.encoding, Qt::CaseInsensitive) == 0)
            m_encoding->setCurrentIndex(i);
    }

    m_delimiter->clear();
    for (const char16_t candidate : CsvFormat::candidates) {
        const QChar delimiter(candidate);
        QString text = delimiter == u'\t'
                           ? delimiterName(delimiter)
                           : tr("%1 ( %2 )").arg(delimiterName(delimiter), QString(delimiter));
        if (delimiter == detected.delimiter)
            text = tr("%1 — detected").arg(text);
        m_delimiter->addItem(text, QString(delimiter));
        if (delimiter == current.delimiter)
            m_delimiter->setCurrentIndex(m_delimiter->count() - 1);
    }
}

void ImportPreviewPage::reload()
{
    CsvFormat format;
    format.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    if (!delimiter.isEmpty())
        format.delimiter = delimiter.front();
    if (auto loaded = m_wizard->loadPreview(format); !loaded) {
        m_ok = false;
        m_error->showError(loaded.error());
    } else {
        m_ok = true;
        m_error->clearMessage();
    }
    showRows();
    emit completeChanged();
}

void ImportPreviewPage::showRows()
{
    const ImportPreview& preview = m_wizard->preview();
    m_table->clear();
    m_table->setColumnCount(int(preview.header.size()));
    QStringList titles;
    for (int column = 0; column < preview.header.size(); ++column)
        titles.append(m_wizard->columnTitle(column));
    m_table->setHorizontalHeaderLabels(titles);
    m_table->setRowCount(int(preview.rows.size()));
    QStringList lines;
    for (qsizetype row = 0; row < preview.rows.size(); ++row) {
        const CsvRecord& record = preview.rows.at(row);
        lines.append(QLocale().toString(record.line));
        for (qsizetype column = 0; column < record.fields.size(); ++column) {
            if (column >= preview.header.size())
                break; // a malformed record's extra fields have no column
            auto* item = new QTableWidgetItem(BidiText::isolated(record.fields.at(column)));
            item->setToolTip(record.fields.at(column));
            m_table->setItem(int(row), int(column), item);
        }
        if (!record.error.isEmpty()) {
            for (int column = 0; column < m_table->columnCount(); ++column) {
                if (!m_table->item(int(row), column))
                    m_table->setItem(int(row), column, new QTableWidgetItem);
                m_table->item(int(row), column)->setToolTip(record.error);
                m_table->item(int(row), column)
                    ->setForeground(TextColors::error(m_table->palette(), QPalette::Base));
            }
        }
    }
    m_table->setVerticalHeaderLabels(lines);
    m_table->resizeColumnsToContents();
    const int widest = fontMetrics().averageCharWidth() * 32;
    for (int column = 0; column < m_table->columnCount(); ++column)
        m_table->setColumnWidth(column, std::min(m_table->columnWidth(column), widest));

    showDecisions();
    // A vCard file has neither encoding nor delimiter to choose: its cards say their own.
    const bool vCard = m_wizard->isVCard();
    m_format->setVisible(!vCard);
    setTitle(vCard ? tr("Check the Contacts") : tr("Check the Columns"));
    setSubTitle(vCard ? tr("The first contacts of the file as they will be read. Each card says "
                           "what its fields are.")
                      : tr("The first rows of the file as they will be read. If the text looks "
                           "garbled or the columns run together, choose another encoding or "
                           "delimiter."));
    if (preview.header.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QString size = QLocale().formattedDataSize(preview.fileSize);
    const int rows = int(preview.rows.size());
    const QString file = QFileInfo(m_wizard->filePath()).fileName();
    if (vCard)
        m_summary->setText(
            rows == 1 ? tr("The first card of %1 (%2):").arg(file, size)
                      : tr("The first %Ln cards of %1 (%2):", nullptr, rows).arg(file, size));
    else
        m_summary->setText(
            rows == 1 ? tr("The first row of %1 (%2):").arg(file, size)
                      : tr("The first %Ln rows of %1 (%2):", nullptr, rows).arg(file, size));
}

void ImportPreviewPage::showDecisions()
{
    const ImportPreview& preview = m_wizard->preview();
    QStringList sentences;
    if (preview.headerless && !preview.header.isEmpty()) {
        const int columns = int(preview.header.size());
        sentences.append(
            columns == 1 ? tr("The first row holds a contact, not column names: the column "
                              "is named %1.")
                               .arg(m_wizard->columnTitle(0))
                         : tr("The first row holds a contact, not column names: the columns "
                              "are named %1 to %2.")
                               .arg(m_wizard->columnTitle(0), m_wizard->columnTitle(columns - 1)));
    }
    // Only what the mapping still does: a mapping remembered for these columns may say
    // otherwise, and then the note would not be true.
    const QList<ColumnMapping::Column>& columns = m_wizard->mapping().columns();
    for (const QString& header : preview.columnsFromValues) {
        const int column = int(preview.header.indexOf(header));
        if (column < 0 || column >= columns.size())
            continue;
        // Isolated: a Latin header in an Arabic sentence keeps its place.
        const QString name = BidiText::isolated(m_wizard->columnTitle(column));
        switch (columns.at(column).field) {
        case ImportField::Phone:
            sentences.append(
                tr("“%1” holds phone numbers, so it is imported as the phone.").arg(name));
            break;
        case ImportField::Email:
            sentences.append(
                tr("“%1” holds email addresses, so it is imported as the email.").arg(name));
            break;
        default:
            break;
        }
    }
    if (sentences.isEmpty())
        m_decisions->clearMessage();
    else
        m_decisions->showNote(sentences.join(QLatin1Char('\n')));
}
