#include "ApiError.h"
#include "Contact.h"
#include "ContactBodies.h"
#include "ContactFields.h"
#include "ContactJson.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "FieldRules.h"
#include "ListQuery.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QTest>

#include <memory>

namespace {

const QString samplePhone = QStringLiteral("+971501234567");

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

/// Compact JSON of a value, so that QCOMPARE prints what differs.
QString show(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("<not given>");
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

QJsonValue nullable(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue given(const std::optional<T>& value, auto convert)
{
    return value ? convert(*value) : QJsonValue(QJsonValue::Undefined);
}

/// A validated field by its API camelCase name; undefined when the rules left it out.
QJsonValue fieldValue(const ContactFields& fields, const QString& key)
{
    const auto text = [](const QString& s) {
        return QJsonValue(s);
    };
    const auto list = [](const QStringList& l) {
        return QJsonValue(QJsonArray::fromStringList(l));
    };
    const auto object = [](const QJsonObject& o) {
        return QJsonValue(o);
    };
    const auto boolean = [](bool b) {
        return QJsonValue(b);
    };
    if (key == u"phone")
        return given(fields.phone, text);
    if (key == u"countryCode")
        return given(fields.countryCode, nullable);
    if (key == u"email")
        return given(fields.email, nullable);
    if (key == u"name")
        return given(fields.name, nullable);
    if (key == u"tags")
        return given(fields.tags, list);
    if (key == u"labels")
        return given(fields.labels, list);
    if (key == u"params")
        return given(fields.params, object);
    if (key == u"optedIn")
        return given(fields.optedIn, boolean);
    if (key == u"isBlocked")
        return given(fields.isBlocked, boolean);
    if (key == u"source")
        return given(fields.source, text);
    return QJsonValue::Undefined;
}

/// A stored contact's field by its API camelCase name.
QJsonValue contactValue(const Contact& contact, const QString& key)
{
    if (key == u"phone")
        return contact.phone;
    if (key == u"countryCode")
        return nullable(contact.countryCode);
    if (key == u"email")
        return nullable(contact.email);
    if (key == u"name")
        return nullable(contact.name);
    if (key == u"tags")
        return QJsonArray::fromStringList(contact.tags);
    if (key == u"labels")
        return QJsonArray::fromStringList(contact.labels);
    if (key == u"params")
        return contact.params;
    if (key == u"optedIn")
        return contact.optedIn;
    if (key == u"isBlocked")
        return contact.isBlocked;
    if (key == u"source")
        return contact.source;
    return QJsonValue::Undefined;
}

QJsonObject withPhone(QJsonObject body)
{
    body.insert(QStringLiteral("userNumber"), samplePhone);
    return body;
}

/// A plausible address of exactly `length` characters (at least 254): a 64-character local
/// part and DNS-sized labels, so that only the overall length can make it invalid.
QString emailOfLength(int length)
{
    const QString local = repeated('a', 64);
    const QString tail = QStringLiteral(".") + repeated('x', 61) + QStringLiteral(".") +
                         repeated('y', 61) + QStringLiteral(".com");
    const int firstLabel = length - local.size() - 1 - tail.size();
    return local + QStringLiteral("@") + repeated('w', firstLabel) + tail;
}

QJsonArray manyTags(int count)
{
    QJsonArray tags;
    for (int i = 0; i < count; ++i)
        tags.append(QStringLiteral("tag-%1").arg(i));
    return tags;
}

QJsonObject manyParams(int count)
{
    QJsonObject params;
    for (int i = 0; i < count; ++i)
        params.insert(QStringLiteral("key%1").arg(i), i);
    return params;
}

/// The contact every PATCH case starts from: note its countryCode differs from the phone's.
QJsonObject baseContact()
{
    return QJsonObject{
        {QStringLiteral("userNumber"), samplePhone},
        {QStringLiteral("userName"), QStringLiteral("Ahmed Hassan")},
        {QStringLiteral("email"), QStringLiteral("ahmed@example.com")},
        {QStringLiteral("countryCode"), QStringLiteral("US")},
        {QStringLiteral("tags"),
         QJsonArray{QStringLiteral("vip"), QStringLiteral("returning-customer")}},
        {QStringLiteral("labels"), QJsonArray{QStringLiteral("premium")}},
        {QStringLiteral("params"),
         QJsonObject{{QStringLiteral("loyalty_tier"), QStringLiteral("gold")}}},
    };
}

} // namespace

class TestFieldRules : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createRejects_data();
    void createRejects();
    void createRejectsThroughStore_data() { createRejects_data(); }
    void createRejectsThroughStore();

    void createAccepts_data();
    void createAccepts();
    void createAcceptsThroughStore_data() { createAccepts_data(); }
    void createAcceptsThroughStore();

    void phoneNormalized_data();
    void phoneNormalized();

    void countryCodeDerivedFromPhone();

    void patchRejects_data();
    void patchRejects();
    void patchRejectsThroughStore_data() { patchRejects_data(); }
    void patchRejectsThroughStore();

    void patchAccepts_data();
    void patchAccepts();
    void patchAcceptsThroughStore_data();
    void patchAcceptsThroughStore();

    void singleFieldChecks();

private:
    void addCreateReject(const char* tag, const QJsonObject& body, const QString& message);
    void addPatchReject(const char* tag, const QJsonObject& body, const QString& message);

    bool openDatabase();

    std::unique_ptr<TestDatabase> m_db;
};

void TestFieldRules::init()
{
    // Most cases check pure functions: only those going through the store open a database.
    m_db.reset();
}

bool TestFieldRules::openDatabase()
{
    m_db = std::make_unique<TestDatabase>();
    if (!m_db->isOpen())
        qWarning("%s", qPrintable(m_db->errorString()));
    return m_db->isOpen();
}

void TestFieldRules::cleanup()
{
    m_db.reset();
}

void TestFieldRules::addCreateReject(const char* tag, const QJsonObject& body,
                                     const QString& message)
{
    QTest::newRow(tag) << body << message;
}

void TestFieldRules::createRejects_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");

