#pragma once

#include "ContactFilter.h"
#include "TagCount.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class ContactEditor;
class ContactTableModel;
class ContactTableView;
class ContactsView;
class CurrentDatabase;
class DatabaseSession;
class DuplicatesDialog;
class EmptyStateWidget;
class FilterSidebar;
class HistoryPanel;
class ImportExportActions;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;
class SearchField;
class SelectionActions;
class StatusSummary;
class SyncActions;
class SyncStatusWidget;
class TokenStore;

/// The desktop app's window. It builds the widgets, the actions and the menus, and forwards
/// each action to the object that does it (after KeePassXC, whose main window forwards and
/// whose database widget acts):
/// - CurrentDatabase opens, switches and closes the database (a DatabaseSession: the
///   connection, the one ContactWriter, the models);
/// - ContactsView shows its contacts: the table, the filters, the counts, the editor panel;
/// - SelectionActions edits the table's selection, each edit undoable;
/// - ImportExportActions opens the import wizard and the export dialog;
/// - SyncActions runs sync and shows its status and its conflicts.
/// Every write goes through the session's writer, off the GUI thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens `databasePath` at once; when it cannot, says why and shows no contacts (File >
    /// Open database… stays available).
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Closes the current database and opens `path`, creating it if missing; on failure shows
    /// the reason, keeps the current database and returns false. With unsaved edits in the
    /// editor it asks first: false when the agent cancels, and when they are saved, the
    /// switch follows the save (true).
    bool openDatabase(const QString& path);
    /// The path of the open database, empty when none is.
    QString databasePath() const;

    ContactTableModel* model() const;
    QTableView* table() const;
    SearchField* searchField() const { return m_search; }
    FilterSidebar* sidebar() const { return m_sidebar; }
    ContactEditor* editor() const { return m_editor; }
    StatusSummary* statusSummary() const { return m_summary; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    HistoryPanel* historyPanel() const { return m_history; }
    /// Contacts > Find Duplicates' dialog while it is open; null otherwise.
    DuplicatesDialog* duplicatesDialog() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    /// True while a long write (a batch edit of many contacts) waits or runs on a worker, or
    /// the selection's ids are read: the edits wait for it.
    bool isBusy() const;
    /// True while any write waits or runs (the undo actions wait for it).
    bool hasPendingWrites() const;
    /// The filter of the search and the sidebar together.
    ContactFilter currentFilter() const;

    /// Replaces the yes/no question asked before deleting (tests; the default is a message
    /// box). Gets the question's text.
    void setConfirmation(std::function<bool(const QString& text)> confirm);
    /// Replaces how a tag name is asked for before a batch add or remove (tests).
    void setTagPrompt(std::function<QString(TagKind kind, bool adding)> prompt);
    /// Replaces the OS keychain that holds the sync token (tests: there is none in CI).
    /// Before any sync or settings dialog.
    void setTokenStore(std::unique_ptr<TokenStore> tokens);

signals:
    /// File > Import… or the empty state's Import button: the CSV import wizard opens.
    void importRequested();
    void databaseOpened(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    /// A .csv, .tsv or .txt file dropped on the window opens the import wizard on it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createWidgets();
    /// Opens (or raises) the Duplicates dialog and scans the database.
    void findDuplicates();
    void createParts();
    void createActions();
    void createMenus();
    void onSessionChanged(DatabaseSession* session);
    void updateActions();
    void updateUndoActions();
    void showError(const QString& message);
    void showAbout();
    /// Asks for the name the opt-in and block history gives the agent (AgentName).
    void askAgentName();
    void restoreWindowState();
    void saveWindowState();

    QUndoStack* m_undoStack;

    // The parts that act; children of the window.
    CurrentDatabase* m_database = nullptr;
    ContactsView* m_contacts = nullptr;
    SelectionActions* m_selection = nullptr;
    ImportExportActions* m_importExport = nullptr;
    SyncActions* m_sync = nullptr;

    SearchField* m_search = nullptr;
    FilterSidebar* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    ContactTableView* m_table = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QLabel* m_noDatabase = nullptr;
    ContactEditor* m_editor = nullptr;
    QSplitter* m_splitter = nullptr;
    StatusSummary* m_summary = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    HistoryPanel* m_history = nullptr;
    QMenu* m_columnsMenu = nullptr;

    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_showSidebarAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_agentNameAction = nullptr;
    QAction* m_duplicatesAction = nullptr;
    QPointer<DuplicatesDialog> m_duplicates;
};
