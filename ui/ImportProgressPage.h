#pragma once

#include <QWizardPage>

class ImportWizard;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

/// The import wizard's fourth page: the import running on its own thread, with the rows
/// done, the speed, the time left and a button that stops it after the batch being written.
/// Moves on to the results when the import ends.
class ImportProgressPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportProgressPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    QProgressBar* progressBar() const { return m_bar; }
    QPushButton* stopButton() const { return m_stop; }

    /// `About 3 minutes left` and the like, for `seconds` left.
    static QString timeLeftText(qint64 seconds);

private:
    void updateProgress();
    void onFinished();

    ImportWizard* m_wizard;
    QProgressBar* m_bar;
    QLabel* m_rows;
    QLabel* m_rate;
    QLabel* m_timeLeft;
    QPushButton* m_stop;
    QTimer* m_timer;
    bool m_done = false;
};
