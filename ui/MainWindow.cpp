#include "MainWindow.h"

#include "ConflictList.h"
#include "ConflictsDialog.h"
#include "ContactDatabase.h"
#include "ContactEditor.h"
#include "ContactTableModel.h"
#include "ContactWriter.h"
#include "CreateContactCommand.h"
#include "DeleteContactsCommand.h"
#include "EditContactCommand.h"
#include "EmptyStateWidget.h"
#include "ExportDialog.h"
#include "FilterSidebar.h"
#include "ImportWizard.h"
#include "KeychainTokenStore.h"
#include "PhoneNumberDelegate.h"
#include "RecentDatabases.h"
#include "SearchField.h"
#include "SetFlagCommand.h"
#include "StatusSummary.h"
#include "StoreTask.h"
#include "SyncController.h"
#include "SyncSettings.h"
#include "SyncSettingsDialog.h"
#include "SyncStatusReader.h"
#include "SyncStatusWidget.h"
#include "TableLayoutSettings.h"
#include "TagContactsCommand.h"
#include "TagListModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

// Selected rows without touching each index: a selection of all 1M rows is one range.
qint64 selectedRowCount(const QItemSelection& selection)
{
    qint64 count = 0;
    for (const QItemSelectionRange& range : selection) {
        if (range.left() != 0)
            continue; // a row selection spans every column; count each row once
        count += range.height();
    }
    return count;
}

} // namespace

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this)),
      m_tokens(std::make_unique<KeychainTokenStore>())
{
    setWindowTitle(tr("Contacts"));
    m_sync = new SyncController(m_tokens.get(), this);
    createWidgets();
    createActions();
    createMenus();
    applySyncSettings();
    connect(this, &MainWindow::importRequested, this, [this] { openImportWizard(); });
    setAcceptDrops(true);
    restoreWindowState();
    if (!databasePath.isEmpty())
        openDatabase(databasePath);
    updateView();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The models and the writer hold references to the connection: they go first.
    detachDatabase();
}

