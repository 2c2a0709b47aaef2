// ContactBodies: how a request body's JSON values become the store's values as given. A wrong
// type is kept as a malformed field (the store reports it at its turn in the rule table), null
// means what the reference says for that field, and unknown keys are ignored.

#include "ContactBodies.h"

#include <QJsonArray>
#include <QTest>

namespace {

enum class State { Absent, Value, Malformed };

template <typename T> State stateOf(const Given<T>& given)
{
    return given.isMalformed() ? State::Malformed
                               : (given.hasValue() ? State::Value : State::Absent);
}

} // namespace

class TestContactBodies : public QObject {
    Q_OBJECT

private slots:
    void createTextFields_data();
    void createTextFields();
    void createLists_data();
    void createLists();
    void createPhone_data();
    void createPhone();
    void createIgnoresUnknownKeysAndFlags();
    void bulkItemNotAnObject();
    void patchKeys_data();
    void patchKeys();
    void patchFlagsAndSource_data();
    void patchFlagsAndSource();
};

void TestContactBodies::createTextFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text"); ///< the value's text; "<null>" for an empty optional

    for (const char* key : {"userName", "email", "countryCode"}) {
        QTest::addRow("%s text", key) << key << QJsonValue("x") << int(State::Value) << "x";
        QTest::addRow("%s blank", key) << key << QJsonValue(" ") << int(State::Value) << " ";
        QTest::addRow("%s null", key) << key << QJsonValue() << int(State::Value) << "<null>";
        QTest::addRow("%s number", key) << key << QJsonValue(4) << int(State::Malformed) << "";
        QTest::addRow("%s array", key)
            << key << QJsonValue(QJsonArray{"x"}) << int(State::Malformed) << "";
        QTest::addRow("%s bool", key) << key << QJsonValue(true) << int(State::Malformed) << "";
    }
}

void TestContactBodies::createTextFields()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(int, state);
    QFETCH(QString, text);

    const NewContact contact =
        ContactBodies::newContact({{"userNumber", "+971501234567"}, {key, value}});
    const Given<std::optional<QString>>& field = key == "userName" ? contact.name
                                                 : key == "email"  ? contact.email
                                                                   : contact.countryCode;
    QCOMPARE(int(stateOf(field)), state);
    if (field.hasValue())
        QCOMPARE(field.value().value_or(QStringLiteral("<null>")), text);
    // The other text fields were not given.
    for (const auto* other : {&contact.name, &contact.email, &contact.countryCode}) {
        if (other != &field)
            QCOMPARE(int(stateOf(*other)), int(State::Absent));
    }
}

void TestContactBodies::createLists_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("state");
    QTest::addColumn<QStringList>("list");

    QTest::newRow("strings") << QJsonValue(QJsonArray{"vip", " a "}) << int(State::Value)
                             << QStringList{"vip", " a "};
    QTest::newRow("empty") << QJsonValue(QJsonArray{}) << int(State::Value) << QStringList{};
    QTest::newRow("null is empty") << QJsonValue() << int(State::Value) << QStringList{};
    QTest::newRow("a number inside")
        << QJsonValue(QJsonArray{"vip", 3}) << int(State::Malformed) << QStringList{};
    QTest::newRow("a string") << QJsonValue("vip") << int(State::Malformed) << QStringList{};
    QTest::newRow("an object") << QJsonValue(QJsonObject{{"a", "b"}}) << int(State::Malformed)
                               << QStringList{};
}

void TestContactBodies::createLists()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, state);
    QFETCH(QStringList, list);

    for (const QString& key : {QStringLiteral("tags"), QStringLiteral("labels")}) {
        const NewContact contact = ContactBodies::newContact({{key, value}});
        const Given<QStringList>& field = key == "tags" ? contact.tags : contact.labels;
        QCOMPARE(int(stateOf(field)), state);
        if (field.hasValue())
            QCOMPARE(field.value(), list);
    }
    const NewContact withParams = ContactBodies::newContact({{"params", value}});
    // Params take an object; null is none.
    QCOMPARE(int(stateOf(withParams.params)),
             value.isNull() || value.isObject() ? int(State::Value) : int(State::Malformed));
}

