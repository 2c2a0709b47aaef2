#pragma once

#include "ApiError.h"
#include "DuplicateGroup.h"

#include <QDialog>
#include <QList>

#include <atomic>
#include <memory>

class DatabaseSession;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;
class StoreJob;

/// Contacts > Find Duplicates: the groups of contacts that are likely one person
/// (DuplicateFinder), each with why it matched, found on a thread of its own with progress
/// (seconds at 1,000,000 contacts). Merge… (or Enter on a group) opens MergeDialog; the merge
/// runs on the writer's worker and its group leaves the list. Non-modal: the table stays
/// usable while it scans.
class DuplicatesDialog : public QDialog {
    Q_OBJECT
public:
    /// The most groups listed; the summary says how many more were found.
    static constexpr int shownGroups = 5000;

    explicit DuplicatesDialog(DatabaseSession* session, QWidget* parent = nullptr);
    ~DuplicatesDialog() override;

    QTreeWidget* groups() const { return m_groups; }
    QPushButton* mergeButton() const { return m_merge; }
    QLabel* summary() const { return m_summary; }
    bool isFinding() const;

public slots:
    /// Scans the database again.
    void find();
    /// Opens MergeDialog on the selected group.
    void mergeSelected();

signals:
    /// A merge ended: for the status bar.
    void message(const QString& text, int timeout);

private:
    void fill(const QList<DuplicateGroup>& groups);
    void updateButtons();
    void showProgress();
    /// The group of the current item (a group or one of its contacts); -1 for none.
    int selectedGroup() const;

    DatabaseSession* m_session;
    QTreeWidget* m_groups;
    QPushButton* m_merge;
    QPushButton* m_findAgain;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTimer* m_progressTimer;
    StoreJob* m_job;
    QList<DuplicateGroup> m_found;
    bool m_merging = false;
    bool m_finding = false; ///< from find() until its answer is shown
    struct Scan {
        std::atomic<qint64> done = 0;
        std::atomic<qint64> total = 0;
        ApiResult<QList<DuplicateGroup>> groups = QList<DuplicateGroup>{};
    };
    std::shared_ptr<Scan> m_scan;
};
