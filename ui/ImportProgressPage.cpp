#include "ImportProgressPage.h"

#include "ImportWizard.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

ImportProgressPage::ImportProgressPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_bar(new QProgressBar), m_rows(new QLabel),
      m_rate(new QLabel), m_timeLeft(new QLabel), m_stop(new QPushButton), m_timer(new QTimer(this))
{
    setTitle(tr("Importing"));
    setSubTitle(tr("You can keep working in the main window meanwhile. Stopping keeps the "
                   "rows imported so far."));

    m_bar->setObjectName(QStringLiteral("importProgressBar"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(true);
    m_rows->setObjectName(QStringLiteral("progressRows"));
    m_rate->setObjectName(QStringLiteral("progressRate"));
    m_timeLeft->setObjectName(QStringLiteral("progressTimeLeft"));
    m_stop->setObjectName(QStringLiteral("stopImportButton"));
    m_stop->setText(tr("&Stop Import"));
    m_stop->setToolTip(tr("Stops after the rows being written: they stay imported."));

    auto* numbers = new QFormLayout;
    numbers->addRow(tr("Rows:"), m_rows);
    numbers->addRow(tr("Speed:"), m_rate);
    numbers->addRow(tr("Time left:"), m_timeLeft);

    auto* stopRow = new QHBoxLayout;
    stopRow->addStretch();
    stopRow->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addLayout(numbers);
    layout->addLayout(stopRow);
    layout->addStretch();

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &ImportProgressPage::updateProgress);
    connect(wizard, &ImportWizard::importProgressed, this, &ImportProgressPage::updateProgress);
    connect(wizard, &ImportWizard::importFinished, this, &ImportProgressPage::onFinished);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_wizard->cancelImport();
        m_stop->setEnabled(false);
        m_stop->setText(tr("Stopping…"));
    });
}

void ImportProgressPage::initializePage()
{
    m_done = false;
    m_stop->setEnabled(true);
    m_stop->setText(tr("&Stop Import"));
    m_bar->setRange(0, 0); // busy until the first batch tells how long the file is
    m_rows->setText(tr("Reading the file…"));
    m_rate->setText(QStringLiteral("—"));
    m_timeLeft->setText(QStringLiteral("—"));
    m_wizard->startImport();
    m_timer->start();
    m_stop->setFocus();
}

bool ImportProgressPage::isComplete() const
{
    return m_done;
}

QString ImportProgressPage::timeLeftText(qint64 seconds)
{
    if (seconds < 2)
        return tr("About 1 second");
    if (seconds < 60)
        return tr("About %Ln seconds", nullptr, int(seconds));
    if (seconds < 90)
        return tr("About 1 minute");
    if (seconds < 3600)
        return tr("About %Ln minutes", nullptr, int(std::lround(seconds / 60.0)));
    if (seconds < 5400)
        return tr("About 1 hour");
    return tr("About %Ln hours", nullptr, int(std::lround(seconds / 3600.0)));
}

void ImportProgressPage::updateProgress()
{
    if (m_done)
        return;
    const ContactImporter::Progress progress = m_wizard->progress();
    const qint64 estimated = std::max(progress.estimatedRows(), progress.rowsDone);
    if (progress.rowsDone == 0 || estimated == 0)
        return;
    if (m_bar->maximum() == 0)
        m_bar->setRange(0, 1000);
    m_bar->setValue(int(std::min<qint64>(999, progress.rowsDone * 1000 / estimated)));
    m_rows->setText(tr("%L1 of about %Ln", "rows imported of the file's", int(estimated))
                        .arg(progress.rowsDone));
    const double seconds = std::max<qint64>(m_wizard->elapsed(), 1) / 1000.0;
    const double rate = progress.rowsDone / seconds;
    m_rate->setText(tr("%Ln rows per second", nullptr, int(std::lround(rate))));
    m_timeLeft->setText(timeLeftText(qint64((estimated - progress.rowsDone) / rate)));
}

void ImportProgressPage::onFinished()
{
    m_timer->stop();
    m_done = true;
    m_bar->setRange(0, 1000);
    m_bar->setValue(1000);
    m_stop->setEnabled(false);
    emit completeChanged();
    if (m_wizard->currentId() == ImportWizard::ProgressPage)
        m_wizard->next();
}
