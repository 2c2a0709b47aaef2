#pragma once

#include <QWizardPage>

class ImportWizard;
class MessageLabel;
class QLabel;
class QPushButton;
class QTableWidget;

/// The import wizard's last page: imported, updated and skipped counts, why each skipped
/// row was skipped, and the skipped rows saved as a CSV (the file's own columns plus
/// `error` and `line`) to fix and import again.
class ImportResultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportResultPage(ImportWizard* wizard);

    void initializePage() override;

    QLabel* headline() const { return m_headline; }
    QLabel* importedLabel() const { return m_imported; }
    QLabel* updatedLabel() const { return m_updated; }
    QLabel* skippedLabel() const { return m_skipped; }
    QTableWidget* errorTable() const { return m_errors; }
    QPushButton* saveErrorsButton() const { return m_save; }

private:
    void saveErrors();

    ImportWizard* m_wizard;
    MessageLabel* m_headlineMessage;
    QLabel* m_headline;
    QLabel* m_imported;
    QLabel* m_updated;
    QLabel* m_skipped;
    QLabel* m_errorsHeading;
    QTableWidget* m_errors;
    QLabel* m_omitted;
    QPushButton* m_save;
    MessageLabel* m_saved;
};
