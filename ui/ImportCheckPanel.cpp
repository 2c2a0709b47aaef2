#include "ImportCheckPanel.h"

#include "BidiText.h"
#include "ImportWizard.h"
#include "MessageLabel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

ImportCheckPanel::ImportCheckPanel(ImportWizard* wizard, QWidget* parent)
    : QGroupBox(parent), m_wizard(wizard), m_status(new MessageLabel), m_bar(new QProgressBar),
      m_button(new QPushButton), m_counts(new QLabel), m_problemsHeading(new QLabel),
      m_problems(new QTableWidget), m_settle(new QTimer(this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("importCheck"));
    setTitle(tr("What the import would do"));

    m_status->setObjectName(QStringLiteral("checkStatus"));
    m_bar->setObjectName(QStringLiteral("checkProgressBar"));
    m_bar->setAccessibleName(tr("Check progress"));
    m_bar->setTextVisible(false); // the status says the percentage
    m_button->setObjectName(QStringLiteral("checkButton"));
    // As wide as its text: the status beside it takes the line when it is alone (an error).
    m_button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_counts->setObjectName(QStringLiteral("checkCounts"));
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_counts->setToolTip(tr("New: contacts the import would create. Would update: existing "
                            "contacts it would add to. Unchanged: existing contacts the row "
                            "brings nothing new to. Already exist, duplicates in the file and "
                            "invalid rows would be skipped."));
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);

    m_problems->setObjectName(QStringLiteral("checkProblems"));
    m_problems->setAccessibleName(tr("Rows the import would skip"));
    m_problems->setColumnCount(3);
    m_problems->setHorizontalHeaderLabels({tr("Line"), tr("Phone"), tr("Problem")});
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->setWordWrap(false);
    m_problems->verticalHeader()->hide();
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    // A few compact rows: the page is for the columns; the file of skipped rows comes after
    // the import.
    m_problems->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_problems->setFixedHeight(m_problems->horizontalHeader()->sizeHint().height() +
                               3 * m_problems->verticalHeader()->defaultSectionSize() +
                               2 * m_problems->frameWidth());
    m_problemsHeading->setBuddy(m_problems);

    // `All 1,265 rows checked: 1,204 new · …` on one line, or `Checking… 45 %` and its bar.
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_counts, 1);
    statusRow->addWidget(m_bar, 1);
    statusRow->addWidget(m_button);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_problemsHeading);
    layout->addWidget(m_problems);
    setTabOrder(m_button, m_problems);

    m_settle->setSingleShot(true);
    m_settle->setInterval(settleMs);
    connect(m_settle, &QTimer::timeout, this, &ImportCheckPanel::checkNow);
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &ImportCheckPanel::updateProgress);
    connect(wizard, &ImportWizard::checkProgressed, this, &ImportCheckPanel::updateProgress);
    connect(wizard, &ImportWizard::checkFinished, this, &ImportCheckPanel::showResult);
    connect(m_button, &QPushButton::clicked, this, &ImportCheckPanel::onButton);
    hide();
}

QString ImportCheckPanel::countsText(const ImportReport& report)
{
    const auto count = [](qint64 n) {
        return int(std::min<qint64>(n, INT_MAX));
    };
    QStringList parts{tr("%Ln new", "contacts the import would create", count(report.imported))};
    if (report.updated > 0)
        parts.append(tr("%Ln would update", "existing contacts", count(report.updated)));
    if (report.unchanged > 0)
        parts.append(tr("%Ln unchanged", "existing contacts", count(report.unchanged)));
    if (report.existing > 0)
        parts.append(report.existing == 1
                         ? tr("%1 already exists").arg(QLocale().toString(1))
                         : tr("%Ln already exist", "contacts", count(report.existing)));
    if (report.duplicateInFile > 0)
        parts.append(
            report.duplicateInFile == 1
                ? tr("%1 duplicate in the file").arg(QLocale().toString(1))
                : tr("%Ln duplicates in the file", nullptr, count(report.duplicateInFile)));
    if (report.invalid > 0)
        parts.append(tr("%Ln invalid", "rows", count(report.invalid)));
    return parts.join(tr(" · ", "between the counts"));
}

void ImportCheckPanel::checkNow()
{
    m_settle->stop();
    m_wizard->discardCheck();
    if (!m_wizard->canImport()) {
        // The page asks for the phone column; there is nothing to check until then.
        m_poll->stop();
        hide();
        return;
    }
    m_wizard->startCheck();
    showChecking();
    m_poll->start();
}

