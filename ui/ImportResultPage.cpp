#include "ImportResultPage.h"

#include "BidiText.h"
#include "ImportWizard.h"
#include "MessageLabel.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportResultPage::ImportResultPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_headlineMessage(new MessageLabel),
      m_headline(m_headlineMessage), m_imported(new QLabel), m_updated(new QLabel),
      m_unchanged(new QLabel), m_skipped(new QLabel), m_counts(new QFormLayout),
      m_errorsHeading(new QLabel), m_errors(new QTableWidget), m_omitted(new QLabel),
      m_save(new QPushButton), m_saved(new MessageLabel)
{
    setTitle(tr("Import Finished"));
    setSubTitle(tr("What was imported, and the rows that were not."));
    setFinalPage(true);

    m_headline->setObjectName(QStringLiteral("resultHeadline"));
    m_imported->setObjectName(QStringLiteral("importedCount"));
    m_updated->setObjectName(QStringLiteral("updatedCount"));
    m_unchanged->setObjectName(QStringLiteral("unchangedCount"));
    m_skipped->setObjectName(QStringLiteral("skippedCount"));
    m_errors->setObjectName(QStringLiteral("errorTable"));
    m_errors->setAccessibleName(tr("Skipped rows"));
    m_errors->setAccessibleDescription(
        tr("The rows that were not imported: their line, phone and problem"));
    m_omitted->setObjectName(QStringLiteral("errorsOmitted"));
    m_omitted->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("saveErrorsButton"));
    m_save->setText(tr("&Save Error Rows…"));
    m_save->setToolTip(tr("Saves the skipped rows with their columns, the problem and the line, "
                          "to fix them and import that file again."));
    m_saved->setObjectName(QStringLiteral("savedMessage"));

    m_errors->setColumnCount(3);
    m_errors->setHorizontalHeaderLabels({tr("Line"), tr("Phone"), tr("Problem")});
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_errors->verticalHeader()->hide();
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_errors->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_errorsHeading->setText(tr("S&kipped rows:"));
    m_errorsHeading->setBuddy(m_errors);

    // Right-aligned in a column as wide as a million, so that the counts line up.
    const int countWidth = fontMetrics().horizontalAdvance(QLocale().toString(9999999));
    for (QLabel* count : {m_imported, m_updated, m_unchanged, m_skipped}) {
        count->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        count->setMinimumWidth(countWidth);
    }
    m_counts->addRow(tr("Imported:"), m_imported);
    m_counts->addRow(tr("Updated:"), m_updated);
    // Only an import that updates existing contacts has rows that change nothing.
    m_counts->addRow(tr("Already up to date:"), m_unchanged);
    m_unchanged->setToolTip(
        tr("Rows that matched an existing contact and brought nothing it did not have"));
    m_counts->addRow(tr("Skipped:"), m_skipped);
    auto* countsRow = new QHBoxLayout;
    countsRow->addLayout(m_counts);
    countsRow->addStretch();

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_omitted, 1);
    saveRow->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addLayout(countsRow);
    layout->addWidget(m_errorsHeading);
    layout->addWidget(m_errors, 1);
    layout->addLayout(saveRow);
    layout->addWidget(m_saved);

    connect(m_save, &QPushButton::clicked, this, &ImportResultPage::saveErrors);
}

void ImportResultPage::initializePage()
{
    m_saved->clearMessage();
    m_errors->setRowCount(0);
    const auto& result = m_wizard->result();
    const QLocale locale;
    if (!result || !*result) {
        setTitle(tr("Nothing Was Imported"));
        m_headlineMessage->showError(result ? result->error() : tr("The import did not run."));
        for (QLabel* count : {m_imported, m_updated, m_unchanged, m_skipped})
            count->setText(locale.toString(0));
        m_counts->setRowVisible(m_unchanged, false);
        m_errorsHeading->hide();
        m_errors->hide();
        m_omitted->hide();
        m_save->hide();
        return;
    }
    const ImportReport& report = **result;
    m_imported->setText(locale.toString(report.imported));
    m_updated->setText(locale.toString(report.updated));
    m_unchanged->setText(locale.toString(report.unchanged));
    m_counts->setRowVisible(m_unchanged, report.unchanged > 0);
    m_skipped->setText(locale.toString(report.skipped));
    if (report.failure) {
        setTitle(tr("Import Stopped"));
        const QString reason =
            report.failure->detail.isEmpty() ? report.failure->message : report.failure->detail;
        m_headlineMessage->showError(
            tr("A database error stopped the import after line %1: %2. The rows before it "
               "are in; the rest of the file was not imported.")
                .arg(locale.toString(report.committedThroughLine), reason));
    } else if (report.cancelled) {
        setTitle(tr("Import Stopped"));
        const QString line = locale.toString(report.committedThroughLine);
        m_headlineMessage->showNote(
            report.rowsRead == 1
                ? tr("The import was stopped after line %1: 1 row was read and is in. The "
                     "rest of the file was not imported.")
                      .arg(line)
                : tr("The import was stopped after line %1: %Ln rows were read and are in. "
                     "The rest of the file was not imported.",
                     nullptr, int(report.rowsRead))
                      .arg(line));
    } else {
        setTitle(tr("Import Finished"));
        m_headlineMessage->showNote(report.rowsRead == 1 ? tr("The file's one row was read.")
                                                         : tr("All %Ln rows of the file were read.",
                                                              nullptr, int(report.rowsRead)));
    }

    const bool anyErrors = report.skipped > 0;
    m_errorsHeading->setVisible(anyErrors);
    m_errors->setVisible(anyErrors);
    m_save->setVisible(anyErrors);
    m_omitted->setVisible(anyErrors);
    m_errors->setRowCount(int(report.errors.size()));
    for (int row = 0; row < report.errors.size(); ++row) {
        const ImportReport::Error& error = report.errors.at(row);
        auto* line = new QTableWidgetItem(locale.toString(error.line));
        line->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_errors->setItem(row, 0, line);
        m_errors->setItem(row, 1, new QTableWidgetItem(BidiText::isolated(error.phone)));
        auto* message = new QTableWidgetItem(error.message);
        message->setToolTip(error.message);
        m_errors->setItem(row, 2, message);
    }
    m_errors->resizeColumnToContents(0);
    m_errors->resizeColumnToContents(1);
    if (report.skipped > report.errors.size()) {
        m_omitted->setText(tr("The first %Ln skipped rows are listed; the saved file has all "
                              "of them.",
                              nullptr, int(report.errors.size())));
    } else {
        m_omitted->setText(tr("Save them to fix them in a spreadsheet and import that file "
                              "again."));
    }
}

void ImportResultPage::saveErrors()
{
    const auto& result = m_wizard->result();
    if (!result || !*result)
        return;
    const QFileInfo source(m_wizard->filePath());
    const QString suggested = source.dir().filePath(
        tr("%1 - errors.csv", "the file of skipped rows").arg(source.completeBaseName()));
    const QString path = m_wizard->chooseSaveFile(suggested);
    if (path.isEmpty())
        return;
    if (auto saved = (*result)->saveErrors(path); !saved) {
        m_saved->showError(saved.error());
        return;
    }
    const QString shown = QDir::toNativeSeparators(path);
    const int rows = int((*result)->skipped);
    m_saved->showNote(rows == 1 ? tr("Saved 1 row to %1.").arg(shown)
                                : tr("Saved %Ln rows to %1.", nullptr, rows).arg(shown));
}
