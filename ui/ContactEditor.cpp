#include "ContactEditor.h"

#include "ContactChanges.h"
#include "ContactWriter.h"
#include "DerivedTextColor.h"
#include "FlagChangeText.h"
#include "NewContact.h"
#include "ParamsTableEditor.h"
#include "StoreTask.h"
#include "TagEdit.h"
#include "TextColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

std::optional<QString> optionalText(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    return text.isEmpty() ? std::nullopt : std::optional<QString>(text);
}

// A field stacked over the line that shows its error, so that the message sits with the
// field in either layout direction.
QWidget* withError(QWidget* field, QLabel* error)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

ContactEditor::ContactEditor(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_details(new QLabel(this)), m_form(new QWidget),
      m_name(new QLineEdit), m_phone(new QLineEdit), m_email(new QLineEdit),
      m_country(new QLineEdit), m_countryHint(new QLabel), m_tags(new TagEdit),
      m_labels(new TagEdit), m_optedIn(new QCheckBox(tr("Opted in"))),
      m_blocked(new QCheckBox(tr("Blocked"))), m_flagHistory(new QLabel), m_flagNote(new QLineEdit),
      m_params(new ParamsTableEditor), m_generalError(new QLabel),
      m_save(new QPushButton(tr("Save"))), m_revert(new QPushButton(tr("Revert")))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    TextColors::setSecondary(m_details);

    auto* close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the editor"));
    close->setAccessibleName(tr("Close the editor"));
    connect(close, &QToolButton::clicked, this, [this] {
        if (confirmLeave([this] { emit closeRequested(); }) == Leave::Now)
            emit closeRequested();
    });

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_country->setObjectName(QStringLiteral("countryEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_labels->setObjectName(QStringLiteral("labelsEdit"));
    m_optedIn->setObjectName(QStringLiteral("optedInCheck"));
    m_blocked->setObjectName(QStringLiteral("blockedCheck"));
    m_flagHistory->setObjectName(QStringLiteral("flagHistoryLabel"));
    m_flagHistory->setTextFormat(Qt::PlainText);
    m_flagHistory->setWordWrap(true);
    m_flagHistory->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    TextColors::setSecondary(m_flagHistory);
    m_flagHistory->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_flagHistory->setAccessibleName(tr("Opt-in and block history"));
    m_flagNote->setObjectName(QStringLiteral("flagNoteEdit"));
    m_flagNote->setPlaceholderText(tr("Why? e.g. asked on the phone (kept in the history)"));
    m_flagNote->setAccessibleName(tr("Reason for the opt-in or block change"));
    m_flagNote->setMaxLength(500);
    m_flagNote->hide();
    m_params->setObjectName(QStringLiteral("paramsEditor"));
    m_save->setObjectName(QStringLiteral("saveButton"));

    m_name->setAccessibleDescription(tr("The contact's name, as the agents know them"));
    m_phone->setAccessibleDescription(
        tr("The WhatsApp number in international form, with the country code"));
    m_email->setAccessibleDescription(tr("The contact's email address, optional"));
    m_tags->setAccessibleDescription(tr("Tags, separated by commas"));
    m_labels->setAccessibleDescription(tr("Labels, separated by commas"));
    m_flagNote->setAccessibleDescription(
        tr("Kept in the opt-in and block history with the change"));
    m_phone->setPlaceholderText(tr("+971501234567"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_country->setPlaceholderText(tr("Auto"));
    m_country->setToolTip(tr("Two-letter country code; when empty, it comes from the phone "
                             "number"));
    m_country->setMaxLength(2);
    m_country->setMaximumWidth(m_country->fontMetrics().horizontalAdvance(u'W') * 5);
    TextColors::setSecondary(m_countryHint);
    // Phone numbers and codes read left to right in every language.
    m_phone->setLayoutDirection(Qt::LeftToRight);
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_phone->setAlignment(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);
    m_email->setAlignment(Qt::AlignLeft | Qt::AlignAbsolute | Qt::AlignVCenter);

    auto* countryRow = new QWidget;
    auto* countryLayout = new QHBoxLayout(countryRow);
    countryLayout->setContentsMargins(0, 0, 0, 0);
    countryLayout->addWidget(m_country);
    countryLayout->addWidget(m_countryHint, 1);

    auto* flags = new QWidget;
    auto* flagsLayout = new QVBoxLayout(flags);
    flagsLayout->setContentsMargins(0, 0, 0, 0);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_optedIn);
    checks->addWidget(m_blocked);
    checks->addStretch();
    flagsLayout->addLayout(checks);
    flagsLayout->addWidget(m_flagNote);
    // Right under the boxes it is about.
    flagsLayout->addWidget(m_flagHistory);

    auto* form = new QFormLayout(m_form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Each field a sibling of its label, its error on the row under it: Qt names a field
    // after a buddy label among its siblings only (and Alt+letter lands in it).
    const auto addRow = [this, form](const QString& text, QWidget* field, QWidget* row,
                                     ContactFieldError::Field error) {
        auto* label = new QLabel(text);
        label->setBuddy(field);
        form->addRow(label, row);
        form->addRow(QString(), addErrorLabel(error));
    };
    addRow(tr("&Name"), m_name, m_name, ContactFieldError::Name);
    addRow(tr("&Phone"), m_phone, m_phone, ContactFieldError::Phone);
    addRow(tr("&Email"), m_email, m_email, ContactFieldError::Email);
    // In a row with its hint, away from its label.
    m_country->setAccessibleName(tr("Country"));
    addRow(tr("&Country"), m_country, countryRow, ContactFieldError::Country);
    addRow(tr("&Tags"), m_tags, m_tags, ContactFieldError::Tags);
    addRow(tr("&Labels"), m_labels, m_labels, ContactFieldError::Labels);
    form->addRow(QString(), flags);
    auto* paramsLabel = new QLabel(tr("Custom &fields"));
    paramsLabel->setBuddy(m_params->table());
    form->addRow(paramsLabel);
    form->addRow(withError(m_params, addErrorLabel(ContactFieldError::Params)));

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Contact fields"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_generalError = addErrorLabel(ContactFieldError::General);
    m_save->setDefault(true);
    m_save->setIcon(QIcon::fromTheme(QStringLiteral("document-save")));
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    connect(m_save, &QPushButton::clicked, this, &ContactEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &ContactEditor::revert);

    auto* header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(close, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_details);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_generalError);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_phone, m_email, m_country, static_cast<QLineEdit*>(m_tags),
                            static_cast<QLineEdit*>(m_labels)}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_loading)
                setModified(true);
        });
        connect(edit, &QLineEdit::returnPressed, this, &ContactEditor::save);
    }
    connect(m_country, &QLineEdit::textChanged, this, &ContactEditor::updateCountryHint);
    for (QCheckBox* box : {m_optedIn, m_blocked}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_flagNote->setVisible(flagsChanged());
            if (!m_loading)
                setModified(true);
        });
    }
    connect(m_flagNote, &QLineEdit::returnPressed, this, &ContactEditor::save);
    connect(m_params, &ParamsTableEditor::paramsEdited, this, [this] { setModified(true); });

    // Input to the form waits while a save runs (eventFilter()).
    m_form->installEventFilter(this);
    for (QWidget* child : m_form->findChildren<QWidget*>())
        child->installEventFilter(this);

    setMinimumWidth(320);
    load(std::nullopt);
}