void TestContactBodies::createPhone_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("state");

    QTest::newRow("text") << QJsonObject{{"userNumber", "+971501234567"}} << int(State::Value);
    QTest::newRow("blank text") << QJsonObject{{"userNumber", "  "}} << int(State::Value);
    QTest::newRow("missing") << QJsonObject{} << int(State::Absent);
    QTest::newRow("null") << QJsonObject{{"userNumber", QJsonValue()}} << int(State::Absent);
    QTest::newRow("number") << QJsonObject{{"userNumber", 971501234567.0}} << int(State::Malformed);
    // Only `userNumber` names the phone in a create.
    QTest::newRow("phone key") << QJsonObject{{"phone", "+971501234567"}} << int(State::Absent);
}

void TestContactBodies::createPhone()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, state);
    QCOMPARE(int(stateOf(ContactBodies::newContact(body).phone)), state);
}

void TestContactBodies::createIgnoresUnknownKeysAndFlags()
{
    const NewContact contact = ContactBodies::newContact(
        {{"userNumber", "+971501234567"}, {"optedIn", true}, {"is_blocked", true}, {"x", 1}});
    QCOMPARE(contact, NewContact().setPhone("+971501234567"));
    QVERIFY(!contact.optedIn.isGiven());
    QVERIFY(!contact.isBlocked.isGiven());
}

void TestContactBodies::bulkItemNotAnObject()
{
    const QList<NewContact> contacts = ContactBodies::newContacts(
        QJsonArray{QJsonObject{{"userNumber", "+971501234567"}}, 42, "x", QJsonValue()});
    QCOMPARE(contacts.size(), 4);
    QVERIFY(!contacts.at(0).malformed);
    for (int i = 1; i < 4; ++i)
        QVERIFY(contacts.at(i).malformed);
}

void TestContactBodies::patchKeys_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<bool>("empty");

    QTest::newRow("no keys") << QJsonObject{} << true;
    QTest::newRow("unknown only") << QJsonObject{{"userName", "x"}, {"countryCode", "AE"}} << true;
    QTest::newRow("name") << QJsonObject{{"name", "x"}} << false;
    QTest::newRow("null name") << QJsonObject{{"name", QJsonValue()}} << false;
    QTest::newRow("country_code") << QJsonObject{{"country_code", "AE"}} << false;
    QTest::newRow("malformed flag") << QJsonObject{{"opted_in", "yes"}} << false;
    QTest::newRow("labels") << QJsonObject{{"labels", QJsonArray{}}} << false;
}

void TestContactBodies::patchKeys()
{
    QFETCH(QJsonObject, body);
    QFETCH(bool, empty);
    QCOMPARE(ContactBodies::changes(body).isEmpty(), empty);
    // Each allowed key alone is a change.
    for (const QString& key : ContactBodies::patchKeys())
        QVERIFY2(!ContactBodies::changes({{key, QJsonValue()}}).isEmpty(), qPrintable(key));
}

void TestContactBodies::patchFlagsAndSource_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("flag");
    QTest::addColumn<int>("source");

    QTest::newRow("true") << QJsonValue(true) << int(State::Value) << int(State::Malformed);
    QTest::newRow("text") << QJsonValue("yes") << int(State::Malformed) << int(State::Value);
    // A null flag or source is a wrong type, not "not given".
    QTest::newRow("null") << QJsonValue() << int(State::Malformed) << int(State::Malformed);
    QTest::newRow("number") << QJsonValue(1) << int(State::Malformed) << int(State::Malformed);
}

void TestContactBodies::patchFlagsAndSource()
{
    QFETCH(QJsonValue, value);
    QFETCH(int, flag);
    QFETCH(int, source);
    const ContactChanges changes =
        ContactBodies::changes({{"opted_in", value}, {"is_blocked", value}, {"source", value}});
    QCOMPARE(int(stateOf(changes.optedIn)), flag);
    QCOMPARE(int(stateOf(changes.isBlocked)), flag);
    QCOMPARE(int(stateOf(changes.source)), source);
    QVERIFY(!changes.name.isGiven());
}

QTEST_GUILESS_MAIN(TestContactBodies)
#include "tst_contactbodies.moc"
