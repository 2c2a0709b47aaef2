#include "ApiError.h"
#include "BulkResult.h"
#include "Contact.h"
#include "ContactBodies.h"
#include "ContactDatabase.h"
#include "ContactJson.h"
#include "ContactPrinting.h"
#include "ContactStore.h"
#include "ListQuery.h"
#include "TestDatabase.h"
#include "Timestamps.h"
#include "VerifyOk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

// Prints the store's message (and the log-only detail) when a call that should succeed fails.
// The result is bound once: the expression is a store call with side effects.

#define VERIFY_ERROR(expression, expectedStatus, expectedMessage)                                  \
    do {                                                                                           \
        const auto& result_ = (expression);                                                        \
        QVERIFY2(!result_.has_value(), "succeeded where an error was expected");                   \
        QCOMPARE(result_.error().message, QString(expectedMessage));                               \
        QCOMPARE(result_.error().status, expectedStatus);                                          \
    } while (false)

namespace {

const QString ahmedPhone = QStringLiteral("+971501234567");

QJsonObject referenceCreateBody()
{
    return QJsonObject{
        {"userNumber", "+971501234567"},
        {"userName", "Ahmed Hassan"},
        {"email", "ahmed@example.com"},
        {"countryCode", "AE"},
        {"tags", QJsonArray{"lead", "website"}},
        {"params", QJsonObject{{"source_page", "/pricing"}, {"utm_campaign", "spring_2026"}}},
    };
}

QJsonArray referenceBulkItems()
{
    return QJsonArray{
        QJsonObject{{"userNumber", "+971501111111"},
                    {"userName", "Contact One"},
                    {"tags", QJsonArray{"imported"}}},
        QJsonObject{{"userNumber", "+971502222222"},
                    {"userName", "Contact Two"},
                    {"tags", QJsonArray{"imported"}}},
        QJsonObject{{"userNumber", "+971503333333"},
                    {"userName", "Contact Three"},
                    {"email", "three@example.com"}},
    };
}

QString numbered(int i)
{
    return QStringLiteral("+97150%1").arg(i, 7, 10, QLatin1Char('0'));
}

QJsonArray numberedItems(int count)
{
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(QJsonObject{{"userNumber", numbered(i)}});
    return items;
}

QString bareUuid(const QString& contactId)
{
    return contactId.mid(QStringLiteral("contact_").size());
}

QString newContactId()
{
    return QStringLiteral("contact_") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

/// Gives the clock a chance to move, so that "updatedAt did not move" means something.
void letTimePass()
{
    QThread::msleep(5);
}

QStringList phonesOf(const QList<Contact>& contacts)
{
    QStringList phones;
    for (const Contact& contact : contacts)
        phones.append(contact.phone);
    phones.sort();
    return phones;
}

} // namespace

class TestContactStore : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createDefaults();
    void createReferenceExample();
    void createWithSource();
    void createWithFlagsIsOneWrite();
    void createBodyCannotSetFlags();
    void createDuplicatePhone_data();
    void createDuplicatePhone();
    void badFieldBeatsDuplicate();

    void getByAnyId_data();
    void getByAnyId();
    void getUnknown_data();
    void getUnknown();

    void updateReferenceExample();
    void updateReplacesWholesale();
    void updateNullsClear();
    void updateCountryCodeNullDerives();
    void updateWithoutChange_data();
    void updateWithoutChange();
    void updateUnknownId_data();
    void updateUnknownId();
    void updateUnknownFieldsOnly();
    void updateWronglyTypedWritesNothing();
    void updateByVendorId();

    void removeLeavesTombstone();
    void removeFreesPhone();
    void removeByVendorId();
    void removeNamesTheContactMergedInto();
    void removeMergedIntoWhatIsNoOtherContact_data();
    void removeMergedIntoWhatIsNoOtherContact();

    void organizationsAreIsolated();
    void addOrganizationIsIdempotent();

    void bulkReferenceExample();
    void bulkPartialFailure();
    void bulkRepeatedPhoneInRequest();
    void bulkInvalidItem_data();
    void bulkInvalidItem();
    void bulkErrorsKeepTheirIndex();
    void bulkThousandItems();
    void bulkRowsKeepEveryField_data();
    void bulkRowsKeepEveryField();
    void bulkTooManyItems();
    void bulkEmpty();
    void bulkBadFieldBeatsDuplicate();

private:
    ContactStore store() { return m_db->store(); }
    qint64 contactCount();
    qsizetype journalSize();

    std::unique_ptr<TestDatabase> m_db;
};

void TestContactStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestContactStore::cleanup()
{
    m_db.reset();
}

qint64 TestContactStore::contactCount()
{
    const auto count = store().count(ListQuery{});
    return count ? *count : -1;
}

qsizetype TestContactStore::journalSize()
{
    const auto entries = store().journal(0, 100000);
    return entries ? entries->size() : -1;
}

