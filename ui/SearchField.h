#pragma once

#include <QLineEdit>

class QTimer;

/// The search box of the main window: emits searchChanged() once typing pauses, so that a
/// fast typist starts one query instead of one per key. Enter and clearing apply at once.
/// What it emits is normalized (ListQuery::normalizedSearch); it may repeat the search last
/// applied (Enter twice), which the table's model recognizes. Down applies it too and asks
/// for the results (resultsRequested()): the keyboard goes on to them.
class SearchField : public QLineEdit {
    Q_OBJECT
public:
    explicit SearchField(QWidget* parent = nullptr);

    /// How long typing must pause before the search applies (milliseconds).
    int debounceInterval() const;
    void setDebounceInterval(int milliseconds);

    /// The search as last applied (normalized).
    QString search() const { return m_applied; }

signals:
    void searchChanged(const QString& search);
    /// Down was pressed: the agent moves on to the results.
    void resultsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void apply();

    QTimer* m_timer;
    QString m_typed; ///< the text, normalized once as it changes
    QString m_applied;
};
