#pragma once

#include "ListQuery.h"

#include <QDialog>
#include <QStringList>

#include <expected>
#include <functional>
#include <optional>

class MessageLabel;
class QCheckBox;
class QDialogButtonBox;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;
class CsvExportJob;

/// File > Export…: the contacts (all of them, the current search and filters, or the
/// selection) to a CSV file in UTF-8 that the importer reads back without a question, with
/// an optional byte order mark for Excel. The export runs on a thread of its own
/// (CsvExportJob), with a progress bar for long lists; the dialog reports the count written
/// or the error.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Scope { All, Filtered, Selection };

    /// Exports from the database at `databasePath` (opened again on the export's thread).
    explicit ExportDialog(const QString& databasePath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    /// The table's list: its search, filters and order, and how many contacts it has.
    /// `filtered` false: the list is every contact (the choice is then disabled).
    void setCurrentList(const ListQuery& query, qint64 count, bool filtered);
    /// The selected contacts' ids, in the table's order; none disables the choice.
    void setSelection(const QStringList& ids);

    Scope scope() const;
    void setScope(Scope scope);
    QString filePath() const;
    void setFilePath(const QString& path);
    bool writesBom() const;

    bool isExporting() const;
    /// The last export's outcome: the number of contacts written, or the error.
    const std::optional<std::expected<qint64, QString>>& result() const;

    /// Replaces the yes/no question asked before replacing an existing file (tests).
    void setConfirmation(std::function<bool(const QString& text)> confirm);

    QRadioButton* scopeButton(Scope scope) const;
    QCheckBox* bomCheck() const { return m_bom; }
    QCheckBox* historyCheck() const { return m_history; }
    QPushButton* exportButton() const { return m_export; }

public slots:
    /// Starts the export (the Export button).
    void startExport();
    /// Stops a running export (nothing is written), else closes.
    void reject() override;

signals:
    void exportFinished();

private:
    void browse();
    void updateProgress();
    void onFinished();
    void updateButtons();

    QString m_exportPath;
    QString m_confirmedPath; ///< chosen in the file dialog, which asked about replacing it
    std::function<bool(const QString&)> m_confirm;
    ListQuery m_query;
    QStringList m_selection;
    QRadioButton* m_all;
    QRadioButton* m_filtered;
    QRadioButton* m_selected;
    QCheckBox* m_bom;
    /// Writes the contacts' opt-in and block history instead of the contacts (an audit).
    QCheckBox* m_history;
    bool m_exportingHistory = false;
    QLineEdit* m_path;
    QProgressBar* m_bar;
    MessageLabel* m_message;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    QTimer* m_timer;
    CsvExportJob* m_job;
};