void TestContactStore::createDefaults()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const auto created = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(created);

    // A UUID v7 (contacts-api.md allows 4 or 7): version 7, and its first 48 bits the time.
    static const QRegularExpression idPattern(QStringLiteral(
        "^contact_[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    static const QRegularExpression vendorPattern(QStringLiteral("^[0-9a-f]{24}$"));
    QVERIFY2(idPattern.match(created->id).hasMatch(), qPrintable(created->id));
    QVERIFY2(vendorPattern.match(created->vendorContactId).hasMatch(),
             qPrintable(created->vendorContactId));
    const qint64 idMillis =
        QString(created->id.mid(8, 8) + created->id.mid(17, 4)).toLongLong(nullptr, 16);
    QVERIFY2(idMillis >= before.toMSecsSinceEpoch() &&
                 idMillis <= QDateTime::currentMSecsSinceEpoch(),
             qPrintable(created->id));
    // The vendorContactId starts with the creation time in seconds, big-endian.
    const qint64 vendorSeconds = created->vendorContactId.left(8).toLongLong(nullptr, 16);
    QVERIFY(qAbs(vendorSeconds - before.toSecsSinceEpoch()) <= 60);

    QCOMPARE(created->phone, ahmedPhone);
    QCOMPARE(created->countryCode, std::optional<QString>("AE"));
    QCOMPARE(created->name, std::optional<QString>());
    QCOMPARE(created->email, std::optional<QString>());
    QCOMPARE(created->tags, QStringList());
    QCOMPARE(created->labels, QStringList());
    QCOMPARE(created->params, QJsonObject());
    QCOMPARE(created->source, QStringLiteral("api"));
    QCOMPARE(created->optedIn, false);
    QCOMPARE(created->isBlocked, false);
    QVERIFY(!created->lastMessageAt.has_value());
    QCOMPARE(created->conversationCount, 0);
    QVERIFY(created->createdAt.isValid());
    QCOMPARE(created->updatedAt, created->createdAt);
    QVERIFY(qAbs(created->createdAt.msecsTo(before)) < 60'000);

    static const QRegularExpression isoUtcMs(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    const QJsonObject json = ContactJson::createdContact(*created);
    QVERIFY2(isoUtcMs.match(json.value("createdAt").toString()).hasMatch(),
             qPrintable(json.value("createdAt").toString()));
    QCOMPARE(json.value("updatedAt"), json.value("createdAt"));

    // What get returns is what create returned, timestamps to the millisecond.
    const auto read = store().contact(created->id);
    VERIFY_OK(read);
    QCOMPARE(*read, *created);
    QCOMPARE(Timestamps::format(read->createdAt), Timestamps::format(created->createdAt));
}

void TestContactStore::createReferenceExample()
{
    const auto created = store().create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(created);
    QCOMPARE(created->name, std::optional<QString>("Ahmed Hassan"));
    QCOMPARE(created->phone, ahmedPhone);
    QCOMPARE(created->email, std::optional<QString>("ahmed@example.com"));
    QCOMPARE(created->countryCode, std::optional<QString>("AE"));
    QCOMPARE(created->tags, QStringList({"lead", "website"}));
    QCOMPARE(created->params,
             QJsonObject({{"source_page", "/pricing"}, {"utm_campaign", "spring_2026"}}));
    QCOMPARE(created->source, QStringLiteral("api"));

    // The typed setters build the same body.
    const auto typed = store().create(NewContact()
                                          .setPhone("+14155557890")
                                          .setName(QStringLiteral("Sarah Johnson"))
                                          .setEmail(std::nullopt)
                                          .setTags({"new-lead"})
                                          .setLabels({"premium"}));
    VERIFY_OK(typed);
    QCOMPARE(typed->name, std::optional<QString>("Sarah Johnson"));
    QCOMPARE(typed->email, std::optional<QString>());
    QCOMPARE(typed->countryCode, std::optional<QString>("US"));
    QCOMPARE(typed->labels, QStringList({"premium"}));
    QCOMPARE(contactCount(), 2);
}

void TestContactStore::createWithSource()
{
    const auto manual = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}),
                                       ContactSource::Manual);
    VERIFY_OK(manual);
    QCOMPARE(manual->source, QStringLiteral("manual"));
    // A client cannot choose the source of a create.
    const auto api = store().create(
        ContactBodies::newContact({{"userNumber", "+14155557890"}, {"source", "organic"}}));
    VERIFY_OK(api);
    QCOMPARE(api->source, QStringLiteral("api"));
}

void TestContactStore::createWithFlagsIsOneWrite()
{
    // The desktop's form sets the flags with the other fields: one create, one journal entry.
    const qsizetype entries = journalSize();
    const auto created = store().create(NewContact()
                                            .setPhone(ahmedPhone)
                                            .setName(QStringLiteral("Ahmed"))
                                            .setOptedIn(true)
                                            .setBlocked(true),
                                        ContactSource::Manual);
    VERIFY_OK(created);
    QVERIFY(created->optedIn);
    QVERIFY(created->isBlocked);
    QCOMPARE(created->createdAt, created->updatedAt);
    const auto stored = store().contact(created->id);
    VERIFY_OK(stored);
    QCOMPARE(*stored, *created);
    QCOMPARE(journalSize(), entries + 1);
    const auto journal = store().journal(0, 100000);
    VERIFY_OK(journal);
    QCOMPARE(journal->last().operation, JournalEntry::Operation::Create);
    QVERIFY(journal->last().fields.contains(QStringLiteral("optedIn")));
    QVERIFY(journal->last().fields.contains(QStringLiteral("isBlocked")));
}

void TestContactStore::createBodyCannotSetFlags()
{
    // contacts-api.md: a create body has no flags; a client that sends them gets the defaults.
    const auto created = store().create(ContactBodies::newContact(
        {{"userNumber", ahmedPhone}, {"optedIn", true}, {"isBlocked", true}, {"opted_in", true}}));
    VERIFY_OK(created);
    QVERIFY(!created->optedIn);
    QVERIFY(!created->isBlocked);
}

void TestContactStore::createDuplicatePhone_data()
{
    QTest::addColumn<QString>("existing");
    QTest::addColumn<QString>("duplicate");

    QTest::newRow("same text") << "+971501234567"
                               << "+971501234567";
    QTest::newRow("spaces") << "+971501234567"
                            << "+971 50 123 4567";
    QTest::newRow("00 prefix") << "+971501234567"
                               << "00971501234567";
    QTest::newRow("dashes") << "+971501234567"
                            << "+971-50-123-4567";
    QTest::newRow("stored from spaces, sent as E.164") << "+971 50 123 4567"
                                                       << "+971501234567";
    QTest::newRow("stored from 00, sent with spaces") << "00971501234567"
                                                      << "+971 50 123 4567";
}

