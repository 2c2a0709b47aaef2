#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM and SIGINT, and SIGHUP, into Qt signals on the main thread (through a
/// self-pipe: a signal handler may only write to a descriptor), so that the server can stop
/// gracefully and reload its log file and settings. One instance at a time.
class ServerSignals final : public QObject {
    Q_OBJECT

public:
    explicit ServerSignals(QObject* parent = nullptr);
    ~ServerSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    /// SIGTERM or SIGINT.
    void terminationRequested(int signal);
    /// SIGHUP.
    void reloadRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};
