#pragma once

#include "CliResult.h"

#include <QCommandLineOption>
#include <QList>

class CliSession;

/// The undoable operations (docs/history.md): `operations` lists them, `undo ID` reverts one.
namespace OperationCommands {

QList<QCommandLineOption> operationsOptions();
/// `operations [--limit N]`: the newest operations first.
CliResult operations(CliSession& session);
/// `undo OPERATION_ID`: reverts one operation, listing the contacts changed since.
CliResult undo(CliSession& session);

} // namespace OperationCommands