void TestContactStore::createDuplicatePhone()
{
    QFETCH(QString, existing);
    QFETCH(QString, duplicate);

    const auto first = store().create(ContactBodies::newContact({{"userNumber", existing}}));
    VERIFY_OK(first);
    const qsizetype entries = journalSize();

    const auto second = store().create(
        ContactBodies::newContact({{"userNumber", duplicate}, {"userName", "Someone Else"}}));
    VERIFY_ERROR(second, 409, "Contact with this phone number already exists");
    QCOMPARE(contactCount(), 1);
    QCOMPARE(journalSize(), entries);
    const auto kept = store().contact(first->id);
    VERIFY_OK(kept);
    QCOMPARE(*kept, *first);
}

void TestContactStore::badFieldBeatsDuplicate()
{
    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
    const auto result = store().create(
        ContactBodies::newContact({{"userNumber", "+971 50 123 4567"}, {"email", "a@@b"}}));
    VERIFY_ERROR(result, 400, ApiMessages::invalidEmail);
}

void TestContactStore::getByAnyId_data()
{
    QTest::addColumn<QString>("form");
    QTest::newRow("full id") << "full";
    QTest::newRow("bare uuid") << "bare";
    QTest::newRow("bare uuid uppercase") << "BARE";
    QTest::newRow("vendorContactId") << "vendor";
}

void TestContactStore::getByAnyId()
{
    QFETCH(QString, form);

    const auto created = store().create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(created);
    // A second contact makes sure the lookup does not just return the only row.
    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", "+14155557890"}})));

    QString id;
    if (form == u"full")
        id = created->id;
    else if (form == u"bare")
        id = bareUuid(created->id);
    else if (form == u"BARE")
        id = bareUuid(created->id).toUpper();
    else
        id = created->vendorContactId;

    const auto read = store().contact(id);
    VERIFY_OK(read);
    QCOMPARE(*read, *created);
}

void TestContactStore::getUnknown_data()
{
    QTest::addColumn<QString>("id");

    QTest::newRow("unknown full id") << newContactId();
    QTest::newRow("unknown bare uuid") << bareUuid(newContactId());
    QTest::newRow("unknown vendorContactId") << "6478a1b2c3d4e5f6a7b8c9d0";
    QTest::newRow("empty") << "";
    QTest::newRow("word") << "ahmed";
    QTest::newRow("prefix only") << "contact_";
    QTest::newRow("short uuid") << "contact_f1e2d3c4-5678";
    QTest::newRow("uuid with extra digit") << newContactId() + "0";
    QTest::newRow("not hex") << "contact_g1e2d3c4-5678-40ab-8def-abcdefabcdef";
    QTest::newRow("23 hex digits") << "6478a1b2c3d4e5f6a7b8c9d";
    QTest::newRow("25 hex digits") << "6478a1b2c3d4e5f6a7b8c9d0e";
    QTest::newRow("phone number") << "+971501234567";
    QTest::newRow("SQL") << "' OR 1=1 --";
}

void TestContactStore::getUnknown()
{
    QFETCH(QString, id);

    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
    const auto read = store().contact(id);
    VERIFY_ERROR(read, 404, "Contact not found");
}

void TestContactStore::updateReferenceExample()
{
    const auto created = store().create(ContactBodies::newContact(QJsonObject{
        {"userNumber", ahmedPhone},
        {"userName", "Ahmed Hassan"},
        {"email", "ahmed@example.com"},
        {"tags", QJsonArray{"vip", "returning-customer"}},
        {"labels", QJsonArray{"premium"}},
        {"params", QJsonObject{{"shopify_customer_id", "cust_789012"}, {"loyalty_tier", "gold"}}},
    }));
    VERIFY_OK(created);
    letTimePass();

    const QJsonObject body{
        {"name", "Ahmed Hassan Al-Maktoum"},
        {"email", "ahmed.new@example.com"},
        {"tags", QJsonArray{"vip", "returning-customer", "high-value"}},
        {"params",
         QJsonObject{{"shopify_customer_id", "cust_789012"}, {"loyalty_tier", "platinum"}}},
        {"opted_in", true},
    };
    const auto updated = store().update(created->id, ContactBodies::changes(body));
    VERIFY_OK(updated);
    QCOMPARE(updated->id, created->id);
    QCOMPARE(updated->vendorContactId, created->vendorContactId);
    QCOMPARE(updated->phone, ahmedPhone);
    QCOMPARE(updated->name, std::optional<QString>("Ahmed Hassan Al-Maktoum"));
    QCOMPARE(updated->email, std::optional<QString>("ahmed.new@example.com"));
    QCOMPARE(updated->countryCode, std::optional<QString>("AE"));
    QCOMPARE(updated->tags, QStringList({"vip", "returning-customer", "high-value"}));
    QCOMPARE(updated->labels, QStringList({"premium"}));
    QCOMPARE(updated->params,
             QJsonObject({{"shopify_customer_id", "cust_789012"}, {"loyalty_tier", "platinum"}}));
    QCOMPARE(updated->optedIn, true);
    QCOMPARE(updated->isBlocked, false);
    QCOMPARE(updated->source, QStringLiteral("api"));
    QCOMPARE(updated->createdAt, created->createdAt);
    QVERIFY(updated->updatedAt > created->updatedAt);

    const auto read = store().contact(created->id);
    VERIFY_OK(read);
    QCOMPARE(*read, *updated);
}

void TestContactStore::updateReplacesWholesale()
{
    const auto created = store().create(ContactBodies::newContact(QJsonObject{
        {"userNumber", ahmedPhone},
        {"tags", QJsonArray{"a", "b"}},
        {"labels", QJsonArray{"x", "y"}},
        {"params", QJsonObject{{"p", 1}, {"q", "two"}}},
    }));
    VERIFY_OK(created);

    const auto updated = store().update(
        created->id,
        ContactChanges().setTags({"c"}).setLabels({}).setParams(QJsonObject{{"r", true}}));
    VERIFY_OK(updated);
    QCOMPARE(updated->tags, QStringList({"c"}));
    QCOMPARE(updated->labels, QStringList());
    QCOMPARE(updated->params, QJsonObject({{"r", true}}));
}

