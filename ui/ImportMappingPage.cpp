#include "ImportMappingPage.h"

#include "BidiText.h"
#include "ImportCheckPanel.h"
#include "ImportWizard.h"
#include "MessageLabel.h"
#include "PhoneNumbers.h"
#include "TagEdit.h"
#include "TextColors.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QString regionKey = QStringLiteral("import/region");

/// The fields a column can be imported as, in the combo's order. PhoneType is offered only
/// where the guess found it (Google's `Phone 1 - Label`): it needs the phone column it
/// describes, which only the guess knows.
const ImportField choosableFields[] = {
    ImportField::Phone,    ImportField::Name,   ImportField::FirstName, ImportField::MiddleName,
    ImportField::LastName, ImportField::Email,  ImportField::Country,   ImportField::Tags,
    ImportField::Labels,   ImportField::Params, ImportField::Param,     ImportField::Ignore,
};

/// The first non-empty values of a column in the preview, for recognising it.
QString sampleValues(const ImportPreview& preview, int column)
{
    QStringList values;
    for (const CsvRecord& record : preview.rows) {
        if (column < record.fields.size() && !record.fields.at(column).trimmed().isEmpty())
            // Each value isolated (FSI…PDI): a number stays `+971 50 111 2222` next to an
            // Arabic name, whatever the direction of the list.
            values.append(BidiText::isolated(record.fields.at(column).trimmed().simplified()));
        if (values.size() == 3)
            break;
    }
    return QLocale().createSeparatedList(values);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_scroll(new QScrollArea), m_region(new QComboBox),
      m_tags(new TagEdit), m_updateExisting(new QCheckBox), m_optIn(new QCheckBox),
      m_warning(new MessageLabel), m_check(new ImportCheckPanel(wizard))
{
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose what each column holds. Your choices are remembered for files with "
                   "the same columns."));
    setCommitPage(true);

    m_scroll->setObjectName(QStringLiteral("mappingScroll"));
    m_scroll->setAccessibleName(tr("The file's columns"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);

    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_region->addItem(tr("None (international numbers only)"), QString());
    for (const auto& [code, name] : regions())
        m_region->addItem(tr("%1 (%2)").arg(name, code), code);
    m_region->setToolTip(tr("Numbers without a country code are read as numbers of this "
                            "country, unless the row has a country column."));
    m_tags->setObjectName(QStringLiteral("importTagsEdit"));
    m_tags->setToolTip(tr("Added to every imported contact, e.g. the name of the file's "
                          "campaign."));
    m_updateExisting->setObjectName(QStringLiteral("updateExistingCheck"));
    m_updateExisting->setText(tr("&Update existing contacts instead of skipping them"));
    m_updateExisting->setToolTip(tr("A row whose number is already in your contacts fills in the "
                                    "fields that contact has empty and adds the tags it lacks; "
                                    "nothing the contact has is overwritten. Otherwise the row "
                                    "is skipped as “Contact already exists”."));
    m_optIn->setObjectName(QStringLiteral("optInCheck"));
    m_optIn->setText(tr("These people &agreed to receive WhatsApp messages: opt them in"));
    m_optIn->setToolTip(tr("Every contact the import creates is opted in, and its history says "
                           "it was by this file's import. Contacts you have already keep "
                           "their own choice."));
    m_warning->setObjectName(QStringLiteral("mappingWarning"));

    auto* options = new QFormLayout;
    options->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* regionLabel = new QLabel(tr("Default &region:"));
    regionLabel->setBuddy(m_region);
    options->addRow(regionLabel, m_region);
    auto* tagsLabel = new QLabel(tr("&Tags to add:"));
    tagsLabel->setBuddy(m_tags);
    options->addRow(tagsLabel, m_tags);
    options->addRow(QString(), m_updateExisting);
    options->addRow(QString(), m_optIn);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_warning);
    layout->addLayout(options);
    layout->addWidget(m_check);
    layout->addStretch(); // under the options when there is no column list (vCards)

    // Each option as it changes, for the check.
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->setRegion(m_region->currentData().toString());
        m_check->checkSoon();
    });
    connect(m_tags, &QLineEdit::textChanged, this, [this] {
        m_wizard->options().tags = m_tags->tags();
        m_check->checkSoon();
    });
    connect(m_updateExisting, &QCheckBox::toggled, this, [this](bool update) {
        m_wizard->options().updateExisting = update;
        m_check->checkSoon();
    });
    connect(m_optIn, &QCheckBox::toggled, this, [this](bool optIn) {
        m_wizard->options().optIn = optIn;
        m_check->checkSoon();
    });
    // The region read the file's values otherwise: other columns, or the same ones decided
    // otherwise.
    connect(m_wizard, &ImportWizard::previewChanged, this, [this] {
        buildColumns();
        updateWarning();
    });
}

