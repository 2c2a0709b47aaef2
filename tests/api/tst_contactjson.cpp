#include "ApiError.h"
#include "BulkResult.h"
#include "Contact.h"
#include "ContactJson.h"
#include "ListPage.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

namespace {

QDateTime at(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
}

/// The reference's "Ahmed Hassan" contact (list and GET examples).
Contact ahmed()
{
    Contact c;
    c.rowId = 7;
    c.id = QStringLiteral("contact_f1e2d3c4-5678-40ab-8def-abcdefabcdef");
    c.vendorContactId = QStringLiteral("6478a1b2c3d4e5f6a7b8c9d0");
    c.name = QStringLiteral("Ahmed Hassan");
    c.phone = QStringLiteral("+971501234567");
    c.email = QStringLiteral("ahmed@example.com");
    c.countryCode = QStringLiteral("AE");
    c.tags = {QStringLiteral("vip"), QStringLiteral("returning-customer")};
    c.labels = {QStringLiteral("premium")};
    c.params = QJsonObject{{"shopify_customer_id", "cust_789012"}, {"loyalty_tier", "gold"}};
    c.source = QStringLiteral("organic");
    c.optedIn = true;
    c.isBlocked = false;
    c.lastMessageAt = at("2026-05-16T14:22:00.000Z");
    c.conversationCount = 5;
    c.createdAt = at("2026-03-10T08:00:00.000Z");
    c.updatedAt = at("2026-05-16T14:22:00.000Z");
    return c;
}

/// The reference's "Sarah Johnson" contact: a null email and no labels.
Contact sarah()
{
    Contact c;
    c.id = QStringLiteral("contact_e2d3c4b5-6789-41ab-8def-bcdefabcdef0");
    c.vendorContactId = QStringLiteral("6478a1b2c3d4e5f6a7b8c9d2");
    c.name = QStringLiteral("Sarah Johnson");
    c.phone = QStringLiteral("+14155557890");
    c.countryCode = QStringLiteral("US");
    c.tags = {QStringLiteral("new-lead")};
    c.source = QStringLiteral("campaign");
    c.optedIn = true;
    c.lastMessageAt = at("2026-05-16T13:45:00.000Z");
    c.conversationCount = 1;
    c.createdAt = at("2026-05-16T13:30:00.000Z");
    c.updatedAt = at("2026-05-16T13:45:00.000Z");
    return c;
}

QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in the test itself: %s", qPrintable(error.errorString()));
    return document.object();
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

QStringList sorted(QStringList keys)
{
    keys.sort();
    return keys;
}

QString compact(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QStringList listKeys = {"id",          "name",      "phone",         "email",
                              "countryCode", "tags",      "labels",        "source",
                              "optedIn",     "isBlocked", "lastMessageAt", "conversationCount",
                              "createdAt",   "updatedAt"};

QByteArray bulkBody(int items)
{
    QJsonArray contacts;
    for (int i = 0; i < items; ++i)
        contacts.append(QJsonObject{
            {"userNumber", QStringLiteral("+97150%1").arg(i, 7, 10, QLatin1Char('0'))}});
    return QJsonDocument(QJsonObject{{"contacts", contacts}}).toJson(QJsonDocument::Compact);
}

} // namespace

Q_DECLARE_METATYPE(Contact)

class TestContactJson : public QObject {
    Q_OBJECT

private slots:
    void successEnvelope();
    void failureEnvelope_data();
    void failureEnvelope();
    void internalErrorHidesDetail();
    void serializeKeepsTheReferenceOrder_data();
    void serializeKeepsTheReferenceOrder();
    void serializeRoundTrips_data();
    void serializeRoundTrips();

    void listItemShape();
    void listItemNulls();
    void fullContactShape();
    void createdContactShape();
    void patchedContactShape();
    void listPageShape();
    void bulkResultShape();
    void bulkResultNullPhone();
    void deletedContactShape();
    void timestampsAreUtcWithMilliseconds();
    void contactRoundTrip_data();
    void contactRoundTrip();