void TestContactStore::updateNullsClear()
{
    const auto created = store().create(ContactBodies::newContact(QJsonObject{
        {"userNumber", ahmedPhone},
        {"userName", "Ahmed"},
        {"email", "ahmed@example.com"},
        {"tags", QJsonArray{"a"}},
        {"labels", QJsonArray{"x"}},
        {"params", QJsonObject{{"p", 1}}},
    }));
    VERIFY_OK(created);

    const QJsonValue null(QJsonValue::Null);
    const auto updated = store().update(
        created->id,
        ContactBodies::changes(
            {{"name", null}, {"email", null}, {"tags", null}, {"labels", null}, {"params", null}}));
    VERIFY_OK(updated);
    QCOMPARE(updated->name, std::optional<QString>());
    QCOMPARE(updated->email, std::optional<QString>());
    QCOMPARE(updated->tags, QStringList());
    QCOMPARE(updated->labels, QStringList());
    QCOMPARE(updated->params, QJsonObject());
    const auto read = store().contact(created->id);
    VERIFY_OK(read);
    QCOMPARE(*read, *updated);
}

void TestContactStore::updateCountryCodeNullDerives()
{
    const auto created = store().create(
        ContactBodies::newContact({{"userNumber", ahmedPhone}, {"countryCode", "us"}}));
    VERIFY_OK(created);
    // Kept as given even though the phone is from AE.
    QCOMPARE(created->countryCode, std::optional<QString>("US"));

    const auto updated =
        store().update(created->id, ContactBodies::changes({{"country_code", QJsonValue::Null}}));
    VERIFY_OK(updated);
    QCOMPARE(updated->countryCode, std::optional<QString>("AE"));

    const auto typed = store().update(created->id, ContactChanges().setCountryCode("gb"));
    VERIFY_OK(typed);
    QCOMPARE(typed->countryCode, std::optional<QString>("GB"));
}

void TestContactStore::updateWithoutChange_data()
{
    QTest::addColumn<QJsonObject>("body");

    QTest::newRow("same name") << QJsonObject{{"name", "Ahmed Hassan"}};
    QTest::newRow("same name after trimming") << QJsonObject{{"name", "  Ahmed Hassan "}};
    QTest::newRow("same email") << QJsonObject{{"email", "ahmed@example.com"}};
    QTest::newRow("same countryCode in lowercase") << QJsonObject{{"country_code", "ae"}};
    QTest::newRow("derived countryCode again") << QJsonObject{{"country_code", QJsonValue::Null}};
    QTest::newRow("same tags") << QJsonObject{{"tags", QJsonArray{"vip", "returning-customer"}}};
    QTest::newRow("same tags after normalizing")
        << QJsonObject{{"tags", QJsonArray{" vip", "VIP", "returning-customer", ""}}};
    QTest::newRow("same labels") << QJsonObject{{"labels", QJsonArray{"premium"}}};
    QTest::newRow("same params") << QJsonObject{{"params", QJsonObject{{"loyalty_tier", "gold"}}}};
    QTest::newRow("same flags") << QJsonObject{{"opted_in", false}, {"is_blocked", false}};
    QTest::newRow("same source") << QJsonObject{{"source", "api"}};
    QTest::newRow("same values and an unknown field")
        << QJsonObject{{"name", "Ahmed Hassan"}, {"nickname", "Ahmed"}};
}

void TestContactStore::updateWithoutChange()
{
    QFETCH(QJsonObject, body);

    const auto created = store().create(ContactBodies::newContact(QJsonObject{
        {"userNumber", ahmedPhone},
        {"userName", "Ahmed Hassan"},
        {"email", "ahmed@example.com"},
        {"tags", QJsonArray{"vip", "returning-customer"}},
        {"labels", QJsonArray{"premium"}},
        {"params", QJsonObject{{"loyalty_tier", "gold"}}},
    }));
    VERIFY_OK(created);
    const qsizetype entries = journalSize();
    letTimePass();

    const auto updated = store().update(created->id, ContactBodies::changes(body));
    VERIFY_OK(updated);
    QCOMPARE(*updated, *created);
    QCOMPARE(updated->updatedAt, created->updatedAt);
    const auto read = store().contact(created->id);
    VERIFY_OK(read);
    QCOMPARE(read->updatedAt, created->updatedAt);
    QCOMPARE(journalSize(), entries);
}

void TestContactStore::updateUnknownId_data()
{
    QTest::addColumn<QJsonObject>("body");

    QTest::newRow("good field") << QJsonObject{{"name", "Ahmed"}};
    QTest::newRow("bad field") << QJsonObject{{"name", 42}};
    QTest::newRow("no valid fields") << QJsonObject{{"nickname", "Ahmed"}};
    QTest::newRow("empty body") << QJsonObject{};
}

void TestContactStore::updateUnknownId()
{
    QFETCH(QJsonObject, body);

    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
    const qsizetype entries = journalSize();
    const auto result = store().update(newContactId(), ContactBodies::changes(body));
    VERIFY_ERROR(result, 404, "Contact not found");
    QCOMPARE(journalSize(), entries);
}

void TestContactStore::updateUnknownFieldsOnly()
{
    const auto created = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(created);
    const auto result = store().update(
        created->id, ContactBodies::changes({{"nickname", "Ahmed"}, {"userName", "Ahmed"}}));
    VERIFY_ERROR(result, 400, ApiMessages::noValidFields);
    const auto empty = store().update(created->id, ContactChanges());
    VERIFY_ERROR(empty, 400, ApiMessages::noValidFields);
}

