#pragma once

#include "Operation.h"

#include <QDockWidget>
#include <QList>
#include <QPointer>

#include <atomic>
#include <memory>

class DatabaseSession;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

/// View > History: the imports and batch edits of the open database, newest first, each
/// undoable after any restart (Operations). Undo reverts the selected one on the writer's
/// worker with progress; the contacts it left as they were (changed or deleted since) are
/// listed under it. Reads on StoreTask's pool, never on the GUI thread.
class HistoryPanel : public QDockWidget {
    Q_OBJECT
public:
    /// How many of the newest operations the panel lists.
    static constexpr int shown = 500;

    explicit HistoryPanel(QWidget* parent = nullptr);
    ~HistoryPanel() override;

    QTreeWidget* list() const { return m_list; }
    QPushButton* undoButton() const { return m_undo; }
    QLabel* resultLabel() const { return m_result; }
    QListWidget* notReverted() const { return m_notReverted; }

public slots:
    /// The database whose history to show; null for none.
    void setSession(DatabaseSession* session);
    /// Reads the operations again (also when the panel is shown, and after writes).
    void reload();
    /// Reloads while shown; hidden, it reloads when shown again.
    void reloadIfShown();
    /// Undoes the selected operation.
    void undoSelected();

signals:
    /// An undo ended: for the status bar.
    void message(const QString& text, int timeout);

private:
    void fill(const QList<Operation>& operations);
    void updateButtons();
    void showProgress();

    DatabaseSession* m_session = nullptr;
    QTreeWidget* m_list;
    QPushButton* m_undo;
    QProgressBar* m_progress;
    QLabel* m_result;
    QListWidget* m_notReverted;
    QTimer* m_progressTimer;
    QList<Operation> m_operations;
    bool m_undoing = false;
    /// The running undo's progress, written on the worker.
    struct Progress {
        std::atomic<qint64> done = 0;
        std::atomic<qint64> total = 0;
    };
    std::shared_ptr<Progress> m_running;
};
