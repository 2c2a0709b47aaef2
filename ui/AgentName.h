#pragma once

#include <QString>

/// The agent's name as the opt-in and block history shows it ("Opted in … by Sara"): set in
/// Edit > Your Name, remembered in the settings, and the account's name until then. Read on
/// the GUI thread when a write is asked for, so that a worker never reads the settings.
class AgentName {
public:
    static QString current();
    /// Remembers `name` (trimmed); an empty one goes back to the account's name.
    static void set(const QString& name);
    /// The name of the account the app runs under, empty when the system does not say.
    static QString accountName();
};
