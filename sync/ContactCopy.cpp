#include "ContactCopy.h"

#include "ContactDraft.h"
#include "ContactPatch.h"
#include "ContactStore.h"

ApiResult<Contact> ContactCopy::create(ContactStore& store, const Contact& copy,
                                       ContactSource source)
{
    ContactDraft draft;
    draft.setPhone(copy.phone)
        .setName(copy.name)
        .setEmail(copy.email)
        .setCountryCode(copy.countryCode)
        .setTags(copy.tags)
        .setLabels(copy.labels)
        .setParams(copy.params);
    auto created = store.create(draft, source);
    if (!created || (copy.optedIn == created->optedIn && copy.isBlocked == created->isBlocked))
        return created;
    ContactPatch flags;
    flags.setOptedIn(copy.optedIn).setBlocked(copy.isBlocked);
    return store.update(created->id, flags);
}
