#pragma once

#include <QWizardPage>

class ImportWizard;
class MessageLabel;
class QLineEdit;

/// The import wizard's first page: the file to import, CSV or vCard.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The open dialog's filters: contact files (CSV and vCard), CSV, vCard, all files.
    static QString fileFilter();

private:
    void browse();

    ImportWizard* m_wizard;
    QLineEdit* m_path;
    MessageLabel* m_error;
};
