#include "SyncCursors.h"

#include "ContactDatabase.h"

namespace {

const QString remoteKey = QStringLiteral("sync.remote");
const QString outboxKey = QStringLiteral("sync.outbox");
const QString pulledKey = QStringLiteral("sync.pulled_until");
const QString lastRunKey = QStringLiteral("sync.last_run");
const QString lastErrorKey = QStringLiteral("sync.last_error");
const QString listExtensionsKey = QStringLiteral("sync.list_extensions");
const QString deleteKey = QStringLiteral("sync.delete");

std::optional<QDateTime> timeFrom(const QString& text)
{
    if (text.isEmpty())
        return std::nullopt;
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

QString timeText(const std::optional<QDateTime>& at)
{
    return at ? at->toUTC().toString(Qt::ISODateWithMs) : QString();
}

} // namespace

SyncCursors::SyncCursors(ContactDatabase& db) : m_db(db) {}

const QString& SyncCursors::remoteSetting()
{
    return remoteKey;
}

const QString& SyncCursors::outboxSetting()
{
    return outboxKey;
}

ApiResult<QString> SyncCursors::value(const QString& key)
{
    auto value = m_db.firstRow<QString>(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                        {key}, [](const SqlRow& row) { return row.text(0); });
    if (!value)
        return std::unexpected(value.error());
    return value->value_or(QString());
}

ApiResult<void> SyncCursors::setValue(const QString& key, const QString& value)
{
    // The settings column is NOT NULL: an empty value is stored as ''.
    return m_db.execute(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                       " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, value.isNull() ? QStringLiteral("") : value});
}

ApiResult<QString> SyncCursors::remote()
{
    return value(remoteKey);
}

ApiResult<void> SyncCursors::setRemote(const QString& remote)
{
    return setValue(remoteKey, remote);
}

ApiResult<qint64> SyncCursors::outboxPosition()
{
    auto text = value(outboxKey);
    if (!text)
        return std::unexpected(text.error());
    return text->toLongLong();
}

ApiResult<void> SyncCursors::setOutboxPosition(qint64 sequence)
{
    return setValue(outboxKey, QString::number(sequence));
}

ApiResult<std::optional<QDateTime>> SyncCursors::pulledUntil()
{
    auto text = value(pulledKey);
    if (!text)
        return std::unexpected(text.error());
    return timeFrom(*text);
}

ApiResult<void> SyncCursors::setPulledUntil(const std::optional<QDateTime>& at)
{
    return setValue(pulledKey, timeText(at));
}

ApiResult<std::optional<QDateTime>> SyncCursors::lastRun()
{
    auto text = value(lastRunKey);
    if (!text)
        return std::unexpected(text.error());
    return timeFrom(*text);
}

ApiResult<QString> SyncCursors::lastError()
{
    return value(lastErrorKey);
}

ApiResult<void> SyncCursors::setLastRun(const QDateTime& at, const QString& error)
{
    if (auto saved = setValue(lastRunKey, timeText(at)); !saved)
        return saved;
    return setValue(lastErrorKey, error);
}

ApiResult<std::optional<bool>> SyncCursors::hasListExtensions()
{
    auto text = value(listExtensionsKey);
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return std::optional<bool>();
    return std::optional<bool>(*text == u"yes");
}

ApiResult<void> SyncCursors::setHasListExtensions(std::optional<bool> has)
{
    return setValue(listExtensionsKey,
                    has ? (*has ? QStringLiteral("yes") : QStringLiteral("no")) : QString());
}

ApiResult<bool> SyncCursors::hasDelete()
{
    auto text = value(deleteKey);
    if (!text)
        return std::unexpected(text.error());
    return *text != u"no";
}

ApiResult<void> SyncCursors::setHasDelete(bool has)
{
    return setValue(deleteKey, has ? QString() : QStringLiteral("no"));
}
