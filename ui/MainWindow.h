#pragma once

#include "ContactFilter.h"
#include "TagCount.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class ConflictsDialog;
class ContactDatabase;
class ContactEditor;
class ContactTableModel;
class ContactWriter;
class EmptyStateWidget;
class FilterSidebar;
class ImportWizard;
class QActionGroup;
class QItemSelection;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTableView;
class QUndoStack;
class SearchField;
class StatusSummary;
class SyncController;
class SyncStatusReader;
class SyncStatusWidget;
class TagListModel;
class TokenStore;
struct Contact;

/// The desktop app's window: search, tag and flag filters, the contacts table, the editor
/// panel, and the actions on a selection, every edit undoable. It owns the GUI thread's
/// connection to the database; counts and large edits run on workers with their own.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// Opens `databasePath` at once; when it cannot, says why and shows no contacts (File >
    /// Open database… stays available).
    explicit MainWindow(const QString& databasePath, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Closes the current database and opens `path`, creating it if missing; on failure shows
    /// the reason, keeps the current database and returns false.
    bool openDatabase(const QString& path);
    /// The path of the open database, empty when none is.
    QString databasePath() const;

    ContactDatabase* database() const { return m_database.get(); }
    ContactTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    SearchField* searchField() const { return m_search; }
    FilterSidebar* sidebar() const { return m_sidebar; }
    ContactEditor* editor() const { return m_editor; }
    StatusSummary* statusSummary() const { return m_summary; }
    SyncStatusWidget* syncStatus() const { return m_syncStatus; }
    SyncController* syncController() const { return m_sync; }
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

public slots:
    void newContact();
    /// Shows the current row's contact in the editor and puts the cursor in it.
    void editCurrentContact();
    void deleteSelectedContacts();
    void setSelectionBlocked(bool blocked);
    void setSelectionOptedIn(bool optedIn);
    /// Asks for a tag and adds it to (or removes it from) every selected contact.
    void addTagToSelection(TagKind kind = TagKind::Tag);
    void removeTagFromSelection(TagKind kind = TagKind::Tag);
    void showAbout();
    /// The CSV import wizard, on `path` when given (a dropped file). One at a time.
    void openImportWizard(const QString& path = {});
    /// File > Export…: the export dialog with the table's list and selection.
    void exportContacts();
    /// Sync > Conflicts…: the open conflicts of the database, one dialog at a time.
    void showConflicts();
    /// Sync > Sync Settings…: server, organization, token, when to sync.
    void showSyncSettings();

protected:
    void closeEvent(QCloseEvent* event) override;
    /// A .csv, .tsv or .txt file dropped on the window opens the import wizard on it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createWidgets();
    void attachDatabase();
    void detachDatabase();
    void applyFilter();
    void updateCount();
    void updateSelectionCount();
    void updateBusy();
    void updateActions();
    void updateUndoActions();
    void updateView();
    void populateRecentMenu();
    void populateColumnsMenu(QMenu* menu);
    void onContactsChanged(const QStringList& ids);
    void onContactsAddedOrRemoved();
    /// Re-reads the table, the tag lists, the sync status and the editor's contact.
    void reloadAll();
    /// Reads the editor's contact again on a worker and shows it, unless the agent is
    /// editing it; clears the editor when it is gone.
    void rereadEditorContact();
    /// Runs `next` once the editor may show something else (its edits saved or discarded).
    void leaveEditorThen(std::function<void()> next);
    void onHeaderSortChanged(int column, Qt::SortOrder order);
    void followCurrentRow();
    /// Re-reads the table after a write, keeping the selected contacts selected.
    void refreshKeepingSelection();
    void reselect();
    /// The API ids of the selected rows, then `then` (at once, or after a worker read them).
    void withSelectedIds(std::function<void(const QStringList& ids)> then);
    void changeTags(TagKind kind, bool adding);
    void setSelectionFlag(int flag, bool value);
    void showError(const QString& message);
    QString askTag(TagKind kind, bool adding);
    bool confirm(const QString& text);
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<ContactDatabase> m_database;
    ContactTableModel* m_model = nullptr;
    TagListModel* m_tagModel = nullptr;
    TagListModel* m_labelModel = nullptr;
    ContactWriter* m_writer = nullptr;
    QUndoStack* m_undoStack;
    bool m_readingSelection = false;
    QStringList m_reselectIds;
    QString m_reselectCurrent;

    SearchField* m_search = nullptr;
    FilterSidebar* m_sidebar = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateWidget* m_emptyState = nullptr;
    QLabel* m_noDatabase = nullptr;
    ContactEditor* m_editor = nullptr;
    QSplitter* m_splitter = nullptr;
    StatusSummary* m_summary = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_columnsMenu = nullptr;

    QAction* m_newAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_blockAction = nullptr;
    QAction* m_unblockAction = nullptr;
    QAction* m_optInAction = nullptr;
    QAction* m_optOutAction = nullptr;
    QAction* m_addTagAction = nullptr;
    QAction* m_removeTagAction = nullptr;
    QAction* m_addLabelAction = nullptr;
    QAction* m_removeLabelAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_showSidebarAction = nullptr;
    QAction* m_showEditorAction = nullptr;
    QAction* m_aboutAction = nullptr;

    // CSV import and export
    QAction* m_exportAction = nullptr;
    QPointer<ImportWizard> m_importWizard;

    // Sync
    void applySyncSettings();
    void onSyncFinished();
    std::unique_ptr<TokenStore> m_tokens;
    SyncController* m_sync = nullptr;
    SyncStatusReader* m_syncReader = nullptr;
    SyncStatusWidget* m_syncStatus = nullptr;
    QAction* m_syncNowAction = nullptr;
    QPointer<ConflictsDialog> m_conflictsDialog;
    QAction* m_conflictsAction = nullptr;
    QAction* m_syncSettingsAction = nullptr;

    std::function<bool(const QString&)> m_confirm;
    std::function<QString(TagKind, bool)> m_tagPrompt;
};
