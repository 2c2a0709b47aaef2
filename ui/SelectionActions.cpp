#include "SelectionActions.h"

#include "ContactTableView.h"
#include "ContactWriter.h"
#include "DatabaseSession.h"
#include "DeleteContactsCommand.h"
#include "MassDeletionDialog.h"
#include "SetFlagCommand.h"
#include "TagContactsCommand.h"
#include "TagListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QInputDialog>
#include <QMessageBox>
#include <QUndoStack>

SelectionActions::SelectionActions(ContactTableView* table, QUndoStack* undoStack,
                                   QWidget* dialogParent, QObject* parent)
    : QObject(parent), m_table(table), m_undoStack(undoStack), m_dialogParent(dialogParent)
{
    createActions();
}

void SelectionActions::createActions()
{
    const auto action = [this](const QString& text, const QString& name, auto slot) {
        auto* created = new QAction(text, this);
        created->setObjectName(name);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_delete = action(tr("&Delete"), QStringLiteral("deleteAction"), [this] { deleteSelected(); });
    m_delete->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_delete->setShortcut(QKeySequence::Delete);
    // Del deletes contacts only from the table: in a text field it deletes text.
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_addTag =
        action(tr("&Add Tag…"), QStringLiteral("addTagAction"), [this] { addTag(TagKind::Tag); });
    m_addTag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_tagActions = {
        m_addTag,
        action(tr("&Remove Tag…"), QStringLiteral("removeTagAction"),
               [this] { removeTag(TagKind::Tag); }),
        action(tr("Add &Label…"), QStringLiteral("addLabelAction"),
               [this] { addTag(TagKind::Label); }),
        action(tr("Remo&ve Label…"), QStringLiteral("removeLabelAction"),
               [this] { removeTag(TagKind::Label); }),
    };
    m_flagActions = {
        action(tr("&Block"), QStringLiteral("blockAction"), [this] { setSelectionBlocked(true); }),
        action(tr("U&nblock"), QStringLiteral("unblockAction"),
               [this] { setSelectionBlocked(false); }),
        action(tr("Opt &In"), QStringLiteral("optInAction"), [this] { setSelectionOptedIn(true); }),
        action(tr("Opt &Out"), QStringLiteral("optOutAction"),
               [this] { setSelectionOptedIn(false); }),
    };
}

QList<QAction*> SelectionActions::tagActions() const
{
    return m_tagActions;
}

QList<QAction*> SelectionActions::flagActions() const
{
    return m_flagActions;
}

void SelectionActions::updateActions()
{
    const bool enabled = canEdit();
    m_delete->setEnabled(enabled);
    for (QAction* action : m_tagActions + m_flagActions)
        action->setEnabled(enabled);
}

void SelectionActions::setSession(DatabaseSession* session)
{
    m_session = session;
}

void SelectionActions::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void SelectionActions::setTagPrompt(std::function<QString(TagKind, bool)> prompt)
{
    m_tagPrompt = std::move(prompt);
}

bool SelectionActions::canEdit() const
{
    // One announced batch edit at a time, and none while the selection is read.
    return m_session && !m_session->writer()->isBusy() && !m_table->isReadingSelection() &&
           m_table->selectionModel() && m_table->selectionModel()->hasSelection();
}

void SelectionActions::withSelectedIds(std::function<void(const QStringList&)> then)
{
    if (!canEdit())
        return;
    m_table->readSelectedIds(this, [this, then](ApiResult<QStringList> ids) {
        if (!ids) {
            emit errorOccurred(ids.error().message);
            return;
        }
        if (!ids->isEmpty() && m_session)
            then(*ids);
    });
}

void SelectionActions::deleteSelected()
{
    withSelectedIds([this](const QStringList& ids) {
        const bool many = ids.size() > MassDeletionDialog::threshold;
        const QString question =
            ids.size() == 1 ? tr("Delete the selected contact?")
            : many ? tr("Delete %Ln selected contacts? Type the number to confirm.", nullptr,
                        int(ids.size()))
                   : tr("Delete %Ln selected contacts?", nullptr, int(ids.size()));
        if (!(many && !m_confirm ? confirmMany(ids.size()) : confirm(question)))
            return;
        ContactWriter* writer = m_session->writer();
        writer->replaceContacts(
            ids.size(),
            ids.size() == 1 ? tr("Deleting 1 contact…")
                            : tr("Deleting %Ln contacts…", nullptr, int(ids.size())),
            [ids](ContactBatchEdit& edit) { return edit.remove(ids); },
            [this, writer](ApiResult<QList<Contact>> removed) {
                if (removed && !removed->isEmpty()) {
                    m_undoStack->push(new DeleteContactsCommand(writer, *removed));
                    emit message(removed->size() == 1
                                     ? tr("Deleted 1 contact")
                                     : tr("Deleted %Ln contacts", nullptr, int(removed->size())),
                                 4000);
                }
            });
    });
}

void SelectionActions::setFlag(int flag, bool value)
{
    withSelectedIds([this, flag, value](const QStringList& ids) {
        const auto which = SetFlagCommand::Flag(flag);
        ContactWriter* writer = m_session->writer();
        writer->editContacts(
            ids.size(), SetFlagCommand::describe(which, value, ids.size()),
            [ids, which, value](ContactBatchEdit& edit) {
                return which == SetFlagCommand::Blocked ? edit.setBlocked(ids, value)
                                                        : edit.setOptedIn(ids, value);
            },
            [this, writer, which, value](ApiResult<QStringList> changed) {
                if (changed && !changed->isEmpty())
                    m_undoStack->push(new SetFlagCommand(writer, which, value, *changed));
                else if (changed)
                    emit message(tr("Nothing to change"), 3000);
            });
    });
}

void SelectionActions::setSelectionBlocked(bool blocked)
{
    setFlag(SetFlagCommand::Blocked, blocked);
}

void SelectionActions::setSelectionOptedIn(bool optedIn)
{
    setFlag(SetFlagCommand::OptedIn, optedIn);
}

void SelectionActions::addTag(TagKind kind)
{
    changeTags(kind, true);
}

void SelectionActions::removeTag(TagKind kind)
{
    changeTags(kind, false);
}

void SelectionActions::changeTags(TagKind kind, bool adding)
{
    if (!canEdit())
        return;
    const QString tag = askTag(kind, adding).trimmed();
    if (tag.isEmpty())
        return;
    withSelectedIds([this, kind, adding, tag](const QStringList& ids) {
        const auto change = adding ? TagContactsCommand::Add : TagContactsCommand::Remove;
        ContactWriter* writer = m_session->writer();
        writer->editContacts(
            ids.size(), TagContactsCommand::describe(change, kind, tag, ids.size()),
            [ids, tag, kind, adding](ContactBatchEdit& edit) {
                return adding ? edit.addTag(ids, tag, kind) : edit.removeTag(ids, tag, kind);
            },
            [this, writer, change, kind, tag](ApiResult<QStringList> changed) {
                if (changed && !changed->isEmpty())
                    m_undoStack->push(new TagContactsCommand(writer, change, kind, tag, *changed));
                else if (changed)
                    emit message(tr("Nothing to change"), 3000);
            });
    });
}

QString SelectionActions::askTag(TagKind kind, bool adding)
{
    if (m_tagPrompt)
        return m_tagPrompt(kind, adding);
    const TagListModel* model =
        kind == TagKind::Tag ? m_session->tagModel() : m_session->labelModel();
    QStringList names;
    for (const TagCount& tag : model->tags())
        names.append(tag.name);
    QInputDialog dialog(m_dialogParent);
    dialog.setObjectName(QStringLiteral("tagDialog"));
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setComboBoxItems(names);
    dialog.setComboBoxEditable(adding); // a new tag may be added, only existing ones removed
    if (kind == TagKind::Tag) {
        dialog.setWindowTitle(adding ? tr("Add Tag") : tr("Remove Tag"));
        dialog.setLabelText(adding ? tr("Tag to add to the selected contacts:")
                                   : tr("Tag to remove from the selected contacts:"));
    } else {
        dialog.setWindowTitle(adding ? tr("Add Label") : tr("Remove Label"));
        dialog.setLabelText(adding ? tr("Label to add to the selected contacts:")
                                   : tr("Label to remove from the selected contacts:"));
    }
    if (adding)
        dialog.setTextValue(QString());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    // `vip` for an existing `VIP`: the contacts get the spelling the others already have.
    const QString typed = dialog.textValue().trimmed();
    const int existing = model->rowOf(typed);
    return existing >= 0 ? model->tags().at(existing).name : typed;
}

bool SelectionActions::confirmMany(qsizetype count)
{
    MassDeletionDialog dialog(count, m_dialogParent);
    return dialog.exec() == QDialog::Accepted;
}

bool SelectionActions::confirm(const QString& text)
{
    if (m_confirm)
        return m_confirm(text);
    QMessageBox box(QMessageBox::Question, tr("Delete Contacts"), text,
                    QMessageBox::Yes | QMessageBox::Cancel, m_dialogParent);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("You can undo this with Edit > Undo."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}
