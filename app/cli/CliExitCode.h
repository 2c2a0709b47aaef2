#pragma once

#include <QString>

/// The exit codes of contacts-cli: one per API status, so that scripts can tell a
/// duplicate from a missing contact without parsing the JSON.
namespace CliExitCode {

inline constexpr int success = 0;
/// A usage error, an unreadable file, or a database that cannot be opened or written.
inline constexpr int usage = 1;
/// `sync` did everything but the deletions the mass-deletion guard held back.
inline constexpr int deletionsHeld = 11;

/// The exit code of an API error of HTTP status `status`; any status without a code of
/// its own counts as an internal error.
int forStatus(int status);
/// The table printed by `contacts-cli --help`.
QString helpText();

} // namespace CliExitCode
