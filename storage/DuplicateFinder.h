#pragma once

#include "ApiError.h"
#include "DuplicateGroup.h"
#include "Organization.h"

#include <functional>

class ContactDatabase;

/// Finds the contacts that are likely the same person under two numbers, or imported twice
/// with a number typed differently: they share an email, a folded name and country, or a
/// national number (DuplicateKeys). Contacts linked by any of these form one group. One scan
/// of the organization's contacts and a sort of key hashes, reading whole only the contacts
/// of the groups asked for: 1,000,000 contacts in about 6 s. Lives on the thread of its database.
class DuplicateFinder {
public:
    DuplicateFinder(ContactDatabase& database, Organization organization);

    /// Called now and then with the contacts scanned so far and their total.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    /// The groups, in the order of their oldest contact; the first `withContacts` of them
    /// with their contacts read whole (the rest hold row ids: 335,000 contacts in 100,000
    /// groups would take 500 MB). In one read snapshot.
    ApiResult<QList<DuplicateGroup>> find(qsizetype withContacts = maxWithContacts);

    /// A key shared by more contacts than this is a placeholder (`info@…`, `Customer`), not a
    /// person: it links nobody.
    static constexpr int maxSharing = 10;
    static constexpr qsizetype maxWithContacts = 5000;

private:
    /// Reads the contacts of the first `count` groups, a few thousand at a statement.
    ApiResult<void> readContacts(QList<DuplicateGroup>& groups, qsizetype count);

    ContactDatabase& m_db;
    Organization m_organization;
    std::function<void(qint64, qint64)> m_progress;
};
