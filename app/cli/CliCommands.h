#pragma once

#include "CliCommand.h"

#include <QList>
#include <QString>

/// The commands of contacts-cli, in the order `contacts-cli --help` lists them.
namespace CliCommands {

const QList<CliCommand>& all();
/// The command called `name`; null when there is none.
const CliCommand* find(const QString& name);

} // namespace CliCommands