void TestContactStore::updateWronglyTypedWritesNothing()
{
    const auto created = store().create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(created);
    const qsizetype entries = journalSize();
    letTimePass();

    // Valid fields before and after the bad one are not written either.
    const auto result =
        store().update(created->id, ContactBodies::changes({{"name", "New Name"},
                                                            {"opted_in", "yes"},
                                                            {"tags", QJsonArray{"changed"}}}));
    VERIFY_ERROR(result, 400, ApiMessages::invalidOptedIn);

    const auto read = store().contact(created->id);
    VERIFY_OK(read);
    QCOMPARE(*read, *created);
    QCOMPARE(read->updatedAt, created->updatedAt);
    QCOMPARE(journalSize(), entries);
}

void TestContactStore::updateByVendorId()
{
    const auto created = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(created);
    const auto updated = store().update(created->vendorContactId,
                                        ContactChanges().setBlocked(true).setOptedIn(true));
    VERIFY_OK(updated);
    QCOMPARE(updated->id, created->id);
    QCOMPARE(updated->isBlocked, true);
    QCOMPARE(updated->optedIn, true);
    const auto upper =
        store().update(bareUuid(created->id).toUpper(), ContactChanges().setSource("crm"));
    VERIFY_OK(upper);
    QCOMPARE(upper->source, QStringLiteral("crm"));
}

void TestContactStore::removeLeavesTombstone()
{
    const auto created = store().create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(created);
    const auto other = store().create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    VERIFY_OK(other);

    const auto removed = store().remove(created->id);
    VERIFY_OK(removed);
    QCOMPARE(removed->id, created->id);
    QCOMPARE(removed->phone, ahmedPhone);
    QVERIFY(removed->deletedAt.isValid());
    QVERIFY(removed->deletedAt >= created->createdAt);

    // The tombstone keeps the old id and phone for sync.
    QSqlQuery tombstone(m_db->db().connection());
    QVERIFY(tombstone.exec(QStringLiteral("SELECT uid, phone FROM deleted_contacts")));
    QVERIFY(tombstone.next());
    QCOMPARE(QString::fromLatin1(tombstone.value(0).toByteArray().toHex()),
             bareUuid(created->id).remove(u'-'));
    QCOMPARE(tombstone.value(1).toString(), ahmedPhone);
    QVERIFY(!tombstone.next());
    tombstone.finish();

    VERIFY_ERROR(store().contact(created->id), 404, "Contact not found");
    VERIFY_ERROR(store().contact(created->vendorContactId), 404, "Contact not found");
    VERIFY_ERROR(store().contact(bareUuid(created->id)), 404, "Contact not found");
    VERIFY_ERROR(store().remove(created->id), 404, "Contact not found");
    VERIFY_ERROR(store().update(created->id, ContactChanges().setName(QStringLiteral("x"))), 404,
                 "Contact not found");
    QCOMPARE(contactCount(), 1);

    // The other contact is untouched.
    const auto kept = store().contact(other->id);
    VERIFY_OK(kept);
    QCOMPARE(*kept, *other);
}

void TestContactStore::removeFreesPhone()
{
    const auto created = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(created);
    VERIFY_OK(store().remove(created->id));

    const auto again =
        store().create(ContactBodies::newContact({{"userNumber", "00971501234567"}}));
    VERIFY_OK(again);
    QCOMPARE(again->phone, ahmedPhone);
    QVERIFY(again->id != created->id);
    QVERIFY(again->vendorContactId != created->vendorContactId);
    VERIFY_ERROR(store().contact(created->id), 404, "Contact not found");
    QCOMPARE(contactCount(), 1);

    // The phone is taken again.
    VERIFY_ERROR(store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}})), 409,
                 "Contact with this phone number already exists");
}

void TestContactStore::removeByVendorId()
{
    const auto created = store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}}));
    VERIFY_OK(created);
    const auto removed = store().remove(created->vendorContactId);
    VERIFY_OK(removed);
    QCOMPARE(removed->id, created->id);
    QCOMPARE(contactCount(), 0);
}

void TestContactStore::removeNamesTheContactMergedInto()
{
    const auto kept = store().create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(kept);
    const auto merged = store().create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    VERIFY_OK(merged);
    // By its vendor id, as the API takes any id.
    const auto removed = store().remove(merged->id, kept->vendorContactId);
    VERIFY_OK(removed);
    QCOMPARE(removed->mergedInto, kept->id);
    QCOMPARE(store().mergedInto(merged->id).value(), std::optional<QString>(kept->id));
    // A plain deletion names nobody.
    VERIFY_OK(store().remove(kept->id));
    QCOMPARE(store().mergedInto(kept->id).value(), std::nullopt);
    QCOMPARE(store().mergedInto(QStringLiteral("contact_unknown")).value(), std::nullopt);
}

void TestContactStore::removeMergedIntoWhatIsNoOtherContact_data()
{
    QTest::addColumn<QString>("mergedInto");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << "contact_00000000-0000-4000-8000-000000000000"
                             << "Invalid mergedInto";
    QTest::newRow("not an id") << "nobody"
                               << "Invalid mergedInto";
    QTest::newRow("another organization's") << "other org"
                                            << "Invalid mergedInto";
    QTest::newRow("itself") << "itself"
                            << "Cannot merge a contact with itself";
}

void TestContactStore::removeMergedIntoWhatIsNoOtherContact()
{
    QFETCH(QString, mergedInto);
    QFETCH(QString, message);
    const auto doomed = store().create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(doomed);
    if (mergedInto == QLatin1String("itself"))
        mergedInto = doomed->id;
    if (mergedInto == QLatin1String("other org")) {
        const auto orgB =
            m_db->db().addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
        VERIFY_OK(orgB);
        const auto inB = ContactStore(m_db->db(), *orgB)
                             .create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
        VERIFY_OK(inB);
        mergedInto = inB->id;
    }
    VERIFY_ERROR(store().remove(doomed->id, mergedInto), 400, message);
    // Nothing written: the contact is still here, with no tombstone.
    VERIFY_OK(store().contact(doomed->id));
    QCOMPARE(store().mergedInto(doomed->id).value(), std::nullopt);
}

