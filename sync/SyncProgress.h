#pragma once

#include <QString>

/// Where a sync run is, for a progress bar and `contacts-cli sync`'s stderr.
struct SyncProgress {
    enum class Phase { Connecting, Pulling, Pushing };
    Phase phase = Phase::Connecting;
    qint64 done = 0;
    qint64 total = -1; ///< -1 while unknown
};
