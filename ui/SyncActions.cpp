#include "SyncActions.h"

#include "ConflictList.h"
#include "ConflictsDialog.h"
#include "ContactWriter.h"
#include "DatabaseSession.h"
#include "HeldDeletionsDialog.h"
#include "KeychainTokenStore.h"
#include "SyncController.h"
#include "SyncSettings.h"
#include "SyncSettingsDialog.h"
#include "SyncStatusReader.h"
#include "SyncStatusWidget.h"

#include <QAction>

SyncActions::SyncActions(SyncStatusWidget* status, QWidget* window, QObject* parent)
    : QObject(parent), m_window(window), m_status(status),
      m_tokens(std::make_unique<KeychainTokenStore>()),
      m_sync(new SyncController(m_tokens.get(), this)), m_reader(new SyncStatusReader(this))
{
    m_status->setReader(m_reader);
    connect(m_status, &SyncStatusWidget::conflictsRequested, this, &SyncActions::showConflicts);
    connect(m_sync, &SyncController::started, this, [this] {
        m_status->setRunning(SyncProgress{});
        emit stateChanged();
    });
    connect(m_sync, &SyncController::progressed, m_status, &SyncStatusWidget::setRunning);
    connect(m_sync, &SyncController::startFailed, m_status, &SyncStatusWidget::setStartFailed);
    connect(m_sync, &SyncController::startFailed, this, &SyncActions::stateChanged);
    connect(m_sync, &SyncController::finished, m_status, &SyncStatusWidget::setFinished);
    connect(m_sync, &SyncController::finished, this, &SyncActions::onSyncFinished);
    connect(m_sync, &SyncController::waiting, this,
            [this](int milliseconds, const QString& reason) {
                emit message(
                    tr("Sync waits %Ln s: %1", nullptr, (milliseconds + 999) / 1000).arg(reason),
                    std::max(milliseconds, 3000));
            });
    connect(m_sync, &SyncController::settingsRequested, this, &SyncActions::showSettings);
    // A contact's params fetched from a server whose list has none: show them.
    connect(m_sync, &SyncController::contactRefreshed, this, [this] {
        if (!m_session)
            return;
        m_reader->reload();
        emit contactsSynced();
    });
    createActions();
    applySettings();
}

void SyncActions::createActions()
{
    const auto action = [this](const QString& text, const QString& name, const QString& icon,
                               void (SyncActions::*slot)()) {
        auto* created = new QAction(QIcon::fromTheme(icon), text, this);
        created->setObjectName(name);
        connect(created, &QAction::triggered, this, slot);
        return created;
    };
    m_syncNow = action(tr("Sync &Now"), QStringLiteral("syncNowAction"),
                       QStringLiteral("view-refresh"), &SyncActions::syncNow);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F5));
    m_syncNow->setStatusTip(tr("Send local changes to the server and bring its changes here"));
    m_conflicts = action(tr("&Conflicts…"), QStringLiteral("conflictsAction"),
                         QStringLiteral("dialog-warning"), &SyncActions::showConflicts);
    m_conflicts->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    m_conflicts->setStatusTip(tr("Review the changes sync could not merge"));
    m_settings = action(tr("Sync &Settings…"), QStringLiteral("syncSettingsAction"),
                        QStringLiteral("preferences-system-network"), &SyncActions::showSettings);
    m_settings->setStatusTip(tr("The server to sync with, and when"));
}

void SyncActions::updateActions()
{
    m_syncNow->setEnabled(m_session && !m_sync->isRunning());
    m_conflicts->setEnabled(m_session != nullptr);
}

SyncActions::~SyncActions()
{
    // The controller's run reads the token store: it stops before the store goes.
    m_sync->cancelAndWait();
}

bool SyncActions::isRunning() const
{
    return m_sync->isRunning();
}

void SyncActions::setTokenStore(std::unique_ptr<TokenStore> tokens)
{
    m_sync->setTokenStore(tokens.get());
    m_tokens = std::move(tokens);
}

void SyncActions::setSession(DatabaseSession* session)
{
    if (m_session) {
        // The dialog reads and resolves this database's conflicts; a run syncs it.
        delete m_conflictsDialog;
        delete m_heldDialog; // its deletions are that database's
        m_keptHeld = 0;
        m_session->writer()->disconnect(this);
    }
    m_session = session;
    const QString path = session ? session->path() : QString();
    m_sync->setDatabasePath(path);
    m_reader->reload(path);
    if (session) {
        ContactWriter* writer = session->writer();
        connect(writer, &ContactWriter::contactsChanged, this, &SyncActions::onLocalEdit);
        connect(writer, &ContactWriter::contactsAddedOrRemoved, this, &SyncActions::onLocalEdit);
    }
    emit stateChanged();
}

void SyncActions::stop()
{
    m_sync->cancelAndWait();
}

void SyncActions::applySettings()
{
    const SyncSettings settings = SyncSettings::load();
    m_sync->setSettings(settings);
    m_reader->setConfigured(settings.isConfigured());
    m_status->setConfigured(settings.isConfigured());
    m_status->setRetrying(settings.automatic);
}

void SyncActions::onLocalEdit()
{
    m_reader->reload(); // the edit is pending now
    m_sync->noteLocalEdit();
}

void SyncActions::syncNow()
{
    m_runByAgent = true;
    m_sync->syncNow();
    emit stateChanged();
}

void SyncActions::refreshContact(const QString& contactId)
{
    m_sync->refreshContact(contactId);
}

void SyncActions::onSyncFinished(const SyncSummary& summary)
{
    emit stateChanged();
    if (!m_session)
        return;
    // Pulled contacts, new links and conflicts: the rows, their marks and the counts. Not
    // a local edit: no run follows.
    m_reader->reload();
    emit contactsSynced();
    if (m_conflictsDialog)
        m_conflictsDialog->reload();
    askAboutHeldDeletions(summary);
}

void SyncActions::askAboutHeldDeletions(const SyncSummary& summary)
{
    const bool byAgent = std::exchange(m_runByAgent, false);
    const qint64 held = summary.heldHere + summary.heldOnServer;
    if (!summary.holdsDeletions()) {
        m_keptHeld = 0;
        return;
    }
    if (m_heldDialog || (!byAgent && held == m_keptHeld))
        return;
    m_heldDialog = new HeldDeletionsDialog(summary, m_window);
    m_heldDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_heldDialog, &QDialog::finished, this, [this, held](int result) {
        if (result == QDialog::Accepted) {
            m_keptHeld = 0;
            m_sync->syncAllowingDeletions(held);
            emit stateChanged();
        } else {
            m_keptHeld = held;
        }
    });
    m_heldDialog->open();
}

void SyncActions::showConflicts()
{
    if (!m_session)
        return;
    if (!m_conflictsDialog) {
        // Choices go through the session's writer, whose report has the table, the counts
        // and the editor follow.
        auto* conflicts = new ConflictList(m_session->writer());
        m_conflictsDialog = new ConflictsDialog(conflicts, m_window);
        conflicts->setParent(m_conflictsDialog);
        m_conflictsDialog->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        m_conflictsDialog->reload();
    }
    m_conflictsDialog->show();
    m_conflictsDialog->raise();
    m_conflictsDialog->activateWindow();
}

void SyncActions::showSettings()
{
    auto* dialog = new SyncSettingsDialog(*m_tokens, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncSettingsDialog::settingsSaved, this, &SyncActions::applySettings);
    dialog->open();
}
