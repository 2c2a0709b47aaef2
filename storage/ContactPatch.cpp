#include "ContactPatch.h"

#include <QJsonArray>

namespace {

QJsonValue optionalText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

} // namespace

const QStringList& ContactPatch::allowedFields()
{
    static const QStringList fields = {
        QStringLiteral("name"),   QStringLiteral("email"),    QStringLiteral("country_code"),
        QStringLiteral("tags"),   QStringLiteral("params"),   QStringLiteral("is_blocked"),
        QStringLiteral("source"), QStringLiteral("opted_in"), QStringLiteral("labels")};
    return fields;
}

ContactPatch ContactPatch::fromJson(const QJsonObject& body)
{
    ContactPatch patch;
    for (const QString& field : allowedFields()) {
        const auto it = body.constFind(field);
        if (it != body.constEnd())
            patch.m_body.insert(field, *it);
    }
    return patch;
}

ContactPatch& ContactPatch::setName(const std::optional<QString>& name)
{
    m_body.insert(QStringLiteral("name"), optionalText(name));
    return *this;
}

ContactPatch& ContactPatch::setEmail(const std::optional<QString>& email)
{
    m_body.insert(QStringLiteral("email"), optionalText(email));
    return *this;
}

ContactPatch& ContactPatch::setCountryCode(const std::optional<QString>& countryCode)
{
    m_body.insert(QStringLiteral("country_code"), optionalText(countryCode));
    return *this;
}

ContactPatch& ContactPatch::setTags(const QStringList& tags)
{
    m_body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return *this;
}

ContactPatch& ContactPatch::setLabels(const QStringList& labels)
{
    m_body.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    return *this;
}

ContactPatch& ContactPatch::setParams(const QJsonObject& params)
{
    m_body.insert(QStringLiteral("params"), params);
    return *this;
}

ContactPatch& ContactPatch::setOptedIn(bool optedIn)
{
    m_body.insert(QStringLiteral("opted_in"), optedIn);
    return *this;
}

ContactPatch& ContactPatch::setBlocked(bool blocked)
{
    m_body.insert(QStringLiteral("is_blocked"), blocked);
    return *this;
}

ContactPatch& ContactPatch::setSource(const QString& source)
{
    m_body.insert(QStringLiteral("source"), source);
    return *this;
}
