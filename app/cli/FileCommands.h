#pragma once

#include "CliResult.h"

#include <QCommandLineOption>
#include <QList>

class CliSession;

/// The commands between the store and CSV files, which `import` and `export` read back as
/// they were written.
namespace FileCommands {

QList<QCommandLineOption> importOptions();
/// `import FILE`: a CSV file into the store (ContactImporter), printing the bulk response's
/// shape with each skipped row's line; a progress line on stderr when it is a terminal.
CliResult importCsv(CliSession& session);

QList<QCommandLineOption> exportOptions();
/// `export FILE`: the contacts, or those a search and filters match, to a CSV file.
CliResult exportCsv(CliSession& session);

} // namespace FileCommands
