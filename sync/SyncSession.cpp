#include "SyncSession.h"

#include "ContactDatabase.h"
#include "Operations.h"
#include "SqlDialect.h"
#include "SqlTransaction.h"

#include <QCoreApplication>

SyncSession::SyncSession(ContactDatabase& database, ContactsClient& client)
    : db(database), client(client), store(database), links(database, store.organization().rowId),
      conflicts(database, store.organization().rowId), cursors(database),
      held(database, store.organization().rowId)
{
    store.setJournaled(false);
    // A pulled change is the server's: the history says so, at the time it arrived here.
    store.setOrigin(WriteOrigin(WriteOrigin::Method::Sync, QStringLiteral("sync")));
}

ApiResult<void> SyncSession::inTransaction(const std::function<ApiResult<void>()>& write)
{
    const std::optional<qint64> operation = store.origin().operation;
    SqlTransaction transaction(db, SqlTransaction::Write);
    if (transaction.beginError())
        return std::unexpected(*transaction.beginError());
    auto written = write();
    if (written)
        written = transaction.commit();
    if (!written && store.origin().operation != operation) {
        // The operation begun in this transaction is rolled back with it.
        WriteOrigin origin = store.origin();
        origin.operation = operation;
        store.setOrigin(origin);
    }
    return written;
}

ApiResult<void> SyncSession::joinOperation()
{
    if (!recordsOperation || store.origin().operation)
        return {};
    WriteOrigin origin = store.origin();
    auto begun =
        Operations(db, store.organization().rowId)
            .begin(Operation::Kind::Sync, client.endpoint().contactsUrl.authority(), origin);
    if (!begun)
        return std::unexpected(begun.error());
    origin.operation = *begun;
    store.setOrigin(origin);
    return {};
}

ApiResult<void> SyncSession::finishOperation()
{
    const std::optional<qint64> operation = store.origin().operation;
    if (!operation)
        return {};
    return inTransaction([&]() -> ApiResult<void> {
        return Operations(db, store.organization().rowId).finish(*operation);
    });
}

void SyncSession::addError(const QString& contactId, const QString& phone, const QString& message)
{
    summary.errors.append(QJsonObject{
        {QStringLiteral("id"), contactId},
        // A deletion's error knows no phone any more: null, not "".
        {QStringLiteral("phone"), phone.isEmpty() ? QJsonValue() : QJsonValue(phone)},
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
    fail(ClientError{
        ClientError::Kind::LocalDatabase, 0,
        QCoreApplication::translate("SyncEngine", "The local database could not be written: %1")
            .arg(error.message)});
}

void SyncSession::refuse(const QString& what, const ApiReply& reply)
{
    fail(ClientError{ClientError::Kind::BadResponse, reply.status,
                     //: %1 is what sync asked for (such as "list contacts"), %2 the HTTP
                     //: status and %3 the server's message (in English).
                     QCoreApplication::translate("SyncEngine", "The server refused to %1 (%2 %3)")
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
        //: Completes "The server refused to %1".
        refuse(QCoreApplication::translate("SyncEngine", "list contacts"), *reply);
        return std::nullopt;
    }
    return reply->data().toObject();
}