    void parseObjectRejects_data();
    void parseObjectRejects();
    void parseObjectAccepts();
    void bulkItemsRejects_data();
    void bulkItemsRejects();
    void bulkItemsAccepts_data();
    void bulkItemsAccepts();
};

void TestContactJson::successEnvelope()
{
    const QJsonObject envelope = ContactJson::success(QJsonObject{{"id", "x"}});
    QCOMPARE(sortedKeys(envelope), QStringList({"data", "success"}));
    QCOMPARE(envelope.value("success"), QJsonValue(true));
    QCOMPARE(envelope.value("data").toObject(), QJsonObject({{"id", "x"}}));
}

void TestContactJson::failureEnvelope_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("404") << 404 << "Contact not found";
    QTest::newRow("409") << 409 << "Contact with this phone number already exists";
    QTest::newRow("400 phone") << 400 << ApiMessages::phoneRequired;
    QTest::newRow("413") << 413 << "Too many contacts in one request (max 1000)";
}

void TestContactJson::failureEnvelope()
{
    QFETCH(int, status);
    QFETCH(QString, message);

    const QJsonObject envelope = ContactJson::failure(ApiError{status, message, "detail"});
    QCOMPARE(sortedKeys(envelope), QStringList({"error", "success"}));
    QCOMPARE(envelope.value("success"), QJsonValue(false));
    QCOMPARE(envelope.value("error").toString(), message);
}

void TestContactJson::internalErrorHidesDetail()
{
    const ApiError error = ApiError::internal("no such table: contacts at /home/x/contacts.db");
    const QByteArray body = ContactJson::serialize(ContactJson::failure(error));
    QCOMPARE(body, QByteArray(R"({"success":false,"error":"Internal server error"})"));
}

// Ahmed's list item, as the reference shows it.
QJsonObject ahmedListItem()
{
    return parse(R"({
        "id": "contact_f1e2d3c4-5678-40ab-8def-abcdefabcdef",
        "name": "Ahmed Hassan",
        "phone": "+971501234567",
        "email": "ahmed@example.com",
        "countryCode": "AE",
        "tags": ["vip", "returning-customer"],
        "labels": ["premium"],
        "source": "organic",
        "optedIn": true,
        "isBlocked": false,
        "lastMessageAt": "2026-05-16T14:22:00.000Z",
        "conversationCount": 5,
        "createdAt": "2026-03-10T08:00:00.000Z",
        "updatedAt": "2026-05-16T14:22:00.000Z"})");
}

void TestContactJson::listItemShape()
{
    const QJsonObject item = ContactJson::listItem(ahmed());
    QCOMPARE(sortedKeys(item), sorted(listKeys));
    QCOMPARE(compact(item), compact(ahmedListItem()));
}

void TestContactJson::listItemNulls()
{
    Contact bare;
    bare.id = QStringLiteral("contact_00000000-0000-4000-8000-000000000000");
    bare.vendorContactId = QStringLiteral("000000000000000000000000");
    bare.phone = QStringLiteral("+971501234567");
    bare.source = QStringLiteral("api");
    bare.createdAt = bare.updatedAt = at("2026-05-16T15:00:00.000Z");

    // Absent values are JSON nulls and empty lists, never missing keys.
    const QJsonObject item = ContactJson::listItem(bare);
    QCOMPARE(sortedKeys(item), sorted(listKeys));
    QVERIFY(item.value("name").isNull());
    QVERIFY(item.value("email").isNull());
    QVERIFY(item.value("countryCode").isNull());
    QVERIFY(item.value("lastMessageAt").isNull());
    QCOMPARE(item.value("tags"), QJsonValue(QJsonArray{}));
    QCOMPARE(item.value("labels"), QJsonValue(QJsonArray{}));
    QCOMPARE(item.value("conversationCount"), QJsonValue(0));

    const QJsonObject full = ContactJson::fullContact(bare);
    QCOMPARE(full.value("params"), QJsonValue(QJsonObject{}));

    const QJsonObject sarahItem = ContactJson::listItem(sarah());
    QVERIFY(sarahItem.value("email").isNull());
    QCOMPARE(sarahItem.value("labels"), QJsonValue(QJsonArray{}));
}

