#include "ContactMerge.h"

#include "ContactFieldNames.h"
#include "FieldRules.h"
#include "TagIndex.h"

#include <QSet>

namespace {

bool isEmpty(const std::optional<QString>& text)
{
    return !text || text->trimmed().isEmpty();
}

/// `current` with the tags of `incoming` it lacks appended; false when nothing was added.
bool unite(QStringList& current, const QStringList& incoming)
{
    QSet<QString> keys;
    for (const QString& tag : current)
        keys.insert(TagIndex::key(tag));
    bool added = false;
    for (const QString& tag : incoming) {
        if (!keys.contains(TagIndex::key(tag))) {
            keys.insert(TagIndex::key(tag));
            current.append(tag);
            added = true;
        }
    }
    return added;
}

} // namespace

ApiResult<ContactMerge::Merged> ContactMerge::merge(const Contact& current, const Contact& incoming)
{
    Merged merged{current, {}};
    Contact& next = merged.contact;
    const auto fill = [&](std::optional<QString>& field, const std::optional<QString>& value,
                          const QString& name) {
        if (isEmpty(field) && !isEmpty(value)) {
            field = value;
            merged.changed.append(name);
        }
    };
    fill(next.name, incoming.name, ContactFieldNames::name);
    fill(next.email, incoming.email, ContactFieldNames::email);
    fill(next.countryCode, incoming.countryCode, ContactFieldNames::countryCode);
    if (unite(next.tags, incoming.tags)) {
        if (next.tags.size() > FieldRules::maxTagsPerContact)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidTags));
        merged.changed.append(ContactFieldNames::tags);
    }
    if (unite(next.labels, incoming.labels)) {
        if (next.labels.size() > FieldRules::maxTagsPerContact)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidLabels));
        merged.changed.append(ContactFieldNames::labels);
    }
    bool paramsChanged = false;
    for (auto it = incoming.params.begin(); it != incoming.params.end(); ++it) {
        const QJsonValue have = next.params.value(it.key());
        const bool empty =
            have.isUndefined() || have.isNull() || (have.isString() && have.toString().isEmpty());
        if (empty && have != it.value()) {
            next.params.insert(it.key(), it.value());
            paramsChanged = true;
        }
    }
    if (paramsChanged) {
        if (next.params.size() > FieldRules::maxParams)
            return std::unexpected(ApiError::badRequest(ApiMessages::invalidParams));
        merged.changed.append(ContactFieldNames::params);
    }
    return merged;
}