    using namespace ApiMessages;
    const auto phone = [](const QJsonValue& v) {
        return QJsonObject{{"userNumber", v}};
    };
    const auto field = [](const char* key, const QJsonValue& v) {
        return withPhone(QJsonObject{{QString::fromLatin1(key), v}});
    };

    addCreateReject("phone absent", QJsonObject{{"userName", "Ahmed"}}, phoneRequired);
    addCreateReject("phone null", phone(QJsonValue::Null), phoneRequired);
    addCreateReject("phone empty", phone(""), phoneRequired);
    addCreateReject("phone blank", phone("   "), phoneRequired);
    addCreateReject("phone number type", phone(971501234567.0), invalidPhone);
    addCreateReject("phone bool", phone(true), invalidPhone);
    addCreateReject("phone array", phone(QJsonArray{samplePhone}), invalidPhone);
    addCreateReject("phone object", phone(QJsonObject{{"e164", samplePhone}}), invalidPhone);
    addCreateReject("phone letters", phone("call me"), invalidPhone);
    addCreateReject("phone letters after code", phone("+971abc"), invalidPhone);
    addCreateReject("phone too short", phone("+12"), invalidPhone);
    addCreateReject("phone no prefix", phone("971501234567"), invalidPhone);
    addCreateReject("phone national", phone("0501234567"), invalidPhone);
    addCreateReject("phone not valid (555)", phone("+15551234567"), invalidPhone);
    addCreateReject("phone one digit short", phone("+97150123456"), invalidPhone);
    addCreateReject("phone one digit long", phone("+9715012345678"), invalidPhone);
    addCreateReject("phone unknown calling code", phone("+999123456789"), invalidPhone);

    addCreateReject("countryCode ZZ", field("countryCode", "ZZ"), invalidCountryCode);
    addCreateReject("countryCode XX", field("countryCode", "XX"), invalidCountryCode);
    addCreateReject("countryCode lowercase unknown", field("countryCode", "zz"),
                    invalidCountryCode);
    addCreateReject("countryCode three letters", field("countryCode", "ARE"), invalidCountryCode);
    addCreateReject("countryCode one letter", field("countryCode", "A"), invalidCountryCode);
    addCreateReject("countryCode UK (not ISO)", field("countryCode", "UK"), invalidCountryCode);
    addCreateReject("countryCode number", field("countryCode", 971), invalidCountryCode);
    addCreateReject("countryCode array", field("countryCode", QJsonArray{"AE"}),
                    invalidCountryCode);

