#pragma once

#include "CliResult.h"

#include <QCommandLineOption>
#include <QList>

class CliSession;

/// The commands of sync with a hosted instance (docs/sync.md).
namespace SyncCommands {

/// Where the token comes from without --token-file; it is never printed.
inline constexpr const char* tokenVariable = "CONTACTS_TOKEN";

QList<QCommandLineOption> syncOptions();
/// `sync`: one run, pull then push: the summary on stdout, progress on stderr.
CliResult sync(CliSession& session);

/// `conflicts`: the open sync conflicts, each with both values.
CliResult conflicts(CliSession& session);

} // namespace SyncCommands