void MainWindow::createWidgets()
{
    m_search = new SearchField;
    m_search->setObjectName(QStringLiteral("searchField"));
    connect(m_search, &SearchField::searchChanged, this, &MainWindow::applyFilter);

    m_sidebar = new FilterSidebar;
    m_sidebar->setObjectName(QStringLiteral("filterSidebar"));
    connect(m_sidebar, &FilterSidebar::filtersChanged, this, &MainWindow::applyFilter);

    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& position) {
                QMenu menu;
                populateColumnsMenu(&menu);
                menu.exec(m_table->horizontalHeader()->mapToGlobal(position));
            });
    connect(m_table, &QTableView::doubleClicked, this, &MainWindow::editCurrentContact);
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), m_table);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &MainWindow::editCurrentContact);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setItemDelegateForColumn(ContactTableModel::PhoneColumn,
                                      new PhoneNumberDelegate(m_table));

    m_emptyState = new EmptyStateWidget;
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
    connect(m_emptyState, &EmptyStateWidget::newContactRequested, this, &MainWindow::newContact);
    connect(m_emptyState, &EmptyStateWidget::importRequested, this, &MainWindow::importRequested);

    m_noDatabase = new QLabel(tr("No database is open. Choose File > Open Database…"));
    m_noDatabase->setAlignment(Qt::AlignCenter);
    m_noDatabase->setWordWrap(true);

    m_stack = new QStackedWidget;
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_noDatabase);

    m_editor = new ContactEditor;
    m_editor->setObjectName(QStringLiteral("contactEditor"));
    m_editor->hide();
    // The writer has the table and the lists read again; here the edit becomes undoable.
    connect(m_editor, &ContactEditor::contactCreated, this, [this](const Contact& contact) {
        m_undoStack->push(new CreateContactCommand(m_writer, contact));
        statusBar()->showMessage(tr("Contact created"), 3000);
    });
    connect(m_editor, &ContactEditor::contactEdited, this,
            [this](const Contact& before, const Contact& after) {
                m_undoStack->push(new EditContactCommand(m_writer, before, after));
                statusBar()->showMessage(tr("Changes saved"), 3000);
            });
    connect(m_editor, &ContactEditor::closeRequested, this, [this] {
        m_editor->hide();
        m_table->setFocus();
    });

    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_editor);
    m_splitter->setCollapsible(1, false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({220, 760, 360});
    setCentralWidget(m_splitter);

    m_syncReader = new SyncStatusReader(this);
    m_syncStatus = new SyncStatusWidget;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    m_syncStatus->setReader(m_syncReader);
    connect(m_syncStatus, &SyncStatusWidget::conflictsRequested, this, &MainWindow::showConflicts);
    connect(m_sync, &SyncController::started, this,
            [this] { m_syncStatus->setRunning(SyncProgress{}); });
    connect(m_sync, &SyncController::progressed, m_syncStatus, &SyncStatusWidget::setRunning);
    connect(m_sync, &SyncController::startFailed, m_syncStatus, &SyncStatusWidget::setStartFailed);
    connect(m_sync, &SyncController::finished, m_syncStatus, &SyncStatusWidget::setFinished);
    connect(m_sync, &SyncController::finished, this, &MainWindow::onSyncFinished);
    connect(m_sync, &SyncController::startFailed, this, [this] { updateActions(); });
    connect(m_sync, &SyncController::waiting, this,
            [this](int milliseconds, const QString& reason) {
                statusBar()->showMessage(
                    tr("Sync waits %Ln s: %1", nullptr, (milliseconds + 999) / 1000).arg(reason),
                    std::max(milliseconds, 3000));
            });
    connect(m_sync, &SyncController::settingsRequested, this, &MainWindow::showSyncSettings);
    // A contact's params fetched from a server whose list has none: show them.
    connect(m_sync, &SyncController::contactRefreshed, this, [this] {
        if (m_database)
            reloadAll();
    });
    statusBar()->addPermanentWidget(m_syncStatus);
    m_summary = new StatusSummary;
    statusBar()->addPermanentWidget(m_summary);
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& text, const QString& name, const QString& icon,
                               auto slot) {
        auto* created = new QAction(QIcon::fromTheme(icon), text, this);
        created->setObjectName(name);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };

    m_newAction = action(tr("&New Contact"), QStringLiteral("newContactAction"),
                         QStringLiteral("contact-new"), &MainWindow::newContact);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setStatusTip(tr("Add a contact by hand"));
    m_importAction = action(tr("&Import…"), QStringLiteral("importAction"),
                            QStringLiteral("document-import"), &MainWindow::importRequested);
    m_importAction->setStatusTip(tr("Import contacts from a CSV file"));
    m_exportAction = action(tr("&Export…"), QStringLiteral("exportAction"),
                            QStringLiteral("document-export"), &MainWindow::exportContacts);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Export contacts to a CSV file"));
    m_openAction = action(
        tr("&Open Database…"), QStringLiteral("openDatabaseAction"),
        QStringLiteral("document-open"), [this] {
            // An Open dialog that also takes a new name, for a new database.
            QFileDialog dialog(this, tr("Open Database"), QFileInfo(databasePath()).absolutePath(),
                               tr("Contacts databases (*.db *.sqlite);;All files (*)"));
            dialog.setAcceptMode(QFileDialog::AcceptOpen);
            dialog.setFileMode(QFileDialog::AnyFile);
            if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
                openDatabase(dialog.selectedFiles().constFirst());
        });
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open or create a contacts database"));
    m_quitAction = action(tr("&Quit"), QStringLiteral("quitAction"),
                          QStringLiteral("application-exit"), &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = action(tr("&Undo"), QStringLiteral("undoAction"), QStringLiteral("edit-undo"),
                          [this] { m_undoStack->undo(); });
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = action(tr("&Redo"), QStringLiteral("redoAction"), QStringLiteral("edit-redo"),
                          [this] { m_undoStack->redo(); });
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) too.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    m_findAction =
        action(tr("&Find"), QStringLiteral("findAction"), QStringLiteral("edit-find"), [this] {
            m_search->setFocus(Qt::ShortcutFocusReason);
            m_search->selectAll();
        });
    m_findAction->setShortcut(QKeySequence::Find);

    m_editAction = action(tr("&Edit Contact"), QStringLiteral("editContactAction"),
                          QStringLiteral("document-edit"), &MainWindow::editCurrentContact);
    m_deleteAction = action(tr("&Delete"), QStringLiteral("deleteAction"),
                            QStringLiteral("edit-delete"), &MainWindow::deleteSelectedContacts);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Del deletes contacts only from the table: in a text field it deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_deleteAction);

    m_blockAction = action(tr("&Block"), QStringLiteral("blockAction"), QString(),
                           [this] { setSelectionBlocked(true); });
    m_unblockAction = action(tr("U&nblock"), QStringLiteral("unblockAction"), QString(),
                             [this] { setSelectionBlocked(false); });
    m_optInAction = action(tr("Opt &In"), QStringLiteral("optInAction"), QString(),
                           [this] { setSelectionOptedIn(true); });
    m_optOutAction = action(tr("Opt &Out"), QStringLiteral("optOutAction"), QString(),
                            [this] { setSelectionOptedIn(false); });
    m_addTagAction = action(tr("&Add Tag…"), QStringLiteral("addTagAction"), QString(),
                            [this] { addTagToSelection(TagKind::Tag); });
    m_addTagAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_removeTagAction = action(tr("&Remove Tag…"), QStringLiteral("removeTagAction"), QString(),
                               [this] { removeTagFromSelection(TagKind::Tag); });
    m_addLabelAction = action(tr("Add &Label…"), QStringLiteral("addLabelAction"), QString(),
                              [this] { addTagToSelection(TagKind::Label); });
    m_removeLabelAction = action(tr("Remo&ve Label…"), QStringLiteral("removeLabelAction"),
                                 QString(), [this] { removeTagFromSelection(TagKind::Label); });

    m_clearFiltersAction =
        action(tr("&Clear Search and Filters"), QStringLiteral("clearFiltersAction"),
               QStringLiteral("edit-clear"), [this] {
                   m_search->clear();
                   m_sidebar->clearFilters();
               });
    m_showSidebarAction = new QAction(tr("&Filters"), this);
    m_showSidebarAction->setCheckable(true);
    m_showSidebarAction->setChecked(true);
    connect(m_showSidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    m_showEditorAction = new QAction(tr("&Editor"), this);
    m_showEditorAction->setCheckable(true);
    connect(m_showEditorAction, &QAction::triggered, this, [this](bool show) {
        if (show) {
            m_editor->show();
            followCurrentRow();
            return;
        }
        // Hidden once its edits are saved or discarded; shown while it asks.
        m_showEditorAction->setChecked(true);
        const auto hide = [this] {
            m_editor->hide();
            m_showEditorAction->setChecked(false);
        };
        if (m_editor->confirmLeave(hide) == ContactEditor::Leave::Now)
            hide();
    });

    m_syncNowAction = action(tr("Sync &Now"), QStringLiteral("syncNowAction"),
                             QStringLiteral("view-refresh"), [this] {
                                 m_sync->syncNow();
                                 updateActions();
                             });
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNowAction->setStatusTip(
        tr("Send local changes to the server and bring its changes here"));
    m_conflictsAction = action(tr("&Conflicts…"), QStringLiteral("conflictsAction"),
                               QStringLiteral("dialog-warning"), &MainWindow::showConflicts);
    m_conflictsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_conflictsAction->setStatusTip(tr("Review the changes sync could not merge"));
    m_syncSettingsAction =
        action(tr("Sync &Settings…"), QStringLiteral("syncSettingsAction"),
               QStringLiteral("preferences-system-network"), &MainWindow::showSyncSettings);
    m_syncSettingsAction->setStatusTip(tr("The server to sync with, and when"));

    m_aboutAction = action(tr("&About Contacts"), QStringLiteral("aboutAction"),
                           QStringLiteral("help-about"), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    for (QAction* onSelection :
         {m_editAction, m_blockAction, m_unblockAction, m_optInAction, m_optOutAction,
          m_addTagAction, m_removeTagAction, m_addLabelAction, m_removeLabelAction}) {
        m_table->addAction(onSelection);
    }
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::populateRecentMenu);
    populateRecentMenu();
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_findAction);
    edit->addAction(m_clearFiltersAction);
    edit->addSeparator();
    edit->addAction(m_deleteAction);

    QMenu* contacts = menuBar()->addMenu(tr("&Contacts"));
    contacts->addAction(m_newAction);
    contacts->addAction(m_editAction);
    contacts->addSeparator();
    contacts->addAction(m_addTagAction);
    contacts->addAction(m_removeTagAction);
    contacts->addAction(m_addLabelAction);
    contacts->addAction(m_removeLabelAction);
    contacts->addSeparator();
    contacts->addAction(m_blockAction);
    contacts->addAction(m_unblockAction);
    contacts->addAction(m_optInAction);
    contacts->addAction(m_optOutAction);
    contacts->addSeparator();
    contacts->addAction(m_deleteAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showSidebarAction);
    view->addAction(m_showEditorAction);
    m_columnsMenu = view->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, this,
            [this] { populateColumnsMenu(m_columnsMenu); });

    QMenu* sync = menuBar()->addMenu(tr("&Sync"));
    sync->addAction(m_syncNowAction);
    sync->addAction(m_conflictsAction);
    sync->addSeparator();
    sync->addAction(m_syncSettingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* toolBar = addToolBar(tr("Contacts"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_importAction);
    toolBar->addSeparator();
    toolBar->addAction(m_addTagAction);
    toolBar->addAction(m_deleteAction);
    toolBar->addSeparator();
    toolBar->addAction(m_syncNowAction);
    toolBar->addSeparator();
    toolBar->addWidget(m_search);
    m_search->setMinimumWidth(260);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = ContactDatabase::open(path);
    if (!opened) {
        // The database is the agent's own file: the reason (folder, permissions, a newer
        // schema) is what they need to act on.
        const ApiError& error = opened.error();
        QMessageBox::critical(this, tr("Cannot Open Database"),
                              tr("The database %1 cannot be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path),
                                       error.detail.isEmpty() ? error.message : error.detail));
        return false;
    }
    // A running import asks whether to stop; "no" keeps the current database.
    if (m_importWizard && m_importWizard->isVisible() && !m_importWizard->close())
        return false;
    auto database = std::make_shared<std::unique_ptr<ContactDatabase>>(std::move(*opened));
    const auto switchTo = [this, database, path] {
        detachDatabase();
        m_database = std::move(*database);
        attachDatabase();
        RecentDatabases().add(path);
        setWindowFilePath(path);
        setWindowTitle(tr("%1 — Contacts").arg(QFileInfo(path).fileName()));
        emit databaseOpened(path);
    };
    switch (m_editor->confirmLeave(switchTo)) {
    case ContactEditor::Leave::Cancelled:
        return false;
    case ContactEditor::Leave::AfterSave:
        return true;
    case ContactEditor::Leave::Now:
        switchTo();
        return true;
    }
    return false;
}

QString MainWindow::databasePath() const
{
    return m_database ? m_database->path() : QString();
}

void MainWindow::attachDatabase()
{
    ContactDatabase& db = *m_database;
    m_writer = new ContactWriter(db.path(), this);
    connect(m_writer, &ContactWriter::busyChanged, this, &MainWindow::updateBusy);
    connect(m_writer, &ContactWriter::pendingWritesChanged, this, &MainWindow::updateUndoActions);
    connect(m_writer, &ContactWriter::contactsChanged, this, &MainWindow::onContactsChanged);
    connect(m_writer, &ContactWriter::contactsAddedOrRemoved, this,
            &MainWindow::onContactsAddedOrRemoved);
    connect(m_writer, &ContactWriter::writeFailed, this, &MainWindow::showError);

    m_tagModel = new TagListModel(db, TagKind::Tag, this);
    m_labelModel = new TagListModel(db, TagKind::Label, this);
    m_sidebar->setModels(m_tagModel, m_labelModel);
    m_editor->setWriter(m_writer);
    m_editor->setTagCompletionModel(m_tagModel, TagListModel::NameRole);
    m_editor->setLabelCompletionModel(m_labelModel, TagListModel::NameRole);

    m_model = new ContactTableModel(db, this);
    m_model->setFilter(currentFilter());
    connect(m_model, &ContactTableModel::totalCountChanged, this, &MainWindow::updateCount);
    connect(m_model, &ContactTableModel::countingChanged, this, &MainWindow::updateBusy);
    connect(m_model, &ContactTableModel::countingChanged, this, &MainWindow::updateView);
    connect(m_model, &ContactTableModel::errorOccurred, this, &MainWindow::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateSelectionCount);

    QHeaderView* header = m_table->horizontalHeader();
    m_table->setModel(m_model);
    m_table->setSortingEnabled(false);
    if (!TableLayoutSettings::restore(header)) {
        const QFontMetrics metrics = m_table->fontMetrics();
        const auto width = [&](int characters) {
            return metrics.averageCharWidth() * characters;
        };
        header->resizeSection(ContactTableModel::NameColumn, width(26));
        header->resizeSection(ContactTableModel::PhoneColumn, width(18));
        header->resizeSection(ContactTableModel::EmailColumn, width(28));
        header->resizeSection(ContactTableModel::CountryColumn, width(9));
        header->resizeSection(ContactTableModel::TagsColumn, width(22));
        header->resizeSection(ContactTableModel::LabelsColumn, width(16));
        for (int column : {ContactTableModel::SourceColumn, ContactTableModel::OptedInColumn,
                           ContactTableModel::BlockedColumn})
            header->resizeSection(column, width(10));
        // Present but out of the way until an agent wants them.
        for (int column : {ContactTableModel::ConversationsColumn, ContactTableModel::UpdatedColumn,
                           ContactTableModel::SourceColumn})
            header->hideSection(column);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    }
    header->setSortIndicatorShown(true);
    const int sortColumn = header->sortIndicatorSection();
    if (m_model->isSortable(sortColumn))
        m_model->sort(sortColumn, header->sortIndicatorOrder());
    else
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, &MainWindow::onHeaderSortChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateSelectionCount();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::followCurrentRow);
    // After the view and its selection model have handled the reset (they connected first).
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::reselect);

    m_syncReader->reload(db.path());
    m_sync->setDatabasePath(db.path());
    updateCount();
    updateView();
    updateActions();
}

