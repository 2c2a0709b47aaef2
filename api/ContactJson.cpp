#include "ContactJson.h"

#include "ApiFields.h"
#include "OrderedJson.h"
#include "Timestamps.h"

#include <QHash>

#include <QJsonDocument>
#include <QJsonParseError>

namespace {

QJsonValue text(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue time(const std::optional<QDateTime>& value)
{
    return value ? QJsonValue(Timestamps::format(*value)) : QJsonValue(QJsonValue::Null);
}

enum class Spelling { Camel, Patch };

// The contact's `fields` under the spelling of a shape.
QJsonObject withFields(const Contact& contact, const QList<ContactFieldMap::Field>& fields,
                       Spelling spelling)
{
    QJsonObject object;
    for (const ContactFieldMap::Field field : fields) {
        object.insert(spelling == Spelling::Camel ? ContactFieldMap::camelName(field)
                                                  : ContactFieldMap::patchName(field),
                      ContactFieldMap::value(contact, field));
    }
    return object;
}

} // namespace

QJsonObject ContactJson::success(const QJsonValue& data)
{
    return {{QStringLiteral("success"), true}, {QStringLiteral("data"), data}};
}

QJsonObject ContactJson::failure(const ApiError& error)
{
    return {{QStringLiteral("success"), false}, {QStringLiteral("error"), error.message}};
}

QByteArray ContactJson::serialize(const QJsonObject& object, bool indented)
{
    // The order of the reference's shapes; keys it does not name (params) follow, by name.
    static const QHash<QString, int> ranks = [] {
        // One order serves every shape: "index" (only in bulk errors) goes before "phone",
        // "error" after it; "contacts" ends a bulk result and starts a list page.
        const QStringList order = {
            "success", "data", "index",
            // contacts, in the order of the GET, create and PATCH shapes
            "id", "vendorContactId", "name", "phone", "deleted", "email", "countryCode",
            "country_code", "tags", "labels", "params", "source", "optedIn", "isBlocked",
            "is_blocked", "opted_in", "lastMessageAt", "conversationCount", "createdAt",
            "updatedAt", "updated_at", "error", "status",
            // a sync summary (sync.md), then a bulk result, then a list page
            "pushed", "pulled", "conflicts", "requests", "imported", "skipped", "errors",
            "contacts", "total", "page", "limit", "hasNext",
            // tag counts and journal entries
            "count", "sequence", "contactId", "operation", "fields", "at",
            // the opt-in and block history
            "changes", "field", "value", "changedAt", "changedBy", "method", "detail", "note"};
        QHash<QString, int> rank;
        for (qsizetype i = 0; i < order.size(); ++i)
            rank.insert(order.at(i), int(i));
        return rank;
    }();
    return OrderedJson::serialize(
        object, [](QStringView key) { return ranks.value(key.toString(), int(ranks.size())); },
        indented);
}

namespace {

class ListPageWriter {
public:
    QByteArray take() { return std::move(m_out); }

    void contact(const Contact& c, ListView view)
    {
        m_out += '{';
        key("id", false);
        text(c.id);
        if (view == ListView::Full) {
            key("vendorContactId");
            text(c.vendorContactId);
        }
        key("name");
        text(c.name);
        key("phone");
        text(c.phone);
        key("email");
        text(c.email);
        key("countryCode");
        text(c.countryCode);
        key("tags");
        m_out += OrderedJson::stringArray(c.tags);
        key("labels");
        m_out += OrderedJson::stringArray(c.labels);
        if (view == ListView::Full) {
            key("params");
            m_out += ContactJson::serialize(c.params);
        }
        key("source");
        text(c.source);
        key("optedIn");
        m_out += c.optedIn ? "true" : "false";
        key("isBlocked");
        m_out += c.isBlocked ? "true" : "false";
        key("lastMessageAt");
        text(c.lastMessageAt ? std::optional<QString>(Timestamps::format(*c.lastMessageAt))
                             : std::nullopt);
        key("conversationCount");
        m_out += QByteArray::number(c.conversationCount);
        key("createdAt");
        text(Timestamps::format(c.createdAt));
        key("updatedAt");
        text(Timestamps::format(c.updatedAt));
        m_out += '}';
    }

