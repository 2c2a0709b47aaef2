#pragma once

#include "Contact.h"
#include "ContactFieldError.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class ContactWriter;
class ParamsTableEditor;
class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class TagEdit;

/// The side panel that creates or edits one contact. Saving hands the form to the window's
/// ContactWriter, which writes it off the GUI thread (one short transaction) and answers
/// here: the store validates, and its message for a bad field is shown beside that field
/// while nothing is written. While a save runs the form takes no input, so that what the
/// answer shows is what was typed; nothing greys out for the few milliseconds it takes. A
/// saved change is announced with the contact before and after, from which the main window
/// makes the undo command.
class ContactEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Empty, New, Existing };
    /// What confirmLeave() decided.
    enum class Leave {
        Now,       ///< nothing unsaved, or the edits were discarded: go on at once
        AfterSave, ///< saving: the continuation runs once saved, and never if the save fails
        Cancelled, ///< the agent stays (or the store refused at once): do not go on
    };

    explicit ContactEditor(QWidget* parent = nullptr);

    /// Where saves go (not owned; null disables saving). Clears the form.
    void setWriter(ContactWriter* writer);
    void setTagCompletionModel(QAbstractItemModel* model, int role);
    void setLabelCompletionModel(QAbstractItemModel* model, int role);

    Mode mode() const { return m_mode; }
    /// The contact as last loaded or saved (Existing mode).
    const std::optional<Contact>& contact() const { return m_contact; }
    /// True when a field differs from what was loaded (and while it is being saved).
    bool isModified() const { return m_modified; }
    /// True from save() until the store has answered.
    bool isSaving() const { return m_saving; }
    /// The message shown beside `field`, empty when none.
    QString errorText(ContactFieldError::Field field) const;

public slots:
    /// Loads `contact` (discarding edits) and shows it.
    void showContact(const Contact& contact);
    /// Empties the form for a new contact and puts the cursor in the phone field.
    void startNewContact();
    /// Shows nothing (no contact chosen).
    void clearContact();
    /// Validates and writes through the writer; saveFinished() tells how it went: false
    /// (with the message beside the field) when refused, true when saved or when there was
    /// nothing to save. Ignored while a save runs.
    void save();
    /// Puts the loaded values back.
    void revert();
    /// Asks to save or discard unsaved edits before the editor shows something else or
    /// closes. `afterSave` is the caller's continuation when the answer is AfterSave (the
    /// last one asked for runs); after Now the caller goes on itself.
    Leave confirmLeave(std::function<void()> afterSave);

signals:
    void contactCreated(const Contact& contact);
    void contactEdited(const Contact& before, const Contact& after);
    /// A save() ended: `saved` false when the store refused (nothing was written).
    void saveFinished(bool saved);
    void modifiedChanged(bool modified);
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLabel* addErrorLabel(ContactFieldError::Field field);
    void load(const std::optional<Contact>& contact);
    void setModified(bool modified);
    void clearErrors();
    void showError(const ContactFieldError& error);
    void updateCountryHint();
    /// Reads the loaded contact's opt-in and block history off the GUI thread and shows it.
    void loadFlagHistory();
    /// Whether the form's flags differ from the loaded contact's (a new one's from off).
    bool flagsChanged() const;
    void updateState();
    void saveNew();
    void saveExisting();
    void setSaving(bool saving);
    /// The end of a save: the signal, and the continuation of confirmLeave() if saved.
    void finishSave(bool saved);

    QPointer<ContactWriter> m_writer;
    Mode m_mode = Mode::Empty;
    std::optional<Contact> m_contact;
    bool m_modified = false;
    bool m_loading = false;
    bool m_saving = false;
    /// Bumped by every load: an answer for a form that was replaced meanwhile is dropped.
    quint64 m_loadCount = 0;
    std::function<void()> m_afterSave;

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
    /// The latest changes of the flags, who made them and how (FlagHistory).
    QLabel* m_flagHistory;
    /// The agent's reason for changing a flag, kept in the history; shown while one changes.
    QLineEdit* m_flagNote;
    ParamsTableEditor* m_params;
    QLabel* m_generalError;
    QPushButton* m_save;
    QPushButton* m_revert;
    QHash<int, QLabel*> m_errorLabels;
};
