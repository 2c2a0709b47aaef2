#include "ContactMarkerIcons.h"

#include <QColor>
#include <QPainter>
#include <QPixmap>

namespace {

QIcon flagIcon(const QColor& color, bool barred)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(color, 4);
    painter.setPen(pen);
    painter.drawEllipse(QRectF(4, 4, 24, 24));
    if (barred)
        painter.drawLine(QPointF(8.5, 8.5), QPointF(23.5, 23.5));
    else
        painter.drawLine(QPointF(10, 16), QPointF(22, 16));
    painter.end();
    return QIcon(pixmap);
}

QIcon syncIcon(SyncState state)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    switch (state) {
    case SyncState::Pending: {
        painter.setPen(QPen(QColor(0x1e, 0x64, 0xc8), 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawEllipse(QRectF(4, 4, 24, 24));
        painter.drawLine(QPointF(16, 16), QPointF(16, 9));
        painter.drawLine(QPointF(16, 16), QPointF(21, 19));
        break;
    }
    case SyncState::Conflict: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xe6, 0x9a, 0x00));
        const QPointF triangle[] = {{16, 3}, {30, 28}, {2, 28}};
        painter.drawPolygon(triangle, 3);
        painter.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(16, 11), QPointF(16, 19));
        painter.drawPoint(QPointF(16, 24));
        break;
    }
    case SyncState::Error: {
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xc6, 0x28, 0x28));
        painter.drawEllipse(QRectF(3, 3, 26, 26));
        painter.setPen(QPen(Qt::white, 3.5, Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(16, 9), QPointF(16, 18));
        painter.drawPoint(QPointF(16, 23));
        break;
    }
    case SyncState::Synced:
        break;
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

ContactMarkerIcons::ContactMarkerIcons()
    : m_blocked(flagIcon(QColor(0xc6, 0x28, 0x28), true)),
      m_optedOut(flagIcon(QColor(0x75, 0x75, 0x75), false)),
      m_pending(syncIcon(SyncState::Pending)), m_conflict(syncIcon(SyncState::Conflict)),
      m_syncError(syncIcon(SyncState::Error))
{}

const QIcon& ContactMarkerIcons::sync(SyncState state) const
{
    switch (state) {
    case SyncState::Pending:
        return m_pending;
    case SyncState::Conflict:
        return m_conflict;
    case SyncState::Error:
        return m_syncError;
    case SyncState::Synced:
        break;
    }
    return m_none;
}
