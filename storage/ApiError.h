#pragma once

#include "StorageFault.h"

#include <QString>

#include <expected>
#include <optional>

/// An error of the Contacts API: the HTTP status and the exact message of contacts-api.md,
/// which the CLI, the server and the UI all show as is. `detail` is for logs only (SQL
/// errors, paths) and is never sent to a client.
struct ApiError {
    int status = 500;
    QString message;
    QString detail;
    /// Set on an internal error when the database's storage failed (see StorageFault): for
    /// whoever owns that disk, never for a client.
    std::optional<StorageFault> storageFault = {};

    static ApiError badRequest(const QString& message) { return {400, message, {}}; }
    static ApiError contactNotFound() { return {404, QStringLiteral("Contact not found"), {}}; }
    static ApiError duplicatePhone()
    {
        return {409, QStringLiteral("Contact with this phone number already exists"), {}};
    }
    static ApiError tooManyContacts()
    {
        return {413, QStringLiteral("Too many contacts in one request (max 1000)"), {}};
    }
    /// The database cannot be reached (a PostgreSQL restart or failover): the client sees
    /// only "Service unavailable", and may try again.
    static ApiError unavailable(const QString& detail)
    {
        return {503, QStringLiteral("Service unavailable"), detail};
    }
    /// An unexpected fault: the client sees only "Internal server error".
    static ApiError internal(const QString& detail)
    {
        return {500, QStringLiteral("Internal server error"), detail};
    }

    friend bool operator==(const ApiError& a, const ApiError& b)
    {
        return a.status == b.status && a.message == b.message;
    }
};

template <typename T> using ApiResult = std::expected<T, ApiError>;

/// The messages of contacts-api.md, spelled once.
namespace ApiMessages {
inline const QString phoneRequired = QStringLiteral("Phone number (userNumber) is required");
inline const QString invalidPhone =
    QStringLiteral("Invalid phone number (userNumber): expected E.164, e.g. +971501234567");
inline const QString invalidCountryCode = QStringLiteral("Invalid countryCode");
inline const QString invalidEmail = QStringLiteral("Invalid email");
inline const QString invalidName = QStringLiteral("Invalid name");
inline const QString invalidTags = QStringLiteral("Invalid tags");
inline const QString invalidLabels = QStringLiteral("Invalid labels");
inline const QString invalidParams = QStringLiteral("Invalid params");
inline const QString invalidOptedIn = QStringLiteral("Invalid opted_in");
inline const QString invalidIsBlocked = QStringLiteral("Invalid is_blocked");
inline const QString invalidSource = QStringLiteral("Invalid source");
inline const QString invalidJsonBody = QStringLiteral("Invalid JSON body");
inline const QString noValidFields = QStringLiteral("No valid fields to update");
inline const QString contactAlreadyExists = QStringLiteral("Contact already exists");
inline const QString invalidContact = QStringLiteral("Invalid contact");
inline const QString contactsArrayRequired = QStringLiteral("Contacts array is required");
inline const QString invalidPage = QStringLiteral("Invalid page");
inline const QString invalidLimit = QStringLiteral("Invalid limit");
inline const QString invalidSortBy = QStringLiteral("Invalid sortBy");
inline const QString invalidSortOrder = QStringLiteral("Invalid sortOrder");
inline const QString invalidUpdatedSince = QStringLiteral("Invalid updatedSince");
inline const QString invalidOptedInFilter = QStringLiteral("Invalid optedIn");
inline const QString invalidIsBlockedFilter = QStringLiteral("Invalid isBlocked");
inline const QString invalidIncludeDeleted = QStringLiteral("Invalid includeDeleted");
inline const QString invalidView = QStringLiteral("Invalid view");
inline const QString invalidSearch = QStringLiteral("Invalid search");
inline const QString invalidMergedInto = QStringLiteral("Invalid mergedInto");
inline const QString mergeWithItself = QStringLiteral("Cannot merge a contact with itself");
} // namespace ApiMessages
