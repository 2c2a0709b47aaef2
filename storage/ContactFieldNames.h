#pragma once

#include <QString>

/// The store's names of a contact's fields, as the change journal records what a write
/// changed. They are the API's camelCase names (api/ApiFields spells the API with them), so
/// that sync reads a journal entry's fields as the API's.
namespace ContactFieldNames {

inline const QString phone = QStringLiteral("phone");
inline const QString name = QStringLiteral("name");
inline const QString email = QStringLiteral("email");
inline const QString countryCode = QStringLiteral("countryCode");
inline const QString tags = QStringLiteral("tags");
inline const QString labels = QStringLiteral("labels");
inline const QString params = QStringLiteral("params");
inline const QString optedIn = QStringLiteral("optedIn");
inline const QString isBlocked = QStringLiteral("isBlocked");
inline const QString source = QStringLiteral("source");

} // namespace ContactFieldNames
