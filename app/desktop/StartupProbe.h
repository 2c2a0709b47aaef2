#pragma once

#include <QElapsedTimer>
#include <QObject>

/// Measures the desktop app's start (docs/benchmarks.md, "Start-up at 1,000,000 contacts"):
/// when the environment variable CONTACTS_QUIT_AFTER_FIRST_ROWS is set, quits the application
/// the first time a contacts table paints rows whose values have arrived, and says on stderr
/// how long after the probe's creation that was. hyperfine then times the whole process, from
/// exec to the first rows on screen. Does nothing otherwise.
class StartupProbe final : public QObject {
    Q_OBJECT

public:
    /// Installs itself on the application when the variable is set.
    static void installIfAsked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StartupProbe();

    QElapsedTimer m_sinceStart;
    bool m_done = false;
};
