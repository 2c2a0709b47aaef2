#pragma once

#include "ApiError.h"
#include "DuplicateGroup.h"
#include "Organization.h"

#include <functional>

class ContactDatabase;

/// Finds the contacts that are likely the same person under two numbers, or imported twice
/// with a number typed differently: they share an email, a folded name and country, or a
/// national number (DuplicateKeys). Contacts linked by any of these form one group. One scan
/// of the organization's contacts and a sort, without reading any contact whole but those
/// grouped: 1,000,000 contacts in seconds. Lives on the thread of its database.
class DuplicateFinder {
public:
    DuplicateFinder(ContactDatabase& database, Organization organization);

    /// Called now and then with the contacts scanned so far and their total.
    void setProgress(std::function<void(qint64 done, qint64 total)> progress)
    {
        m_progress = std::move(progress);
    }

    /// The groups, in the order of their oldest contact.
    ApiResult<QList<DuplicateGroup>> find();

    /// A key shared by more contacts than this is a placeholder (`info@…`, `Customer`), not a
    /// person: it links nobody.
    static constexpr int maxSharing = 10;

private:
    ContactDatabase& m_db;
    Organization m_organization;
    std::function<void(qint64, qint64)> m_progress;
};
