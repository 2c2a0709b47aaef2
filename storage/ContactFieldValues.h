#pragma once

#include "Given.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// The fields a new contact and a change share, each as given, with chained setters that
/// return the derived value (NewContact, ContactChanges). Nothing is checked here: the store
/// checks every given field by the rules of contacts-api.md, in their order.
template <typename Derived> struct ContactFieldValues {
    Given<std::optional<QString>> name;        ///< null or blank: none
    Given<std::optional<QString>> email;       ///< null or blank: none
    Given<std::optional<QString>> countryCode; ///< null or blank: from the phone
    Given<QStringList> tags;
    Given<QStringList> labels;
    Given<QJsonObject> params;
    Given<bool> optedIn;
    Given<bool> isBlocked;

    Derived& setName(const std::optional<QString>& value) { return set(name, value); }
    Derived& setEmail(const std::optional<QString>& value) { return set(email, value); }
    Derived& setCountryCode(const std::optional<QString>& value) { return set(countryCode, value); }
    Derived& setTags(const QStringList& value) { return set(tags, value); }
    Derived& setLabels(const QStringList& value) { return set(labels, value); }
    Derived& setParams(const QJsonObject& value) { return set(params, value); }
    Derived& setOptedIn(bool value) { return set(optedIn, value); }
    Derived& setBlocked(bool value) { return set(isBlocked, value); }

    friend bool operator==(const ContactFieldValues&, const ContactFieldValues&) = default;

protected:
    template <typename T, typename V> Derived& set(Given<T>& field, const V& value)
    {
        field = T(value);
        return static_cast<Derived&>(*this);
    }
};