void TestContactJson::fullContactShape()
{
    const QJsonObject full = ContactJson::fullContact(ahmed());
    QCOMPARE(sortedKeys(full), sorted(listKeys + QStringList{"vendorContactId", "params"}));
    // The GET shape is the list item with the vendor's id and the params.
    QJsonObject expected = ahmedListItem();
    expected.insert("vendorContactId", "6478a1b2c3d4e5f6a7b8c9d0");
    expected.insert("params", parse(R"({"shopify_customer_id": "cust_789012",
                                        "loyalty_tier": "gold"})"));
    QCOMPARE(compact(full), compact(expected));
}

void TestContactJson::createdContactShape()
{
    Contact c;
    c.id = QStringLiteral("contact_0e123456-6789-41ab-8def-abcdefabcdef");
    c.vendorContactId = QStringLiteral("6478a1b2c3d4e5f6a7b8c9d1");
    c.name = QStringLiteral("Ahmed Hassan");
    c.phone = QStringLiteral("+971501234567");
    c.email = QStringLiteral("ahmed@example.com");
    c.countryCode = QStringLiteral("AE");
    c.tags = {QStringLiteral("lead"), QStringLiteral("website")};
    c.labels = {QStringLiteral("set-but-not-shown")};
    c.params = QJsonObject{{"source_page", "/pricing"}, {"utm_campaign", "spring_2026"}};
    c.source = QStringLiteral("api");
    c.createdAt = c.updatedAt = at("2026-05-16T15:00:00.000Z");

    const QJsonObject created = ContactJson::createdContact(c);
    // The reference's create shape has no labels, lastMessageAt or conversationCount.
    QCOMPARE(sortedKeys(created),
             sorted({"id", "vendorContactId", "name", "phone", "email", "countryCode", "tags",
                     "params", "source", "optedIn", "isBlocked", "createdAt", "updatedAt"}));
    const QJsonObject expected = parse(R"({
        "id": "contact_0e123456-6789-41ab-8def-abcdefabcdef",
        "vendorContactId": "6478a1b2c3d4e5f6a7b8c9d1",
        "name": "Ahmed Hassan",
        "phone": "+971501234567",
        "email": "ahmed@example.com",
        "countryCode": "AE",
        "tags": ["lead", "website"],
        "params": {"source_page": "/pricing", "utm_campaign": "spring_2026"},
        "source": "api",
        "optedIn": false,
        "isBlocked": false,
        "createdAt": "2026-05-16T15:00:00.000Z",
        "updatedAt": "2026-05-16T15:00:00.000Z"})");
    QCOMPARE(compact(created), compact(expected));
}

void TestContactJson::patchedContactShape()
{
    Contact c = ahmed();
    c.name = QStringLiteral("Ahmed Hassan Al-Maktoum");
    c.email = QStringLiteral("ahmed.new@example.com");
    c.tags = {QStringLiteral("vip"), QStringLiteral("returning-customer"),
              QStringLiteral("high-value")};
    c.params = QJsonObject{{"shopify_customer_id", "cust_789012"}, {"loyalty_tier", "platinum"}};
    c.updatedAt = at("2026-05-16T15:10:00.000Z");

    const QJsonObject patched = ContactJson::patchedContact(c);
    QCOMPARE(sortedKeys(patched), sorted({"id", "name", "phone", "email", "country_code", "tags",
                                          "params", "is_blocked", "opted_in", "updated_at"}));
    const QJsonObject expected = parse(R"({
        "id": "contact_f1e2d3c4-5678-40ab-8def-abcdefabcdef",
        "name": "Ahmed Hassan Al-Maktoum",
        "phone": "+971501234567",
        "email": "ahmed.new@example.com",
        "country_code": "AE",
        "tags": ["vip", "returning-customer", "high-value"],
        "params": {"shopify_customer_id": "cust_789012", "loyalty_tier": "platinum"},
        "is_blocked": false,
        "opted_in": true,
        "updated_at": "2026-05-16T15:10:00.000Z"})");
    QCOMPARE(compact(patched), compact(expected));
}

