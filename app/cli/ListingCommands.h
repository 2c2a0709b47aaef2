#pragma once

#include "CliResult.h"

#include <QCommandLineOption>
#include <QList>

class CliSession;

/// The commands that read the store: a page of contacts, the tags, the change journal (and
/// `journal --prune`, which drops the entries no sync needs).
namespace ListingCommands {

QList<QCommandLineOption> listOptions();
/// `list`: one page of contacts, its options mapped onto the list request's parameters.
CliResult list(CliSession& session);

/// `tags`: every tag and label in use and how many contacts carry each.
CliResult tags(CliSession& session);

QList<QCommandLineOption> journalOptions();
/// `journal`: the change journal, the outbox sync pushes from (for debugging sync); with
/// `--prune`, drops the entries no sync needs (syncstate's JournalPruning).
CliResult journal(CliSession& session);

} // namespace ListingCommands
