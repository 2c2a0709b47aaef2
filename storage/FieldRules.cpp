#include "FieldRules.h"

#include "PhoneNumbers.h"
#include "TagIndex.h"

#include <QSet>

namespace {

int lengthInCharacters(const QString& text)
{
    return int(text.toUcs4().size());
}

// PostgreSQL's text cannot hold U+0000 (SQLite's can, and its full-text queries cannot), so
// no stored text may: the same contact must be storable on both backends.
bool holdsNul(const QString& text)
{
    return text.contains(QChar::Null);
}

// Optional text fields (name, email): null clears, blank after trimming is stored as null.
ApiResult<std::optional<QString>> optionalText(const Given<std::optional<QString>>& value,
                                               const QString& error)
{
    if (value.isMalformed())
        return std::unexpected(ApiError::badRequest(error));
    if (!value.value())
        return std::optional<QString>{};
    const QString trimmed = value.value()->trimmed();
    if (holdsNul(trimmed))
        return std::unexpected(ApiError::badRequest(error));
    if (trimmed.isEmpty())
        return std::optional<QString>{};
    return std::optional<QString>{trimmed};
}

ApiResult<bool> flag(const Given<bool>& value, const QString& error)
{
    if (value.isMalformed())
        return std::unexpected(ApiError::badRequest(error));
    return value.value();
}

// Runs the checks of given fields in order and keeps the first error: the rule table's order
// decides which error a body with several bad fields gets.
class FirstError {
public:
    template <typename T, typename In, typename Check>
    FirstError& check(const Given<In>& given, std::optional<T>& out, Check check)
    {
        if (m_error || !given.isGiven())
            return *this;
        auto checked = check(given);
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

ApiResult<QStringList> tags(const Given<QStringList>& value)
{
    return FieldRules::tagList(value, ApiMessages::invalidTags);
}

ApiResult<QStringList> labels(const Given<QStringList>& value)
{
    return FieldRules::tagList(value, ApiMessages::invalidLabels);
}

ApiResult<bool> optedIn(const Given<bool>& value)
{
    return flag(value, ApiMessages::invalidOptedIn);
}

ApiResult<bool> isBlocked(const Given<bool>& value)
{
    return flag(value, ApiMessages::invalidIsBlocked);
}

} // namespace

ApiResult<PhoneNumbers::Parsed> FieldRules::phone(const Given<QString>& userNumber)
{
    if (userNumber.isMalformed())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidPhone));
    if (!userNumber.hasValue() || userNumber.value().trimmed().isEmpty())
        return std::unexpected(ApiError::badRequest(ApiMessages::phoneRequired));
    const auto parsed = PhoneNumbers::parseInternational(userNumber.value());
    if (!parsed)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidPhone));
    return *parsed;
}

ApiResult<std::optional<QString>> FieldRules::countryCode(const Given<std::optional<QString>>& code)
{
    if (code.isMalformed())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidCountryCode));
    // Null or blank means "derive it from the phone", which the store does.
    if (!code.value() || code.value()->trimmed().isEmpty())
        return std::optional<QString>{};
    const QString trimmed = code.value()->trimmed();
    if (!PhoneNumbers::isKnownRegion(trimmed))
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidCountryCode));
    return std::optional<QString>{trimmed.toUpper()};
}

ApiResult<std::optional<QString>> FieldRules::email(const Given<std::optional<QString>>& address)
{
    auto text = optionalText(address, ApiMessages::invalidEmail);
    if (!text || !*text)
        return text;
    const QString& value = **text;
    const qsizetype at = value.indexOf(u'@');
    const bool plausible =
        at > 0 && at == value.lastIndexOf(u'@') && at < value.size() - 1 &&
        lengthInCharacters(value) <= maxEmailLength &&
        std::none_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
    if (!plausible)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidEmail));
    return text;
}

ApiResult<std::optional<QString>> FieldRules::name(const Given<std::optional<QString>>& name)
{
    auto text = optionalText(name, ApiMessages::invalidName);
    if (text && *text && lengthInCharacters(**text) > maxNameLength)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidName));
    return text;
}

ApiResult<QStringList> FieldRules::tagList(const Given<QStringList>& given, const QString& error)
{
    if (given.isMalformed())
        return std::unexpected(ApiError::badRequest(error));
    QStringList tags;
    QSet<QString> seen;
    for (const QString& item : given.value()) {
        const QString tag = item.trimmed();
        if (tag.isEmpty())
            continue;
        if (lengthInCharacters(tag) > maxTagLength || holdsNul(tag))
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

ApiResult<QJsonObject> FieldRules::params(const Given<QJsonObject>& given)
{
    if (given.isMalformed())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
    const QJsonObject& object = given.value();
    if (object.size() > maxParams)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool scalar = it->isString() || it->isDouble() || it->isBool() || it->isNull();
        if (!scalar || lengthInCharacters(it.key()) > maxParamKeyLength)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
    }
    return object;
}

ApiResult<QString> FieldRules::source(const Given<QString>& given)
{
    if (given.isMalformed() || lengthInCharacters(given.value()) > maxSourceLength ||
        holdsNul(given.value()))
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidSource));
    return given.value().trimmed();
}

ApiResult<ContactFields> FieldRules::validate(const NewContact& contact,
                                              const PhoneNumbers::Parsed* parsed)
{
    if (contact.malformed)
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidContact));
    ContactFields fields;
    auto phone = parsed && !parsed->e164.isEmpty() && contact.phone.hasValue() &&
                         contact.phone.value() == parsed->e164
                     ? ApiResult<PhoneNumbers::Parsed>(*parsed)
                     : FieldRules::phone(contact.phone);
    if (!phone)
        return std::unexpected(phone.error());
    fields.phone = phone->e164;
    fields.phoneRegion = phone->region;

    FirstError checks;
    checks.check(contact.countryCode, fields.countryCode, countryCode)
        .check(contact.email, fields.email, email)
        .check(contact.name, fields.name, name)
        .check(contact.tags, fields.tags, tags)
        .check(contact.labels, fields.labels, labels)
        .check(contact.params, fields.params, params)
        .check(contact.optedIn, fields.optedIn, optedIn)
        .check(contact.isBlocked, fields.isBlocked, isBlocked);
    if (checks.error())
        return std::unexpected(*checks.error());
    return fields;
}

ApiResult<ContactFields> FieldRules::validate(const ContactChanges& changes)
{
    if (changes.isEmpty())
        return std::unexpected(ApiError::badRequest(ApiMessages::noValidFields));
    ContactFields fields;
    FirstError checks;
    checks.check(changes.countryCode, fields.countryCode, countryCode)
        .check(changes.email, fields.email, email)
        .check(changes.name, fields.name, name)
        .check(changes.tags, fields.tags, tags)
        .check(changes.labels, fields.labels, labels)
        .check(changes.params, fields.params, params)
        .check(changes.optedIn, fields.optedIn, optedIn)
        .check(changes.isBlocked, fields.isBlocked, isBlocked)
        .check(changes.source, fields.source, source);
    if (checks.error())
        return std::unexpected(*checks.error());
    return fields;
}