void MainWindow::detachDatabase()
{
    if (!m_database)
        return;
    // What the agent asked for lands in this database, and is reported while the window
    // still shows it.
    m_writer->finishPendingWrites();
    // The dialog reads and writes this database's conflicts; a run syncs this database; the
    // wizard imports through this database's writer.
    delete m_conflictsDialog;
    delete m_importWizard;
    m_sync->setDatabasePath(QString());
    m_syncReader->reload(QString());
    if (m_table->model())
        TableLayoutSettings::save(m_table->horizontalHeader());
    m_undoStack->clear();
    m_editor->setWriter(nullptr);
    m_editor->setTagCompletionModel(nullptr, Qt::DisplayRole);
    m_editor->setLabelCompletionModel(nullptr, Qt::DisplayRole);
    m_sidebar->setModels(nullptr, nullptr);
    QItemSelectionModel* selection = m_table->selectionModel();
    m_table->setModel(nullptr);
    delete selection;
    disconnect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
               &MainWindow::onHeaderSortChanged);
    delete m_model;
    delete m_tagModel;
    delete m_labelModel;
    delete m_writer;
    m_model = nullptr;
    m_tagModel = nullptr;
    m_labelModel = nullptr;
    m_writer = nullptr;
    m_database.reset();
}

ContactFilter MainWindow::currentFilter() const
{
    ContactFilter filter;
    filter.search = m_search->search();
    filter.tags = m_sidebar->selectedTags();
    filter.labels = m_sidebar->selectedLabels();
    filter.optedIn = m_sidebar->optedIn();
    filter.isBlocked = m_sidebar->isBlocked();
    return filter;
}

