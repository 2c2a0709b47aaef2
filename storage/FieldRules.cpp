#include "FieldRules.h"

#include "ContactPatch.h"
#include "PhoneNumbers.h"
#include "TagIndex.h"
#include "TextFold.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

namespace {

int lengthInCharacters(const QString& text)
{
    return int(text.toUcs4().size());
}

// Optional text fields (name, email): null clears, blank after trimming is stored as null.
ApiResult<std::optional<QString>> optionalText(const QJsonValue& value, const QString& error)
{
    if (value.isNull())
        return std::optional<QString>{};
    if (!value.isString())
        return std::unexpected(ApiError::badRequest(error));
    const QString trimmed = value.toString().trimmed();
    if (trimmed.isEmpty())
        return std::optional<QString>{};
    return std::optional<QString>{trimmed};
}

ApiResult<bool> boolean(const QJsonValue& value, const QString& error)
{
    if (!value.isBool())
        return std::unexpected(ApiError::badRequest(error));
    return value.toBool();
}

ApiResult<QString> source(const QJsonValue& value)
{
    if (!value.isString() || lengthInCharacters(value.toString()) > FieldRules::maxSourceLength)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidSource));
    return value.toString().trimmed();
}

// Runs the checks of present fields in order and keeps the first error: the rule table's
// order decides which error a body with several bad fields gets.
class FirstError {
public:
    template <typename T, typename Check>
    FirstError& check(const QJsonObject& body, const QString& key, std::optional<T>& out,
                      Check check)
    {
        const auto it = body.constFind(key);
        if (m_error || it == body.constEnd())
            return *this;
        auto checked = check(*it);
        if (checked)
            out = std::move(*checked);
        else
            m_error = checked.error();
        return *this;
    }

    const std::optional<ApiError>& error() const { return m_error; }

private:
    std::optional<ApiError> m_error;
};

ApiResult<QStringList> tags(const QJsonValue& value)
{
    return FieldRules::tagList(value, ApiMessages::invalidTags);
}

ApiResult<QStringList> labels(const QJsonValue& value)
{
    return FieldRules::tagList(value, ApiMessages::invalidLabels);
}

ApiResult<bool> optedIn(const QJsonValue& value)
{
    return boolean(value, ApiMessages::invalidOptedIn);
}

ApiResult<bool> isBlocked(const QJsonValue& value)
{
    return boolean(value, ApiMessages::invalidIsBlocked);
}

} // namespace

ApiResult<PhoneNumbers::Parsed> FieldRules::phone(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull() ||
        (value.isString() && value.toString().trimmed().isEmpty()))
        return std::unexpected(ApiError::badRequest(ApiMessages::phoneRequired));
    if (!value.isString())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidPhone));
    const auto parsed = PhoneNumbers::parseInternational(value.toString());
    if (!parsed)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidPhone));
    return *parsed;
}

ApiResult<std::optional<QString>> FieldRules::countryCode(const QJsonValue& value)
{
    // Null or blank means "derive it from the phone", which the store does.
    if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return std::optional<QString>{};
    if (!value.isString())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidCountryCode));
    const QString code = value.toString().trimmed();
    if (!PhoneNumbers::isKnownRegion(code))
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidCountryCode));
    return std::optional<QString>{code.toUpper()};
}

ApiResult<std::optional<QString>> FieldRules::email(const QJsonValue& value)
{
    auto text = optionalText(value, ApiMessages::invalidEmail);
    if (!text || !*text)
        return text;
    const QString& address = **text;
    const qsizetype at = address.indexOf(u'@');
    const bool plausible =
        at > 0 && at == address.lastIndexOf(u'@') && at < address.size() - 1 &&
        lengthInCharacters(address) <= maxEmailLength &&
        std::none_of(address.begin(), address.end(), [](QChar c) { return c.isSpace(); });
    if (!plausible)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidEmail));
    return text;
}