    addCreateReject("email two @", field("email", "a@@example.com"), invalidEmail);
    addCreateReject("email two separate @", field("email", "a@b@example.com"), invalidEmail);
    addCreateReject("email no @", field("email", "ahmed.example.com"), invalidEmail);
    addCreateReject("email inner space", field("email", "ahmed hassan@example.com"), invalidEmail);
    addCreateReject("email space in domain", field("email", "ahmed@exa mple.com"), invalidEmail);
    addCreateReject("email 255 chars", field("email", emailOfLength(255)), invalidEmail);
    addCreateReject("email number", field("email", 42), invalidEmail);
    addCreateReject("email bool", field("email", false), invalidEmail);
    addCreateReject("email array", field("email", QJsonArray{"a@example.com"}), invalidEmail);

    addCreateReject("name 257 chars", field("userName", repeated('n', 257)), invalidName);
    addCreateReject("name number", field("userName", 42), invalidName);
    addCreateReject("name bool", field("userName", true), invalidName);
    addCreateReject("name array", field("userName", QJsonArray{"Ahmed"}), invalidName);
    addCreateReject("name object", field("userName", QJsonObject{{"first", "Ahmed"}}), invalidName);

    addCreateReject("tags string", field("tags", "vip"), invalidTags);
    addCreateReject("tags object", field("tags", QJsonObject{{"vip", true}}), invalidTags);
    addCreateReject("tags number", field("tags", 1), invalidTags);
    addCreateReject("tags number element", field("tags", QJsonArray{"vip", 1}), invalidTags);
    addCreateReject("tags null element", field("tags", QJsonArray{"vip", QJsonValue::Null}),
                    invalidTags);
    addCreateReject("tags nested array", field("tags", QJsonArray{QJsonArray{"vip"}}), invalidTags);
    addCreateReject("tags 65-char tag", field("tags", QJsonArray{repeated('t', 65)}), invalidTags);
    addCreateReject("tags 101 tags", field("tags", manyTags(101)), invalidTags);

    addCreateReject("labels string", field("labels", "premium"), invalidLabels);
    addCreateReject("labels bool element", field("labels", QJsonArray{true}), invalidLabels);
    addCreateReject("labels 65-char label", field("labels", QJsonArray{repeated('l', 65)}),
                    invalidLabels);
    addCreateReject("labels 101 labels", field("labels", manyTags(101)), invalidLabels);

    addCreateReject("params array", field("params", QJsonArray{"a"}), invalidParams);
    addCreateReject("params string", field("params", "a=b"), invalidParams);
    addCreateReject("params number", field("params", 1), invalidParams);
    addCreateReject("params nested object",
                    field("params", QJsonObject{{"address", QJsonObject{{"city", "Dubai"}}}}),
                    invalidParams);
    addCreateReject("params nested array", field("params", QJsonObject{{"ids", QJsonArray{1, 2}}}),
                    invalidParams);
    addCreateReject("params 101 keys", field("params", manyParams(101)), invalidParams);
    addCreateReject("params 65-char key", field("params", QJsonObject{{repeated('k', 65), "v"}}),
                    invalidParams);

    // The rule table's order decides which of two bad fields is reported.
    addCreateReject("order: missing phone before bad email",
                    QJsonObject{{"email", "bad"}, {"userName", 42}}, phoneRequired);
    addCreateReject("order: bad phone before bad countryCode",
                    QJsonObject{{"userNumber", "12"}, {"countryCode", "ZZ"}}, invalidPhone);
    addCreateReject("order: countryCode before email",
                    withPhone({{"countryCode", "ZZ"}, {"email", "bad"}}), invalidCountryCode);
    addCreateReject("order: email before name", withPhone({{"email", "a@@b"}, {"userName", 42}}),
                    invalidEmail);
    addCreateReject("order: name before tags", withPhone({{"userName", 42}, {"tags", "x"}}),
                    invalidName);
    addCreateReject("order: tags before labels", withPhone({{"tags", "x"}, {"labels", "y"}}),
                    invalidTags);
    addCreateReject("order: labels before params",
                    withPhone({{"labels", "y"}, {"params", QJsonArray{}}}), invalidLabels);
}

void TestFieldRules::createRejects()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);

    const auto result = FieldRules::validate(ContactBodies::newContact(body));
    QVERIFY2(!result, "a bad create body was accepted");
    QCOMPARE(result.error().status, 400);
    QCOMPARE(result.error().message, message);
}

