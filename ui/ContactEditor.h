#pragma once

#include "Contact.h"
#include "ContactFieldError.h"

#include <QHash>
#include <QWidget>

#include <optional>

class ContactDatabase;
class ParamsTableEditor;
class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TagEdit;

/// The side panel that creates or edits one contact. Saving goes through ContactStore on the
/// GUI thread (one short transaction); the store validates, and its message for a bad field
/// is shown beside that field while nothing is written. A saved change is announced with the
/// contact before and after, from which the main window makes the undo command.
class ContactEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, New, Existing };

    explicit ContactEditor(QWidget* parent = nullptr);

    /// The database saves go to (not owned; may be null, which disables saving).
    void setDatabase(ContactDatabase* database);
    void setTagCompletionModel(QAbstractItemModel* model, int role);
    void setLabelCompletionModel(QAbstractItemModel* model, int role);

    Mode mode() const { return m_mode; }
    /// The contact as last loaded or saved (Existing mode).
    const std::optional<Contact>& contact() const { return m_contact; }
    /// True when a field differs from what was loaded.
    bool isModified() const { return m_modified; }
    /// The message shown beside `field`, empty when none.
    QString errorText(ContactFieldError::Field field) const;

public slots:
    /// Loads `contact` (discarding edits) and shows it.
    void showContact(const Contact& contact);
    /// Empties the form for a new contact and puts the cursor in the phone field.
    void startNewContact();
    /// Shows nothing (no contact chosen).
    void clearContact();
    /// Validates and writes; false (with the message beside the field) when the store
    /// refused, true when saved or when there was nothing to save.
    bool save();
    /// Puts the loaded values back.
    void revert();
    /// Asks to save or discard unsaved edits: false when the agent cancels (or saving fails).
    bool confirmLeave();

signals:
    void contactCreated(const Contact& contact);
    void contactEdited(const Contact& before, const Contact& after);
    void modifiedChanged(bool modified);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QLabel* addErrorLabel(ContactFieldError::Field field);
    void load(const std::optional<Contact>& contact);
    void setModified(bool modified);
    void clearErrors();
    void showError(const ContactFieldError& error);
    void updateCountryHint();
    void updateState();
    bool saveNew();
    bool saveExisting();

    ContactDatabase* m_database = nullptr;
    Mode m_mode = Mode::Empty;
    std::optional<Contact> m_contact;
    bool m_modified = false;
    bool m_loading = false;

    QLabel* m_title;
    QLabel* m_details;
    QWidget* m_form;
    QLineEdit* m_name;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_country;
    QLabel* m_countryHint;
    TagEdit* m_tags;
    TagEdit* m_labels;
    QCheckBox* m_optedIn;
    QCheckBox* m_blocked;
    ParamsTableEditor* m_params;
    QLabel* m_generalError;
    QPushButton* m_save;
    QPushButton* m_revert;
    QHash<int, QLabel*> m_errorLabels;
};