QList<std::pair<QString, QString>> ImportMappingPage::regions()
{
    static const QList<std::pair<QString, QString>> list = [] {
        QList<std::pair<QString, QString>> out;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const auto territory = QLocale::Territory(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2 && PhoneNumbers::isKnownRegion(code))
                out.append({code, QLocale::territoryToString(territory)});
        }
        QCollator collator;
        std::sort(out.begin(), out.end(), [&collator](const auto& a, const auto& b) {
            return collator.compare(a.second, b.second) < 0;
        });
        out.erase(std::unique(out.begin(), out.end(),
                              [](const auto& a, const auto& b) { return a.first == b.first; }),
                  out.end());
        return out;
    }();
    return list;
}

QString ImportMappingPage::defaultRegion()
{
    const QString saved = QSettings().value(regionKey).toString();
    if (QSettings().contains(regionKey))
        return saved; // possibly none, on purpose
    const QString system = QLocale::territoryToCode(QLocale::system().territory());
    return PhoneNumbers::isKnownRegion(system) ? system.toUpper() : QString();
}

void ImportMappingPage::setTagCompletionModel(QAbstractItemModel* model, int role)
{
    m_tags->setCompletionModel(model, role);
}

void ImportMappingPage::initializePage()
{
    // Once per wizard: back to the preview and here again keeps what was chosen.
    if (!m_optionsInitialized) {
        const QSignalBlocker block(m_region);
        m_region->setCurrentIndex(std::max(0, m_region->findData(m_wizard->options().region)));
        m_optionsInitialized = true;
    }
    // The preview was read in the wizard's region; one the list lacks is none.
    {
        const QSignalBlocker block(m_wizard);
        m_wizard->setRegion(m_region->currentData().toString());
    }
    m_wizard->options().tags = m_tags->tags();
    m_wizard->options().updateExisting = m_updateExisting->isChecked();
    m_wizard->options().optIn = m_optIn->isChecked();
    showKind();
    buildColumns();
    updateWarning();
    m_check->checkNow();
}

void ImportMappingPage::showKind()
{
    const bool vCard = m_wizard->isVCard();
    m_scroll->setVisible(!vCard);
    setTitle(vCard ? tr("Choose the Options") : tr("Match the Columns"));
    setSubTitle(vCard ? tr("Each card says what its fields are. Choose how to read numbers "
                           "without a country code, tags to add, and what to do with contacts "
                           "you already have.")
                      : tr("Choose what each column holds. Your choices are remembered for "
                           "files with the same columns."));
}

void ImportMappingPage::cleanupPage()
{
    // Back to the preview: another format makes other rows.
    m_check->discard();
    QWizardPage::cleanupPage();
}

