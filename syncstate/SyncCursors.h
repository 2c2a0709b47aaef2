#pragma once

#include "ApiError.h"

#include <QDateTime>
#include <QString>

#include <optional>

class ContactDatabase;

/// Where sync stands in this database (kept in its `settings`): which server and
/// organization it syncs with, how far the outbox has been sent, up to which server time
/// the server's changes have been pulled, and when the last run ended.
class SyncCursors {
public:
    explicit SyncCursors(ContactDatabase& db);

    /// `<contacts URL> <organization id>` of the server this database syncs with; empty
    /// before the first sync.
    ApiResult<QString> remote();
    ApiResult<void> setRemote(const QString& remote);
    /// The last journal sequence whose change the server has acknowledged.
    ApiResult<qint64> outboxPosition();
    ApiResult<void> setOutboxPosition(qint64 sequence);
    /// The server time the next pull asks for changes from (`updatedSince`).
    ApiResult<std::optional<QDateTime>> pulledUntil();
    ApiResult<void> setPulledUntil(const std::optional<QDateTime>& at);
    /// What the server was found to support (sync.md's extensions), so that it is probed once:
    /// nothing before the first probe.
    ApiResult<std::optional<bool>> hasListExtensions();
    ApiResult<void> setHasListExtensions(std::optional<bool> has);
    /// False once the server answered a DELETE as a route it does not have.
    ApiResult<bool> hasDelete();
    ApiResult<void> setHasDelete(bool has);
    /// When the last run ended, and how: empty for success, else its reason.
    ApiResult<std::optional<QDateTime>> lastRun();
    ApiResult<QString> lastError();
    ApiResult<void> setLastRun(const QDateTime& at, const QString& error);

    /// The `settings` keys of remote() and outboxPosition(), for a statement that reads them
    /// beside its own rows (SyncStatus reads a table window's marks in one statement).
    static const QString& remoteSetting();
    static const QString& outboxSetting();

private:
    ApiResult<QString> value(const QString& key);
    ApiResult<void> setValue(const QString& key, const QString& value);

    ContactDatabase& m_db;
};