void TestContactJson::listPageShape()
{
    ListPage page;
    page.contacts = {ahmed(), sarah()};
    page.total = 1842;
    page.page = 1;
    page.limit = 20;
    page.hasNext = true;

    const QJsonObject object = ContactJson::listPage(page);
    QCOMPARE(sortedKeys(object), sorted({"contacts", "total", "page", "limit", "hasNext"}));
    QCOMPARE(object.value("total"), QJsonValue(1842));
    QCOMPARE(object.value("page"), QJsonValue(1));
    QCOMPARE(object.value("limit"), QJsonValue(20));
    QCOMPARE(object.value("hasNext"), QJsonValue(true));
    const QJsonArray contacts = object.value("contacts").toArray();
    QCOMPARE(contacts.size(), 2);
    QCOMPARE(contacts.at(0).toObject(), ContactJson::listItem(ahmed()));
    QCOMPARE(contacts.at(1).toObject(), ContactJson::listItem(sarah()));

    const QJsonObject empty = ContactJson::listPage(ListPage{});
    QCOMPARE(empty.value("contacts"), QJsonValue(QJsonArray{}));
    QCOMPARE(empty.value("hasNext"), QJsonValue(false));
}

void TestContactJson::bulkResultShape()
{
    BulkResult result;
    result.imported = 2;
    result.skipped = 1;
    result.errors = {{1, QStringLiteral("+971502222222"), ApiMessages::contactAlreadyExists}};
    result.contacts = {{QStringLiteral("contact_new1..."), QStringLiteral("+971501111111"), 0},
                       {QStringLiteral("contact_new3..."), QStringLiteral("+971503333333"), 2}};

    const QJsonObject object = ContactJson::bulkResult(result);
    QCOMPARE(sortedKeys(object), sorted({"imported", "skipped", "errors", "contacts"}));
    // The reference's "partial failures" example, exactly: the created items carry no index.
    const QJsonObject expected = parse(R"({
        "imported": 2,
        "skipped": 1,
        "errors": [{"index": 1, "phone": "+971502222222", "error": "Contact already exists"}],
        "contacts": [
            { "id": "contact_new1...", "phone": "+971501111111", "status": "created" },
            { "id": "contact_new3...", "phone": "+971503333333", "status": "created" }]})");
    QCOMPARE(compact(object), compact(expected));

    const QJsonObject none = ContactJson::bulkResult(BulkResult{});
    QCOMPARE(compact(none),
             compact(parse(R"({"imported":0,"skipped":0,"errors":[],"contacts":[]})")));
}

void TestContactJson::bulkResultNullPhone()
{
    BulkResult result;
    result.skipped = 2;
    result.errors = {{0, std::nullopt, ApiMessages::invalidContact},
                     {1, QStringLiteral("not a phone"), ApiMessages::invalidPhone}};
    const QJsonArray errors = ContactJson::bulkResult(result).value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(sortedKeys(errors.at(0).toObject()), sorted({"index", "phone", "error"}));
    QVERIFY(errors.at(0).toObject().value("phone").isNull());
    QCOMPARE(errors.at(0).toObject().value("index"), QJsonValue(0));
    QCOMPARE(errors.at(0).toObject().value("error"), QJsonValue(ApiMessages::invalidContact));
    QCOMPARE(errors.at(1).toObject().value("phone"), QJsonValue("not a phone"));
}

