#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

/// The body of a create (POST) or of one bulk item, kept as the client sent it: validation
/// happens in the store, so the errors come in the order contacts-api.md fixes whoever
/// built the draft (the JSON of a request, a CSV row or the desktop editor).
class ContactDraft {
public:
    ContactDraft() = default;
    explicit ContactDraft(QJsonObject body) : m_body(std::move(body)) {}

    const QJsonObject& body() const { return m_body; }

    ContactDraft& setPhone(const QString& userNumber);
    ContactDraft& setName(const std::optional<QString>& name);
    ContactDraft& setEmail(const std::optional<QString>& email);
    ContactDraft& setCountryCode(const std::optional<QString>& countryCode);
    ContactDraft& setTags(const QStringList& tags);
    ContactDraft& setLabels(const QStringList& labels);
    ContactDraft& setParams(const QJsonObject& params);

private:
    QJsonObject m_body;
};
