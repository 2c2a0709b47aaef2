#pragma once

#include "ClientOptions.h"
#include "ContactDatabase.h"
#include "FaultProxy.h"
#include "SyncEngine.h"

#include <QLatin1Char>
#include <QString>
#include <QStringList>

/// What the sync tests share: retries in milliseconds rather than seconds (the same faults,
/// a quick suite), valid phone numbers by the dozen, and a run stopped as by a kill.
namespace SyncTestSupport {

inline ClientOptions quickOptions(int maxAttempts)
{
    ClientOptions options;
    options.requestsPerMinute = 0;
    options.timeoutMs = 3000;
    options.maxAttempts = maxAttempts;
    options.backoffBaseMs = 10;
    options.backoffMaxMs = 100;
    return options;
}

/// A valid UAE mobile number, distinct for each `n` below 10^8.
inline QString phone(int n)
{
    return QStringLiteral("+9715%1").arg(n, 8, 10, QLatin1Char('0'));
}

/// The rows of `sql` (its first `columns` columns), one line of text each.
inline QStringList rowsOf(ContactDatabase& db, const QString& sql, int columns)
{
    auto rows = db.rows<QString>(sql, {}, [columns](const SqlRow& row) {
        QStringList values;
        for (int i = 0; i < columns; ++i) {
            const QVariant value = row.value(i);
            values.append(value.isNull()                            ? QStringLiteral("null")
                          : value.typeId() == QMetaType::QByteArray ? value.toByteArray().toHex()
                                                                    : value.toString());
        }
        return values.join(u'|');
    });
    if (!rows)
        qFatal("%s: %s", qPrintable(sql), qPrintable(rows.error().detail));
    return *rows;
}

/// Everything a sync run reads or writes in a local database: the contacts, the outbox, the
/// links with their bases, the conflicts and the cursors. Not the last run's time and error,
/// which only tell the user.
inline QStringList localSyncState(ContactDatabase& db)
{
    QStringList state;
    state += rowsOf(db,
                    QStringLiteral("SELECT uid, phone, name, email, country_code, tags, labels,"
                                   " params, opted_in, is_blocked, updated_at FROM contacts"
                                   " ORDER BY phone"),
                    11);
    state += rowsOf(db, QStringLiteral("SELECT uid, phone FROM deleted_contacts ORDER BY id"), 2);
    state += rowsOf(
        db, QStringLiteral("SELECT seq, contact_uid, operation, fields FROM journal ORDER BY seq"),
        4);
    state += rowsOf(db,
                    QStringLiteral("SELECT contact_uid, remote_id, base, remote_updated_at, state,"
                                   " error FROM sync_links ORDER BY contact_uid"),
                    6);
    state += rowsOf(db,
                    QStringLiteral("SELECT contact_uid, kind, field, local_value, remote_value,"
                                   " resolved_at FROM sync_conflicts ORDER BY id"),
                    6);
    state += rowsOf(db,
                    QStringLiteral("SELECT key, value FROM settings WHERE key LIKE 'sync.%'"
                                   " AND key <> 'sync.last_run' AND key <> 'sync.last_error'"
                                   " ORDER BY key"),
                    2);
    return state;
}

/// A run that `proxy` stopped with a Kill fault, and what it did after the kill.
struct KilledRun {
    SyncSummary summary;
    bool killed = false;       ///< a Kill fault was applied
    int requestsAfterKill = 0; ///< requests the proxy saw after it: a killed run sends none
    QStringList stateAtKill;   ///< localSyncState() when the answer was dropped
    QStringList stateAfterRun; ///< and when run() returned: the same, or the run wrote on
};

/// Runs `engine`, stopping it where `proxy` applies a Kill fault, as a kill of its process
/// would: the engine waits for the answer then, having sent nothing since, and its client's
/// cancel makes it give up before it could see the connection close and retry. What it
/// writes after that a killed process would not have written: the state read in the signal
/// is what a kill leaves, to compare with the state after the run. `db` is another
/// connection to the engine's database.
inline KilledRun runUntilKilled(SyncEngine& engine, FaultProxy& proxy, ContactDatabase& db)
{
    KilledRun out;
    int requestsAtKill = 0;
    const QMetaObject::Connection connection =
        QObject::connect(&proxy, &FaultProxy::killed, &engine, [&] {
            engine.cancel();
            out.killed = true;
            out.stateAtKill = localSyncState(db);
            requestsAtKill = proxy.requestsSeen();
        });
    out.summary = engine.run();
    QObject::disconnect(connection);
    if (out.killed) {
        out.requestsAfterKill = proxy.requestsSeen() - requestsAtKill;
        out.stateAfterRun = localSyncState(db);
    }
    return out;
}

} // namespace SyncTestSupport
