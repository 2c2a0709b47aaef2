#include "CurrentDatabase.h"

#include "ContactWriter.h"
#include "DatabaseSession.h"
#include "RecentDatabases.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>

CurrentDatabase::CurrentDatabase(QWidget* window, QObject* parent)
    : QObject(parent), m_window(window),
      m_openAction(new QAction(QIcon::fromTheme(QStringLiteral("document-open")),
                               tr("&Open Database…"), this)),
      m_recentMenu(new QMenu(tr("Open &Recent"), window))
{
    m_openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open or create a contacts database"));
    connect(m_openAction, &QAction::triggered, this, &CurrentDatabase::chooseAndOpen);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &CurrentDatabase::fillRecentMenu);
    fillRecentMenu();
}

CurrentDatabase::~CurrentDatabase() = default;

void CurrentDatabase::setLeaveCheck(LeaveCheck check)
{
    m_leaveCheck = std::move(check);
}

QString CurrentDatabase::path() const
{
    return m_session ? m_session->path() : QString();
}

bool CurrentDatabase::open(const QString& path)
{
    auto opened = DatabaseSession::open(path);
    if (!opened) {
        // The database is the agent's own file: the reason (folder, permissions, a newer
        // schema) is what they need to act on.
        const auto& error = opened.error();
        QMessageBox::critical(m_window, tr("Cannot Open Database"),
                              tr("The database %1 cannot be opened.\n\n%2")
                                  .arg(QDir::toNativeSeparators(path),
                                       error.detail.isEmpty() ? error.message : error.detail));
        return false;
    }
    // Shared: the switch may wait in a continuation for the editor's save.
    auto session = std::make_shared<std::unique_ptr<DatabaseSession>>(std::move(*opened));
    const auto proceed = [this, session] {
        switchTo(std::move(*session));
    };
    switch (m_leaveCheck ? m_leaveCheck(proceed) : Leave::Now) {
    case Leave::Cancelled:
        return false;
    case Leave::Later:
        return true;
    case Leave::Now:
        proceed();
        return true;
    }
    return false;
}

void CurrentDatabase::close()
{
    if (!m_session)
        return;
    // What the agent asked for lands in this database, and is reported while the window
    // still shows it.
    finishPendingWrites();
    emit sessionChanged(nullptr);
    m_session.reset();
}

void CurrentDatabase::finishPendingWrites()
{
    if (!m_session || !m_session->writer()->hasPendingWrites())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_session->writer()->finishPendingWrites();
    QApplication::restoreOverrideCursor();
}

void CurrentDatabase::switchTo(std::unique_ptr<DatabaseSession> session)
{
    close();
    m_session = std::move(session);
    RecentDatabases().add(m_session->path());
    emit sessionChanged(m_session.get());
}

void CurrentDatabase::chooseAndOpen()
{
    QFileDialog dialog(m_window, tr("Open Database"), QFileInfo(path()).absolutePath(),
                       tr("Contacts databases (*.db *.sqlite);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        open(dialog.selectedFiles().constFirst());
}

void CurrentDatabase::fillRecentMenu()
{
    QMenu* menu = m_recentMenu;
    menu->clear();
    const QStringList paths = RecentDatabases().paths();
    for (const QString& path : paths) {
        QAction* open = menu->addAction(QDir::toNativeSeparators(path));
        connect(open, &QAction::triggered, this, [this, path] {
            if (!QFileInfo::exists(path)) {
                QMessageBox::warning(
                    m_window, tr("Cannot Open Database"),
                    tr("%1 no longer exists.").arg(QDir::toNativeSeparators(path)));
                RecentDatabases().remove(path);
                return;
            }
            this->open(path);
        });
    }
    if (paths.isEmpty()) {
        menu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    menu->addSeparator();
    connect(menu->addAction(tr("&Clear List")), &QAction::triggered, this,
            [] { RecentDatabases().clear(); });
}