void TestFieldRules::createRejectsThroughStore()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);

    QVERIFY(openDatabase());
    ContactStore store = m_db->store();
    const auto result = store.create(ContactBodies::newContact(body));
    QVERIFY2(!result, "a bad create body was stored");
    QCOMPARE(result.error().status, 400);
    QCOMPARE(result.error().message, message);

    const auto count = store.count(ListQuery{});
    QVERIFY(count);
    QCOMPARE(*count, 0);
    const auto journal = store.journal(0);
    QVERIFY(journal);
    QCOMPARE(journal->size(), 0);
}

void TestFieldRules::createAccepts_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    const auto row = [](const char* tag, const char* key, const QJsonValue& value,
                        const QJsonValue& expected) {
        const QString name = QString::fromLatin1(key);
        // The create body names the name field userName; the stored field is name.
        const QString bodyKey = name == u"name" ? QStringLiteral("userName") : name;
        QTest::newRow(tag) << withPhone({{bodyKey, value}}) << name << expected;
    };
    const QJsonValue null(QJsonValue::Null);

    row("countryCode as given", "countryCode", "AE", "AE");
    row("countryCode lowercase", "countryCode", "ae", "AE");
    row("countryCode mixed case", "countryCode", "gB", "GB");
    row("countryCode differs from phone", "countryCode", "US", "US");

    row("email kept", "email", "ahmed@example.com", "ahmed@example.com");
    row("email trimmed", "email", "  ahmed@example.com\t", "ahmed@example.com");
    row("email blank is null", "email", "   ", null);
    row("email empty is null", "email", "", null);
    row("email null", "email", null, null);
    row("email 254 chars", "email", emailOfLength(254), emailOfLength(254));

    row("name kept", "name", "Ahmed Hassan", "Ahmed Hassan");
    row("name trimmed", "name", "  Ahmed Hassan  ", "Ahmed Hassan");
    row("name blank is null", "name", " \t ", null);
    row("name null", "name", null, null);
    row("name 256 chars", "name", repeated('n', 256), repeated('n', 256));
    row("name 256 chars after trim", "name", QStringLiteral("  ") + repeated('n', 256) + "  ",
        repeated('n', 256));
    row("name unicode", "name", QStringLiteral("Émile Zoë"), QStringLiteral("Émile Zoë"));

    row("tags kept in order", "tags", QJsonArray{"lead", "website"}, QJsonArray{"lead", "website"});
    row("tags trimmed", "tags", QJsonArray{" lead ", "website\t"}, QJsonArray{"lead", "website"});
    row("tags empties dropped", "tags", QJsonArray{"", "lead", "  "}, QJsonArray{"lead"});
    row("tags duplicates dropped keeping first spelling", "tags",
        QJsonArray{"VIP", "lead", "vip", " Vip "}, QJsonArray{"VIP", "lead"});
    row("tags 64-char tag", "tags", QJsonArray{repeated('t', 64)}, QJsonArray{repeated('t', 64)});
    row("tags 64-char tag after trim", "tags", QJsonArray{" " + repeated('t', 64) + " "},
        QJsonArray{repeated('t', 64)});
    row("tags 100 tags", "tags", manyTags(100), manyTags(100));
    row("tags empty", "tags", QJsonArray{}, QJsonArray{});
    row("tags null", "tags", null, QJsonArray{});

    row("labels kept", "labels", QJsonArray{"premium"}, QJsonArray{"premium"});
    row("labels trimmed and deduplicated", "labels", QJsonArray{" Premium", "premium ", ""},
        QJsonArray{"Premium"});
    row("labels 100 labels", "labels", manyTags(100), manyTags(100));
    row("labels null", "labels", null, QJsonArray{});

    const QJsonObject scalars{{"s", "text"}, {"n", 1.5}, {"b", true}, {"z", null}};
    row("params scalars", "params", scalars, scalars);
    row("params reference example", "params",
        QJsonObject{{"source_page", "/pricing"}, {"utm_campaign", "spring_2026"}},
        QJsonObject{{"source_page", "/pricing"}, {"utm_campaign", "spring_2026"}});
    row("params 100 keys", "params", manyParams(100), manyParams(100));
    row("params 64-char key", "params", QJsonObject{{repeated('k', 64), "v"}},
        QJsonObject{{repeated('k', 64), "v"}});
    row("params empty", "params", QJsonObject{}, QJsonObject{});
    row("params null", "params", null, QJsonObject{});
}

