#include "HistoryPanel.h"

#include "ContactWriter.h"
#include "DatabaseSession.h"
#include "OperationText.h"
#include "Operations.h"
#include "StoreTask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

enum Column { When, What, By, Contacts, State, ColumnCount };

} // namespace

HistoryPanel::HistoryPanel(QWidget* parent)
    : QDockWidget(tr("History"), parent), m_list(new QTreeWidget), m_undo(new QPushButton),
      m_progress(new QProgressBar), m_result(new QLabel), m_notReverted(new QListWidget),
      m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Imports and batch edits, newest first"));
    m_list->setAccessibleDescription(
        tr("When, what, by whom, how many contacts and whether it was undone; Enter undoes the "
           "selected operation"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("By"), tr("Contacts"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_undo->setObjectName(QStringLiteral("historyUndo"));
    m_undo->setText(tr("&Undo Operation"));
    m_undo->setToolTip(tr("Revert what the selected operation changed; contacts changed since "
                          "are left as they are and listed"));
    m_progress->setObjectName(QStringLiteral("historyProgress"));
    m_progress->setAccessibleName(tr("Undo progress"));
    m_progress->hide();
    m_result->setObjectName(QStringLiteral("historyResult"));
    m_result->setWordWrap(true);
    m_result->hide();
    m_notReverted->setObjectName(QStringLiteral("historyNotReverted"));
    m_notReverted->setAccessibleName(tr("Contacts the undo left as they were"));
    m_notReverted->setAccessibleDescription(
        tr("Contacts changed since the operation, which the undo did not revert"));
    m_notReverted->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch(); // the button keeps its size while no progress shows
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_notReverted);
    setWidget(content);

    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undoSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryPanel::undoSelected);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reload();
    });
    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &HistoryPanel::showProgress);
    updateButtons();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::setSession(DatabaseSession* session)
{
    if (m_session)
        m_session->writer()->disconnect(this);
    m_session = session;
    m_operations.clear();
    m_list->clear();
    m_result->hide();
    m_notReverted->hide();
    if (session) {
        // Every write may be an operation: the list follows them while it is shown.
        connect(session->writer(), &ContactWriter::contactsChanged, this,
                &HistoryPanel::reloadIfShown);
        connect(session->writer(), &ContactWriter::contactsAddedOrRemoved, this,
                &HistoryPanel::reloadIfShown);
        if (isVisible())
            reload();
    }
    updateButtons();
}

void HistoryPanel::reloadIfShown()
{
    if (isVisible())
        reload();
}

void HistoryPanel::reload()
{
    if (!m_session)
        return;
    StoreTask::runOnDatabase<ApiResult<QList<Operation>>>(
        m_session->path(), this,
        [](ContactDatabase& database) {
            return Operations(database, database.defaultOrganization().rowId).latest(shown);
        },
        [this](const ApiResult<QList<Operation>>& operations) {
            if (operations)
                fill(*operations);
            else
                emit message(operations.error().message, 5000);
        });
}

void HistoryPanel::fill(const QList<Operation>& operations)
{
    const qint64 selected =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_operations = operations;
    m_list->clear();
    const QLocale locale;
    for (const Operation& operation : operations) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, operation.id);
        item->setText(When,
                      locale.toString(operation.startedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(What, OperationText::what(operation));
        item->setText(By, operation.actor);
        item->setText(Contacts, locale.toString(operation.contactCount));
        item->setTextAlignment(Contacts, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(State, OperationText::state(operation));
        if (operation.id == selected)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

void HistoryPanel::updateButtons()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    const qint64 id = item ? item->data(0, Qt::UserRole).toLongLong() : 0;
    bool undoable = false;
    for (const Operation& operation : std::as_const(m_operations)) {
        if (operation.id == id)
            undoable = !operation.undoneBy;
    }
    m_undo->setEnabled(m_session && !m_undoing && undoable);
}

void HistoryPanel::undoSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!m_session || m_undoing || !item || !m_undo->isEnabled())
        return;
    const qint64 id = item->data(0, Qt::UserRole).toLongLong();
    const QString what = item->text(What);
    m_undoing = true;
    m_running = std::make_shared<Progress>();
    m_progress->setRange(0, 0);
    m_progress->show();
    m_result->hide();
    m_notReverted->hide();
    m_progressTimer->start();
    updateButtons();
    std::shared_ptr<Progress> progress = m_running;
    m_session->writer()->undoOperation(
        id, tr("Undoing “%1”…").arg(what), this,
        [progress](qint64 done, qint64 total) {
            progress->total = total;
            progress->done = done;
        },
        [this, what](const ApiResult<UndoReport>& report) {
            m_undoing = false;
            m_progressTimer->stop();
            m_progress->hide();
            m_result->show();
            m_notReverted->clear();
            if (!report) {
                m_result->setText(tr("“%1” was not undone: %2").arg(what, report.error().message));
                m_notReverted->hide();
                updateButtons();
                return;
            }
            const QLocale locale;
            QString text =
                tr("Undid “%1”: %Ln contacts reverted.", nullptr, int(report->reverted)).arg(what);
            if (report->skippedCount > 0)
                text += u' ' + tr("%Ln left as they were: changed or deleted since.", nullptr,
                                  int(report->skippedCount));
            m_result->setText(text);
            for (const UndoReport::Skipped& skipped : report->skipped) {
                auto* item = new QListWidgetItem(
                    QStringLiteral("%1 — %2").arg(OperationText::contact(skipped),
                                                  OperationText::reason(skipped.reason)),
                    m_notReverted);
                item->setToolTip(skipped.contactId);
            }
            m_notReverted->setVisible(!report->skipped.isEmpty());
            emit message(text, 5000);
            reload();
        });
}

void HistoryPanel::showProgress()
{
    if (!m_running || m_running->total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(1000 * m_running->done / m_running->total));
}
