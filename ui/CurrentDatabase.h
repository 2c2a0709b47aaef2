#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class DatabaseSession;
class QAction;
class QMenu;
class QWidget;

/// The window's one open database and its lifecycle: opening a file (File ▸ Open Database…,
/// File ▸ Open Recent, or the path given at start), switching to it once what is on show
/// may be left, and closing it. A switch announces sessionChanged(nullptr) to let go of the
/// previous session, then sessionChanged() with the new one. Remembers the databases opened
/// (RecentDatabases). Lives on the GUI thread.
class CurrentDatabase : public QObject {
    Q_OBJECT
public:
    /// Whether the window may leave what it shows for another database.
    enum class Leave {
        Now,       ///< go on at once (`proceed` is not called)
        Later,     ///< `proceed` is called when ready (an edit is being saved), or never
        Cancelled, ///< the agent stays
    };
    using LeaveCheck = std::function<Leave(std::function<void()> proceed)>;

    /// `window` hosts the messages and the file dialog (not owned).
    explicit CurrentDatabase(QWidget* window, QObject* parent = nullptr);
    ~CurrentDatabase() override;

    /// Asked before every switch to another database.
    void setLeaveCheck(LeaveCheck check);

    /// File ▸ Open Database…: a file dialog that also takes a new name, for a new database.
    QAction* openAction() const { return m_openAction; }
    /// File ▸ Open Recent.
    QMenu* recentMenu() const { return m_recentMenu; }

    DatabaseSession* session() const { return m_session.get(); }
    /// The path of the open database, empty when none is.
    QString path() const;

    /// Opens `path` (creating it if missing) and switches to it, after the leave check. When
    /// it cannot be opened, says why and keeps the current one. Returns false then, or when
    /// the switch was cancelled; true when switched, or when it will switch as soon as the
    /// editor's changes are saved.
    bool open(const QString& path);
    /// Lets the open database go (closing() first), after waiting for its writes.
    void close();
    /// Blocks until the open database's writes have landed, reporting each (the window
    /// closes: nothing the agent asked for is lost).
    void finishPendingWrites();

signals:
    /// The open database is now `session`; null: it is about to go, so let go of its
    /// models, writer and dialogs.
    void sessionChanged(DatabaseSession* session);

private:
    void switchTo(std::unique_ptr<DatabaseSession> session);
    void chooseAndOpen();
    void fillRecentMenu();

    QWidget* m_window;
    QAction* m_openAction;
    QMenu* m_recentMenu;
    std::unique_ptr<DatabaseSession> m_session;
    LeaveCheck m_leaveCheck;
};