void TestContactStore::organizationsAreIsolated()
{
    ContactDatabase& db = m_db->db();
    const auto orgB = db.addOrganization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    VERIFY_OK(orgB);
    QVERIFY(orgB->rowId != db.defaultOrganization().rowId);
    ContactStore a(db);
    ContactStore b(db, *orgB);
    QCOMPARE(a.organization().id, db.defaultOrganization().id);
    QCOMPARE(b.organization().id, orgB->id);

    const auto inA = a.create(ContactBodies::newContact(referenceCreateBody()));
    VERIFY_OK(inA);
    // Duplicate detection is per organization: the same phone is free in B.
    const auto inB = b.create(ContactBodies::newContact({{"userNumber", "+971 50 123 4567"}}));
    VERIFY_OK(inB);
    QVERIFY(inB->id != inA->id);
    const auto onlyB = b.create(ContactBodies::newContact({{"userNumber", "+14155557890"}}));
    VERIFY_OK(onlyB);
    VERIFY_ERROR(a.create(ContactBodies::newContact({{"userNumber", "00971501234567"}})), 409,
                 "Contact with this phone number already exists");
    VERIFY_ERROR(b.create(ContactBodies::newContact({{"userNumber", "+14155557890"}})), 409,
                 "Contact with this phone number already exists");

    // A cannot see B's contact by any of its ids, nor change or delete it.
    for (const QString& id : {onlyB->id, bareUuid(onlyB->id), onlyB->vendorContactId}) {
        VERIFY_ERROR(a.contact(id), 404, "Contact not found");
        VERIFY_ERROR(a.update(id, ContactChanges().setName(QStringLiteral("Taken"))), 404,
                     "Contact not found");
        VERIFY_ERROR(a.remove(id), 404, "Contact not found");
    }
    VERIFY_ERROR(b.contact(inA->id), 404, "Contact not found");
    VERIFY_ERROR(b.remove(inA->vendorContactId), 404, "Contact not found");

    const auto countA = a.count(ListQuery{});
    VERIFY_OK(countA);
    QCOMPARE(*countA, 1);
    const auto countB = b.count(ListQuery{});
    VERIFY_OK(countB);
    QCOMPARE(*countB, 2);
    const auto pageA = a.list(ListQuery{});
    VERIFY_OK(pageA);
    QCOMPARE(phonesOf(pageA->contacts), QStringList({ahmedPhone}));
    QCOMPARE(pageA->total, 1);
    const auto pageB = b.list(ListQuery{});
    VERIFY_OK(pageB);
    QCOMPARE(phonesOf(pageB->contacts), QStringList({"+14155557890", ahmedPhone}));

    // A search for B's phone in A finds nothing.
    ListQuery search;
    search.search = QStringLiteral("4155557890");
    const auto searched = a.count(search);
    VERIFY_OK(searched);
    QCOMPARE(*searched, 0);

    // B's contact is intact after A's attempts.
    const auto stillB = b.contact(onlyB->id);
    VERIFY_OK(stillB);
    QCOMPARE(*stillB, *onlyB);

    // Deleting in B frees the phone in B only.
    VERIFY_OK(b.remove(inB->id));
    VERIFY_OK(a.contact(inA->id));
    VERIFY_OK(b.create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
}

void TestContactStore::addOrganizationIsIdempotent()
{
    ContactDatabase& db = m_db->db();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto first = db.addOrganization(id);
    VERIFY_OK(first);
    const auto second = db.addOrganization(id);
    VERIFY_OK(second);
    QCOMPARE(second->rowId, first->rowId);
    const auto found = db.organization(id);
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE((*found)->rowId, first->rowId);
    const auto missing = db.organization(QUuid::createUuid().toString(QUuid::WithoutBraces));
    VERIFY_OK(missing);
    QVERIFY(!missing->has_value());
}

void TestContactStore::bulkReferenceExample()
{
    const auto result = store().bulk(ContactBodies::newContacts(referenceBulkItems()));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 3);
    QCOMPARE(result->skipped, 0);
    QVERIFY(result->errors.isEmpty());
    QCOMPARE(result->contacts.size(), 3);

    const QStringList phones{"+971501111111", "+971502222222", "+971503333333"};
    const QStringList names{"Contact One", "Contact Two", "Contact Three"};
    for (int i = 0; i < 3; ++i) {
        const BulkResult::Created& created = result->contacts.at(i);
        QCOMPARE(created.phone, phones.at(i));
        QCOMPARE(created.index, i);
        const auto read = store().contact(created.id);
        VERIFY_OK(read);
        QCOMPARE(read->phone, phones.at(i));
        QCOMPARE(read->name, std::optional<QString>(names.at(i)));
        QCOMPARE(read->source, QStringLiteral("import"));
        QCOMPARE(read->optedIn, false);
        QCOMPARE(read->countryCode, std::optional<QString>("AE"));
    }
    const auto third = store().contact(result->contacts.at(2).id);
    VERIFY_OK(third);
    QCOMPARE(third->email, std::optional<QString>("three@example.com"));
    QCOMPARE(third->tags, QStringList());
    const auto first = store().contact(result->contacts.at(0).id);
    VERIFY_OK(first);
    QCOMPARE(first->tags, QStringList({"imported"}));
    QCOMPARE(contactCount(), 3);

    const QJsonObject json = ContactJson::bulkResult(*result);
    QCOMPARE(json.value("contacts").toArray().at(0).toObject().value("status"),
             QJsonValue("created"));
}

