#include "ContactsApi.h"

#include "ApiTokens.h"
#include "AuthenticationCache.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactStore.h"
#include "CsvBody.h"
#include "GroupCommit.h"
#include "ListQueryReader.h"
#include "RateLimiter.h"
#include "RequestWindows.h"

#include <QUrlQuery>

namespace {

const QString contactPrefix = QStringLiteral("/api/whatsapp/contacts/");

ApiResponse json(int status, const QJsonObject& object)
{
    ApiResponse response;
    response.status = status;
    response.body = ContactJson::serialize(object);
    return response;
}

// The token of `Authorization: Bearer <token>` (the scheme is case-insensitive, RFC 7235).
QString bearerToken(const QByteArray& authorization)
{
    const QByteArray value = authorization.trimmed();
    const QByteArray scheme = QByteArrayLiteral("bearer ");
    if (value.size() <= scheme.size() || value.left(scheme.size()).toLower() != scheme)
        return {};
    return QString::fromLatin1(value.mid(scheme.size()).trimmed());
}

bool isCsv(const QByteArray& contentType)
{
    return contentType.split(';').first().trimmed().toLower() == "text/csv";
}

template <typename T>
ApiResponse answer(const ApiResult<T>& result, int status, QJsonObject (*shape)(const T&))
{
    if (!result)
        return ContactsApi::errorResponse(result.error());
    return json(status, ContactJson::success(shape(*result)));
}

} // namespace

ContactsApi::ContactsApi(RateLimiter* rateLimiter, qint64 maxBodyBytes, ApiExtensions extensions,
                         RateLimitScope rateLimitScope)
    : m_rateLimiter(rateLimiter), m_maxBodyBytes(maxBodyBytes), m_extensions(extensions),
      m_rateLimitScope(rateLimitScope),
      m_groupCommit(std::make_unique<GroupCommit>(m_writeLock, &ContactsApi::errorResponse)),
      m_authenticated(std::make_unique<AuthenticationCache>())
{
    m_clock.start();
}

ContactsApi::~ContactsApi() = default;

std::optional<QString> ContactsApi::contactIdOf(const QString& path)
{
    // The bulk route is matched before this one.
    if (path == bulkPath || !path.startsWith(contactPrefix) ||
        path.size() == contactPrefix.size() || path.indexOf(u'/', contactPrefix.size()) >= 0)
        return std::nullopt;
    return path.mid(contactPrefix.size());
}

std::optional<QString> ContactsApi::historyIdOf(const QString& path)
{
    static const QString suffix = QStringLiteral("/history");
    if (!path.startsWith(contactPrefix) || !path.endsWith(suffix))
        return std::nullopt;
    const QString id =
        path.mid(contactPrefix.size(), path.size() - contactPrefix.size() - suffix.size());
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    return id;
}

ApiResponse ContactsApi::methodNotAllowed(const QByteArray& allow)
{
    ApiResponse response = errorResponse(ApiError{405, QStringLiteral("Method not allowed"), {}});
    response.headers.append({QByteArrayLiteral("Allow"), allow});
    return response;
}

ApiResponse ContactsApi::errorResponse(const ApiError& error)
{
    ApiResponse response = json(error.status, ContactJson::failure(error));
    if (error.status >= 500) {
        response.faultDetail = error.detail.isEmpty() ? error.message : error.detail;
        // A full disk is the operator's to fix: the log says so first, in words.
        if (error.storageFault)
            response.faultDetail = error.storageFault->describe(QStringLiteral("the database")) +
                                   QStringLiteral(": ") + response.faultDetail;
    }
    if (error.status == 503) {
        // A database restart or failover takes seconds: come back soon, not all at once.
        response.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")});
    }
    return response;
}

ApiResult<std::optional<int>> ContactsApi::admit(ContactDatabase& db,
                                                 const Organization& organization) const
{
    if (!m_rateLimiter || m_rateLimiter->limit() == 0)
        return std::nullopt;
    if (m_rateLimitScope == RateLimitScope::Process)
        return m_rateLimiter->acquire(organization.id, m_clock.elapsed());
    auto waitMsecs = RequestWindows(db).admit(organization.rowId, m_rateLimiter->limit(),
                                              RateLimiter::windowMsecs);
    if (!waitMsecs)
        return std::unexpected(waitMsecs.error());
    if (!*waitMsecs)
        return std::nullopt;
    return int((**waitMsecs + 999) / 1000); // whole seconds, rounded up
}

ApiResult<std::optional<ApiCaller>> ContactsApi::authenticate(const ApiRequest& request,
                                                              ContactDatabase& db) const
{
    const QString organizationId = QString::fromUtf8(request.organizationId);
    const QString secret = bearerToken(request.authorization);
    if (organizationId.isEmpty() || secret.isEmpty())
        return std::nullopt;
    const QByteArray secretHash = ApiTokens::hash(secret);
    const qint64 now = m_clock.elapsed();
    if (auto known = m_authenticated->find(secretHash, organizationId, now))
        return known;
    auto caller = ApiTokens(db).authenticateHash(organizationId, secretHash);
    if (caller && *caller)
        m_authenticated->insert(secretHash, **caller, now);
    return caller;
}