void TestContactJson::deletedContactShape()
{
    const DeletedContact deleted{QStringLiteral("contact_f1e2d3c4-5678-40ab-8def-abcdefabcdef"),
                                 QStringLiteral("+971501234567"), at("2026-05-16T15:20:00.000Z"),
                                 std::nullopt};
    const QJsonObject object = ContactJson::deletedContact(deleted);
    QCOMPARE(
        compact(object),
        compact(parse(R"({"id":"contact_f1e2d3c4-5678-40ab-8def-abcdefabcdef","deleted":true})")));
}

void TestContactJson::timestampsAreUtcWithMilliseconds()
{
    Contact c = ahmed();
    // 18:22:00.5 in Dubai is 14:22:00.500 UTC.
    c.updatedAt = QDateTime(QDate(2026, 5, 16), QTime(18, 22, 0, 500), QTimeZone(4 * 3600));
    c.createdAt = QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc());
    const QJsonObject item = ContactJson::listItem(c);
    QCOMPARE(item.value("updatedAt").toString(), QStringLiteral("2026-05-16T14:22:00.500Z"));
    QCOMPARE(item.value("createdAt").toString(), QStringLiteral("2026-03-10T08:00:00.000Z"));
    QCOMPARE(Timestamps::format(Timestamps::fromMsecs(0)),
             QStringLiteral("1970-01-01T00:00:00.000Z"));
}

void TestContactJson::contactRoundTrip_data()
{
    QTest::addColumn<Contact>("contact");
    QTest::newRow("ahmed") << ahmed();
    QTest::newRow("sarah (nulls)") << sarah();
}

void TestContactJson::contactRoundTrip()
{
    QFETCH(Contact, contact);
    contact.rowId = 0; // never part of the API

    const Contact read = ContactJson::contactFromJson(ContactJson::fullContact(contact));
    QCOMPARE(compact(ContactJson::fullContact(read)), compact(ContactJson::fullContact(contact)));
    QVERIFY(read == contact);

    // The list shape has no vendorContactId or params; everything else survives.
    Contact listed = contact;
    listed.vendorContactId.clear();
    listed.params = {};
    QVERIFY(ContactJson::contactFromJson(ContactJson::listItem(contact)) == listed);
}

void TestContactJson::parseObjectRejects_data()
{
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("empty body") << QByteArray();
    QTest::newRow("whitespace") << QByteArray("  \n");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("array of object") << QByteArray(R"([{"userNumber":"+971501234567"}])");
    QTest::newRow("string") << QByteArray(R"("x")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("truncated") << QByteArray("{bad");
    QTest::newRow("unterminated") << QByteArray(R"({"userNumber": "+971)");
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})");
    QTest::newRow("garbage after the object") << QByteArray(R"({"a":1} x)");
    QTest::newRow("form encoded") << QByteArray("userNumber=%2B971501234567");
}

void TestContactJson::parseObjectRejects()
{
    QFETCH(QByteArray, body);

    const auto parsed = ContactJson::parseObject(body);
    QVERIFY2(!parsed, "a body that is not a JSON object was accepted");
    QCOMPARE(parsed.error().status, 400);
    QCOMPARE(parsed.error().message, ApiMessages::invalidJsonBody);
}

void TestContactJson::parseObjectAccepts()
{
    QCOMPARE(ContactJson::parseObject("{}").value(), QJsonObject());
    const auto parsed = ContactJson::parseObject(
        " {\"userNumber\": \"+971501234567\", \"userName\": \"Ahmed Hassan\"}\n");
    QVERIFY(parsed);
    QCOMPARE(*parsed, QJsonObject({{"userNumber", "+971501234567"}, {"userName", "Ahmed Hassan"}}));
    const auto unicode = ContactJson::parseObject(R"({"userName":"Émile Zoë"})");
    QVERIFY(unicode);
    QCOMPARE(unicode->value("userName").toString(), QStringLiteral("Émile Zoë"));
}