void TestFieldRules::createAccepts()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    const auto result = FieldRules::validate(ContactBodies::newContact(body));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(show(fieldValue(*result, QStringLiteral("phone"))), show(samplePhone));
    const QJsonValue actual = fieldValue(*result, key);
    // A null that is the default may be left out by the rules; the store must still show it.
    if (!(actual.isUndefined() &&
          (expected.isNull() || expected == QJsonArray{} || expected == QJsonObject{})))
        QCOMPARE(show(actual), show(expected));
}

void TestFieldRules::createAcceptsThroughStore()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    QVERIFY(openDatabase());
    ContactStore store = m_db->store();
    const auto created = store.create(ContactBodies::newContact(body));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(show(contactValue(*created, key)), show(expected));

    // What is read back is what was returned.
    const auto read = store.contact(created->id);
    QVERIFY(read);
    QCOMPARE(show(contactValue(*read, key)), show(expected));
}

void TestFieldRules::phoneNormalized_data()
{
    QTest::addColumn<QString>("userNumber");
    QTest::addColumn<QString>("e164");

    QTest::newRow("E.164") << "+971501234567"
                           << "+971501234567";
    QTest::newRow("00 prefix") << "00971501234567"
                               << "+971501234567";
    QTest::newRow("spaces") << "+971 50 123 4567"
                            << "+971501234567";
    QTest::newRow("dashes") << "+971-50-123-4567"
                            << "+971501234567";
    QTest::newRow("dots") << "+971.50.123.4567"
                          << "+971501234567";
    QTest::newRow("parentheses") << "+1 (415) 555-7890"
                                 << "+14155557890";
    QTest::newRow("surrounding blanks") << "  +14155557890 "
                                        << "+14155557890";
    QTest::newRow("00 prefix with spaces") << "0044 20 7946 0958"
                                           << "+442079460958";
}

void TestFieldRules::phoneNormalized()
{
    QFETCH(QString, userNumber);
    QFETCH(QString, e164);

    const auto checked = FieldRules::phone(userNumber);
    QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
    QCOMPARE(checked->e164, e164);

    const auto fields =
        FieldRules::validate(ContactBodies::newContact({{"userNumber", userNumber}}));
    QVERIFY(fields);
    QCOMPARE(show(fieldValue(*fields, QStringLiteral("phone"))), show(e164));

    QVERIFY(openDatabase());
    ContactStore store = m_db->store();
    const auto created = store.create(ContactBodies::newContact({{"userNumber", userNumber}}));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->phone, e164);
}

void TestFieldRules::countryCodeDerivedFromPhone()
{
    QVERIFY(openDatabase());
    ContactStore store = m_db->store();
    const auto ae = store.create(ContactBodies::newContact({{"userNumber", "+971501234567"}}));
    QVERIFY(ae);
    QCOMPARE(ae->countryCode, std::optional<QString>(QStringLiteral("AE")));

    const auto us = store.create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    QVERIFY(us);
    QCOMPARE(us->countryCode, std::optional<QString>(QStringLiteral("US")));

    const auto gb = store.create(ContactBodies::newContact({{"userNumber", "0044 20 7946 0958"}}));
    QVERIFY(gb);
    QCOMPARE(gb->countryCode, std::optional<QString>(QStringLiteral("GB")));
}

void TestFieldRules::addPatchReject(const char* tag, const QJsonObject& body,
                                    const QString& message)
{
    QTest::newRow(tag) << body << message;
}

