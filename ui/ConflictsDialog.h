#pragma once

#include "SyncConflict.h"

#include <QDialog>
#include <QList>

class ConflictList;
class MessageLabel;
class QLabel;
class QPushButton;
class QTableWidget;

/// Sync ▸ Conflicts…: each open conflict (the contact, the field, "Mine", "Theirs", when)
/// and "Keep Mine" / "Keep Theirs" for the selected ones. A contact deleted on one side
/// shows "Deleted on server" / "Deleted here"; the choice that keeps it restores it. Shows
/// and forwards only: the ConflictList reads the conflicts and has the choices applied.
class ConflictsDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { ContactColumn, FieldColumn, MineColumn, TheirsColumn, WhenColumn, ColumnCount };
    /// Rows of the table carry their conflict's id in this role of the contact column.
    static constexpr int ConflictIdRole = Qt::UserRole + 1;

    /// Shows `conflicts` (not owned), and reads them.
    explicit ConflictsDialog(ConflictList* conflicts, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    /// True while conflicts are read or resolved.
    bool isBusy() const;

public slots:
    /// Reads the open conflicts again.
    void reload();
    void keepMine();
    void keepTheirs();

signals:
    /// Choices were applied: contacts may have changed or come back.
    void conflictsResolved();

private:
    void resolveSelected(bool keepMine);
    void showConflicts();
    void onResolved(const QStringList& errors);
    void updateBusy();
    void updateButtons();

    ConflictList* m_conflicts;
    QTableWidget* m_table;
    QLabel* m_empty;
    MessageLabel* m_error;
    QPushButton* m_keepMine;
    QPushButton* m_keepTheirs;
};
