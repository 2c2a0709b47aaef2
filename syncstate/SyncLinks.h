#pragma once

#include "ApiError.h"
#include "SyncLink.h"

#include <QList>
#include <QStringList>
#include <optional>

class ContactDatabase;

/// The sync links of one organization (schema v4's `sync_links`). Each call is one
/// statement; the sync engine wraps them with the store's writes in one transaction.
class SyncLinks {
public:
    SyncLinks(ContactDatabase& db, qint64 organizationRowId);

    ApiResult<std::optional<SyncLink>> byContact(const QString& contactId);
    ApiResult<std::optional<SyncLink>> byRemote(const QString& remoteId);
    /// Inserts or replaces the link of `link.contactId`.
    ApiResult<void> save(const SyncLink& link);
    ApiResult<void> remove(const QString& contactId);
    /// The remote id of every link that has one (a full pull compares them with the
    /// server's list): ids only, since an organization may hold 100,000s of bases.
    ApiResult<QStringList> remoteIds();
    ApiResult<qint64> linkedCount();
    /// Forgets every link: the database now syncs with another server or organization.
    ApiResult<void> clear();

private:
    ApiResult<std::optional<SyncLink>> one(const QString& where, const QVariant& key);

    ContactDatabase& m_db;
    qint64 m_organization;
};
