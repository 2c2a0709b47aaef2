#pragma once

#include <QList>
#include <QWizardPage>

class ImportCheckPanel;
class ImportWizard;
class MessageLabel;
class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QScrollArea;
class TagEdit;

/// The import wizard's third page: what each column holds (guessed, or as chosen the last
/// time a file with the same columns was imported), the region of national numbers, tags to
/// add to every contact, and whether existing contacts are updated; under them, what the
/// import would do with these options (ImportCheckPanel), checked again as they change. Its
/// Next is "Import", which does not wait for the check. A vCard file's cards say their own
/// fields: for it the page has the options only.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    void setTagCompletionModel(QAbstractItemModel* model, int role);

    /// The field combo of each column, in the file's order.
    const QList<QComboBox*>& fieldCombos() const { return m_fieldCombos; }
    QComboBox* regionCombo() const { return m_region; }
    TagEdit* tagEdit() const { return m_tags; }
    QCheckBox* updateExistingCheck() const { return m_updateExisting; }
    QCheckBox* optInCheck() const { return m_optIn; }
    ImportCheckPanel* checkPanel() const { return m_check; }

    /// The regions libphonenumber knows, as (code, name) sorted by name.
    static QList<std::pair<QString, QString>> regions();
    /// The remembered default region, else the system locale's country, else none.
    static QString defaultRegion();

private:
    void buildColumns();
    void fillFieldCombo(QComboBox* combo, int column);
    void updateWarning();
    /// The column list for a CSV file, the options only for vCards.
    void showKind();

    ImportWizard* m_wizard;
    QScrollArea* m_scroll;
    QWidget* m_columns = nullptr;
    QList<QComboBox*> m_fieldCombos;
    QComboBox* m_region;
    TagEdit* m_tags;
    QCheckBox* m_updateExisting;
    QCheckBox* m_optIn;
    MessageLabel* m_warning;
    ImportCheckPanel* m_check;
    bool m_optionsInitialized = false;
};