void MainWindow::applyFilter()
{
    if (!m_model)
        return;
    const ContactFilter filter = currentFilter();
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    updateCount();
    updateActions();
}

void MainWindow::updateCount()
{
    if (!m_model)
        return;
    m_summary->setCount(m_model->totalCount(), !m_model->filter().isEmpty());
    updateView();
}

void MainWindow::updateSelectionCount()
{
    const QItemSelectionModel* selection = m_table->selectionModel();
    m_summary->setSelectedCount(selection ? selectedRowCount(selection->selection()) : 0);
}

void MainWindow::updateBusy()
{
    QString description;
    if (m_writer && m_writer->isBusy())
        description = m_writer->busyDescription();
    else if (m_readingSelection)
        description = tr("Reading the selection…");
    else if (m_model && m_model->isCounting())
        description = tr("Counting…");
    m_summary->setBusy(description);
    updateActions();
}

bool MainWindow::isBusy() const
{
    return m_readingSelection || (m_writer && m_writer->isBusy());
}

bool MainWindow::hasPendingWrites() const
{
    return m_writer && m_writer->hasPendingWrites();
}

void MainWindow::updateView()
{
    QWidget* page = m_table;
    if (!m_database)
        page = m_noDatabase;
    else if (m_model && m_model->filter().isEmpty() && !m_model->isCounting() &&
             m_model->totalCount() == 0)
        page = m_emptyState;
    m_stack->setCurrentWidget(page);
}

