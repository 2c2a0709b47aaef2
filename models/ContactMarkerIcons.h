#pragma once

#include "SyncState.h"

#include <QIcon>

/// The markers the table draws beside names and flags: blocked, opted out, and sync's
/// pending, conflict and error. Painted rather than taken from a theme: the models link no
/// widgets and must look the same on every platform. Needs a QGuiApplication.
class ContactMarkerIcons {
public:
    ContactMarkerIcons();

    const QIcon& blocked() const { return m_blocked; }
    const QIcon& optedOut() const { return m_optedOut; }
    /// A clock for Pending, a warning triangle for Conflict, a red disc with a bar for Error;
    /// a null icon for Synced.
    const QIcon& sync(SyncState state) const;

private:
    QIcon m_blocked;
    QIcon m_optedOut;
    QIcon m_pending;
    QIcon m_conflict;
    QIcon m_syncError;
    QIcon m_none;
};
