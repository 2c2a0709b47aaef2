#pragma once

#include "CliResult.h"

#include <QCommandLineOption>
#include <QList>

class CliSession;

/// Duplicates (docs/duplicates.md): `duplicates` finds the groups, `merge` merges one.
namespace DuplicateCommands {

QList<QCommandLineOption> duplicatesOptions();
/// `duplicates [--limit N]`: the groups of likely duplicates, oldest first.
CliResult duplicates(CliSession& session);
QList<QCommandLineOption> mergeOptions();
/// `merge KEEP_ID OTHER_ID... [--field NAME=ID]...`: one undoable operation.
CliResult merge(CliSession& session);

} // namespace DuplicateCommands
