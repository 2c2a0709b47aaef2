#include "NewContact.h"

NewContact& NewContact::setPhone(const QString& userNumber)
{
    phone = userNumber;
    return *this;
}

NewContact& NewContact::setName(const std::optional<QString>& value)
{
    name = value;
    return *this;
}

NewContact& NewContact::setEmail(const std::optional<QString>& value)
{
    email = value;
    return *this;
}

NewContact& NewContact::setCountryCode(const std::optional<QString>& value)
{
    countryCode = value;
    return *this;
}

NewContact& NewContact::setTags(const QStringList& value)
{
    tags = value;
    return *this;
}

NewContact& NewContact::setLabels(const QStringList& value)
{
    labels = value;
    return *this;
}

NewContact& NewContact::setParams(const QJsonObject& value)
{
    params = value;
    return *this;
}

NewContact& NewContact::setOptedIn(bool value)
{
    optedIn = value;
    return *this;
}

NewContact& NewContact::setBlocked(bool value)
{
    isBlocked = value;
    return *this;
}
