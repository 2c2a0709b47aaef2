#pragma once

#include "ContactChanges.h"
#include "NewContact.h"

#include "ApiCaller.h"
#include "ApiError.h"
#include "ApiRequest.h"
#include "ApiResponse.h"
#include "ListQuery.h"
#include "Organization.h"

#include <QElapsedTimer>
#include <QMutex>

#include <memory>
#include <optional>

class ContactDatabase;
class GroupCommit;
class AuthenticationCache;
class ContactStore;
class RateLimiter;

/// The Contacts API of contacts-api.md over one database: authenticates a request, applies the
/// rate limit, routes it and answers it in the API's envelope. Its handlers are thin: they read
/// the request, call ContactStore and write the shape with ContactJson. Thread-safe: any number
/// of threads may call handle(), each with its own database connection.
class ContactsApi {
public:
    /// Where the rate limit counts: in this process (one server on a SQLite file), or in the
    /// database (RequestWindows), shared by every server on it.
    enum class RateLimitScope { Process, Database };

    static constexpr qint64 defaultMaxBodyBytes = 4 * 1024 * 1024;
    /// The list and create route, and the bulk route: spelled once for the router and for
    /// the metrics' route templates (MetricsRoute).
    static inline const QString collectionPath = QStringLiteral("/api/whatsapp/contacts");
    static inline const QString bulkPath = QStringLiteral("/api/whatsapp/contacts/bulk");

    /// `rateLimiter` may be null (no limit). With the extensions withheld it answers as the
    /// hosted service does: the list ignores the extension parameters, `sortBy=updated_at` is
    /// unknown, DELETE is not allowed, `labels` in create, bulk and PATCH bodies are ignored,
    /// and a CSV bulk body is not JSON. What sync is tested against to work without them.
    ContactsApi(RateLimiter* rateLimiter, qint64 maxBodyBytes = defaultMaxBodyBytes,
                ApiExtensions extensions = ApiExtensions::Served,
                RateLimitScope rateLimitScope = RateLimitScope::Process);
    ~ContactsApi();

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    /// Held by every write while it runs. The server's checkpointer takes it to restart the
    /// log, so that writers wait here rather than sleep in SQLite's busy handler.
    QMutex& writeLock() const { return m_writeLock; }
    /// Where creates are committed together (GroupCommit).
    const GroupCommit& groupCommit() const { return *m_groupCommit; }

    /// The answer to `request`, in the order of contacts-api.md's "Which error wins".
    ApiResponse handle(const ApiRequest& request, ContactDatabase& db) const;

    static ApiResponse errorResponse(const ApiError& error);
    /// 405 `Method not allowed`, with the `Allow` header naming the methods the route takes.
    static ApiResponse methodNotAllowed(const QByteArray& allow);
    /// The id in a one-contact route's path (`/api/whatsapp/contacts/:id`); nothing for any
    /// other path.
    static std::optional<QString> contactIdOf(const QString& path);
    /// The `:contactId` of a contact's history path (`…/contacts/:contactId/history`), if it is
    /// one (an extension, docs/api-extensions.md).
    static std::optional<QString> historyIdOf(const QString& path);
    static inline const QString bodyTooLarge = QStringLiteral("Request body too large");

private:
    ApiResponse route(const ApiRequest& request, ContactStore& store) const;
    bool served() const { return m_extensions == ApiExtensions::Served; }
    /// A body without the fields a surface without extensions does not read (labels).
    NewContact readable(NewContact contact) const;
    ContactChanges readable(ContactChanges changes) const;
    /// Nothing when the organization may make this request, else the seconds to wait.
    ApiResult<std::optional<int>> admit(ContactDatabase& db,
                                        const Organization& organization) const;
    /// The organization the request's token belongs to, if it is the one the request names.
    ApiResult<std::optional<ApiCaller>> authenticate(const ApiRequest& request,
                                                     ContactDatabase& db) const;

    RateLimiter* m_rateLimiter;
    /// Writes take turns here rather than in SQLite, whose busy handler sleeps a waiting
    /// writer for up to 100 ms at a time: under concurrent creates that set the p99.
    mutable QMutex m_writeLock;
    qint64 m_maxBodyBytes;
    ApiExtensions m_extensions;
    RateLimitScope m_rateLimitScope;
    QElapsedTimer m_clock; ///< monotonic time for the rate limit
    std::unique_ptr<GroupCommit> m_groupCommit;
    std::unique_ptr<AuthenticationCache> m_authenticated;
};