void TestContactStore::bulkPartialFailure()
{
    const auto existing =
        store().create(ContactBodies::newContact({{"userNumber", "+971502222222"}}));
    VERIFY_OK(existing);

    const auto result = store().bulk(ContactBodies::newContacts(referenceBulkItems()));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 2);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(result->errors.size(), 1);
    QCOMPARE(result->errors.at(0).index, 1);
    QCOMPARE(result->errors.at(0).phone, std::optional<QString>("+971502222222"));
    QCOMPARE(result->errors.at(0).error, ApiMessages::contactAlreadyExists);
    QCOMPARE(result->contacts.size(), 2);
    QCOMPARE(result->contacts.at(0).phone, QStringLiteral("+971501111111"));
    QCOMPARE(result->contacts.at(1).phone, QStringLiteral("+971503333333"));
    QCOMPARE(contactCount(), 3);

    // The existing contact is not touched by the skipped item.
    const auto kept = store().contact(existing->id);
    VERIFY_OK(kept);
    QCOMPARE(*kept, *existing);
}

void TestContactStore::bulkRepeatedPhoneInRequest()
{
    const QJsonArray items{
        QJsonObject{{"userNumber", "+971501111111"}, {"userName", "First"}},
        QJsonObject{{"userNumber", "+971502222222"}},
        QJsonObject{{"userNumber", "00971 50 111 1111"}, {"userName", "Second"}},
    };
    const auto result = store().bulk(ContactBodies::newContacts(items));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 2);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(result->errors.size(), 1);
    QCOMPARE(result->errors.at(0).index, 2);
    // The phone of an error is the userNumber exactly as sent.
    QCOMPARE(result->errors.at(0).phone, std::optional<QString>("00971 50 111 1111"));
    QCOMPARE(result->errors.at(0).error, ApiMessages::contactAlreadyExists);

    // The first one of the request won.
    const auto first = store().contact(result->contacts.at(0).id);
    VERIFY_OK(first);
    QCOMPARE(first->name, std::optional<QString>("First"));
    QCOMPARE(contactCount(), 2);
}

void TestContactStore::bulkInvalidItem_data()
{
    QTest::addColumn<QJsonValue>("item");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QJsonValue>("phone");

    using namespace ApiMessages;
    const QJsonValue null(QJsonValue::Null);

    QTest::newRow("number item") << QJsonValue(42) << invalidContact << null;
    QTest::newRow("string item") << QJsonValue("+971504444444") << invalidContact << null;
    QTest::newRow("null item") << null << invalidContact << null;
    QTest::newRow("array item") << QJsonValue(
                                       QJsonArray{QJsonObject{{"userNumber", "+971504444444"}}})
                                << invalidContact << null;
    QTest::newRow("no phone") << QJsonValue(QJsonObject{{"userName", "Nobody"}}) << phoneRequired
                              << null;
    QTest::newRow("null phone") << QJsonValue(QJsonObject{{"userNumber", null}}) << phoneRequired
                                << null;
    QTest::newRow("blank phone") << QJsonValue(QJsonObject{{"userNumber", "  "}}) << phoneRequired
                                 << QJsonValue("  ");
    QTest::newRow("number phone") << QJsonValue(QJsonObject{{"userNumber", 971504444444.0}})
                                  << invalidPhone << null;
    QTest::newRow("bad phone") << QJsonValue(QJsonObject{{"userNumber", "call me"}}) << invalidPhone
                               << QJsonValue("call me");
    QTest::newRow("bad countryCode")
        << QJsonValue(QJsonObject{{"userNumber", "+971 50 444 4444"}, {"countryCode", "ZZ"}})
        << invalidCountryCode << QJsonValue("+971 50 444 4444");
    QTest::newRow("bad email") << QJsonValue(QJsonObject{{"userNumber", "+971504444444"},
                                                         {"email", "a b@c.d"}})
                               << invalidEmail << QJsonValue("+971504444444");
    QTest::newRow("bad name") << QJsonValue(
                                     QJsonObject{{"userNumber", "+971504444444"}, {"userName", 1}})
                              << invalidName << QJsonValue("+971504444444");
    QTest::newRow("bad tags") << QJsonValue(QJsonObject{{"userNumber", "+971504444444"},
                                                        {"tags", "imported"}})
                              << invalidTags << QJsonValue("+971504444444");
    QTest::newRow("bad labels") << QJsonValue(QJsonObject{{"userNumber", "+971504444444"},
                                                          {"labels", QJsonArray{1}}})
                                << invalidLabels << QJsonValue("+971504444444");
    QTest::newRow("bad params") << QJsonValue(
                                       QJsonObject{{"userNumber", "+971504444444"},
                                                   {"params", QJsonObject{{"a", QJsonArray{}}}}})
                                << invalidParams << QJsonValue("+971504444444");
}

void TestContactStore::bulkInvalidItem()
{
    QFETCH(QJsonValue, item);
    QFETCH(QString, error);
    QFETCH(QJsonValue, phone);

    const QJsonArray items{QJsonObject{{"userNumber", "+971501111111"}}, item,
                           QJsonObject{{"userNumber", "+971503333333"}}};
    const auto result = store().bulk(ContactBodies::newContacts(items));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 2);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(result->errors.size(), 1);
    QCOMPARE(result->errors.at(0).index, 1);
    QCOMPARE(result->errors.at(0).error, error);
    if (phone.isNull())
        QCOMPARE(result->errors.at(0).phone, std::optional<QString>());
    else
        QCOMPARE(result->errors.at(0).phone, std::optional<QString>(phone.toString()));
    QCOMPARE(result->contacts.size(), 2);
    QCOMPARE(result->contacts.at(0).index, 0);
    QCOMPARE(result->contacts.at(1).index, 2);
    QCOMPARE(contactCount(), 2);
}

