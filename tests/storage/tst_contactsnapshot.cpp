#include "ContactSnapshot.h"
#include "Timestamps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

/// ContactSnapshot writes its JSON by hand: what it writes must be the document that
/// QJsonObject wrote before (operations recorded then are still read), and read back whole.
class TestContactSnapshot : public QObject {
    Q_OBJECT

private slots:
    void roundTrips_data();
    void roundTrips();
    void refusesWhatIsNotASnapshot_data();
    void refusesWhatIsNotASnapshot();
};

Q_DECLARE_METATYPE(Contact)

namespace {

Contact plain()
{
    Contact contact;
    contact.id = QStringLiteral("contact_0b5a4f7e-9a57-4d38-9b8b-1f1d7c1f2a3b");
    contact.vendorContactId = QStringLiteral("65a1f0c2e4b0a1b2c3d4e5f6");
    contact.phone = QStringLiteral("+14155550123");
    contact.source = QStringLiteral("import");
    contact.createdAt = Timestamps::fromMsecs(1'700'000'000'123);
    contact.updatedAt = Timestamps::fromMsecs(1'700'000'500'456);
    return contact;
}

// The document the first version wrote, through QJsonObject.
QJsonObject asQtWroteIt(const Contact& contact)
{
    const auto optional = [](const std::optional<QString>& text) {
        return text ? QJsonValue(*text) : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("id"), contact.id},
        {QStringLiteral("vendor"), contact.vendorContactId},
        {QStringLiteral("phone"), contact.phone},
        {QStringLiteral("name"), optional(contact.name)},
        {QStringLiteral("email"), optional(contact.email)},
        {QStringLiteral("country"), optional(contact.countryCode)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(contact.tags)},
        {QStringLiteral("labels"), QJsonArray::fromStringList(contact.labels)},
        {QStringLiteral("params"), contact.params},
        {QStringLiteral("source"), contact.source},
        {QStringLiteral("optedIn"), contact.optedIn},
        {QStringLiteral("isBlocked"), contact.isBlocked},
        {QStringLiteral("lastMessageAt"),
         contact.lastMessageAt ? QJsonValue(double(contact.lastMessageAt->toMSecsSinceEpoch()))
                               : QJsonValue()},
        {QStringLiteral("conversations"), contact.conversationCount},
        {QStringLiteral("createdAt"), double(contact.createdAt.toMSecsSinceEpoch())},
        {QStringLiteral("updatedAt"), double(contact.updatedAt.toMSecsSinceEpoch())},
    };
}

} // namespace

void TestContactSnapshot::roundTrips_data()
{
    QTest::addColumn<Contact>("contact");
    QTest::newRow("fields left out") << plain();

    Contact full = plain();
    full.name = QStringLiteral("Sara Núñez");
    full.email = QStringLiteral("sara@example.com");
    full.countryCode = QStringLiteral("ES");
    full.tags = {QStringLiteral("vip"), QStringLiteral("lead, hot")};
    full.labels = {QStringLiteral("Madrid")};
    full.params = QJsonObject{{QStringLiteral("plan"), QStringLiteral("gold")},
                              {QStringLiteral("seats"), 12},
                              {QStringLiteral("nested"), QJsonObject{{QStringLiteral("a"), true}}}};
    full.optedIn = true;
    full.isBlocked = true;
    full.lastMessageAt = Timestamps::fromMsecs(1'699'999'999'999);
    full.conversationCount = 2'000'000'000;
    QTest::newRow("every field") << full;

    Contact escaped = plain();
    escaped.name = QStringLiteral("\"Quoted\" \\ back\\slash\ttab\nline\x01 control");
    escaped.email = QString();
    escaped.tags = {QStringLiteral("ünï \"côdé\""), QStringLiteral("emoji 😀"),
                    QStringLiteral("سارة")};
    escaped.source = QStringLiteral("import of \"expo\".csv");
    QTest::newRow("text that needs escaping") << escaped;

    Contact early = plain();
    early.createdAt = Timestamps::fromMsecs(0);
    early.updatedAt = Timestamps::fromMsecs(-1);
    early.lastMessageAt = Timestamps::fromMsecs(0);
    QTest::newRow("the epoch and before it") << early;
}

void TestContactSnapshot::roundTrips()
{
    QFETCH(Contact, contact);
    const QByteArray json = ContactSnapshot::toJson(contact);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(document.object(), asQtWroteIt(contact));
    const std::optional<Contact> read = ContactSnapshot::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->id, contact.id);
    QCOMPARE(read->name, contact.name);
    QCOMPARE(read->email, contact.email);
    QCOMPARE(read->tags, contact.tags);
    QCOMPARE(read->params, contact.params);
    QCOMPARE(read->lastMessageAt, contact.lastMessageAt);
    QVERIFY(*read == contact);
    // What the first version wrote still reads the same.
    const auto old = ContactSnapshot::fromJson(
        QJsonDocument(asQtWroteIt(contact)).toJson(QJsonDocument::Compact));
    QVERIFY(old);
    QVERIFY(*old == contact);
}

void TestContactSnapshot::refusesWhatIsNotASnapshot_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not JSON") << QByteArray("{\"id\":");
    QTest::newRow("an array") << QByteArray("[1,2]");
    QTest::newRow("no phone") << QByteArray("{\"id\":\"contact_x\"}");
    QTest::newRow("an id that is not text") << QByteArray("{\"id\":5,\"phone\":\"+1\"}");
}

void TestContactSnapshot::refusesWhatIsNotASnapshot()
{
    QFETCH(QByteArray, json);
    QVERIFY(!ContactSnapshot::fromJson(json));
}

QTEST_APPLESS_MAIN(TestContactSnapshot)
#include "tst_contactsnapshot.moc"