void TestFieldRules::patchRejects_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("message");

    using namespace ApiMessages;
    const QJsonValue null(QJsonValue::Null);

    addPatchReject("empty body", {}, noValidFields);
    addPatchReject("unknown field only", {{"nickname", "Ahmed"}}, noValidFields);
    addPatchReject("create's names are not PATCH's",
                   {{"userName", "Ahmed"}, {"countryCode", "AE"}, {"userNumber", samplePhone}},
                   noValidFields);
    addPatchReject("phone is not patchable", {{"phone", samplePhone}}, noValidFields);
    addPatchReject("read-only fields", {{"conversationCount", 3}, {"vendorContactId", "x"}},
                   noValidFields);

    addPatchReject("name number", {{"name", 42}}, invalidName);
    addPatchReject("name 257 chars", {{"name", repeated('n', 257)}}, invalidName);
    addPatchReject("email bad", {{"email", "not-an-email"}}, invalidEmail);
    addPatchReject("email number", {{"email", 1}}, invalidEmail);
    addPatchReject("country_code ZZ", {{"country_code", "ZZ"}}, invalidCountryCode);
    addPatchReject("country_code number", {{"country_code", 971}}, invalidCountryCode);
    addPatchReject("tags string", {{"tags", "vip"}}, invalidTags);
    addPatchReject("tags 65-char tag", {{"tags", QJsonArray{repeated('t', 65)}}}, invalidTags);
    addPatchReject("labels non-string element", {{"labels", QJsonArray{1}}}, invalidLabels);
    addPatchReject("params array", {{"params", QJsonArray{}}}, invalidParams);
    addPatchReject("params nested", {{"params", QJsonObject{{"a", QJsonObject{}}}}}, invalidParams);
    addPatchReject("opted_in string", {{"opted_in", "true"}}, invalidOptedIn);
    addPatchReject("opted_in number", {{"opted_in", 1}}, invalidOptedIn);
    addPatchReject("opted_in null", {{"opted_in", null}}, invalidOptedIn);
    addPatchReject("is_blocked string", {{"is_blocked", "false"}}, invalidIsBlocked);
    addPatchReject("is_blocked number", {{"is_blocked", 0}}, invalidIsBlocked);
    addPatchReject("is_blocked null", {{"is_blocked", null}}, invalidIsBlocked);
    addPatchReject("source number", {{"source", 42}}, invalidSource);
    addPatchReject("source bool", {{"source", true}}, invalidSource);
    addPatchReject("source 65 chars", {{"source", repeated('s', 65)}}, invalidSource);

    addPatchReject("unknown field beside a bad one", {{"nickname", "x"}, {"name", 42}},
                   invalidName);
    addPatchReject("order: country_code before email", {{"email", "bad"}, {"country_code", "ZZ"}},
                   invalidCountryCode);
    addPatchReject("order: email before name", {{"name", 42}, {"email", "bad"}}, invalidEmail);
    addPatchReject("order: params before opted_in", {{"opted_in", 1}, {"params", "x"}},
                   invalidParams);
    addPatchReject("order: opted_in before is_blocked", {{"is_blocked", 1}, {"opted_in", 1}},
                   invalidOptedIn);
    addPatchReject("order: is_blocked before source", {{"source", 1}, {"is_blocked", 1}},
                   invalidIsBlocked);
}

void TestFieldRules::patchRejects()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);

    const auto result = FieldRules::validate(ContactBodies::changes(body));
    QVERIFY2(!result, "a bad PATCH body was accepted");
    QCOMPARE(result.error().status, 400);
    QCOMPARE(result.error().message, message);
}

void TestFieldRules::patchRejectsThroughStore()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, message);

    QVERIFY(openDatabase());
    ContactStore store = m_db->store();
    const auto created = store.create(ContactBodies::newContact(baseContact()));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    const auto journalBefore = store.journal(0);
    QVERIFY(journalBefore);

    const auto result = store.update(created->id, ContactBodies::changes(body));
    QVERIFY2(!result, "a bad PATCH was stored");
    QCOMPARE(result.error().status, 400);
    QCOMPARE(result.error().message, message);

    // Nothing was written: not even the valid fields beside the bad one.
    const auto after = store.contact(created->id);
    QVERIFY(after);
    QCOMPARE(*after, *created);
    const auto journalAfter = store.journal(0);
    QVERIFY(journalAfter);
    QCOMPARE(journalAfter->size(), journalBefore->size());
}

