#pragma once

#include "ContactFilter.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class ContactEditor;
class ContactTableModel;
class ContactTableView;
class ContactWriter;
class DatabaseSession;
class EmptyStateWidget;
class FilterSidebar;
class QAction;
class QStackedWidget;
class QUndoStack;
class SearchField;
class StatusSummary;

/// The open database's contacts in the window, after KeePassXC's DatabaseWidget (the main
/// window builds and forwards; this acts on one open database): the table with the search's
/// and the sidebar's filter, the count and the busy indicator, which page shows (the table,
/// the empty state, no database), and the editor panel, with their actions (New Contact,
/// Edit Contact, Find, Clear Search and Filters, Editor). It follows the table's current row
/// into the editor, starts new contacts and edits, turns the editor's saves into undo
/// commands, and reads the table, the tag lists and the editor's contact again (on workers)
/// when the writer reports a change. The widgets are the window's; the session is the
/// CurrentDatabase's. Lives on the GUI thread.
class ContactsView : public QObject {
    Q_OBJECT
public:
    /// The window's widgets this shows the contacts in (not owned).
    struct Widgets {
        SearchField* search = nullptr;
        FilterSidebar* sidebar = nullptr;
        ContactTableView* table = nullptr;
        ContactEditor* editor = nullptr;
        QStackedWidget* stack = nullptr; ///< holds the table, emptyState and noDatabase
        EmptyStateWidget* emptyState = nullptr;
        QWidget* noDatabase = nullptr;
        StatusSummary* summary = nullptr;
    };

    ContactsView(const Widgets& widgets, QUndoStack* undoStack, QObject* parent = nullptr);

    /// Shows `session`'s contacts (not owned; null for none), letting the previous one's go
    /// first: its undo history too, which acts on its writer.
    void setSession(DatabaseSession* session);
    DatabaseSession* session() const { return m_session; }
    ContactTableModel* model() const { return m_model; }
    ContactWriter* writer() const;

    /// True while an announced write (a batch edit of many contacts) waits or runs, or the
    /// selection's ids are read: the edits wait for it.
    bool isBusy() const;
    /// True while any write waits or runs (the undo actions wait for it).
    bool hasPendingWrites() const;

    /// The filter of the search and the sidebar together.
    ContactFilter currentFilter() const;

    QAction* newAction() const { return m_newAction; }
    QAction* editAction() const { return m_editAction; }
    QAction* findAction() const { return m_findAction; }
    QAction* clearFiltersAction() const { return m_clearFiltersAction; }
    /// View ▸ Editor: checked while the editor panel shows.
    QAction* showEditorAction() const { return m_showEditorAction; }

public slots:
    void newContact();
    /// Shows the current row's contact in the editor and puts the cursor in it.
    void editCurrentContact();
    /// Shows the editor (following the current row), or hides it once its edits are saved
    /// or discarded.
    void setEditorShown(bool shown);
    /// Reads the table, the tag lists and the editor's contact again (after a sync run).
    void reloadAll();

signals:
    /// Busy, the selection or the database changed: the window's other actions follow.
    void stateChanged();
    /// The editor shows this contact, as the agent moved to it.
    void contactShown(const QString& contactId);
    /// For the status bar.
    void message(const QString& text, int timeout);
    void errorOccurred(const QString& message);

private:
    void createActions();
    /// Filters the table by `search` (the search field's, normalized) and the sidebar.
    void applyFilter(const QString& search);
    /// Down in the search field: the keyboard moves to the table, on its first row when no
    /// row is current (rows a new search brings are then reached with Down).
    void focusResults();
    /// The count of the rows on show, once it arrives.
    void updateCount();
    void updateView();
    void updateSelectionCount();
    void updateBusy();
    void updateActions();
    void followCurrentRow();
    void showEditor();
    void hideEditor();
    /// Runs `next` once the editor may show something else (its edits saved or discarded).
    void leaveEditorThen(std::function<void()> next);
    void onContactsChanged(const QStringList& ids);
    /// Reads the editor's contact again on a worker and shows it, unless the agent is
    /// editing it; clears the editor when it is gone.
    void rereadEditorContact();

    SearchField* m_search;
    FilterSidebar* m_sidebar;
    ContactTableView* m_table;
    ContactEditor* m_editor;
    QStackedWidget* m_stack;
    EmptyStateWidget* m_emptyState;
    QWidget* m_noDatabase;
    StatusSummary* m_summary;
    QUndoStack* m_undoStack;
    DatabaseSession* m_session = nullptr;
    ContactTableModel* m_model = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
    QAction* m_showEditorAction = nullptr;
};
