#include "ContactChanges.h"

#include "Contact.h"

bool ContactChanges::isEmpty() const
{
    return !name.isGiven() && !email.isGiven() && !countryCode.isGiven() && !tags.isGiven() &&
           !labels.isGiven() && !params.isGiven() && !optedIn.isGiven() && !isBlocked.isGiven() &&
           !source.isGiven();
}

ContactChanges ContactChanges::between(const Contact& from, const Contact& to)
{
    ContactChanges changes;
    if (from.name != to.name)
        changes.setName(to.name);
    if (from.email != to.email)
        changes.setEmail(to.email);
    if (from.countryCode != to.countryCode)
        changes.setCountryCode(to.countryCode);
    if (from.tags != to.tags)
        changes.setTags(to.tags);
    if (from.labels != to.labels)
        changes.setLabels(to.labels);
    if (from.params != to.params)
        changes.setParams(to.params);
    if (from.optedIn != to.optedIn)
        changes.setOptedIn(to.optedIn);
    if (from.isBlocked != to.isBlocked)
        changes.setBlocked(to.isBlocked);
    if (from.source != to.source)
        changes.setSource(to.source);
    return changes;
}
