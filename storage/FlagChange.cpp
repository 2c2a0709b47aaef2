#include "FlagChange.h"

#include "ContactFieldNames.h"

QString FlagChange::flagName(Flag flag)
{
    return flag == Flag::OptedIn ? ContactFieldNames::optedIn : ContactFieldNames::isBlocked;
}
