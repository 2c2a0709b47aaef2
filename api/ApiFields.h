#pragma once

#include "ContactFieldNames.h"

#include <QString>

/// The contact fields' names as the reference spells them, once: camelCase in the list, GET,
/// POST and bulk shapes (the store's own names, ContactFieldNames), snake_case in a PATCH body
/// and its answer (contacts-api.md).
namespace ApiFields {

// Both spellings
inline const QString id = QStringLiteral("id");
inline const QString& phone = ContactFieldNames::phone;
inline const QString& name = ContactFieldNames::name;
inline const QString& email = ContactFieldNames::email;
inline const QString& tags = ContactFieldNames::tags;
inline const QString& labels = ContactFieldNames::labels;
inline const QString& params = ContactFieldNames::params;
inline const QString& source = ContactFieldNames::source;

// camelCase: items and create bodies
inline const QString userNumber = QStringLiteral("userNumber");
inline const QString userName = QStringLiteral("userName");
inline const QString vendorContactId = QStringLiteral("vendorContactId");
inline const QString& countryCode = ContactFieldNames::countryCode;
inline const QString& optedIn = ContactFieldNames::optedIn;
inline const QString& isBlocked = ContactFieldNames::isBlocked;
inline const QString lastMessageAt = QStringLiteral("lastMessageAt");
inline const QString conversationCount = QStringLiteral("conversationCount");
inline const QString createdAt = QStringLiteral("createdAt");
inline const QString updatedAt = QStringLiteral("updatedAt");

// snake_case: PATCH bodies and answers
inline const QString country_code = QStringLiteral("country_code");
inline const QString opted_in = QStringLiteral("opted_in");
inline const QString is_blocked = QStringLiteral("is_blocked");
inline const QString updated_at = QStringLiteral("updated_at");

} // namespace ApiFields
