#include "CliArguments.h"

namespace CliArguments {

CliCommand::Argument contactId()
{
    return {QStringLiteral("ID"),
            QStringLiteral("The contact's id (contact_<uuid>), its bare UUID or its "
                           "vendorContactId.")};
}

CliCommand::Argument bodyFile(const QString& what)
{
    return {
        QStringLiteral("FILE|-"),
        QStringLiteral("A JSON file holding %1, or - to read it from standard input.").arg(what)};
}

} // namespace CliArguments
