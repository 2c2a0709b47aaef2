#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

/// Asks an agent about to delete many contacts at once to type how many: a click through a
/// Yes/No question is too easy to give by habit when thousands of contacts are at stake.
/// Delete is enabled only while the typed number is exactly the count (group separators and
/// spaces allowed, in the agent's locale or plain digits).
class MassDeletionDialog : public QDialog {
    Q_OBJECT
public:
    /// Deletes of more contacts than this ask through this dialog.
    static constexpr qsizetype threshold = 1000;

    MassDeletionDialog(qsizetype count, QWidget* parent = nullptr);

    QLineEdit* countEdit() const { return m_edit; }
    QPushButton* deleteButton() const { return m_delete; }
    /// Whether `typed` names `count`.
    static bool matches(const QString& typed, qsizetype count);

private:
    qsizetype m_count;
    QLineEdit* m_edit;
    QPushButton* m_delete;
};