    void tombstone(const DeletedContact& deleted)
    {
        m_out += '{';
        key("id", false);
        text(deleted.id);
        key("phone");
        text(deleted.phone);
        m_out += ",\"deleted\":true";
        key("updatedAt");
        text(Timestamps::format(deleted.deletedAt));
        if (deleted.mergedInto) {
            key("mergedInto");
            text(*deleted.mergedInto);
        }
        m_out += '}';
    }

    void raw(const char* bytes) { m_out += bytes; }
    void number(qint64 value) { m_out += QByteArray::number(value); }

private:
    void key(const char* name, bool comma = true)
    {
        if (comma)
            m_out += ',';
        m_out += '"';
        m_out += name;
        m_out += "\":";
    }
    void text(const QString& value) { OrderedJson::appendString(m_out, value); }
    void text(const std::optional<QString>& value)
    {
        if (value)
            text(*value);
        else
            m_out += "null";
    }

    QByteArray m_out;
};

} // namespace

QByteArray ContactJson::serializedListPage(const ListPage& page)
{
    ListPageWriter out;
    out.raw(R"({"success":true,"data":{"contacts":[)");
    qsizetype live = 0;
    int written = 0;
    const auto separate = [&] {
        if (written++ > 0)
            out.raw(",");
    };
    for (const ListPage::Tombstone& tombstone : page.deleted) {
        while (written < tombstone.position && live < page.contacts.size()) {
            separate();
            out.contact(page.contacts.at(live++), page.view);
        }
        separate();
        out.tombstone(tombstone.contact);
    }
    for (; live < page.contacts.size(); ++live) {
        separate();
        out.contact(page.contacts.at(live), page.view);
    }
    out.raw(R"(],"total":)");
    out.number(page.total);
    out.raw(R"(,"page":)");
    out.number(page.page);
    out.raw(R"(,"limit":)");
    out.number(page.limit);
    out.raw(page.hasNext ? R"(,"hasNext":true}})" : R"(,"hasNext":false}})");
    return out.take();
}

QByteArray ContactJson::serializedFullContact(const Contact& contact)
{
    ListPageWriter out;
    out.raw(R"({"success":true,"data":)");
    out.contact(contact, ListView::Full);
    out.raw("}");
    return out.take();
}

QJsonObject ContactJson::listItem(const Contact& c)
{
    using F = ContactFieldMap::Field;
    QJsonObject item = withFields(c,
                                  {F::Name, F::Email, F::CountryCode, F::Tags, F::Labels, F::Source,
                                   F::OptedIn, F::IsBlocked},
                                  Spelling::Camel);
    item.insert(ApiFields::id, c.id);
    item.insert(ApiFields::phone, c.phone);
    item.insert(ApiFields::lastMessageAt, time(c.lastMessageAt));
    item.insert(ApiFields::conversationCount, c.conversationCount);
    item.insert(ApiFields::createdAt, Timestamps::format(c.createdAt));
    item.insert(ApiFields::updatedAt, Timestamps::format(c.updatedAt));
    return item;
}

QJsonObject ContactJson::fullContact(const Contact& c)
{
    QJsonObject object = listItem(c);
    object.insert(ApiFields::vendorContactId, c.vendorContactId);
    object.insert(ApiFields::params, c.params);
    return object;
}

QJsonObject ContactJson::createdContact(const Contact& c)
{
    using F = ContactFieldMap::Field;
    QJsonObject created = withFields(c,
                                     {F::Name, F::Email, F::CountryCode, F::Tags, F::Params,
                                      F::Source, F::OptedIn, F::IsBlocked},
                                     Spelling::Camel);
    created.insert(ApiFields::id, c.id);
    created.insert(ApiFields::vendorContactId, c.vendorContactId);
    created.insert(ApiFields::phone, c.phone);
    created.insert(ApiFields::createdAt, Timestamps::format(c.createdAt));
    created.insert(ApiFields::updatedAt, Timestamps::format(c.updatedAt));
    return created;
}

QJsonObject ContactJson::patchedContact(const Contact& c)
{
    using F = ContactFieldMap::Field;
    QJsonObject patched = withFields(
        c, {F::Name, F::Email, F::CountryCode, F::Tags, F::Params, F::IsBlocked, F::OptedIn},
        Spelling::Patch);
    patched.insert(ApiFields::id, c.id);
    patched.insert(ApiFields::phone, c.phone);
    patched.insert(ApiFields::updated_at, Timestamps::format(c.updatedAt));
    return patched;
}

QJsonObject ContactJson::createBody(const Contact& contact, bool withLabels)
{
    QJsonObject body{
        {ApiFields::userNumber, contact.phone},
        {ApiFields::tags, QJsonArray::fromStringList(contact.tags)},
        {ApiFields::params, contact.params},
    };
    if (contact.name)
        body.insert(ApiFields::userName, *contact.name);
    if (contact.email)
        body.insert(ApiFields::email, *contact.email);
    if (contact.countryCode)
        body.insert(ApiFields::countryCode, *contact.countryCode);
    if (withLabels)
        body.insert(ApiFields::labels, QJsonArray::fromStringList(contact.labels));
    return body;
}

QJsonObject ContactJson::patchShape(const Contact& c, const QList<ContactFieldMap::Field>& fields)
{
    return withFields(c, fields, Spelling::Patch);
}

QJsonObject ContactJson::listPage(const ListPage& page)
{
    QJsonArray contacts;
    qsizetype live = 0;
    for (const ListPage::Tombstone& tombstone : page.deleted) {
        while (contacts.size() < tombstone.position && live < page.contacts.size()) {
            const Contact& contact = page.contacts.at(live++);
            contacts.append(page.view == ListView::Full ? fullContact(contact) : listItem(contact));
        }
        contacts.append(deletedListItem(tombstone.contact));
    }
    for (; live < page.contacts.size(); ++live) {
        const Contact& contact = page.contacts.at(live);
        contacts.append(page.view == ListView::Full ? fullContact(contact) : listItem(contact));
    }
    return {
        {QStringLiteral("contacts"), contacts},    {QStringLiteral("total"), page.total},
        {QStringLiteral("page"), page.page},       {QStringLiteral("limit"), page.limit},
        {QStringLiteral("hasNext"), page.hasNext},
    };
}

QJsonObject ContactJson::bulkResult(const BulkResult& result)
{
    QJsonArray errors;
    for (const BulkResult::Error& error : result.errors) {
        errors.append(QJsonObject{{QStringLiteral("index"), error.index},
                                  {QStringLiteral("phone"), text(error.phone)},
                                  {QStringLiteral("error"), error.error}});
    }
    QJsonArray contacts;
    for (const BulkResult::Created& created : result.contacts) {
        contacts.append(QJsonObject{{QStringLiteral("id"), created.id},
                                    {QStringLiteral("phone"), created.phone},
                                    {QStringLiteral("status"), QStringLiteral("created")}});
    }
    return {
        {QStringLiteral("imported"), result.imported},
        {QStringLiteral("skipped"), result.skipped},
        {QStringLiteral("errors"), errors},
        {QStringLiteral("contacts"), contacts},
    };
}

QJsonObject ContactJson::deletedListItem(const DeletedContact& deleted)
{
    QJsonObject item{{QStringLiteral("id"), deleted.id},
                     {QStringLiteral("phone"), deleted.phone},
                     {QStringLiteral("deleted"), true},
                     {QStringLiteral("updatedAt"), Timestamps::format(deleted.deletedAt)}};
    if (deleted.mergedInto)
        item.insert(QStringLiteral("mergedInto"), *deleted.mergedInto);
    return item;
}

QJsonObject ContactJson::deletedContact(const DeletedContact& deleted)
{
    QJsonObject item{{QStringLiteral("id"), deleted.id}, {QStringLiteral("deleted"), true}};
    if (deleted.mergedInto)
        item.insert(QStringLiteral("mergedInto"), *deleted.mergedInto);
    return item;
}

QJsonArray ContactJson::tagCounts(const QList<TagCount>& counts)
{
    QJsonArray out;
    for (const TagCount& tag : counts) {
        out.append(
            QJsonObject{{QStringLiteral("name"), tag.name}, {QStringLiteral("count"), tag.count}});
    }
    return out;
}

QJsonObject ContactJson::journalEntry(const JournalEntry& entry)
{
    static const QStringList operations = {QStringLiteral("create"), QStringLiteral("update"),
                                           QStringLiteral("delete")};
    return {
        {QStringLiteral("sequence"), entry.sequence},
        {QStringLiteral("contactId"), entry.contactId},
        {QStringLiteral("operation"), operations.at(int(entry.operation))},
        {QStringLiteral("fields"), QJsonArray::fromStringList(entry.fields)},
        {QStringLiteral("at"), Timestamps::format(entry.at)},
    };
}

QJsonObject ContactJson::flagChange(const FlagChange& change)
{
    const auto textOrNull = [](const QString& text) {
        return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
    };
    return {
        {QStringLiteral("contactId"), change.contactId},
        {QStringLiteral("field"), FlagChange::flagName(change.flag)},
        {QStringLiteral("value"), change.value},
        {QStringLiteral("changedAt"), Timestamps::format(change.at)},
        {QStringLiteral("changedBy"), textOrNull(change.origin.actor)},
        {QStringLiteral("method"), WriteOrigin::methodName(change.origin.method)},
        {QStringLiteral("detail"), textOrNull(change.origin.detail)},
        {QStringLiteral("note"), textOrNull(change.origin.note)},
    };
}

QJsonObject ContactJson::flagHistory(const QList<FlagChange>& changes)
{
    QJsonArray items;
    for (const FlagChange& change : changes)
        items.append(flagChange(change));
    return {{QStringLiteral("changes"), items}};
}

Contact ContactJson::contactFromJson(const QJsonObject& o)
{
    Contact c;
    c.id = o.value(ApiFields::id).toString();
    c.vendorContactId = o.value(ApiFields::vendorContactId).toString();
    c.phone = o.value(ApiFields::phone).toString();
    for (const ContactFieldMap::Field field : ContactFieldMap::all())
        ContactFieldMap::setValue(c, field, o.value(ContactFieldMap::camelName(field)));
    c.lastMessageAt = Timestamps::parse(o.value(ApiFields::lastMessageAt).toString());
    c.conversationCount = o.value(ApiFields::conversationCount).toInt();
    c.createdAt = Timestamps::parse(o.value(ApiFields::createdAt).toString()).value_or(QDateTime());
    c.updatedAt = Timestamps::parse(o.value(ApiFields::updatedAt).toString()).value_or(QDateTime());
    return c;
}

ApiResult<QJsonObject> ContactJson::parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::unexpected(ApiError::badRequest(ApiMessages::invalidJsonBody));
    return document.object();
}

ApiResult<QJsonArray> ContactJson::bulkItems(const QByteArray& body)
{
    const auto object = parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    const QJsonValue contacts = object->value(QStringLiteral("contacts"));
    if (!contacts.isArray())
        return std::unexpected(ApiError::badRequest(ApiMessages::contactsArrayRequired));
    const QJsonArray items = contacts.toArray();
    if (items.size() > 1000)
        return std::unexpected(ApiError::tooManyContacts());
    return items;
}
