#include "OperationText.h"

#include "PhoneNumbers.h"

QString OperationText::what(const Operation& operation)
{
    const QString& argument = operation.argument;
    switch (operation.kind) {
    case Operation::Kind::Import:
        //: %1 is the imported file's name.
        return tr("Imported %1").arg(argument);
    case Operation::Kind::AddTag:
        return tr("Tagged “%1”").arg(argument);
    case Operation::Kind::RemoveTag:
        return tr("Removed tag “%1”").arg(argument);
    case Operation::Kind::AddLabel:
        return tr("Labelled “%1”").arg(argument);
    case Operation::Kind::RemoveLabel:
        return tr("Removed label “%1”").arg(argument);
    case Operation::Kind::Block:
        return tr("Blocked");
    case Operation::Kind::Unblock:
        return tr("Unblocked");
    case Operation::Kind::OptIn:
        return tr("Opted in");
    case Operation::Kind::OptOut:
        return tr("Opted out");
    case Operation::Kind::Delete:
        return tr("Deleted");
    case Operation::Kind::Restore:
        return tr("Restored");
    case Operation::Kind::Merge:
        return tr("Merged duplicates");
    case Operation::Kind::Sync:
        //: %1 is the server's host name (and port).
        return tr("Synced with %1").arg(argument);
    case Operation::Kind::Revert:
        //: The undo of a sync run; %1 is the server's host name (and port).
        return tr("Reverted a sync with %1").arg(argument);
    }
    return {};
}

QString OperationText::state(const Operation& operation)
{
    if (operation.undoneBy)
        return tr("Undone by #%1").arg(*operation.undoneBy);
    if (operation.undoes)
        return tr("Undo of #%1").arg(*operation.undoes);
    if (!operation.finishedAt)
        return tr("Interrupted");
    return {};
}

QString OperationText::contact(const UndoReport::Skipped& skipped)
{
    const QString phone = PhoneNumbers::formatInternational(skipped.phone);
    if (skipped.name && !phone.isEmpty())
        //: A contact the undo left as it was: %1 is its name, %2 its phone number.
        return tr("%1 (%2)").arg(*skipped.name, phone);
    if (skipped.name)
        return *skipped.name;
    return phone.isEmpty() ? skipped.contactId : phone;
}

QString OperationText::reason(const QString& reason)
{
    if (reason == u"changed since")
        return tr("changed since");
    if (reason == u"deleted since")
        return tr("deleted since");
    if (reason == u"back already")
        return tr("back already");
    if (reason == u"phone taken")
        return tr("its phone number is another contact's now");
    return reason;
}
