#include "ContactDraft.h"

#include <QJsonArray>

namespace {

QJsonValue optionalText(const std::optional<QString>& text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

} // namespace

ContactDraft& ContactDraft::setPhone(const QString& userNumber)
{
    m_body.insert(QStringLiteral("userNumber"), userNumber);
    return *this;
}

ContactDraft& ContactDraft::setName(const std::optional<QString>& name)
{
    m_body.insert(QStringLiteral("userName"), optionalText(name));
    return *this;
}

ContactDraft& ContactDraft::setEmail(const std::optional<QString>& email)
{
    m_body.insert(QStringLiteral("email"), optionalText(email));
    return *this;
}

ContactDraft& ContactDraft::setCountryCode(const std::optional<QString>& countryCode)
{
    m_body.insert(QStringLiteral("countryCode"), optionalText(countryCode));
    return *this;
}

ContactDraft& ContactDraft::setTags(const QStringList& tags)
{
    m_body.insert(QStringLiteral("tags"), QJsonArray::fromStringList(tags));
    return *this;
}

ContactDraft& ContactDraft::setLabels(const QStringList& labels)
{
    m_body.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    return *this;
}

ContactDraft& ContactDraft::setParams(const QJsonObject& params)
{
    m_body.insert(QStringLiteral("params"), params);
    return *this;
}
