#include "CliCommand.h"

void CliCommand::addOptions(QCommandLineParser&) const {}