void MainWindow::updateActions()
{
    const bool open = m_database != nullptr;
    // One batch edit at a time: undo and new edits wait for the running one.
    const bool canWrite = open && !isBusy();
    const QItemSelectionModel* selection = m_table->selectionModel();
    const bool hasSelection = canWrite && selection && selection->hasSelection();
    m_newAction->setEnabled(canWrite);
    m_importAction->setEnabled(canWrite);
    m_exportAction->setEnabled(m_model != nullptr);
    m_editAction->setEnabled(open && selection && selection->currentIndex().isValid());
    for (QAction* action :
         {m_deleteAction, m_blockAction, m_unblockAction, m_optInAction, m_optOutAction,
          m_addTagAction, m_removeTagAction, m_addLabelAction, m_removeLabelAction})
        action->setEnabled(hasSelection);
    m_findAction->setEnabled(open);
    m_conflictsAction->setEnabled(open);
    m_syncNowAction->setEnabled(open && !m_sync->isRunning());
    m_editor->setEnabled(!isBusy());
    updateUndoActions();
}

void MainWindow::updateUndoActions()
{
    // An undo waits for every write asked for before it: the command it undoes may still
    // be on its way to the stack.
    const bool idle = m_database && !isBusy() && !hasPendingWrites();
    m_undoAction->setEnabled(idle && m_undoStack->canUndo());
    m_redoAction->setEnabled(idle && m_undoStack->canRedo());
    const QString undoText = m_undoStack->undoText();
    const QString redoText = m_undoStack->redoText();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

void MainWindow::populateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentDatabases().paths();
    for (const QString& path : paths) {
        QAction* open = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(
                    this, tr("Cannot Open Database"),
                    tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                RecentDatabases().remove(path);
                return;
            }
            openDatabase(path);
        });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { RecentDatabases().clear(); });
}