void TestContactJson::bulkItemsRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("array body") << QByteArray(R"([{"userNumber":"+971501234567"}])") << 400
                                << ApiMessages::invalidJsonBody;
    QTest::newRow("bad JSON") << QByteArray("{bad") << 400 << ApiMessages::invalidJsonBody;
    QTest::newRow("empty body") << QByteArray() << 400 << ApiMessages::invalidJsonBody;
    QTest::newRow("no contacts key")
        << QByteArray("{}") << 400 << ApiMessages::contactsArrayRequired;
    QTest::newRow("other key") << QByteArray(R"({"items":[]})") << 400
                               << ApiMessages::contactsArrayRequired;
    QTest::newRow("contacts object")
        << QByteArray(R"({"contacts":{}})") << 400 << ApiMessages::contactsArrayRequired;
    QTest::newRow("contacts string")
        << QByteArray(R"({"contacts":"x"})") << 400 << ApiMessages::contactsArrayRequired;
    QTest::newRow("contacts null")
        << QByteArray(R"({"contacts":null})") << 400 << ApiMessages::contactsArrayRequired;
    QTest::newRow("1001 items") << bulkBody(1001) << 413
                                << QStringLiteral("Too many contacts in one request (max 1000)");
}

void TestContactJson::bulkItemsRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);

    const auto items = ContactJson::bulkItems(body);
    QVERIFY2(!items, "a bad bulk body was accepted");
    QCOMPARE(items.error().status, status);
    QCOMPARE(items.error().message, message);
}

void TestContactJson::bulkItemsAccepts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("count");

    QTest::newRow("empty list") << QByteArray(R"({"contacts":[]})") << 0;
    QTest::newRow("reference example") << QByteArray(R"({"contacts": [
        {"userNumber": "+971501111111", "userName": "Contact One", "tags": ["imported"]},
        {"userNumber": "+971502222222", "userName": "Contact Two", "tags": ["imported"]},
        {"userNumber": "+971503333333", "userName": "Contact Three", "email": "three@example.com"}
        ]})") << 3;
    // Items are checked one by one later: a bad item does not fail the whole body.
    QTest::newRow("items that are not objects")
        << QByteArray(R"({"contacts":[1,"x",null,[]]})") << 4;
    QTest::newRow("1000 items") << bulkBody(1000) << 1000;
}

void TestContactJson::bulkItemsAccepts()
{
    QFETCH(QByteArray, body);
    QFETCH(int, count);

    const auto items = ContactJson::bulkItems(body);
    QVERIFY2(items, qPrintable(items ? QString() : items.error().message));
    QCOMPARE(items->size(), count);
}

// The order in which keys first appear in the serialized text.
static QStringList keyOrder(const QByteArray& json, const QStringList& keys)
{
    QList<std::pair<qsizetype, QString>> found;
    for (const QString& key : keys)
        found.append({json.indexOf('"' + key.toUtf8() + "\":"), key});
    std::sort(found.begin(), found.end());
    QStringList order;
    for (const auto& [at, key] : found)
        order.append(at < 0 ? QStringLiteral("missing ") + key : key);
    return order;
}