void ImportMappingPage::buildColumns()
{
    m_fieldCombos.clear();
    delete m_columns;
    m_columns = new QWidget;
    auto* grid = new QGridLayout(m_columns);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 2);
    grid->setHorizontalSpacing(12);

    const auto heading = [](const QString& text) {
        auto* label = new QLabel(text);
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
        return label;
    };
    grid->addWidget(heading(tr("Column")), 0, 0);
    grid->addWidget(heading(tr("Import as")), 0, 1);
    grid->addWidget(heading(tr("First values")), 0, 2);

    const ImportPreview& preview = m_wizard->preview();
    const ColumnMapping& mapping = m_wizard->mapping();
    const int labelWidth = fontMetrics().averageCharWidth() * 28;
    for (int i = 0; i < mapping.columns().size(); ++i) {
        const QString header = m_wizard->columnTitle(i);
        auto* label = new QLabel;
        label->setTextFormat(Qt::PlainText);
        const QString shown = header.trimmed().isEmpty() ? tr("(column %1)").arg(i + 1) : header;
        label->setText(label->fontMetrics().elidedText(shown, Qt::ElideRight, labelWidth));
        label->setToolTip(shown);
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(i));
        combo->setAccessibleName(shown);
        combo->setAccessibleDescription(tr("The contact field this column's values go to"));
        label->setBuddy(combo);
        fillFieldCombo(combo, i);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, i] {
            const auto field = ImportField(combo->currentData().toInt());
            m_wizard->mapping().setField(i, field);
            updateWarning();
            m_check->checkSoon();
        });
        auto* sample = new QLabel;
        sample->setTextFormat(Qt::PlainText);
        TextColors::setSecondary(sample);
        // The page's direction, not that of the first value: `أحمد, Fatima` in an English
        // window reads left to right.
        const QString values = QChar(layoutDirection() == Qt::RightToLeft ? 0x200F : 0x200E) +
                               sampleValues(preview, i);
        sample->setText(sample->fontMetrics().elidedText(values, Qt::ElideRight, labelWidth * 2));
        sample->setToolTip(values);
        grid->addWidget(label, i + 1, 0);
        grid->addWidget(combo, i + 1, 1);
        grid->addWidget(sample, i + 1, 2);
        m_fieldCombos.append(combo);
    }
    grid->setRowStretch(int(mapping.columns().size()) + 1, 1);
    m_scroll->setWidget(m_columns);
    // Tab order: down the combos, then the options under the list.
    QWidget* previous = nullptr;
    for (QComboBox* combo : m_fieldCombos) {
        if (previous)
            setTabOrder(previous, combo);
        previous = combo;
    }
    if (previous)
        setTabOrder(previous, m_region);
    setTabOrder(m_region, m_tags);
    setTabOrder(m_tags, m_updateExisting);
    setTabOrder(m_updateExisting, m_check->checkButton());
    setTabOrder(m_check->checkButton(), m_check->problemTable());
}

void ImportMappingPage::fillFieldCombo(QComboBox* combo, int column)
{
    const ColumnMapping::Column& c = m_wizard->mapping().columns().at(column);
    for (const ImportField field : choosableFields) {
        QString text;
        switch (field) {
        case ImportField::Phone:
            text = tr("Phone number");
            break;
        case ImportField::Name:
            text = tr("Full name");
            break;
        case ImportField::FirstName:
            text = tr("First name");
            break;
        case ImportField::MiddleName:
            text = tr("Middle name");
            break;
        case ImportField::LastName:
            text = tr("Last name");
            break;
        case ImportField::Email:
            text = tr("Email");
            break;
        case ImportField::Country:
            text = tr("Country");
            break;
        case ImportField::Tags:
            text = tr("Tags");
            break;
        case ImportField::Labels:
            text = tr("Labels");
            break;
        case ImportField::Params:
            text = tr("Custom fields (JSON)");
            break;
        case ImportField::Param:
            text = tr("Custom field “%1”")
                       .arg(c.field == ImportField::Param && !c.paramKey.isEmpty()
                                ? c.paramKey
                                : c.header.trimmed());
            break;
        case ImportField::Ignore:
            text = tr("Don’t import");
            break;
        case ImportField::PhoneType:
            break;
        }
        combo->addItem(text, int(field));
    }
    if (c.field == ImportField::PhoneType && c.describes >= 0) {
        const QString phone = m_wizard->mapping().columns().at(c.describes).header;
        combo->insertItem(1, tr("Kind of phone in “%1”").arg(phone), int(ImportField::PhoneType));
    }
    combo->setCurrentIndex(std::max(0, combo->findData(int(c.field))));
}

void ImportMappingPage::updateWarning()
{
    if (m_wizard->isVCard())
        m_warning->clearMessage();
    else if (auto valid = m_wizard->mapping().validate(); !valid)
        m_warning->showError(tr("Choose the column that holds the phone numbers."));
    else
        m_warning->clearMessage();
    emit completeChanged();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->canImport();
}

bool ImportMappingPage::validatePage()
{
    if (!isComplete())
        return false;
    ImportOptions& options = m_wizard->options();
    options.region = m_region->currentData().toString();
    options.tags = m_tags->tags();
    options.updateExisting = m_updateExisting->isChecked();
    options.optIn = m_optIn->isChecked();
    m_wizard->rememberMapping();
    QSettings().setValue(regionKey, options.region);
    return true;
}
