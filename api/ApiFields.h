#pragma once

#include <QString>

/// The contact fields' names as the reference spells them, once: camelCase in the list, GET,
/// POST and bulk shapes, snake_case in a PATCH body and its answer (contacts-api.md).
namespace ApiFields {

// Both spellings
inline const QString id = QStringLiteral("id");
inline const QString phone = QStringLiteral("phone");
inline const QString name = QStringLiteral("name");
inline const QString email = QStringLiteral("email");
inline const QString tags = QStringLiteral("tags");
inline const QString labels = QStringLiteral("labels");
inline const QString params = QStringLiteral("params");
inline const QString source = QStringLiteral("source");

// camelCase: items and create bodies
inline const QString userNumber = QStringLiteral("userNumber");
inline const QString userName = QStringLiteral("userName");
inline const QString vendorContactId = QStringLiteral("vendorContactId");
inline const QString countryCode = QStringLiteral("countryCode");
inline const QString optedIn = QStringLiteral("optedIn");
inline const QString isBlocked = QStringLiteral("isBlocked");
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