void TestContactStore::bulkErrorsKeepTheirIndex()
{
    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", "+971505555555"}})));
    const QJsonArray items{
        QJsonObject{{"userName", "no phone"}},                        // 0
        QJsonObject{{"userNumber", "+971501111111"}},                 // 1 created
        QJsonValue(7),                                                // 2
        QJsonObject{{"userNumber", "+971 50 555 5555"}},              // 3 exists in the store
        QJsonObject{{"userNumber", "+971502222222"}},                 // 4 created
        QJsonObject{{"userNumber", "+971501111111"}},                 // 5 repeated in the request
        QJsonObject{{"userNumber", "+971503333333"}, {"email", "@"}}, // 6
    };
    const auto result = store().bulk(ContactBodies::newContacts(items));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 2);
    QCOMPARE(result->skipped, 5);
    QCOMPARE(result->imported + result->skipped, items.size());
    QList<int> indexes;
    QStringList messages;
    for (const BulkResult::Error& error : result->errors) {
        indexes.append(error.index);
        messages.append(error.error);
    }
    QCOMPARE(indexes, QList<int>({0, 2, 3, 5, 6}));
    QCOMPARE(messages, QStringList({ApiMessages::phoneRequired, ApiMessages::invalidContact,
                                    ApiMessages::contactAlreadyExists,
                                    ApiMessages::contactAlreadyExists, ApiMessages::invalidEmail}));
    QCOMPARE(result->errors.at(1).phone, std::optional<QString>());
    QCOMPARE(result->errors.at(2).phone, std::optional<QString>("+971 50 555 5555"));
    QCOMPARE(result->contacts.at(0).phone, QStringLiteral("+971501111111"));
    QCOMPARE(result->contacts.at(1).phone, QStringLiteral("+971502222222"));
    QCOMPARE(contactCount(), 3);
}

void TestContactStore::bulkThousandItems()
{
    const auto result = store().bulk(ContactBodies::newContacts(numberedItems(1000)));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 1000);
    QCOMPARE(result->skipped, 0);
    QCOMPARE(result->contacts.size(), 1000);
    QCOMPARE(contactCount(), 1000);
    const auto last = store().contact(result->contacts.last().id);
    VERIFY_OK(last);
    QCOMPARE(last->phone, numbered(999));
    QCOMPARE(last->source, QStringLiteral("import"));
}

void TestContactStore::bulkRowsKeepEveryField_data()
{
    // A few rows go through the statements the connection prepares once; many through
    // SQLite's own API (SqliteDialect::insertNewContacts): both must write the same.
    QTest::addColumn<int>("count");
    QTest::newRow("one") << 1;
    QTest::newRow("forty") << 40;
}

void TestContactStore::bulkRowsKeepEveryField()
{
    QFETCH(int, count);
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        QJsonObject item{{"userNumber", numbered(i)}};
        if (i % 2 == 0) {
            item.insert("userName", QStringLiteral("Zoë Ørsted 山田 %1").arg(i));
            item.insert("email", QStringLiteral("zoe%1@example.com").arg(i));
            item.insert("tags", QJsonArray{"vip", "Lead"});
            item.insert("params", QJsonObject{{"plan", "gold"}, {"orders", i}});
        }
        items.append(item);
    }
    const auto result = store().bulk(ContactBodies::newContacts(items));
    VERIFY_OK(result);
    QCOMPARE(result->imported, count);
    for (int i = 0; i < count; ++i) {
        const auto read = store().contact(result->contacts.at(i).id);
        VERIFY_OK(read);
        QCOMPARE(read->phone, numbered(i));
        QCOMPARE(read->source, QStringLiteral("import"));
        if (i % 2 == 0) {
            QCOMPARE(read->name,
                     std::optional<QString>(QStringLiteral("Zoë Ørsted 山田 %1").arg(i)));
            QCOMPARE(read->email,
                     std::optional<QString>(QStringLiteral("zoe%1@example.com").arg(i)));
            QCOMPARE(read->tags, QStringList({"vip", "Lead"}));
            QCOMPARE(read->params, (QJsonObject{{"plan", "gold"}, {"orders", i}}));
        } else {
            QCOMPARE(read->name, std::optional<QString>());
            QCOMPARE(read->email, std::optional<QString>());
            QCOMPARE(read->tags, QStringList());
            QCOMPARE(read->params, QJsonObject());
        }
    }
    // The journal, the tag counts and the search index hold every row.
    QCOMPARE(journalSize(), count);
    ListQuery search;
    search.search = QStringLiteral("ørsted");
    QCOMPARE(store().count(search).value_or(-1), (count + 1) / 2);
    ListQuery tagged;
    tagged.tags = QStringList{"vip"};
    QCOMPARE(store().count(tagged).value_or(-1), (count + 1) / 2);
}

void TestContactStore::bulkTooManyItems()
{
    const auto result = store().bulk(ContactBodies::newContacts(numberedItems(1001)));
    VERIFY_ERROR(result, 413, "Too many contacts in one request (max 1000)");
    QCOMPARE(contactCount(), 0);
    QCOMPARE(journalSize(), 0);
}

void TestContactStore::bulkEmpty()
{
    const auto result = store().bulk(ContactBodies::newContacts(QJsonArray{}));
    VERIFY_OK(result);
    QCOMPARE(result->imported, 0);
    QCOMPARE(result->skipped, 0);
    QVERIFY(result->errors.isEmpty());
    QVERIFY(result->contacts.isEmpty());
}

void TestContactStore::bulkBadFieldBeatsDuplicate()
{
    VERIFY_OK(store().create(ContactBodies::newContact({{"userNumber", ahmedPhone}})));
    const auto result = store().bulk(ContactBodies::newContacts(
        QJsonArray{QJsonObject{{"userNumber", ahmedPhone}, {"tags", "x"}}}));
    VERIFY_OK(result);
    QCOMPARE(result->skipped, 1);
    QCOMPARE(result->errors.at(0).error, ApiMessages::invalidTags);
}

QTEST_GUILESS_MAIN(TestContactStore)
#include "tst_contactstore.moc"
