#include "SyncStatusWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QTimer>

namespace {

const QString conflictsLink = QStringLiteral("conflicts");

} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget* parent)
    : QWidget(parent), m_label(new QLabel(this)), m_clock(new QTimer(this))
{
    m_label->setObjectName(QStringLiteral("syncStatusLabel"));
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == conflictsLink)
            emit conflictsRequested();
    });
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    // "2 min ago" must not go stale while the window sits open.
    m_clock->setInterval(30000);
    connect(m_clock, &QTimer::timeout, this, &SyncStatusWidget::showState);
    m_clock->start();
    setVisible(false);
}

void SyncStatusWidget::setConfigured(bool configured)
{
    m_configured = configured;
    showState();
}

void SyncStatusWidget::setRetrying(bool retrying)
{
    m_retrying = retrying;
    showState();
}

void SyncStatusWidget::setReader(SyncStatusReader* reader)
{
    if (m_reader)
        m_reader->disconnect(this);
    m_reader = reader;
    if (!reader)
        return;
    connect(reader, &SyncStatusReader::countsRead, this, &SyncStatusWidget::setCounts);
    connect(reader, &SyncStatusReader::readFailed, this, &SyncStatusWidget::setReadFailed);
}

void SyncStatusWidget::setCounts(const SyncCounts& counts)
{
    m_pending = counts.pending;
    m_errors = counts.errors;
    m_conflicts = counts.conflicts;
    m_lastRun = counts.lastRun;
    m_lastError = counts.lastError;
    showState();
}

void SyncStatusWidget::setReadFailed(const QString& message)
{
    m_startFailure = message;
    showState();
}

void SyncStatusWidget::setRunning(const SyncProgress& progress)
{
    m_running = progress;
    m_startFailure.clear();
    showState();
}

void SyncStatusWidget::setFinished(const SyncSummary& summary)
{
    m_running.reset();
    m_failure = summary.failure;
    m_startFailure.clear();
    m_lastRun = QDateTime::currentDateTimeUtc();
    m_lastError = summary.failure ? summary.failure->message : QString();
    showState();
}

void SyncStatusWidget::setStartFailed(const QString& reason)
{
    m_running.reset();
    m_startFailure = reason;
    showState();
}

QString SyncStatusWidget::text() const
{
    return QTextDocumentFragment::fromHtml(m_label->text()).toPlainText();
}

QString SyncStatusWidget::ago(const QDateTime& at) const
{
    const qint64 seconds = at.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%Ln min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%Ln h ago", nullptr, int(seconds / 3600));
    return tr("on %1").arg(QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
}

void SyncStatusWidget::showState()
{
    setVisible(m_configured);
    if (!m_configured)
        return;
    QStringList parts;
    QString tip;
    if (m_running) {
        QString phase;
        switch (m_running->phase) {
        case SyncProgress::Phase::Connecting:
            phase = tr("Syncing: connecting…");
            break;
        case SyncProgress::Phase::Pulling:
            phase = m_running->total >= 0 ? tr("Syncing: receiving %1 of %2")
                                                .arg(QLocale().toString(m_running->done),
                                                     QLocale().toString(m_running->total))
                                          : tr("Syncing: receiving…");
            break;
        case SyncProgress::Phase::Pushing:
            phase = m_running->total >= 0 ? tr("Syncing: sending %1 of %2")
                                                .arg(QLocale().toString(m_running->done),
                                                     QLocale().toString(m_running->total))
                                          : tr("Syncing: sending…");
            break;
        }
        parts.append(phase.toHtmlEscaped());
    } else if (!m_startFailure.isEmpty()) {
        parts.append(tr("Sync failed: %1").arg(m_startFailure).toHtmlEscaped());
        tip = m_startFailure;
    } else if (m_failure) {
        const bool offline = m_failure->kind == ClientError::Kind::Network ||
                             m_failure->kind == ClientError::Kind::Timeout;
        QString shown;
        if (offline)
            shown = m_retrying ? tr("Offline — retrying…") : tr("Offline — not synced");
        else if (m_failure->kind == ClientError::Kind::Unauthorized)
            shown = tr("Sync failed: Unauthorized");
        else if (m_failure->kind == ClientError::Kind::Cancelled)
            shown = tr("Sync stopped");
        else
            shown = tr("Sync failed: %1").arg(m_failure->message);
        parts.append(shown.toHtmlEscaped());
        tip = m_failure->message;
    } else if (!m_lastError.isEmpty()) {
        parts.append(tr("Sync failed: %1").arg(m_lastError).toHtmlEscaped());
        tip = m_lastError;
    } else if (m_lastRun) {
        parts.append(tr("Synced %1").arg(ago(*m_lastRun)).toHtmlEscaped());
    } else {
        parts.append(tr("Not synced yet").toHtmlEscaped());
    }
    if (m_lastRun) {
        const QString when = QLocale().toString(m_lastRun->toLocalTime(), QLocale::LongFormat);
        tip =
            tip.isEmpty() ? tr("Last sync: %1").arg(when) : tr("Last sync: %1\n%2").arg(when, tip);
    }

    const auto count = [](qint64 n) {
        return int(std::min<qint64>(n, INT_MAX));
    };
    if (m_pending > 0)
        parts.append(tr("%Ln pending", nullptr, count(m_pending)).toHtmlEscaped());
    if (m_errors > 0) {
        parts.append((m_errors == 1 ? tr("1 error") : tr("%Ln errors", nullptr, count(m_errors)))
                         .toHtmlEscaped());
    }
    if (m_conflicts > 0) {
        const QString conflicts =
            m_conflicts == 1 ? tr("1 conflict") : tr("%Ln conflicts", nullptr, count(m_conflicts));
        parts.append(
            QStringLiteral("<a href=\"%1\">%2</a>").arg(conflictsLink, conflicts.toHtmlEscaped()));
    }
    m_label->setText(parts.join(QStringLiteral(" · ")));
    m_label->setToolTip(tip);
}
