#include "MergeDialog.h"

#include "ContactFieldNames.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {

QString fieldTitle(const QString& field)
{
    namespace F = ContactFieldNames;
    if (field == F::name)
        return MergeDialog::tr("Name");
    if (field == F::email)
        return MergeDialog::tr("Email");
    if (field == F::countryCode)
        return MergeDialog::tr("Country");
    if (field == F::tags)
        return MergeDialog::tr("Tags");
    if (field == F::labels)
        return MergeDialog::tr("Labels");
    if (field == F::params)
        return MergeDialog::tr("Custom fields");
    if (field == F::optedIn)
        return MergeDialog::tr("Opted in");
    if (field == F::isBlocked)
        return MergeDialog::tr("Blocked");
    return field;
}

QString valueText(const Contact& contact, const QString& field)
{
    namespace F = ContactFieldNames;
    const auto text = [](const std::optional<QString>& value) {
        return value && !value->isEmpty() ? *value : QStringLiteral("—");
    };
    const auto list = [](const QStringList& values) {
        return values.isEmpty() ? QStringLiteral("—") : values.join(QStringLiteral(", "));
    };
    if (field == F::name)
        return text(contact.name);
    if (field == F::email)
        return text(contact.email);
    if (field == F::countryCode)
        return text(contact.countryCode);
    if (field == F::tags)
        return list(contact.tags);
    if (field == F::labels)
        return list(contact.labels);
    if (field == F::params) {
        QStringList pairs;
        for (auto it = contact.params.begin(); it != contact.params.end(); ++it)
            pairs.append(it.key() + QStringLiteral(": ") + it.value().toVariant().toString());
        return list(pairs);
    }
    if (field == F::optedIn)
        return contact.optedIn ? MergeDialog::tr("Yes") : MergeDialog::tr("No");
    if (field == F::isBlocked)
        return contact.isBlocked ? MergeDialog::tr("Yes") : MergeDialog::tr("No");
    return {};
}

QString contactTitle(const Contact& contact)
{
    return contact.name && !contact.name->isEmpty()
               ? QStringLiteral("%1 (%2)").arg(*contact.name, contact.phone)
               : contact.phone;
}

} // namespace

