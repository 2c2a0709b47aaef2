#include "MainWindow.h"

#include "AgentName.h"
#include "ContactEditor.h"
#include "ContactTableView.h"
#include "ContactsView.h"
#include "CurrentDatabase.h"
#include "DatabaseSession.h"
#include "DuplicatesDialog.h"
#include "EmptyStateWidget.h"
#include "FilterSidebar.h"
#include "HistoryPanel.h"
#include "ImportExportActions.h"
#include "SearchField.h"
#include "SelectionActions.h"
#include "StatusSummary.h"
#include "SyncActions.h"
#include "SyncStatusWidget.h"
#include "TokenStore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>

MainWindow::MainWindow(const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_undoStack(new QUndoStack(this))
{
    setWindowTitle(tr("Contacts"));
    createWidgets();
    createParts();
    createActions();
    createMenus();
    connect(m_importExport, &ImportExportActions::importRequested, this,
            &MainWindow::importRequested);
    connect(this, &MainWindow::importRequested, m_importExport,
            [this] { m_importExport->openImportWizard(); });
    setAcceptDrops(true);
    restoreWindowState();
    if (!databasePath.isEmpty())
        openDatabase(databasePath);
    updateActions();
    // The keyboard starts on the contacts, not on the first widget of the focus chain (the
    // sidebar's tags).
    m_table->setFocus();
}

MainWindow::~MainWindow()
{
    // The parts let go of the session's models and writer before it goes.
    m_database->close();
}

void MainWindow::createWidgets()
{
    m_search = new SearchField;
    m_search->setObjectName(QStringLiteral("searchField"));
    m_sidebar = new FilterSidebar;
    m_sidebar->setObjectName(QStringLiteral("filterSidebar"));
    m_table = new ContactTableView;
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_emptyState = new EmptyStateWidget;
    m_emptyState->setObjectName(QStringLiteral("emptyState"));
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

    m_syncStatus = new SyncStatusWidget;
    m_syncStatus->setObjectName(QStringLiteral("syncStatus"));
    statusBar()->addPermanentWidget(m_syncStatus);
    m_summary = new StatusSummary;
    statusBar()->addPermanentWidget(m_summary);

    m_history = new HistoryPanel(this);
    m_history->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->toggleViewAction()->setStatusTip(
        tr("The imports and batch edits, each of which can be undone"));
    addDockWidget(Qt::BottomDockWidgetArea, m_history);
    m_history->hide();
}

void MainWindow::createParts()
{
    m_database = new CurrentDatabase(this, this);
    m_contacts = new ContactsView(
        {m_search, m_sidebar, m_table, m_editor, m_stack, m_emptyState, m_noDatabase, m_summary},
        m_undoStack, this);
    m_selection = new SelectionActions(m_table, m_undoStack, this, this);
    m_importExport = new ImportExportActions(m_table, this, this);
    m_sync = new SyncActions(m_syncStatus, this, this);

    // Another database only once the one on show may be left: a running import asks
    // whether to stop, unsaved edits whether to save (the switch then follows the save).
    m_database->setLeaveCheck([this](std::function<void()> proceed) {
        if (!m_importExport->closeImportWizard())
            return CurrentDatabase::Leave::Cancelled;
        switch (m_editor->confirmLeave(std::move(proceed))) {
        case ContactEditor::Leave::Now:
            return CurrentDatabase::Leave::Now;
        case ContactEditor::Leave::AfterSave:
            return CurrentDatabase::Leave::Later;
        case ContactEditor::Leave::Cancelled:
            break;
        }
        return CurrentDatabase::Leave::Cancelled;
    });
    // Each part lets go of the session on its way out, and takes the new one.
    connect(m_database, &CurrentDatabase::sessionChanged, m_contacts, &ContactsView::setSession);
    connect(m_database, &CurrentDatabase::sessionChanged, m_selection,
            &SelectionActions::setSession);
    connect(m_database, &CurrentDatabase::sessionChanged, m_importExport,
            &ImportExportActions::setSession);
    connect(m_database, &CurrentDatabase::sessionChanged, m_sync, &SyncActions::setSession);
    connect(m_database, &CurrentDatabase::sessionChanged, m_history, &HistoryPanel::setSession);
    connect(m_history, &HistoryPanel::message, statusBar(), &QStatusBar::showMessage);
    connect(m_database, &CurrentDatabase::sessionChanged, this, &MainWindow::onSessionChanged);

    connect(m_contacts, &ContactsView::errorOccurred, this, &MainWindow::showError);
    connect(m_selection, &SelectionActions::errorOccurred, this, &MainWindow::showError);
    connect(m_importExport, &ImportExportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_contacts, &ContactsView::message, statusBar(), &QStatusBar::showMessage);
    connect(m_selection, &SelectionActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_sync, &SyncActions::message, statusBar(), &QStatusBar::showMessage);
    connect(m_contacts, &ContactsView::stateChanged, this, &MainWindow::updateActions);
    connect(m_contacts, &ContactsView::contactShown, m_sync, &SyncActions::refreshContact);
    connect(m_sync, &SyncActions::stateChanged, this, &MainWindow::updateActions);
    connect(m_sync, &SyncActions::contactsSynced, m_contacts, &ContactsView::reloadAll);
    // A sync run that changed contacts here is an operation of the History.
    connect(m_sync, &SyncActions::contactsSynced, m_history, &HistoryPanel::reloadIfShown);
    connect(m_table, &ContactTableView::unsortableColumnClicked, this, [this] {
        statusBar()->showMessage(
            tr("Contacts can be sorted by name, creation, last message or update time"), 4000);
    });
}

void MainWindow::createActions()
{
    const auto action = [this](const QString& text, const QString& name, const QString& icon,
                               auto receiver, auto slot) {
        auto* created = new QAction(QIcon::fromTheme(icon), text, this);
        created->setObjectName(name);
        connect(created, &QAction::triggered, receiver, slot);
        return created;
    };

    m_quitAction = action(tr("&Quit"), QStringLiteral("quitAction"),
                          QStringLiteral("application-exit"), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_undoAction = action(tr("&Undo"), QStringLiteral("undoAction"), QStringLiteral("edit-undo"),
                          m_undoStack, &QUndoStack::undo);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = action(tr("&Redo"), QStringLiteral("redoAction"), QStringLiteral("edit-redo"),
                          m_undoStack, &QUndoStack::redo);
    // Ctrl+Shift+Z everywhere, and the platform's own (Ctrl+Y on Windows) too.
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& key : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    m_redoAction->setShortcuts(redoKeys);
    connect(m_undoStack, &QUndoStack::indexChanged, this, &MainWindow::updateUndoActions);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &MainWindow::updateUndoActions);

    m_showSidebarAction = new QAction(tr("&Filters"), this);
    m_showSidebarAction->setCheckable(true);
    m_showSidebarAction->setChecked(true);
    connect(m_showSidebarAction, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    m_aboutAction = action(tr("&About Contacts"), QStringLiteral("aboutAction"),
                           QStringLiteral("help-about"), this, &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_agentNameAction = action(tr("Your &Name…"), QStringLiteral("agentNameAction"),
                               QStringLiteral("user-identity"), this, &MainWindow::askAgentName);
    m_agentNameAction->setStatusTip(tr("The name the opt-in and block history gives your changes"));

    m_duplicatesAction = action(tr("Find &Duplicates…"), QStringLiteral("duplicatesAction"),
                                QStringLiteral("edit-find"), this, &MainWindow::findDuplicates);
    m_duplicatesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_duplicatesAction->setStatusTip(
        tr("Contacts that are likely one person: the same email, name or number"));

    // The table's context menu.
    m_table->addAction(m_selection->deleteAction());
    m_table->addAction(m_contacts->editAction());
    m_table->addActions(m_selection->flagActions());
    m_table->addActions(m_selection->tagActions());
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_contacts->newAction());
    file->addAction(m_importExport->importAction());
    file->addAction(m_importExport->exportAction());
    file->addSeparator();
    file->addAction(m_database->openAction());
    file->addMenu(m_database->recentMenu());
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addAction(m_contacts->findAction());
    edit->addAction(m_contacts->clearFiltersAction());
    edit->addSeparator();
    edit->addAction(m_selection->deleteAction());
    edit->addSeparator();
    edit->addAction(m_agentNameAction);

    QMenu* contacts = menuBar()->addMenu(tr("&Contacts"));
    contacts->addAction(m_contacts->newAction());
    contacts->addAction(m_contacts->editAction());
    contacts->addSeparator();
    contacts->addActions(m_selection->tagActions());
    contacts->addSeparator();
    contacts->addActions(m_selection->flagActions());
    contacts->addSeparator();
    contacts->addAction(m_selection->deleteAction());
    contacts->addSeparator();
    contacts->addAction(m_duplicatesAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_showSidebarAction);
    view->addAction(m_contacts->showEditorAction());
    view->addAction(m_history->toggleViewAction());
    m_columnsMenu = view->addMenu(tr("&Columns"));
    connect(m_columnsMenu, &QMenu::aboutToShow, m_table,
            [this] { m_table->fillColumnsMenu(m_columnsMenu); });

    QMenu* sync = menuBar()->addMenu(tr("&Sync"));
    sync->addAction(m_sync->syncNowAction());
    sync->addAction(m_sync->conflictsAction());
    sync->addSeparator();
    sync->addAction(m_sync->settingsAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar* toolBar = addToolBar(tr("Contacts"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_contacts->newAction());
    toolBar->addAction(m_importExport->importAction());
    toolBar->addSeparator();
    toolBar->addAction(m_selection->addTagAction());
    toolBar->addAction(m_selection->deleteAction());
    toolBar->addSeparator();
    toolBar->addAction(m_sync->syncNowAction());
    toolBar->addSeparator();
    toolBar->addWidget(m_search);
    m_search->setMinimumWidth(260);
}

bool MainWindow::openDatabase(const QString& path)
{
    return m_database->open(path);
}

QString MainWindow::databasePath() const
{
    return m_database->path();
}

DuplicatesDialog* MainWindow::duplicatesDialog() const
{
    return m_duplicates;
}

void MainWindow::findDuplicates()
{
    DatabaseSession* session = m_database->session();
    if (!session)
        return;
    if (!m_duplicates) {
        m_duplicates = new DuplicatesDialog(session, this);
        m_duplicates->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_duplicates, &DuplicatesDialog::message, statusBar(), &QStatusBar::showMessage);
    }
    m_duplicates->show();
    m_duplicates->raise();
    m_duplicates->activateWindow();
    m_duplicates->find();
}

void MainWindow::onSessionChanged(DatabaseSession* session)
{
    // The dialog's groups are the last database's.
    if (m_duplicates)
        m_duplicates->close();
    updateActions();
    if (!session)
        return;
    const QString path = session->path();
    setWindowFilePath(path);
    setWindowTitle(tr("%1 — Contacts").arg(QFileInfo(path).fileName()));
    emit databaseOpened(path);
}

ContactTableModel* MainWindow::model() const
{
    return m_contacts->model();
}

QTableView* MainWindow::table() const
{
    return m_table;
}

bool MainWindow::isBusy() const
{
    return m_contacts->isBusy();
}

bool MainWindow::hasPendingWrites() const
{
    return m_contacts->hasPendingWrites();
}

ContactFilter MainWindow::currentFilter() const
{
    return m_contacts->currentFilter();
}

void MainWindow::setConfirmation(std::function<bool(const QString&)> confirm)
{
    m_selection->setConfirmation(std::move(confirm));
}

void MainWindow::setTagPrompt(std::function<QString(TagKind, bool)> prompt)
{
    m_selection->setTagPrompt(std::move(prompt));
}

void MainWindow::setTokenStore(std::unique_ptr<TokenStore> tokens)
{
    m_sync->setTokenStore(std::move(tokens));
}

void MainWindow::updateActions()
{
    // One announced batch edit at a time: new edits wait for the running one.
    m_selection->updateActions();
    m_importExport->updateActions(m_database->session() && !m_contacts->isBusy());
    m_sync->updateActions();
    updateUndoActions();
    if (m_duplicatesAction)
        m_duplicatesAction->setEnabled(m_database->session() != nullptr);
}

void MainWindow::updateUndoActions()
{
    // An undo waits for every write asked for before it: the command it undoes may still be
    // on its way to the stack.
    const bool idle = m_database->session() && !isBusy() && !hasPendingWrites();
    m_undoAction->setEnabled(idle && m_undoStack->canUndo());
    m_redoAction->setEnabled(idle && m_undoStack->canRedo());
    const QString undoText = m_undoStack->undoText();
    const QString redoText = m_undoStack->redoText();
    m_undoAction->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redoAction->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(tr("Error: %1").arg(message), 8000);
}

void MainWindow::askAgentName()
{
    bool accepted = false;
    const QString name = QInputDialog::getText(
        this, tr("Your Name"),
        tr("The opt-in and block history records your changes under this name (empty: your "
           "account's name, %1):")
            .arg(AgentName::accountName()),
        QLineEdit::Normal, AgentName::current(), &accepted);
    if (accepted)
        AgentName::set(name);
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
    restoreState(settings.value(QStringLiteral("window/docks")).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/sidebarShown"), m_showSidebarAction->isChecked());
    settings.setValue(QStringLiteral("window/docks"), saveState());
    m_table->saveLayout();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // A running import asks whether to stop; "no" keeps the window open.
    if (!m_importExport->closeImportWizard()) {
        event->ignore();
        return;
    }
    // Unsaved edits: asked about; once saved, the window closes again.
    if (m_editor->confirmLeave([this] { close(); }) != ContactEditor::Leave::Now) {
        event->ignore();
        return;
    }
    saveWindowState();
    // What the agent asked for lands before the window goes; a sync run stops at its next
    // request, and what the server acknowledged stays recorded.
    m_database->finishPendingWrites();
    m_sync->stop();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_database->session() && !ImportExportActions::importableFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = ImportExportActions::importableFile(event->mimeData());
    if (!m_database->session() || path.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    m_importExport->openImportWizard(path);
}
