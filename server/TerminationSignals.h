#pragma once

#include <QObject>

class QSocketNotifier;

/// Turns SIGTERM and SIGINT into a Qt signal on the main thread (through a self-pipe: a signal
/// handler may only write to a descriptor), so that the server can stop gracefully.
class TerminationSignals final : public QObject {
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    bool isValid() const { return m_notifier != nullptr; }

signals:
    void received(int signal);

private:
    QSocketNotifier* m_notifier = nullptr;
};
