#pragma once

#include <QChar>
#include <QWizardPage>

class ImportWizard;
class MessageLabel;
class QComboBox;
class QLabel;
class QTableWidget;

/// The import wizard's second page: the first rows as they will be read, with the detected
/// encoding and delimiter, each of which can be overridden (the rows are read again), and
/// what the importer decided on its own: that the file has no header, or that a column's
/// values made it the phone or the email. For a vCard file: a summary of its first cards,
/// without the encoding and the delimiter, which do not apply.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;

    QComboBox* encodingCombo() const { return m_encoding; }
    QComboBox* delimiterCombo() const { return m_delimiter; }
    QTableWidget* table() const { return m_table; }
    /// What the importer decided about the columns; hidden when it decided nothing.
    MessageLabel* decisionsLabel() const { return m_decisions; }

    /// `Comma`, `Semicolon`, `Tab`, `Pipe`, or the character itself.
    static QString delimiterName(QChar delimiter);

private:
    void fillCombos();
    void reload();
    void showRows();
    void showDecisions();

    ImportWizard* m_wizard;
    QComboBox* m_encoding;
    QComboBox* m_delimiter;
    QLabel* m_summary;
    QTableWidget* m_table;
    MessageLabel* m_error;
    MessageLabel* m_decisions;
    QWidget* m_format; ///< the encoding and the delimiter, for CSV files
    bool m_ok = false;
};
