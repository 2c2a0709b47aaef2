#pragma once

#include <QGroupBox>

class ImportReport;
class ImportWizard;
class MessageLabel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

/// What the import would do, on the import wizard's mapping page, before the user imports:
/// the counts of a check of the options as they are (ImportWizard::startCheck(), a dry run:
/// new, would update, unchanged, already there, duplicates in the file, invalid) and the first
/// rows it would skip with their lines. The check runs on a thread of its own with its
/// progress and a button that stops it; when the options change, what it said is gone at once
/// and it runs again once they stop changing for a moment. The import does not wait for it.
class ImportCheckPanel : public QGroupBox {
    Q_OBJECT
public:
    /// How long the options must stay as they are before they are checked again.
    static constexpr int settleMs = 400;

    explicit ImportCheckPanel(ImportWizard* wizard, QWidget* parent = nullptr);

    /// Checks the options now (the page is shown).
    void checkNow();
    /// The options changed: drops the check, and checks them once they settle.
    void checkSoon();
    /// Drops the check (the page is left).
    void discard();

    /// `1,204 new · 37 would update · 12 unchanged · …`: a dry run's counts, the new ones
    /// always and the others when they are not zero.
    static QString countsText(const ImportReport& report);

    /// `Checking… 45 %`, what the check counted, or why it failed.
    MessageLabel* statusLabel() const { return m_status; }
    QLabel* countsLabel() const { return m_counts; }
    QProgressBar* progressBar() const { return m_bar; }
    /// Stops the running check, or checks again one that stopped or failed.
    QPushButton* checkButton() const { return m_button; }
    /// The first rows the import would skip: line, phone, why.
    QTableWidget* problemTable() const { return m_problems; }

private:
    void showChecking();
    void updateProgress();
    void showResult();
    void onButton();

    ImportWizard* m_wizard;
    MessageLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_button;
    QLabel* m_counts;
    QLabel* m_problemsHeading;
    QTableWidget* m_problems;
    QTimer* m_settle;
    QTimer* m_poll;
    bool m_stopping = false; ///< asked to stop; its result is on the way
};
