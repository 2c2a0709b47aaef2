#include "ContactCopy.h"

#include "ContactStore.h"

ApiResult<Contact> ContactCopy::create(ContactStore& store, const Contact& copy,
                                       ContactSource source)
{
    return store.create(NewContact()
                            .setPhone(copy.phone)
                            .setName(copy.name)
                            .setEmail(copy.email)
                            .setCountryCode(copy.countryCode)
                            .setTags(copy.tags)
                            .setLabels(copy.labels)
                            .setParams(copy.params)
                            .setOptedIn(copy.optedIn)
                            .setBlocked(copy.isBlocked),
                        source);
}