void MainWindow::populateColumnsMenu(QMenu* menu)
{
    menu->clear();
    if (!m_model)
        return;
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        QAction* toggle = menu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, this, [this, header, column](bool shown) {
            // Keep at least one column, or the table cannot be brought back from its header.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
            TableLayoutSettings::save(header);
        });
    }
}

void MainWindow::onHeaderSortChanged(int column, Qt::SortOrder order)
{
    QHeaderView* header = m_table->horizontalHeader();
    if (!m_model->isSortable(column)) {
        // Tags, phone, email...: the store has no index to order 1M contacts by them.
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        statusBar()->showMessage(
            tr("Contacts can be sorted by name, creation, last message or update time"), 4000);
        return;
    }
    m_model->sort(column, order);
    TableLayoutSettings::save(header);
}

void MainWindow::onContactsChanged(const QStringList& ids)
{
    if (!m_model)
        return;
    // A change can move contacts in or out of a filtered list; an unfiltered one only needs
    // the rows re-read.
    if (m_model->filter().isEmpty() && ids.size() <= ContactTableModel::windowSize)
        m_model->reloadContacts(ids);
    else
        refreshKeepingSelection();
    m_tagModel->refresh();
    m_labelModel->refresh();
    m_syncReader->reload(); // the edit is pending now
    m_sync->noteLocalEdit();
    const auto& shown = m_editor->contact();
    if (shown && ids.contains(shown->id))
        rereadEditorContact();
}

void MainWindow::onContactsAddedOrRemoved()
{
    if (!m_model)
        return;
    reloadAll();
    m_sync->noteLocalEdit();
}

void MainWindow::reloadAll()
{
    if (!m_model)
        return;
    refreshKeepingSelection();
    m_tagModel->refresh();
    m_labelModel->refresh();
    m_syncReader->reload();
    rereadEditorContact();
}

