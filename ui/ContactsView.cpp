#include "ContactsView.h"

#include "ContactEditor.h"
#include "ContactStore.h"
#include "ContactTableModel.h"
#include "ContactTableView.h"
#include "ContactWriter.h"
#include "CreateContactCommand.h"
#include "DatabaseSession.h"
#include "EditContactCommand.h"
#include "EmptyStateWidget.h"
#include "FilterSidebar.h"
#include "SearchField.h"
#include "StatusSummary.h"
#include "StoreTask.h"
#include "TagListModel.h"

#include <QAction>
#include <QStackedWidget>
#include <QUndoStack>

ContactsView::ContactsView(const Widgets& widgets, QUndoStack* undoStack, QObject* parent)
    : QObject(parent), m_search(widgets.search), m_sidebar(widgets.sidebar), m_table(widgets.table),
      m_editor(widgets.editor), m_stack(widgets.stack), m_emptyState(widgets.emptyState),
      m_noDatabase(widgets.noDatabase), m_summary(widgets.summary), m_undoStack(undoStack)
{
    connect(m_search, &SearchField::searchChanged, this, &ContactsView::applyFilter);
    connect(m_search, &SearchField::resultsRequested, this, &ContactsView::focusResults);
    connect(m_sidebar, &FilterSidebar::filtersChanged, this,
            [this] { applyFilter(m_search->search()); });
    connect(m_table, &ContactTableView::editRequested, this, &ContactsView::editCurrentContact);
    connect(m_table, &ContactTableView::readingSelectionChanged, this, &ContactsView::updateBusy);
    connect(m_emptyState, &EmptyStateWidget::newContactRequested, this, &ContactsView::newContact);
    // The writer has the table and the lists read again; here the edit becomes undoable.
    connect(m_editor, &ContactEditor::contactCreated, this, [this](const Contact& contact) {
        m_undoStack->push(new CreateContactCommand(writer(), contact));
        emit message(tr("Contact created"), 3000);
    });
    connect(m_editor, &ContactEditor::contactEdited, this,
            [this](const Contact& before, const Contact& after) {
                m_undoStack->push(new EditContactCommand(writer(), before, after));
                emit message(tr("Changes saved"), 3000);
            });
    connect(m_editor, &ContactEditor::closeRequested, this, [this] {
        hideEditor();
        m_table->setFocus();
    });
    createActions();
    updateView();
    updateActions();
}

