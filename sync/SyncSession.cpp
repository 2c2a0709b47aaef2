#include "SyncSession.h"

#include "ContactDatabase.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"

SyncSession::SyncSession(ContactDatabase& database, ContactsClient& client)
    : db(database), client(client), store(database), links(database, store.organization().rowId),
      conflicts(database, store.organization().rowId), cursors(database)
{
    store.setJournaled(false);
}

ApiResult<void> SyncSession::inTransaction(const std::function<ApiResult<void>()>& write)
{
    SqlTransaction transaction(db.connection(), db.dialect().beginWriteSql());
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    if (auto written = write(); !written)
        return written;
    return transaction.commit();
}

void SyncSession::addError(const QString& contactId, const QString& phone, const QString& message)
{
    summary.errors.append(QJsonObject{
        {QStringLiteral("id"), contactId},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("error"), message},
    });
}

void SyncSession::fail(const ClientError& error)
{
    if (!summary.failure)
        summary.failure = error;
}

void SyncSession::failOnDatabase(const ApiError& error)
{
    // The detail (SQL, paths) stays out of the summary, which a user reads and may share.
    qWarning("sync: database error: %s", qPrintable(error.detail));
    fail(ClientError{ClientError::Kind::LocalDatabase, 0,
                     QStringLiteral("The local database could not be written: ") + error.message});
}

void SyncSession::refuse(const QString& what, const ApiReply& reply)
{
    fail(ClientError{ClientError::Kind::BadResponse, reply.status,
                     QStringLiteral("The server refused to %1 (%2 %3)")
                         .arg(what)
                         .arg(reply.status)
                         .arg(reply.error())});
}

std::optional<QJsonObject> SyncSession::listData(const QUrlQuery& query)
{
    auto reply = client.list(query);
    if (!reply) {
        fail(reply.error());
        return std::nullopt;
    }
    if (!reply->ok()) {
        refuse(QStringLiteral("list contacts"), *reply);
        return std::nullopt;
    }
    return reply->data().toObject();
}