ApiResult<std::optional<QString>> FieldRules::name(const QJsonValue& value)
{
    auto text = optionalText(value, ApiMessages::invalidName);
    if (text && *text && lengthInCharacters(**text) > maxNameLength)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidName));
    return text;
}

ApiResult<QStringList> FieldRules::tagList(const QJsonValue& value, const QString& error)
{
    if (value.isNull())
        return QStringList{};
    if (!value.isArray())
        return std::unexpected(ApiError::badRequest(error));
    QStringList tags;
    QSet<QString> seen;
    for (const QJsonValue& item : value.toArray()) {
        if (!item.isString())
            return std::unexpected(ApiError::badRequest(error));
        const QString tag = item.toString().trimmed();
        if (tag.isEmpty())
            continue;
        if (lengthInCharacters(tag) > maxTagLength)
            return std::unexpected(ApiError::badRequest(error));
        const QString key = TagIndex::key(tag);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        tags.append(tag);
    }
    if (tags.size() > maxTagsPerContact)
        return std::unexpected(ApiError::badRequest(error));
    return tags;
}

ApiResult<QJsonObject> FieldRules::params(const QJsonValue& value)
{
    if (value.isNull())
        return QJsonObject{};
    if (!value.isObject())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
    const QJsonObject object = value.toObject();
    if (object.size() > maxParams)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool scalar = it->isString() || it->isDouble() || it->isBool() || it->isNull();
        if (!scalar || lengthInCharacters(it.key()) > maxParamKeyLength)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
    }
    return object;
}

ApiResult<ContactFields> FieldRules::validateCreate(const QJsonObject& body)
{
    return validateCreate(body, nullptr);
}

ApiResult<ContactFields> FieldRules::validateCreate(const QJsonObject& body,
                                                    const PhoneNumbers::Parsed* parsed)
{
    ContactFields fields;
    const QJsonValue userNumber = body.value(QStringLiteral("userNumber"));
    auto phone = parsed && !parsed->e164.isEmpty() && userNumber.toString() == parsed->e164
                     ? ApiResult<PhoneNumbers::Parsed>(*parsed)
                     : FieldRules::phone(userNumber);
    if (!phone)
        return std::unexpected(phone.error());
    fields.phone = phone->e164;
    fields.phoneRegion = phone->region;

    FirstError checks;
    checks.check(body, QStringLiteral("countryCode"), fields.countryCode, countryCode)
        .check(body, QStringLiteral("email"), fields.email, email)
        .check(body, QStringLiteral("userName"), fields.name, name)
        .check(body, QStringLiteral("tags"), fields.tags, tags)
        .check(body, QStringLiteral("labels"), fields.labels, labels)
        .check(body, QStringLiteral("params"), fields.params, params);
    if (checks.error())
        return std::unexpected(*checks.error());
    return fields;
}

ApiResult<ContactFields> FieldRules::validatePatch(const QJsonObject& body)
{
    const QStringList& allowed = ContactPatch::allowedFields();
    if (std::none_of(allowed.begin(), allowed.end(),
                     [&](const QString& key) { return body.contains(key); }))
        return std::unexpected(ApiError::badRequest(ApiMessages::noValidFields));

    ContactFields fields;
    FirstError checks;
    checks.check(body, QStringLiteral("country_code"), fields.countryCode, countryCode)
        .check(body, QStringLiteral("email"), fields.email, email)
        .check(body, QStringLiteral("name"), fields.name, name)
        .check(body, QStringLiteral("tags"), fields.tags, tags)
        .check(body, QStringLiteral("labels"), fields.labels, labels)
        .check(body, QStringLiteral("params"), fields.params, params)
        .check(body, QStringLiteral("opted_in"), fields.optedIn, optedIn)
        .check(body, QStringLiteral("is_blocked"), fields.isBlocked, isBlocked)
        .check(body, QStringLiteral("source"), fields.source, source);
    if (checks.error())
        return std::unexpected(*checks.error());
    return fields;
}