QLabel* ContactEditor::addErrorLabel(ContactFieldError::Field field)
{
    auto* label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    DerivedTextColor::apply(label, &TextColors::error);
    label->setObjectName(QStringLiteral("error%1").arg(int(field)));
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

void ContactEditor::setWriter(ContactWriter* writer)
{
    m_writer = writer;
    clearContact();
}

void ContactEditor::setTagCompletionModel(QAbstractItemModel* model, int role)
{
    m_tags->setCompletionModel(model, role);
}

void ContactEditor::setLabelCompletionModel(QAbstractItemModel* model, int role)
{
    m_labels->setCompletionModel(model, role);
}

QString ContactEditor::errorText(ContactFieldError::Field field) const
{
    const QLabel* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void ContactEditor::showContact(const Contact& contact)
{
    m_mode = Mode::Existing;
    load(contact);
}

void ContactEditor::startNewContact()
{
    m_mode = Mode::New;
    load(std::nullopt);
    m_phone->setFocus(Qt::OtherFocusReason);
}

void ContactEditor::clearContact()
{
    m_mode = Mode::Empty;
    load(std::nullopt);
}

void ContactEditor::load(const std::optional<Contact>& contact)
{
    ++m_loadCount;
    m_loading = true;
    m_contact = contact;
    m_name->setText(contact ? contact->name.value_or(QString()) : QString());
    m_phone->setText(contact ? contact->phone : QString());
    m_email->setText(contact ? contact->email.value_or(QString()) : QString());
    m_country->setText(contact ? contact->countryCode.value_or(QString()) : QString());
    m_tags->setTags(contact ? contact->tags : QStringList());
    m_labels->setTags(contact ? contact->labels : QStringList());
    m_optedIn->setChecked(contact && contact->optedIn);
    m_blocked->setChecked(contact && contact->isBlocked);
    m_params->setParams(contact ? contact->params : QJsonObject());
    m_flagNote->clear();
    m_flagNote->hide();
    m_loading = false;
    clearErrors();
    setModified(false);
    updateCountryHint();
    updateState();
    loadFlagHistory();
}

bool ContactEditor::flagsChanged() const
{
    const bool optedIn = m_contact && m_contact->optedIn;
    const bool blocked = m_contact && m_contact->isBlocked;
    return m_optedIn->isChecked() != optedIn || m_blocked->isChecked() != blocked;
}

void ContactEditor::loadFlagHistory()
{
    m_flagHistory->clear();
    m_flagHistory->setToolTip(QString());
    m_flagHistory->setVisible(m_contact.has_value());
    if (!m_contact || !m_writer)
        return;
    const quint64 loadCount = m_loadCount;
    StoreTask::run<ApiResult<QList<FlagChange>>>(
        m_writer->databasePath(), this,
        [id = m_contact->id](ContactStore& store) { return store.flagHistory(id); },
        [this, loadCount](const ApiResult<QList<FlagChange>>& history) {
            if (loadCount != m_loadCount)
                return; // another contact is shown by now
            if (!history) {
                m_flagHistory->setText(tr("The opt-in history could not be read."));
                return;
            }
            // The latest three fit beside the form; the whole history is a hover away.
            m_flagHistory->setText(FlagChangeText::summary(*history, 3));
            if (history->size() > 3)
                m_flagHistory->setToolTip(FlagChangeText::summary(*history, int(history->size())));
        });
}

void ContactEditor::updateState()
{
    const bool editing = m_mode != Mode::Empty && m_writer;
    m_form->setEnabled(editing);
    // The phone is the contact's identity at WhatsApp: it is set once, on creation.
    m_phone->setReadOnly(m_mode == Mode::Existing);
    m_phone->setFrame(m_mode != Mode::Existing); // reads as a label when it cannot change
    m_phone->setToolTip(m_mode == Mode::Existing ? tr("A contact's phone number cannot change")
                                                 : QString());
    switch (m_mode) {
    case Mode::Empty:
        m_title->setText(tr("No contact selected"));
        m_details->setText(tr("Double-click a contact to edit it, or create a new one."));
        break;
    case Mode::New:
        m_title->setText(tr("New contact"));
        m_details->setText(tr("Enter the phone number in international format."));
        break;
    case Mode::Existing: {
        const Contact& c = *m_contact;
        m_title->setText(c.name.value_or(c.phone));
        const QLocale locale;
        m_details->setText(
            tr("Created %1 · updated %2 · source: %3")
                .arg(locale.toString(c.createdAt.toLocalTime(), QLocale::ShortFormat),
                     locale.toString(c.updatedAt.toLocalTime(), QLocale::ShortFormat), c.source));
        break;
    }
    }
    m_save->setEnabled(editing && !m_saving && (m_modified || m_mode == Mode::New));
    m_revert->setEnabled(editing && !m_saving && m_modified);
}

void ContactEditor::updateCountryHint()
{
    const QString code = m_country->text().trimmed();
    QString hint;
    if (code.size() == 2) {
        const QLocale::Territory territory = QLocale::codeToTerritory(code.toUpper());
        if (territory != QLocale::AnyTerritory)
            hint = QLocale::territoryToString(territory);
    }
    m_countryHint->setText(hint);
}

void ContactEditor::setModified(bool modified)
{
    if (m_modified != modified) {
        m_modified = modified;
        emit modifiedChanged(modified);
    }
    updateState();
}

void ContactEditor::clearErrors()
{
    for (QLabel* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
}

void ContactEditor::showError(const ContactFieldError& error)
{
    QLabel* label = m_errorLabels.value(error.field());
    label->setText(error.text());
    label->show();
    QWidget* field = nullptr;
    switch (error.field()) {
    case ContactFieldError::Name:
        field = m_name;
        break;
    case ContactFieldError::Phone:
        field = m_phone;
        break;
    case ContactFieldError::Email:
        field = m_email;
        break;
    case ContactFieldError::Country:
        field = m_country;
        break;
    case ContactFieldError::Tags:
        field = m_tags;
        break;
    case ContactFieldError::Labels:
        field = m_labels;
        break;
    case ContactFieldError::Params:
        field = m_params->table();
        break;
    case ContactFieldError::General:
        break;
    }
    if (field)
        field->setFocus(Qt::OtherFocusReason);
}

void ContactEditor::save()
{
    if (m_saving)
        return;
    if (m_mode == Mode::Empty || !m_writer) {
        finishSave(false);
        return;
    }
    clearErrors();
    const QStringList duplicates = m_params->duplicateKeys();
    if (!duplicates.isEmpty()) {
        // The store would keep only one of them; say so instead of losing a value silently.
        QLabel* label = m_errorLabels.value(ContactFieldError::Params);
        label->setText(tr("Each field name may appear once: %1")
                           .arg(QLocale().createSeparatedList(duplicates)));
        label->show();
        finishSave(false);
        return;
    }
    if (m_mode == Mode::New)
        saveNew();
    else
        saveExisting();
}

void ContactEditor::saveNew()
{
    const NewContact draft = NewContact()
                                 .setPhone(m_phone->text().trimmed())
                                 .setName(optionalText(m_name))
                                 .setEmail(optionalText(m_email))
                                 .setCountryCode(optionalText(m_country))
                                 .setTags(m_tags->tags())
                                 .setLabels(m_labels->tags())
                                 .setParams(m_params->params())
                                 .setOptedIn(m_optedIn->isChecked())
                                 .setBlocked(m_blocked->isChecked());
    setSaving(true);
    const QString note = flagsChanged() ? m_flagNote->text().trimmed() : QString();
    m_writer->create(
        draft, this,
        [this, form = m_loadCount](ApiResult<Contact> created) {
            setSaving(false);
            if (form != m_loadCount) {
                finishSave(bool(created)); // the form shows something else now
                return;
            }
            if (!created) {
                showError(ContactFieldError::fromApiError(created.error()));
                finishSave(false);
                return;
            }
            const Contact contact = *created;
            m_mode = Mode::Existing;
            load(contact);
            emit contactCreated(contact);
            finishSave(true);
        },
        note);
}

void ContactEditor::saveExisting()
{
    const Contact& before = *m_contact;
    ContactChanges patch;
    if (optionalText(m_name) != before.name)
        patch.setName(optionalText(m_name));
    if (optionalText(m_email) != before.email)
        patch.setEmail(optionalText(m_email));
    const std::optional<QString> country = optionalText(m_country);
    if (country.value_or(QString()).toUpper() != before.countryCode.value_or(QString()))
        patch.setCountryCode(country);
    if (m_tags->tags() != before.tags)
        patch.setTags(m_tags->tags());
    if (m_labels->tags() != before.labels)
        patch.setLabels(m_labels->tags());
    if (m_params->params() != before.params)
        patch.setParams(m_params->params());
    if (m_optedIn->isChecked() != before.optedIn)
        patch.setOptedIn(m_optedIn->isChecked());
    if (m_blocked->isChecked() != before.isBlocked)
        patch.setBlocked(m_blocked->isChecked());
    if (patch.isEmpty()) {
        setModified(false);
        finishSave(true);
        return;
    }
    setSaving(true);
    const QString note = flagsChanged() ? m_flagNote->text().trimmed() : QString();
    m_writer->update(
        before.id, patch, this,
        [this, form = m_loadCount, old = before](ApiResult<Contact> updated) {
            setSaving(false);
            if (form != m_loadCount) {
                finishSave(bool(updated));
                return;
            }
            if (!updated) {
                showError(ContactFieldError::fromApiError(updated.error()));
                finishSave(false);
                return;
            }
            load(*updated);
            emit contactEdited(old, *updated);
            finishSave(true);
        },
        note);
}

void ContactEditor::setSaving(bool saving)
{
    m_saving = saving;
    updateState();
}

void ContactEditor::finishSave(bool saved)
{
    // Taken first: the continuation may ask to leave again.
    const std::function<void()> next = std::exchange(m_afterSave, {});
    emit saveFinished(saved);
    if (saved && next)
        next();
}

void ContactEditor::revert()
{
    if (m_saving)
        return;
    load(m_mode == Mode::Existing ? m_contact : std::nullopt);
}

ContactEditor::Leave ContactEditor::confirmLeave(std::function<void()> afterSave)
{
    if (m_saving) {
        // Saved a moment ago (Return, then a click elsewhere): go on once it is written.
        m_afterSave = std::move(afterSave);
        return Leave::AfterSave;
    }
    if (!m_modified || m_mode == Mode::Empty)
        return Leave::Now;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        m_mode == Mode::New
            ? tr("Save the new contact?")
            : tr("Save your changes to %1?").arg(m_contact->name.value_or(m_contact->phone)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return Leave::Cancelled;
    if (answer == QMessageBox::Discard) {
        revert();
        return Leave::Now;
    }
    save();
    if (m_saving) {
        m_afterSave = std::move(afterSave);
        return Leave::AfterSave;
    }
    // Answered at once: there was nothing to write, or the form was refused before the
    // store saw it (the message is beside the field).
    return m_modified ? Leave::Cancelled : Leave::Now;
}

void ContactEditor::keyPressEvent(QKeyEvent* event)
{
    // Escape undoes the unsaved edits first, then closes the panel.
    if (event->key() == Qt::Key_Escape) {
        if (m_modified)
            revert();
        else
            emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

bool ContactEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (m_saving) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::InputMethod:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::Drop:
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
