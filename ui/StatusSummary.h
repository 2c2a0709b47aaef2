#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

/// The counts at the end of the status bar: how many contacts match (or how many there are
/// when nothing filters them), how many are selected, and a busy indicator with what runs
/// (counting a broad search, a batch edit) while it runs.
class StatusSummary : public QWidget {
    Q_OBJECT
public:
    explicit StatusSummary(QWidget* parent = nullptr);

    /// `filtered`: the count is of matches of a search or filter, not of all contacts.
    void setCount(qint64 count, bool filtered);
    void setSelectedCount(qint64 count);
    /// Shows the busy indicator with `description`, or hides it when empty.
    void setBusy(const QString& description);

    QString countText() const;
    QString selectedText() const;
    bool isBusy() const;

private:
    QLabel* m_busyText;
    QProgressBar* m_busy;
    QLabel* m_selected;
    QLabel* m_count;
};