void ContactsView::createActions()
{
    const auto action = [this](const QString& text, const QString& name, const QString& icon,
                               auto slot) {
        auto* created = new QAction(QIcon::fromTheme(icon), text, this);
        created->setObjectName(name);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_newAction = action(tr("&New Contact"), QStringLiteral("newContactAction"),
                         QStringLiteral("contact-new"), &ContactsView::newContact);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add a contact by hand"));
    m_editAction = action(tr("&Edit Contact"), QStringLiteral("editContactAction"),
                          QStringLiteral("document-edit"), &ContactsView::editCurrentContact);
    m_findAction =
        action(tr("&Find"), QStringLiteral("findAction"), QStringLiteral("edit-find"), [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        });
    m_findAction->setShortcut(QKeySequence::Find);
    m_clearFiltersAction =
        action(tr("&Clear Search and Filters"), QStringLiteral("clearFiltersAction"),
               QStringLiteral("edit-clear"), [this] {
                   m_search->clear();
                   m_sidebar->clearFilters();
               });
    m_showEditorAction = new QAction(tr("&Editor"), this);
    m_showEditorAction->setCheckable(true);
    connect(m_showEditorAction, &QAction::triggered, this, &ContactsView::setEditorShown);
}

ContactWriter* ContactsView::writer() const
{
    return m_session ? m_session->writer() : nullptr;
}

void ContactsView::setSession(DatabaseSession* session)
{
    if (m_session) {
        m_undoStack->clear(); // its commands write through this session's writer
        m_session->writer()->disconnect(this);
        m_model->disconnect(this);
        m_editor->setWriter(nullptr);
        m_editor->setTagCompletionModel(nullptr, Qt::DisplayRole);
        m_editor->setLabelCompletionModel(nullptr, Qt::DisplayRole);
        m_sidebar->setModels(nullptr, nullptr);
        m_table->setContactModel(nullptr);
        m_model = nullptr;
    }
    m_session = session;
    if (session) {
        ContactWriter* writer = session->writer();
        connect(writer, &ContactWriter::busyChanged, this, &ContactsView::updateBusy);
        connect(writer, &ContactWriter::pendingWritesChanged, this, &ContactsView::stateChanged);
        connect(writer, &ContactWriter::contactsChanged, this, &ContactsView::onContactsChanged);
        connect(writer, &ContactWriter::contactsAddedOrRemoved, this, &ContactsView::reloadAll);
        connect(writer, &ContactWriter::writeFailed, this, &ContactsView::errorOccurred);
        m_sidebar->setModels(session->tagModel(), session->labelModel());
        m_editor->setWriter(writer);
        m_editor->setTagCompletionModel(session->tagModel(), TagListModel::NameRole);
        m_editor->setLabelCompletionModel(session->labelModel(), TagListModel::NameRole);

        m_model = session->model();
        m_model->setFilter(currentFilter());
        connect(m_model, &ContactTableModel::countArrived, this, &ContactsView::updateCount);
        connect(m_model, &ContactTableModel::countingChanged, this, &ContactsView::updateBusy);
        connect(m_model, &ContactTableModel::countingChanged, this, &ContactsView::updateView);
        connect(m_model, &ContactTableModel::errorOccurred, this, &ContactsView::errorOccurred);
        m_table->setContactModel(m_model);
        // After the table has kept its selection across the reset.
        connect(m_model, &QAbstractItemModel::modelReset, this,
                &ContactsView::updateSelectionCount);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
            updateSelectionCount();
            updateActions();
        });
        connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                &ContactsView::followCurrentRow);
    }
    updateCount();
    updateSelectionCount();
    updateView();
    updateBusy();
}

bool ContactsView::isBusy() const
{
    return m_table->isReadingSelection() || (writer() && writer()->isBusy());
}

bool ContactsView::hasPendingWrites() const
{
    return writer() && writer()->hasPendingWrites();
}

ContactFilter ContactsView::currentFilter() const
{
    ContactFilter filter;
    filter.search = m_search->search();
    filter.tags = m_sidebar->selectedTags();
    filter.labels = m_sidebar->selectedLabels();
    filter.optedIn = m_sidebar->optedIn();
    filter.isBlocked = m_sidebar->isBlocked();
    return filter;
}

void ContactsView::applyFilter(const QString& search)
{
    if (!m_model)
        return;
    // The count on show stays until the new one arrives (updateCount on countArrived).
    ContactFilter filter = currentFilter();
    filter.search = search;
    m_model->setFilter(filter);
    updateActions();
}

void ContactsView::updateCount()
{
    if (!m_model)
        return;
    m_summary->setCount(m_model->totalCount(), !m_model->shownFilter().isEmpty());
    updateView();
}

void ContactsView::updateSelectionCount()
{
    m_summary->setSelectedCount(m_table->selectedRowCount());
}

void ContactsView::updateBusy()
{
    QString description;
    if (writer() && writer()->isBusy())
        description = writer()->busyDescription();
    else if (m_table->isReadingSelection())
        description = tr("Reading the selection…");
    else if (m_model && m_model->isCounting())
        description = tr("Counting…");
    m_summary->setBusy(description);
    // A long batch edit may change the contact on show: no edit of it until it ends.
    m_editor->setEnabled(!isBusy());
    updateActions();
}

void ContactsView::updateActions()
{
    const bool open = m_session != nullptr;
    const QItemSelectionModel* selection = m_table->selectionModel();
    // One announced batch edit at a time: new edits wait for the running one.
    m_newAction->setEnabled(open && !isBusy());
    m_editAction->setEnabled(open && selection && selection->currentIndex().isValid());
    m_findAction->setEnabled(open);
    emit stateChanged();
}

