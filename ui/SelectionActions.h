#pragma once

#include "TagCount.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class ContactTableView;
class DatabaseSession;
class QAction;
class QUndoStack;
class QWidget;

/// The Contacts menu's edits of the table's selection and their actions: delete, block or
/// unblock, opt in or out, add or remove a tag or a label.
/// Each asks what it needs (is the delete meant, which tag), reads the selection's ids (on a
/// worker when they are not on show), hands the edit to the session's ContactWriter and,
/// once the store has answered, pushes the undo command with exactly what changed. Lives on
/// the GUI thread.
class SelectionActions : public QObject {
    Q_OBJECT
public:
    /// `dialogParent` hosts the questions; none of the pointers is owned.
    SelectionActions(ContactTableView* table, QUndoStack* undoStack, QWidget* dialogParent,
                     QObject* parent = nullptr);

    /// The database whose contacts the table shows (not owned; null for none).
    void setSession(DatabaseSession* session);

    QAction* deleteAction() const { return m_delete; }
    QAction* addTagAction() const { return m_addTag; }
    /// Add Tag…, Remove Tag…, Add Label…, Remove Label…
    QList<QAction*> tagActions() const;
    /// Block, Unblock, Opt In, Opt Out.
    QList<QAction*> flagActions() const;
    /// Enables the actions while there is a selection to edit and no long write runs.
    void updateActions();

    /// Replaces the yes/no question asked before deleting (tests; the default is a message
    /// box). Gets the question's text.
    void setConfirmation(std::function<bool(const QString& text)> confirm);
    /// Replaces how a tag name is asked for before a batch add or remove (tests).
    void setTagPrompt(std::function<QString(TagKind kind, bool adding)> prompt);

public slots:
    void deleteSelected();
    void setSelectionBlocked(bool blocked);
    void setSelectionOptedIn(bool optedIn);
    /// Asks for a tag and adds it to (or removes it from) every selected contact.
    void addTag(TagKind kind = TagKind::Tag);
    void removeTag(TagKind kind = TagKind::Tag);

signals:
    /// For the status bar.
    void message(const QString& text, int timeout);
    void errorOccurred(const QString& message);

private:
    void createActions();
    /// The selected ids, then `then` (unless busy or nothing is selected).
    void withSelectedIds(std::function<void(const QStringList& ids)> then);
    void setFlag(int flag, bool value);
    void changeTags(TagKind kind, bool adding);
    QString askTag(TagKind kind, bool adding);
    bool confirm(const QString& text);
    /// A delete of more than MassDeletionDialog::threshold contacts: the count typed out.
    bool confirmMany(qsizetype count);
    bool canEdit() const;

    ContactTableView* m_table;
    QUndoStack* m_undoStack;
    QWidget* m_dialogParent;
    DatabaseSession* m_session = nullptr;
    std::function<bool(const QString&)> m_confirm;
    std::function<QString(TagKind, bool)> m_tagPrompt;
    QAction* m_delete = nullptr;
    QAction* m_addTag = nullptr;
    QList<QAction*> m_tagActions;
    QList<QAction*> m_flagActions;
};