void TestFieldRules::patchAccepts_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("expected");

    const QJsonValue null(QJsonValue::Null);
    const auto row = [](const char* tag, const char* key, const QJsonValue& value,
                        const QJsonValue& expected) {
        static const QHash<QString, QString> patchKey{
            {"countryCode", "country_code"}, {"optedIn", "opted_in"}, {"isBlocked", "is_blocked"}};
        const QString name = QString::fromLatin1(key);
        QTest::newRow(tag) << QJsonObject{{patchKey.value(name, name), value}} << name << expected;
    };

    row("name", "name", "Ahmed Hassan Al-Maktoum", "Ahmed Hassan Al-Maktoum");
    row("name trimmed", "name", " Sarah ", "Sarah");
    row("name blank is null", "name", "  ", null);
    row("name null", "name", null, null);
    row("email", "email", "ahmed.new@example.com", "ahmed.new@example.com");
    row("email blank is null", "email", " ", null);
    row("email null clears", "email", null, null);
    row("country_code lowercase", "countryCode", "gb", "GB");
    row("tags replaced", "tags", QJsonArray{"vip", "returning-customer", "high-value"},
        QJsonArray{"vip", "returning-customer", "high-value"});
    row("tags normalized", "tags", QJsonArray{" new ", "NEW", ""}, QJsonArray{"new"});
    row("tags null is empty", "tags", null, QJsonArray{});
    row("labels null is empty", "labels", null, QJsonArray{});
    row("params replaced", "params", QJsonObject{{"loyalty_tier", "platinum"}},
        QJsonObject{{"loyalty_tier", "platinum"}});
    row("params null is empty", "params", null, QJsonObject{});
    row("opted_in", "optedIn", true, true);
    row("is_blocked", "isBlocked", true, true);
    row("source", "source", "crm", "crm");
    row("source 64 chars", "source", repeated('s', 64), repeated('s', 64));
}

void TestFieldRules::patchAccepts()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    const auto result = FieldRules::validate(ContactBodies::changes(body));
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(show(fieldValue(*result, key)), show(expected));
    // Only the field sent is given.
    const QStringList allFields{"phone",  "countryCode", "email",   "name",      "tags",
                                "labels", "params",      "optedIn", "isBlocked", "source"};
    for (const QString& other : allFields) {
        if (other != key)
            QVERIFY2(fieldValue(*result, other).isUndefined(), qPrintable(other));
    }
}

void TestFieldRules::patchAcceptsThroughStore_data()
{
    patchAccepts_data();
    // Only the store knows the phone a null country_code is derived from.
    QTest::newRow("country_code null derives from phone")
        << QJsonObject{{"country_code", QJsonValue::Null}} << QStringLiteral("countryCode")
        << QJsonValue("AE");
}

void TestFieldRules::patchAcceptsThroughStore()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, key);
    QFETCH(QJsonValue, expected);

    QVERIFY(openDatabase());
    ContactStore store = m_db->store();
    const auto created = store.create(ContactBodies::newContact(baseContact()));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));

    const auto updated = store.update(created->id, ContactBodies::changes(body));
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
    QCOMPARE(show(contactValue(*updated, key)), show(expected));
    const auto read = store.contact(created->id);
    QVERIFY(read);
    QCOMPARE(show(contactValue(*read, key)), show(expected));
}

void TestFieldRules::singleFieldChecks()
{
    // The per-field checks on values as given: absent, a value, or of a wrong type (what a
    // body reader makes of `null`, `42` or `[]` where text is expected).
    using Text = std::optional<QString>;
    QCOMPARE(FieldRules::phone(Given<QString>()).error().message, ApiMessages::phoneRequired);
    QCOMPARE(FieldRules::phone(Given<QString>::malformed()).error().message,
             ApiMessages::invalidPhone);
    QCOMPARE(FieldRules::countryCode(Text("ae")).value(), std::optional<QString>("AE"));
    QCOMPARE(FieldRules::countryCode(Text("XX")).error().message, ApiMessages::invalidCountryCode);
    QCOMPARE(FieldRules::email(Text(" a@example.com ")).value(),
             std::optional<QString>("a@example.com"));
    QCOMPARE(FieldRules::email(Text(" ")).value(), std::optional<QString>());
    QCOMPARE(FieldRules::name(Text()).value(), std::optional<QString>());
    QCOMPARE(FieldRules::name(Given<Text>::malformed()).error().message, ApiMessages::invalidName);
    QCOMPARE(FieldRules::tagList(QStringList{"a", "A", " b "}, ApiMessages::invalidLabels).value(),
             QStringList({"a", "b"}));
    QCOMPARE(FieldRules::tagList(Given<QStringList>::malformed(), ApiMessages::invalidLabels)
                 .error()
                 .message,
             ApiMessages::invalidLabels);
    QCOMPARE(FieldRules::params(QJsonObject{{"a", 1}}).value(), QJsonObject({{"a", 1}}));
    QCOMPARE(FieldRules::params(Given<QJsonObject>::malformed()).error().message,
             ApiMessages::invalidParams);
}

QTEST_GUILESS_MAIN(TestFieldRules)
#include "tst_fieldrules.moc"
