#pragma once

#include "Given.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// A contact to create, with each field as given: the values of a POST body or a bulk item
/// (read by api/ContactBodies), of a CSV row, or of the desktop's form. Nothing is checked
/// here: the store checks every field by the rules of contacts-api.md, in their order, and
/// writes the contact, its flags included, in one transaction. A plain value.
struct NewContact {
    Given<QString> phone; ///< `userNumber`, as given (E.164 after the store's check)
    Given<std::optional<QString>> countryCode; ///< null or blank: from the phone
    Given<std::optional<QString>> email;
    Given<std::optional<QString>> name;
    Given<QStringList> tags;
    Given<QStringList> labels;
    Given<QJsonObject> params;
    /// The flags, which a create body cannot set (the API's create takes no flags) and the
    /// desktop's form can.
    Given<bool> optedIn;
    Given<bool> isBlocked;
    /// A bulk item that is not an object at all: the store answers `Invalid contact`.
    bool malformed = false;

    NewContact& setPhone(const QString& userNumber);
    NewContact& setName(const std::optional<QString>& name);
    NewContact& setEmail(const std::optional<QString>& email);
    NewContact& setCountryCode(const std::optional<QString>& countryCode);
    NewContact& setTags(const QStringList& tags);
    NewContact& setLabels(const QStringList& labels);
    NewContact& setParams(const QJsonObject& params);
    NewContact& setOptedIn(bool optedIn);
    NewContact& setBlocked(bool blocked);

    friend bool operator==(const NewContact&, const NewContact&) = default;
};