ApiResponse ContactsApi::handle(const ApiRequest& request, ContactDatabase& db) const
{
    auto caller = authenticate(request, db);
    if (!caller)
        return errorResponse(caller.error());
    if (!*caller) {
        ApiResponse response = errorResponse(ApiError{401, QStringLiteral("Unauthorized"), {}});
        response.headers.append(
            {QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer")});
        return response;
    }
    const Organization& organization = (*caller)->organization;
    const auto retryAfter = admit(db, organization);
    if (!retryAfter)
        return errorResponse(retryAfter.error());
    ApiResponse response;
    if (*retryAfter) {
        response = errorResponse(ApiError{429, QStringLiteral("Rate limit exceeded"), {}});
        response.headers.append(
            {QByteArrayLiteral("Retry-After"), QByteArray::number(**retryAfter)});
    } else {
        ContactStore store(db, organization);
        store.setOrigin(WriteOrigin(WriteOrigin::Method::Api, (*caller)->tokenId));
        response = route(request, store);
    }
    response.organizationId = organization.id;
    return response;
}

NewContact ContactsApi::readable(NewContact contact) const
{
    if (!served())
        contact.labels = {};
    return contact;
}

ContactChanges ContactsApi::readable(ContactChanges changes) const
{
    if (!served())
        changes.labels = {};
    return changes;
}

ApiResponse ContactsApi::route(const ApiRequest& request, ContactStore& store) const
{
    const QByteArray& method = request.method;
    const QString& path = request.path;
    enum class Route { Collection, Bulk, Contact, History } route;
    QString contactId;
    if (path == collectionPath) {
        route = Route::Collection;
        if (method != "GET" && method != "POST")
            return methodNotAllowed(QByteArrayLiteral("GET, POST"));
    } else if (path == bulkPath) {
        route = Route::Bulk;
        if (method != "POST")
            return methodNotAllowed(QByteArrayLiteral("POST"));
    } else if (const auto id = contactIdOf(path)) {
        route = Route::Contact;
        contactId = *id;
        if (method != "GET" && method != "PATCH" && (method != "DELETE" || !served()))
            return methodNotAllowed(served() ? QByteArrayLiteral("GET, PATCH, DELETE")
                                             : QByteArrayLiteral("GET, PATCH"));
    } else if (const auto historyId = historyIdOf(path); historyId && served()) {
        route = Route::History;
        contactId = *historyId;
        if (method != "GET")
            return methodNotAllowed(QByteArrayLiteral("GET"));
    } else {
        return errorResponse(ApiError{404, QStringLiteral("Not found"), {}});
    }
    if (request.body.size() > m_maxBodyBytes)
        return errorResponse(ApiError{413, bodyTooLarge, {}});
    // A create waits for its group's commit instead, whose leader takes the lock.
    const bool create = route == Route::Collection && method == "POST";
    std::optional<QMutexLocker<QMutex>> writing;
    if (method != "GET" && !create)
        writing.emplace(&m_writeLock);

    switch (route) {
    case Route::Collection:
        if (method == "GET") {
            // A form-encoded query writes a space as `+`, which QUrlQuery keeps as is.
            QByteArray query = request.query;
            query.replace('+', "%20");
            const auto listQuery =
                ListQueryReader::read(QUrlQuery(QString::fromLatin1(query)), m_extensions);
            if (!listQuery)
                return errorResponse(listQuery.error());
            const auto page = store.list(*listQuery);
            if (!page)
                return errorResponse(page.error());
            ApiResponse response;
            response.body = ContactJson::serializedListPage(*page);
            return response;
        } else {
            auto contact = ContactBodies::readNewContact(request.body);
            if (!contact)
                return errorResponse(contact.error());
            const NewContact readableContact = readable(*contact);
            const Organization& organization = store.organization();
            return m_groupCommit->run(store.database(), [&](ContactDatabase& db) {
                ContactStore groupStore(db, organization);
                groupStore.setOrigin(store.origin());
                return answer<Contact>(groupStore.create(readableContact), 201,
                                       &ContactJson::createdContact);
            });
        }
    case Route::Bulk: {
        ApiResult<QList<NewContact>> contacts;
        if (served() && isCsv(request.contentType)) {
            // A CSV body's rows are create bodies too, read like JSON items.
            const auto items = CsvBody::items(request.body);
            if (!items)
                return errorResponse(items.error());
            contacts = ContactBodies::newContacts(*items);
        } else {
            contacts = ContactBodies::readNewContacts(request.body);
        }
        if (!contacts)
            return errorResponse(contacts.error());
        for (NewContact& contact : *contacts)
            contact = readable(std::move(contact));
        return answer<BulkResult>(store.bulk(*contacts), 200, &ContactJson::bulkResult);
    }
    case Route::Contact:
        if (method == "GET") {
            const auto contact = store.contact(contactId);
            if (!contact)
                return errorResponse(contact.error());
            ApiResponse response;
            response.body = ContactJson::serializedFullContact(*contact);
            return response;
        }
        if (method == "DELETE") {
            // `mergedInto` (ours): the contact kept by a merge that deletes this one.
            const QUrlQuery query(QString::fromLatin1(request.query));
            const QString mergedInto =
                query.queryItemValue(QStringLiteral("mergedInto"), QUrl::FullyDecoded);
            if (query.hasQueryItem(QStringLiteral("mergedInto")) && mergedInto.isEmpty())
                return errorResponse(ApiError{400, ApiMessages::invalidMergedInto,
                                              QStringLiteral("mergedInto is empty")});
            return answer<DeletedContact>(store.remove(contactId, mergedInto), 200,
                                          &ContactJson::deletedContact);
        }
        {
            auto changes = ContactBodies::readChanges(request.body);
            if (!changes)
                return errorResponse(changes.error());
            return answer<Contact>(store.update(contactId, readable(*changes)), 200,
                                   &ContactJson::patchedContact);
        }
    case Route::History:
        return answer<QList<FlagChange>>(store.flagHistory(contactId), 200,
                                         &ContactJson::flagHistory);
    }
    return errorResponse(ApiError::internal(QStringLiteral("unrouted request")));
}
