#pragma once

#include <QDialog>

class QPushButton;
class QTreeWidget;
struct SyncSummary;

/// After a sync run that held deletions back (sync.md, "The mass-deletion guard"): how many
/// on each side, a sample of the contacts, and the agent's choice. Delete lets the next run
/// make them (SyncController::syncAllowingDeletions); Keep leaves them waiting, and is the
/// default so that Enter by habit deletes nothing.
class HeldDeletionsDialog : public QDialog {
    Q_OBJECT
public:
    explicit HeldDeletionsDialog(const SyncSummary& summary, QWidget* parent = nullptr);

    /// What the agent allows when accepting: every held deletion.
    qint64 count() const { return m_count; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* keepButton() const { return m_keep; }
    QTreeWidget* sample() const { return m_sample; }

private:
    qint64 m_count;
    QTreeWidget* m_sample;
    QPushButton* m_delete;
    QPushButton* m_keep;
};