void ImportCheckPanel::checkSoon()
{
    m_wizard->discardCheck();
    m_poll->stop();
    if (!m_wizard->canImport()) {
        m_settle->stop();
        hide();
        return;
    }
    showChecking(); // never what the last options would have done
    m_settle->start();
}

void ImportCheckPanel::discard()
{
    m_settle->stop();
    m_poll->stop();
    m_wizard->discardCheck();
}

void ImportCheckPanel::showChecking()
{
    show();
    m_status->setWordWrap(false);
    m_status->showNote(tr("Checking…"));
    m_bar->setRange(0, 0); // busy until the first batch tells how long the file is
    m_bar->show();
    m_stopping = false;
    m_button->setText(tr("&Stop Check"));
    m_button->setToolTip(tr("You can import without waiting for the check."));
    m_button->show();
    m_counts->hide();
    m_problemsHeading->hide();
    m_problems->hide();
    m_problems->setRowCount(0);
}

void ImportCheckPanel::updateProgress()
{
    if (!m_wizard->isChecking() || m_stopping)
        return;
    const ContactImporter::Progress progress = m_wizard->checkProgress();
    const qint64 estimated = std::max(progress.estimatedRows(), progress.rowsDone);
    if (progress.rowsDone == 0 || estimated == 0)
        return;
    const int percent = int(std::min<qint64>(99, progress.rowsDone * 100 / estimated));
    m_bar->setRange(0, 100);
    m_bar->setValue(percent);
    m_status->showNote(tr("Checking… %1 %").arg(QLocale().toString(percent)));
}

void ImportCheckPanel::showResult()
{
    const auto result = m_wizard->checkResult();
    if (!result)
        return; // a check of other options: another one comes
    m_poll->stop();
    m_stopping = false;
    m_bar->hide();
    m_button->setText(tr("Check &Again"));
    m_button->setToolTip(QString());
    if (!*result || (*result)->failure) {
        const QString why = !*result                               ? result->error()
                            : (*result)->failure->detail.isEmpty() ? (*result)->failure->message
                                                                   : (*result)->failure->detail;
        m_status->setWordWrap(true); // alone on its line
        m_status->showError(tr("The check failed: %1").arg(why));
        m_button->show();
        m_counts->hide();
        m_problemsHeading->hide();
        m_problems->hide();
        return;
    }
    const ImportReport& report = **result;
    m_status->setWordWrap(false); // the counts next to it wrap instead
    const int rows = int(std::min<qint64>(report.rowsRead, INT_MAX));
    if (report.cancelled) {
        m_status->showNote(
            rows == 0 ? tr("The check was stopped before it read a row.")
                      : tr("Stopped after %Ln rows; the counts are for those.", nullptr, rows));
        m_button->show();
    } else {
        m_status->showNote(rows == 1 ? tr("The file’s one row, checked:")
                                     : tr("All %Ln rows checked:", nullptr, rows));
        m_button->hide();
    }
    m_counts->setText(countsText(report));
    m_counts->setVisible(rows > 0);

    const QLocale locale;
    const int listed = int(report.errors.size());
    m_problems->setRowCount(listed);
    for (int row = 0; row < listed; ++row) {
        const ImportReport::Error& error = report.errors.at(row);
        auto* line = new QTableWidgetItem(locale.toString(error.line));
        line->setTextAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
        m_problems->setItem(row, 0, line);
        m_problems->setItem(row, 1, new QTableWidgetItem(BidiText::isolated(error.phone)));
        auto* message = new QTableWidgetItem(error.message);
        message->setToolTip(error.message);
        m_problems->setItem(row, 2, message);
    }
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
    m_problemsHeading->setText(report.skipped > listed
                                   ? tr("The first %Ln rows it would s&kip:", nullptr, listed)
                                   : tr("Rows it would s&kip:"));
    m_problemsHeading->setVisible(listed > 0);
    m_problems->setVisible(listed > 0);
}

void ImportCheckPanel::onButton()
{
    if (m_stopping)
        return;
    if (m_wizard->isChecking()) {
        // Not disabled: the button keeps the keyboard focus, for Check Again.
        m_stopping = true;
        m_wizard->stopCheck();
        m_button->setText(tr("Stopping…"));
        return;
    }
    if (m_settle->isActive()) {
        // Stopped before it started: nothing was counted.
        m_settle->stop();
        m_bar->hide();
        m_status->showNote(tr("The check was stopped before it read a row."));
        m_button->setText(tr("Check &Again"));
        m_button->setToolTip(QString());
        return;
    }
    checkNow();
}