void ContactsView::updateView()
{
    QWidget* page = m_table;
    if (!m_session)
        page = m_noDatabase;
    else if (m_model && m_model->filter().isEmpty() && !m_model->isCounting() &&
             m_model->totalCount() == 0)
        page = m_emptyState;
    m_stack->setCurrentWidget(page);
}

void ContactsView::focusResults()
{
    if (!m_table->isVisible())
        return;
    m_table->setFocus(Qt::OtherFocusReason);
    if (!m_table->currentIndex().isValid() && m_model && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void ContactsView::followCurrentRow()
{
    updateActions();
    // A refresh putting the current row back is not the agent moving: the editor keeps the
    // contact it shows (one just created, when the current row was another).
    if (m_table->isRestoringSelection())
        return;
    if (!m_model || m_editor->isHidden() || m_editor->isModified() ||
        m_editor->mode() == ContactEditor::Mode::New)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (auto contact = m_model->contactAt(current.row())) {
        m_editor->showContact(*contact);
        emit contactShown(contact->id);
    }
}

void ContactsView::showEditor()
{
    m_editor->show();
    m_showEditorAction->setChecked(true);
}

void ContactsView::hideEditor()
{
    m_editor->hide();
    m_showEditorAction->setChecked(false);
}

void ContactsView::setEditorShown(bool shown)
{
    if (shown) {
        showEditor();
        followCurrentRow();
        return;
    }
    // Shown while it asks; hidden once its edits are saved or discarded.
    m_showEditorAction->setChecked(true);
    leaveEditorThen([this] { hideEditor(); });
}

void ContactsView::leaveEditorThen(std::function<void()> next)
{
    if (m_editor->confirmLeave(next) == ContactEditor::Leave::Now)
        next();
}

void ContactsView::newContact()
{
    if (!m_session)
        return;
    leaveEditorThen([this] {
        showEditor();
        m_editor->startNewContact();
    });
}

void ContactsView::editCurrentContact()
{
    if (!m_model)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    auto contact = m_model->contactAt(current.row());
    if (!contact)
        return;
    const auto edit = [this, contact = *contact] {
        showEditor();
        m_editor->showContact(contact);
        if (QWidget* name = m_editor->findChild<QWidget*>(QStringLiteral("nameEdit")))
            name->setFocus(Qt::OtherFocusReason);
    };
    if (m_editor->contact() && m_editor->contact()->id == contact->id)
        edit();
    else
        leaveEditorThen(edit);
}

void ContactsView::onContactsChanged(const QStringList& ids)
{
    if (!m_model)
        return;
    // A change can move contacts in or out of a filtered list; an unfiltered one only needs
    // the rows re-read.
    if (m_model->filter().isEmpty() && ids.size() <= ContactTableModel::windowSize)
        m_model->reloadContacts(ids);
    else
        m_table->refreshKeepingSelection();
    m_session->tagModel()->refresh();
    m_session->labelModel()->refresh();
    const auto& shown = m_editor->contact();
    if (shown && ids.contains(shown->id))
        rereadEditorContact();
}

void ContactsView::reloadAll()
{
    if (!m_model)
        return;
    m_table->refreshKeepingSelection();
    m_session->tagModel()->refresh();
    m_session->labelModel()->refresh();
    rereadEditorContact();
}

void ContactsView::rereadEditorContact()
{
    const auto& shown = m_editor->contact();
    if (!m_session || !shown || m_editor->mode() != ContactEditor::Mode::Existing)
        return;
    const QString id = shown->id;
    StoreTask::run<ApiResult<Contact>>(
        m_session->path(), this, [id](ContactStore& store) { return store.contact(id); },
        [this, id](ApiResult<Contact> contact) {
            // The editor may have moved on meanwhile; an edit in progress is kept.
            const auto& shown = m_editor->contact();
            if (!shown || shown->id != id || m_editor->mode() != ContactEditor::Mode::Existing)
                return;
            if (!contact)
                m_editor->clearContact();
            else if (!m_editor->isModified())
                m_editor->showContact(*contact);
        });
}