void TestContactJson::serializeKeepsTheReferenceOrder_data()
{
    QTest::addColumn<QJsonObject>("shape");
    QTest::addColumn<QStringList>("order");
    QTest::newRow("list item") << ContactJson::listItem(ahmed()) << QStringList(listKeys);
    QTest::newRow("get") << ContactJson::fullContact(ahmed())
                         << QStringList{"id",
                                        "vendorContactId",
                                        "name",
                                        "phone",
                                        "email",
                                        "countryCode",
                                        "tags",
                                        "labels",
                                        "params",
                                        "source",
                                        "optedIn",
                                        "isBlocked",
                                        "lastMessageAt",
                                        "conversationCount",
                                        "createdAt",
                                        "updatedAt"};
    QTest::newRow("create") << ContactJson::createdContact(ahmed())
                            << QStringList{"id",       "vendorContactId", "name",      "phone",
                                           "email",    "countryCode",     "tags",      "params",
                                           "source",   "optedIn",         "isBlocked", "createdAt",
                                           "updatedAt"};
    QTest::newRow("patch") << ContactJson::patchedContact(ahmed())
                           << QStringList{"id",           "name",      "phone",  "email",
                                          "country_code", "tags",      "params", "is_blocked",
                                          "opted_in",     "updated_at"};
    BulkResult bulk;
    bulk.imported = 1;
    bulk.skipped = 1;
    bulk.contacts = {{QStringLiteral("contact_x"), QStringLiteral("+971501111111"), 0}};
    bulk.errors = {{1, QStringLiteral("+971501111111"), ApiMessages::contactAlreadyExists}};
    const QJsonObject bulkShape = ContactJson::bulkResult(bulk);
    QTest::newRow("bulk") << bulkShape << QStringList{"imported", "skipped", "errors", "contacts"};
    QTest::newRow("bulk error") << bulkShape.value("errors").toArray().first().toObject()
                                << QStringList{"index", "phone", "error"};
    QTest::newRow("bulk created") << bulkShape.value("contacts").toArray().first().toObject()
                                  << QStringList{"id", "phone", "status"};
    ListPage page;
    page.contacts = {ahmed()};
    QTest::newRow("list page") << ContactJson::listPage(page)
                               << QStringList{"contacts", "total", "page", "limit", "hasNext"};
    QTest::newRow("envelope") << ContactJson::success(QJsonObject{})
                              << QStringList{"success", "data"};
    QTest::newRow("error") << ContactJson::failure(ApiError::contactNotFound())
                           << QStringList{"success", "error"};
}

void TestContactJson::serializeKeepsTheReferenceOrder()
{
    QFETCH(QJsonObject, shape);
    QFETCH(QStringList, order);
    for (const bool indented : {false, true}) {
        const QByteArray json = ContactJson::serialize(shape, indented);
        const QByteArray spaced = indented ? QByteArray(json).replace("\": ", "\":") : json;
        QCOMPARE(keyOrder(spaced, order), order);
    }
}

void TestContactJson::serializeRoundTrips_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("text needing escapes")
        << QJsonObject{{"name", QStringLiteral("say \"hi\" \\ back\nslash\t\r\b\f")},
                       {"control", QString(QChar(0x01)) + QChar(0x1f)}};
    QTest::newRow("scripts and emoji")
        << QJsonObject{{"name", QStringLiteral("محمد 李雷 Ζωή 🚀\u2028")}};
    QTest::newRow("numbers") << QJsonObject{{"int", 12},       {"negative", -7},
                                            {"fraction", 1.5}, {"big", 9007199254740991.0},
                                            {"huge", 1e300},   {"tiny", 1e-9}};
    QTest::newRow("nesting and empties")
        << QJsonObject{{"data", QJsonObject{{"contacts", QJsonArray{}}, {"params", QJsonObject{}}}},
                       {"list", QJsonArray{QJsonValue::Null, true, false, "x"}}};
    QTest::newRow("a full contact") << ContactJson::fullContact(ahmed());
}

void TestContactJson::serializeRoundTrips()
{
    QFETCH(QJsonObject, object);
    for (const bool indented : {false, true}) {
        const QByteArray json = ContactJson::serialize(object, indented);
        QJsonParseError error;
        const QJsonDocument parsed = QJsonDocument::fromJson(json, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        QCOMPARE(parsed.object(), object);
        QCOMPARE(json.contains('\n'), indented);
    }
}

QTEST_GUILESS_MAIN(TestContactJson)
#include "tst_contactjson.moc"
