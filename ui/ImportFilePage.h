#pragma once

#include <QWizardPage>

class ImportWizard;
class MessageLabel;
class QLineEdit;

/// The import wizard's first page: the CSV file to import.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    MessageLabel* m_error;
};