MergeDialog::MergeDialog(const QList<Contact>& contacts, QWidget* parent)
    : QDialog(parent), m_contacts(contacts), m_keep(new QButtonGroup(this)), m_error(new QLabel),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Merge Duplicates"));
    setObjectName(QStringLiteral("mergeDialog"));
    const QStringList& fields = DuplicateMerge::pickableFields();

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    const int resultColumn = int(contacts.size()) + 2;
    auto* heading = new QLabel(tr("Merged contact"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    grid->addWidget(heading, 0, resultColumn);
    auto* fromHeading = new QLabel(tr("Take from"));
    fromHeading->setFont(bold);
    grid->addWidget(fromHeading, 0, resultColumn - 1);
    for (int c = 0; c < contacts.size(); ++c) {
        auto* keep = new QRadioButton(contactTitle(contacts.at(c)));
        keep->setObjectName(QStringLiteral("keep%1").arg(c));
        keep->setToolTip(tr("Keep this contact: its id and phone number stay, the others are "
                            "deleted."));
        keep->setAccessibleDescription(keep->toolTip());
        keep->setFont(bold);
        m_keep->addButton(keep, c);
        grid->addWidget(keep, 0, c + 1);
    }
    m_keep->button(0)->setChecked(true);
    auto* idLabel = new QLabel(tr("Id"));
    grid->addWidget(idLabel, 1, 0);
    for (int c = 0; c < contacts.size(); ++c) {
        auto* id = new QLabel(contacts.at(c).id);
        id->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont small = id->font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        id->setFont(small);
        grid->addWidget(id, 1, c + 1);
    }
    for (int f = 0; f < fields.size(); ++f) {
        const QString& field = fields.at(f);
        const int row = f + 2;
        auto* title = new QLabel(fieldTitle(field));
        grid->addWidget(title, row, 0);
        for (int c = 0; c < contacts.size(); ++c) {
            auto* value = new QLabel(valueText(contacts.at(c), field));
            value->setWordWrap(true);
            grid->addWidget(value, row, c + 1);
        }
        auto* source = new QComboBox;
        source->setObjectName(QStringLiteral("source_") + field);
        source->addItem(tr("Automatic"), QString());
        for (const Contact& contact : contacts)
            source->addItem(contactTitle(contact), contact.id);
        source->setAccessibleName(tr("Take %1 from").arg(fieldTitle(field)));
        source->setAccessibleDescription(
            tr("Which contact's %1 the merged contact gets; Automatic follows the merge's "
               "rules")
                .arg(fieldTitle(field)));
        title->setBuddy(source);
        grid->addWidget(source, row, resultColumn - 1);
        m_sources.append(source);
        connect(source, &QComboBox::currentIndexChanged, this, &MergeDialog::updateResult);
        auto* result = new QLabel;
        result->setObjectName(QStringLiteral("result_") + field);
        result->setWordWrap(true);
        result->setFont(bold);
        grid->addWidget(result, row, resultColumn);
        m_results.append(result);
    }
    connect(m_keep, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateResult();
    });

    grid->setRowStretch(int(fields.size()) + 2, 1);
    grid->setColumnStretch(resultColumn, 1);
    auto* sheet = new QWidget;
    sheet->setLayout(grid);
    auto* scroll = new QScrollArea;
    scroll->setWidget(sheet);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Fields of the contacts"));
    scroll->setFrameShape(QFrame::NoFrame);

    auto* explanation =
        new QLabel(tr("The contact kept stays with its id and phone number; the others are "
                      "deleted. History can undo the merge."));
    explanation->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_mergeButton = m_buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // Enter merges (it can be undone); set once the button is inside the dialog, which
    // otherwise makes the first button in the focus chain its default.
    m_mergeButton->setDefault(true);
    resize(qMin(1500, 540 + 300 * int(contacts.size())), 440);
    updateResult();
}

QComboBox* MergeDialog::sourceBox(const QString& field) const
{
    const qsizetype index = DuplicateMerge::pickableFields().indexOf(field);
    return index < 0 ? nullptr : m_sources.at(index);
}

int MergeDialog::keptIndex() const
{
    return qMax(0, m_keep->checkedId());
}

DuplicateMerge::Request MergeDialog::request() const
{
    DuplicateMerge::Request request;
    const int kept = keptIndex();
    request.keep = m_contacts.at(kept).id;
    for (int c = 0; c < m_contacts.size(); ++c) {
        if (c != kept)
            request.others.append(m_contacts.at(c).id);
    }
    const QStringList& fields = DuplicateMerge::pickableFields();
    for (int f = 0; f < fields.size(); ++f) {
        const QString from = m_sources.at(f)->currentData().toString();
        if (!from.isEmpty())
            request.picks.insert(fields.at(f), from);
    }
    return request;
}

ApiResult<Contact> MergeDialog::result() const
{
    const DuplicateMerge::Request chosen = request();
    QList<Contact> others;
    QHash<QString, Contact> picks;
    for (const Contact& contact : m_contacts) {
        if (contact.id != chosen.keep)
            others.append(contact);
        for (auto it = chosen.picks.begin(); it != chosen.picks.end(); ++it) {
            if (it.value() == contact.id)
                picks.insert(it.key(), contact);
        }
    }
    return DuplicateMerge::combine(m_contacts.at(keptIndex()), others, picks);
}

void MergeDialog::updateResult()
{
    const ApiResult<Contact> merged = result();
    const QStringList& fields = DuplicateMerge::pickableFields();
    for (int f = 0; f < fields.size(); ++f)
        m_results.at(f)->setText(merged ? valueText(*merged, fields.at(f)) : QString());
    m_error->setVisible(!merged);
    if (!merged)
        m_error->setText(
            tr("These contacts cannot be merged as chosen: %1").arg(merged.error().message));
    m_mergeButton->setEnabled(bool(merged));
}
