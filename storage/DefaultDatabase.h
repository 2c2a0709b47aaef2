#pragma once

#include <QString>

/// Where the desktop app and contacts-cli keep their database when none is given.
namespace DefaultDatabase {

/// Sets the organization and application names QStandardPaths builds paths from; both
/// executables call it so that they share one file.
void applyApplicationIdentity();
/// `<AppDataLocation>/contacts.db`, e.g. `~/.local/share/Contacts/Contacts/contacts.db`.
QString path();

} // namespace DefaultDatabase
