#pragma once

#include "CliCommand.h"

/// The positional arguments several commands share, described once.
namespace CliArguments {

CliCommand::Argument contactId();
/// A body file; `what` says which body, e.g. "a create body".
CliCommand::Argument bodyFile(const QString& what);

} // namespace CliArguments
