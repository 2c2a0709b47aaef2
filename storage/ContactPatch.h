#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// The body of a PATCH: only the allowed fields (`name, email, country_code, tags, params,
/// is_blocked, source, opted_in, labels`), with their values as sent; unknown fields are
/// dropped here, validation happens in the store after the contact is found.
class ContactPatch {
public:
    ContactPatch() = default;
    /// Keeps the allowed fields of a PATCH body and drops every other key.
    static ContactPatch fromJson(const QJsonObject& body);

    const QJsonObject& body() const { return m_body; }
    bool isEmpty() const { return m_body.isEmpty(); }

    ContactPatch& setName(const std::optional<QString>& name);
    ContactPatch& setEmail(const std::optional<QString>& email);
    ContactPatch& setCountryCode(const std::optional<QString>& countryCode);
    ContactPatch& setTags(const QStringList& tags);
    ContactPatch& setLabels(const QStringList& labels);
    ContactPatch& setParams(const QJsonObject& params);
    ContactPatch& setOptedIn(bool optedIn);
    ContactPatch& setBlocked(bool blocked);
    ContactPatch& setSource(const QString& source);

    static const QStringList& allowedFields();

private:
    QJsonObject m_body;
};
