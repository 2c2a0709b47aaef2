#pragma once

class QHeaderView;

/// The table's column order, widths, hidden columns and sort indicator, kept in QSettings
/// so that the table looks the same after a restart.
class TableLayoutSettings {
public:
    /// Restores the saved layout; false (leaving `header` as is) when none was saved or it
    /// does not fit this header (a build with other columns).
    static bool restore(QHeaderView* header);
    static void save(const QHeaderView* header);
};
