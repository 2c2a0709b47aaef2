#pragma once

#include "Given.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct Contact;

/// A change to one contact, each field as given: a PATCH body (read by api/ContactBodies), a
/// sync merge, an undo, or the desktop's form. Fields not given stay as they are. The store
/// checks every given field by the rules of contacts-api.md, in their order. A plain value.
struct ContactChanges {
    Given<std::optional<QString>> name;        ///< null or blank clears it
    Given<std::optional<QString>> email;       ///< null or blank clears it
    Given<std::optional<QString>> countryCode; ///< null or blank: from the phone
    Given<QStringList> tags;
    Given<QStringList> labels;
    Given<QJsonObject> params;
    Given<bool> optedIn;
    Given<bool> isBlocked;
    Given<QString> source;

    /// True when no field is given: the store answers `No valid fields to update`.
    bool isEmpty() const;

    ContactChanges& setName(const std::optional<QString>& name);
    ContactChanges& setEmail(const std::optional<QString>& email);
    ContactChanges& setCountryCode(const std::optional<QString>& countryCode);
    ContactChanges& setTags(const QStringList& tags);
    ContactChanges& setLabels(const QStringList& labels);
    ContactChanges& setParams(const QJsonObject& params);
    ContactChanges& setOptedIn(bool optedIn);
    ContactChanges& setBlocked(bool blocked);
    ContactChanges& setSource(const QString& source);

    /// The change that turns `from` into `to`, in the fields a change can set (not the
    /// phone, ids or the service's fields): what an undo or redo of an edit writes.
    static ContactChanges between(const Contact& from, const Contact& to);

    friend bool operator==(const ContactChanges&, const ContactChanges&) = default;
};