void MainWindow::rereadEditorContact()
{
    const auto& shown = m_editor->contact();
    if (!shown || m_editor->mode() != ContactEditor::Mode::Existing)
        return;
    const QString id = shown->id;
    StoreTask::run<ApiResult<Contact>>(
        m_database->path(), this, [id](ContactStore& store) { return store.contact(id); },
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

void MainWindow::refreshKeepingSelection()
{
    m_reselectIds.clear();
    m_reselectCurrent.clear();
    const QItemSelectionModel* selection = m_table->selectionModel();
    // A selection of thousands of rows is not worth listing (selectedRows() walks them all).
    if (selection && selectedRowCount(selection->selection()) <= ContactTableModel::windowSize) {
        for (const QModelIndex& index : selection->selectedRows()) {
            const QString id = index.data(ContactTableModel::ContactIdRole).toString();
            if (!id.isEmpty())
                m_reselectIds.append(id);
        }
        m_reselectCurrent =
            selection->currentIndex().data(ContactTableModel::ContactIdRole).toString();
    }
    m_model->refresh();
}

void MainWindow::reselect()
{
    if (m_reselectIds.isEmpty() && m_reselectCurrent.isEmpty())
        return;
    QItemSelection rows;
    for (const QString& id : std::as_const(m_reselectIds)) {
        const int row = m_model->rowOfContact(id);
        if (row >= 0)
            rows.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    }
    QItemSelectionModel* selection = m_table->selectionModel();
    const int current = m_model->rowOfContact(m_reselectCurrent);
    if (current >= 0)
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    selection->select(rows, QItemSelectionModel::ClearAndSelect);
    m_reselectIds.clear();
    m_reselectCurrent.clear();
}

void MainWindow::followCurrentRow()
{
    updateActions();
    if (!m_model || m_editor->isHidden() || m_editor->isModified() ||
        m_editor->mode() == ContactEditor::Mode::New)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (auto contact = m_model->contactAt(current.row())) {
        m_editor->showContact(*contact);
        m_sync->refreshContact(contact->id);
    }
}

void MainWindow::newContact()
{
    if (!m_database)
        return;
    leaveEditorThen([this] {
        m_editor->show();
        m_showEditorAction->setChecked(true);
        m_editor->startNewContact();
    });
}

void MainWindow::leaveEditorThen(std::function<void()> next)
{
    if (m_editor->confirmLeave(next) == ContactEditor::Leave::Now)
        next();
}

void MainWindow::editCurrentContact()
{
    if (!m_model)
        return;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    auto contact = m_model->contactAt(current.row());
    if (!contact)
        return;
    const auto show = [this, contact = *contact] {
        m_editor->show();
        m_showEditorAction->setChecked(true);
        m_editor->showContact(contact);
        if (QWidget* name = m_editor->findChild<QWidget*>(QStringLiteral("nameEdit")))
            name->setFocus(Qt::OtherFocusReason);
    };
    if (m_editor->contact() && m_editor->contact()->id == contact->id)
        show();
    else
        leaveEditorThen(show);
}

void MainWindow::withSelectedIds(std::function<void(const QStringList&)> then)
{
    if (!m_model || isBusy())
        return;
    const QItemSelection selection = m_table->selectionModel()->selection();
    if (selection.isEmpty())
        return;
    m_readingSelection = true;
    updateBusy();
    m_model->contactIds(selection, this, [this, then](ApiResult<QStringList> ids) {
        m_readingSelection = false;
        updateBusy();
        if (!ids) {
            showError(ids.error().message);
            return;
        }
        if (!ids->isEmpty())
            then(*ids);
    });
}

void MainWindow::deleteSelectedContacts()
{
    withSelectedIds([this](const QStringList& ids) {
        const QString question =
            ids.size() == 1 ? tr("Delete the selected contact?")
                            : tr("Delete %Ln selected contacts?", nullptr, int(ids.size()));
        if (!confirm(question))
            return;
        m_writer->replaceContacts(
            ids.size(),
            ids.size() == 1 ? tr("Deleting 1 contact…")
                            : tr("Deleting %Ln contacts…", nullptr, int(ids.size())),
            [ids](ContactBatchEdit& edit) { return edit.remove(ids); },
            [this](ApiResult<QList<Contact>> removed) {
                if (removed && !removed->isEmpty()) {
                    m_undoStack->push(new DeleteContactsCommand(m_writer, *removed));
                    statusBar()->showMessage(
                        removed->size() == 1
                            ? tr("Deleted 1 contact")
                            : tr("Deleted %Ln contacts", nullptr, int(removed->size())),
                        4000);
                }
            });
    });
}

void MainWindow::setSelectionFlag(int flag, bool value)
{
    withSelectedIds([this, flag, value](const QStringList& ids) {
        const auto which = SetFlagCommand::Flag(flag);
        m_writer->editContacts(
            ids.size(), SetFlagCommand::describe(which, value, ids.size()),
            [ids, which, value](ContactBatchEdit& edit) {
                return which == SetFlagCommand::Blocked ? edit.setBlocked(ids, value)
                                                        : edit.setOptedIn(ids, value);
            },
            [this, which, value](ApiResult<QStringList> changed) {
                if (changed && !changed->isEmpty())
                    m_undoStack->push(new SetFlagCommand(m_writer, which, value, *changed));
                else if (changed)
                    statusBar()->showMessage(tr("Nothing to change"), 3000);
            });
    });
}

void MainWindow::setSelectionBlocked(bool blocked)
{
    setSelectionFlag(SetFlagCommand::Blocked, blocked);
}

void MainWindow::setSelectionOptedIn(bool optedIn)
{
    setSelectionFlag(SetFlagCommand::OptedIn, optedIn);
}

void MainWindow::addTagToSelection(TagKind kind)
{
    changeTags(kind, true);
}

void MainWindow::removeTagFromSelection(TagKind kind)
{
    changeTags(kind, false);
}

void MainWindow::changeTags(TagKind kind, bool adding)
{
    if (!m_model || !m_table->selectionModel()->hasSelection() || isBusy())
        return;
    const QString tag = askTag(kind, adding).trimmed();
    if (tag.isEmpty())
        return;
    withSelectedIds([this, kind, adding, tag](const QStringList& ids) {
        const auto change = adding ? TagContactsCommand::Add : TagContactsCommand::Remove;
        m_writer->editContacts(
            ids.size(), TagContactsCommand::describe(change, kind, tag, ids.size()),
            [ids, tag, kind, adding](ContactBatchEdit& edit) {
                return adding ? edit.addTag(ids, tag, kind) : edit.removeTag(ids, tag, kind);
            },
            [this, change, kind, tag](ApiResult<QStringList> changed) {
                if (changed && !changed->isEmpty())
                    m_undoStack->push(
                        new TagContactsCommand(m_writer, change, kind, tag, *changed));
                else if (changed)
                    statusBar()->showMessage(tr("Nothing to change"), 3000);
            });
    });
}

QString MainWindow::askTag(TagKind kind, bool adding)
{
    if (m_tagPrompt)
        return m_tagPrompt(kind, adding);
    const TagListModel* model = kind == TagKind::Tag ? m_tagModel : m_labelModel;
    QStringList names;
    for (const TagCount& tag : model->tags())
        names.append(tag.name);
    QInputDialog dialog(this);
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

bool MainWindow::confirm(const QString& text)
{
    if (m_confirm)
        return m_confirm(text);
    QMessageBox box(QMessageBox::Question, tr("Delete Contacts"), text,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setInformativeText(tr("You can undo this with Edit > Undo."));
    box.button(QMessageBox::Yes)->setText(tr("Delete"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void MainWindow::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_confirm = std::move(confirm);
}

void MainWindow::setTagPrompt(std::function<QString(TagKind, bool)> prompt)
{
    m_tagPrompt = std::move(prompt);
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(tr("Error: %1").arg(message), 8000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Contacts"),
        tr("<h3>Contacts %1</h3>"
           "<p>Search, tag and clean up the contacts of a WhatsApp Business account, "
           "with a million contacts as smoothly as with ten.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    const bool sidebar = settings.value(QStringLiteral("window/sidebarShown"), true).toBool();
    m_showSidebarAction->setChecked(sidebar);
    m_sidebar->setVisible(sidebar);
    m_editor->hide(); // the splitter's state may have shown it
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/sidebarShown"), m_showSidebarAction->isChecked());
    if (m_table->model())
        TableLayoutSettings::save(m_table->horizontalHeader());
}

void MainWindow::setTokenStore(std::unique_ptr<TokenStore> tokens)
{
    m_sync->setTokenStore(tokens.get());
    m_tokens = std::move(tokens);
}

void MainWindow::applySyncSettings()
{
    const SyncSettings settings = SyncSettings::load();
    m_sync->setSettings(settings);
    m_syncReader->setConfigured(settings.isConfigured());
    m_syncStatus->setConfigured(settings.isConfigured());
    m_syncStatus->setRetrying(settings.automatic);
}

void MainWindow::onSyncFinished()
{
    updateActions();
    if (!m_database)
        return;
    // Pulled contacts, new links and conflicts: the rows, their marks and the counts. Not
    // a local edit: no run follows.
    reloadAll();
    if (m_conflictsDialog)
        m_conflictsDialog->reload();
}

void MainWindow::showConflicts()
{
    if (!m_database)
        return;
    if (!m_conflictsDialog) {
        // "Keep mine" rewrites contacts and a restore brings one back: the writer has the
        // table, the counts and the editor follow.
        auto* conflicts = new ConflictList(m_writer);
        m_conflictsDialog = new ConflictsDialog(conflicts, this);
        conflicts->setParent(m_conflictsDialog);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_conflictsDialog->reload();
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
}

void MainWindow::showSyncSettings()
{
    auto* dialog = new SyncSettingsDialog(*m_tokens, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncSettingsDialog::settingsSaved, this, &MainWindow::applySyncSettings);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running import asks whether to stop; "no" keeps the window open.
    if (m_importWizard && m_importWizard->isVisible() && !m_importWizard->close()) {
        event->ignore();
        return;
    }
    // Unsaved edits: asked about; once saved, the window closes again.
    if (m_editor->confirmLeave([this] { close(); }) != ContactEditor::Leave::Now) {
        event->ignore();
        return;
    }
    if (m_writer && m_writer->hasPendingWrites()) {
        // Nothing the agent asked for is lost: a batch edit in flight ends first.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_writer->finishPendingWrites();
        QApplication::restoreOverrideCursor();
    }
    saveWindowState();
    // A run stops at its next request; what the server acknowledged stays recorded.
    m_sync->cancelAndWait();
    event->accept();
}

namespace {

/// The file of a drag that the import wizard can take: one local .csv, .tsv or .txt.
QString importableFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().constFirst();
    if (!url.isLocalFile())
        return {};
    const QString path = url.toLocalFile();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") &&
        suffix != QLatin1String("txt"))
        return {};
    return path;
}

} // namespace

void MainWindow::openImportWizard(const QString& path)
{
    if (!m_database)
        return;
    if (m_importWizard) {
        if (!path.isEmpty() && !m_importWizard->isImporting() &&
            m_importWizard->currentId() <= ImportWizard::MappingPage) {
            m_importWizard->setFilePath(path);
            m_importWizard->restart();
        }
        m_importWizard->raise();
        m_importWizard->activateWindow();
        return;
    }
    auto* wizard = new ImportWizard(m_writer, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setTagCompletionModel(m_tagModel, TagListModel::NameRole);
    if (!path.isEmpty())
        wizard->setFilePath(path);
    m_importWizard = wizard;
    wizard->show();
}

void MainWindow::exportContacts()
{
    if (!m_model)
        return;
    const auto open = [this](const QStringList& selected) {
        auto* dialog = new ExportDialog(databasePath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        const bool filtered = !m_model->filter().isEmpty();
        dialog->setCurrentList(m_model->requestedQuery(), m_model->totalCount(), filtered);
        dialog->setSelection(selected);
        if (filtered)
            dialog->setScope(ExportDialog::Scope::Filtered);
        dialog->open();
    };
    if (m_table->selectionModel() && m_table->selectionModel()->hasSelection() && !isBusy())
        withSelectedIds(open);
    else
        open({});
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_database && !importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = importableFile(event->mimeData());
    if (!m_database || path.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    openImportWizard(path);
}
