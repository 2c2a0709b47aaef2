#include "ColumnMapping.h"
#include "ContactBodies.h"
#include "ImportRow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

/// The guessed field of each column, `param` ones with their key.
QStringList fieldsOf(const ColumnMapping& mapping)
{
    QStringList out;
    for (const ColumnMapping::Column& column : mapping.columns()) {
        QString field = ColumnMapping::fieldName(column.field);
        if (column.field == ImportField::Param)
            field += u':' + column.paramKey;
        if (column.field == ImportField::Phone && column.mobile)
            field += QStringLiteral("(mobile)");
        out << field;
    }
    return out;
}

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(text).object();
}

const QStringList googleHeader = {"First Name",       "Middle Name",     "Last Name",
                                  "Nickname",         "Labels",          "E-mail 1 - Label",
                                  "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value",
                                  "Phone 2 - Label",  "Phone 2 - Value", "Address 1 - Country"};
const QStringList outlookHeader = {"First Name",   "Last Name",      "E-mail Address",
                                   "Home Phone",   "Business Phone", "Mobile Phone",
                                   "Business Fax", "Categories",     "Notes"};

} // namespace

class TestColumnMapping : public QObject {
    Q_OBJECT

private slots:
    void guess_data();
    void guess();
    void headerKey();
    void editAndSave();
    void items_data();
    void items();
    void countryCode_data();
    void countryCode();
};

void TestColumnMapping::guess_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("google") << googleHeader
                            << QStringList{
                                   "firstName",      "middleName", "lastName",
                                   "param:Nickname", "tags",       "param:E-mail 1 - Label",
                                   "email",          "phoneType",  "phone",
                                   "phoneType",      "phone",      "param:Address 1 - Country"};
    QTest::newRow("google old") << QStringList{"Name",           "Given Name",
                                               "Family Name",    "Group Membership",
                                               "Phone 1 - Type", "Phone 1 - Value"}
                                << QStringList{"name", "firstName", "lastName",
                                               "tags", "phoneType", "phone"};
    QTest::newRow("outlook")
        << outlookHeader
        << QStringList{"firstName",     "lastName",           "email", "phone",      "phone",
                       "phone(mobile)", "param:Business Fax", "tags",  "param:Notes"};
    QTest::newRow("api names") << QStringList{"userNumber",  "userName", "email",
                                              "countryCode", "tags",     "labels",
                                              "params",      "id",       "createdAt"}
                               << QStringList{"phone",  "name",   "email",  "country", "tags",
                                              "labels", "params", "ignore", "ignore"};
    QTest::newRow("arabic") << QStringList{"الاسم",  "رقم الجوال", "البريد الإلكتروني",
                                           "الدولة", "الوسوم",     "ملاحظات"}
                            << QStringList{"name",    "phone(mobile)", "email",
                                           "country", "tags",          "param:ملاحظات"};
    QTest::newRow("spanish") << QStringList{"Nombre",         "Apellidos",
                                            "Teléfono móvil", "Correo electrónico",
                                            "País",           "Etiquetas"}
                             << QStringList{"firstName", "lastName", "phone(mobile)",
                                            "email",     "country",  "tags"};
    QTest::newRow("portuguese") << QStringList{"Nome", "Celular", "E-mail", "País", "Marcadores"}
                                << QStringList{"name", "phone(mobile)", "email", "country", "tags"};
    QTest::newRow("french") << QStringList{"Prénom",   "Nom",  "Téléphone portable",
                                           "Courriel", "Pays", "Étiquettes"}
                            << QStringList{"firstName", "lastName", "phone(mobile)",
                                           "email",     "country",  "tags"};
    QTest::newRow("german") << QStringList{"Vorname", "Nachname",   "Handynummer", "E-Mail",
                                           "Land",    "Kategorien", "Firma"}
                            << QStringList{"firstName", "lastName", "phone(mobile)", "email",
                                           "country",   "tags",     "param:Firma"};
    // Headers other exporters write (issue 15): Outlook in the languages it is most used in,
    // Thunderbird, Apple's Contacts, Roundcube and the common CRMs. Fax, pager and the type
    // or display name of an address are never a phone or an email.
    QTest::newRow("outlook de") << QStringList{"Vorname",
                                               "Nachname",
                                               "Firma",
                                               "Telefon geschäftlich",
                                               "Telefon (privat)",
                                               "Mobiltelefon",
                                               "Fax geschäftlich",
                                               "Pager",
                                               "E-Mail-Adresse",
                                               "E-Mail: Angezeigter Name",
                                               "E-Mail 2: Adresse",
                                               "Kategorien"}
                                << QStringList{"firstName",
                                               "lastName",
                                               "param:Firma",
                                               "phone",
                                               "phone",
                                               "phone(mobile)",
                                               "param:Fax geschäftlich",
                                               "param:Pager",
                                               "email",
                                               "param:E-Mail: Angezeigter Name",
                                               "email",
                                               "tags"};
    QTest::newRow("outlook fr") << QStringList{"Prénom",
                                               "Nom",
                                               "Téléphone bureau",
                                               "Téléphone domicile",
                                               "Tél. mobile",
                                               "Télécopie bureau",
                                               "Récepteur de radiomessagerie",
                                               "Adresse de messagerie",
                                               "Nom affiché de l'adresse de messagerie"}
                                << QStringList{"firstName",
                                               "lastName",
                                               "phone",
                                               "phone",
                                               "phone(mobile)",
                                               "param:Télécopie bureau",
                                               "param:Récepteur de radiomessagerie",
                                               "email",
                                               "param:Nom affiché de l'adresse de messagerie"};
    QTest::newRow("outlook es") << QStringList{"Nombre",
                                               "Apellidos",
                                               "Teléfono del trabajo",
                                               "Teléfono particular",
                                               "Teléfono móvil",
                                               "Fax del trabajo",
                                               "Dirección de correo electrónico",
                                               "Tipo de correo electrónico"}
                                << QStringList{"firstName",     "lastName",
                                               "phone",         "phone",
                                               "phone(mobile)", "param:Fax del trabajo",
                                               "email",         "param:Tipo de correo electrónico"};
    QTest::newRow("outlook pt") << QStringList{"Nome próprio",
                                               "Apelido",
                                               "Telefone comercial",
                                               "Telefone residencial",
                                               "Telemóvel",
                                               "Fax comercial",
                                               "Endereço de correio eletrónico"}
                                << QStringList{"firstName", "lastName",      "phone",
                                               "phone",     "phone(mobile)", "param:Fax comercial",
                                               "email"};
    QTest::newRow("outlook it")
        << QStringList{"Nome",
                       "Cognome",
                       "Telefono ufficio",
                       "Cellulare",
                       "Fax ufficio",
                       "Cercapersone",
                       "Indirizzo posta elettronica",
                       "Categorie"}
        << QStringList{"firstName",         "lastName",           "phone", "phone(mobile)",
                       "param:Fax ufficio", "param:Cercapersone", "email", "tags"};
    QTest::newRow("outlook nl")
        << QStringList{"Voornaam",       "Achternaam",       "Telefoon op werk",
                       "Telefoon thuis", "Mobiele telefoon", "Fax op werk",
                       "Semafoon",       "E-mailadres",      "Categorieën"}
        << QStringList{"firstName",         "lastName",       "phone", "phone", "phone(mobile)",
                       "param:Fax op werk", "param:Semafoon", "email", "tags"};
    QTest::newRow("thunderbird") << QStringList{"First Name",  "Last Name",     "Display Name",
                                                "Nickname",    "Primary Email", "Secondary Email",
                                                "Screen Name", "Work Phone",    "Home Phone",
                                                "Fax Number",  "Pager Number",  "Mobile Number"}
                                 << QStringList{"firstName",
                                                "lastName",
                                                "name",
                                                "param:Nickname",
                                                "email",
                                                "email",
                                                "param:Screen Name",
                                                "phone",
                                                "phone",
                                                "param:Fax Number",
                                                "param:Pager Number",
                                                "phone(mobile)"};
    QTest::newRow("apple de") << QStringList{"Vorname",        "Nachname", "Arbeit Telefon",
                                             "Privat Telefon", "Mobil",    "E-Mail privat"}
                              << QStringList{"firstName", "lastName",      "phone",
                                             "phone",     "phone(mobile)", "email"};
    QTest::newRow("roundcube") << QStringList{"First Name", "Last Name",  "Display Name",
                                              "Email Home", "Email Work", "Phone Mobile",
                                              "Phone Home"}
                               << QStringList{"firstName", "lastName",      "name", "email",
                                              "email",     "phone(mobile)", "phone"};
    QTest::newRow("hubspot")
        << QStringList{"First Name",   "Last Name",           "Email",
                       "Phone Number", "Mobile Phone Number", "Lifecycle Stage"}
        << QStringList{"firstName", "lastName",      "email",
                       "phone",     "phone(mobile)", "param:Lifecycle Stage"};
    QTest::newRow("zoho") << QStringList{"First Name", "Last Name", "Email", "Secondary Email",
                                         "Phone",      "Mobile",    "Fax",   "Mailing Street"}
                          << QStringList{
                                 "firstName", "lastName",      "email",     "email",
                                 "phone",     "phone(mobile)", "param:Fax", "param:Mailing Street"};
    QTest::newRow("salesforce") << QStringList{"First Name", "Last Name", "Title",          "Phone",
                                               "Mobile",     "Email",     "Mailing Country"}
                                << QStringList{
                                       "firstName",     "lastName", "param:Title",          "phone",
                                       "phone(mobile)", "email",    "param:Mailing Country"};
    QTest::newRow("mailchimp") << QStringList{"Email Address", "First Name", "Last Name",
                                              "Phone Number", "TAGS"}
                               << QStringList{"email", "firstName", "lastName", "phone", "tags"};
    QTest::newRow("chatwoot") << QStringList{"name", "phone_number", "email", "identifier"}
                              << QStringList{"name", "phone", "email", "param:identifier"};
    QTest::newRow("unnamed column")
        << QStringList{"phone", ""} << QStringList{"phone", "param:column2"};
    QTest::newRow("numbered") << QStringList{"Phone 1", "Phone 2", "Email 2", "Tags 2"}
                              << QStringList{"phone", "phone", "email", "param:Tags 2"};
}

void TestColumnMapping::guess()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, fields);
    const ColumnMapping mapping = ColumnMapping::guess(header);
    QCOMPARE(fieldsOf(mapping), fields);
    QVERIFY(mapping.validate().has_value());
}

void TestColumnMapping::headerKey()
{
    const QString key = ColumnMapping::headerKey({"Phone", "Name"});
    QCOMPARE(ColumnMapping::headerKey({"name", " phone "}), key);
    QVERIFY(ColumnMapping::headerKey({"Phone", "Name", "Email"}) != key);
    QCOMPARE(key.size(), 16);
}

void TestColumnMapping::editAndSave()
{
    ColumnMapping mapping = ColumnMapping::guess({"Handy", "Kunde", "Notiz"});
    QCOMPARE(fieldsOf(mapping), (QStringList{"phone(mobile)", "param:Kunde", "param:Notiz"}));
    QVERIFY(!mapping.setField(QStringLiteral("Missing"), QStringLiteral("name")).has_value());
    QVERIFY(!mapping.setField(QStringLiteral("Kunde"), QStringLiteral("nickname")).has_value());
    QVERIFY(mapping.setField(QStringLiteral("kunde"), QStringLiteral("name")).has_value());
    QVERIFY(mapping.setField(QStringLiteral("Notiz"), QStringLiteral("param:note")).has_value());
    QCOMPARE(fieldsOf(mapping), (QStringList{"phone(mobile)", "name", "param:note"}));

    const ColumnMapping restored = ColumnMapping::fromJson(mapping.header(), mapping.toJson());
    QCOMPARE(fieldsOf(restored), fieldsOf(mapping));

    mapping.setField(0, ImportField::Ignore);
    QVERIFY(!mapping.validate().has_value());
}

void TestColumnMapping::items_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QJsonObject>("item"); // empty when `error` is expected
    QTest::addColumn<QString>("error");

    QTest::newRow("google: mobile by label, system groups dropped")
        << googleHeader
        << QStringList{"Ahmed",
                       "",
                       "Hassan",
                       "",
                       "* myContacts ::: VIP ::: * starred ::: Gold",
                       "* Work",
                       "ahmed@example.com",
                       "Work",
                       "04 123 4567",
                       "Mobile",
                       "050 123 4567 ::: 055 765 4321",
                       ""}
        << "AE" << json(R"({"userNumber":"+971501234567","userName":"Ahmed Hassan",
                    "email":"ahmed@example.com","tags":["VIP","Gold"],
                    "params":{"E-mail 1 - Label":"* Work",
                              "Phone 1 - Value":"04 123 4567",
                              "Phone 2 - Value":"055 765 4321"}})")
        << "";
    QTest::newRow("outlook: mobile column wins, categories by ;")
        << outlookHeader << QStringList{"Jürgen", "Groß",          "jg@example.de", "030 1234567",
                                        "",       "0151 23456789", "030 7654321",   "Kunde; Berlin",
                                        ""}
        << "DE" << json(R"({"userNumber":"+4915123456789","userName":"Jürgen Groß",
                    "email":"jg@example.de","tags":["Kunde","Berlin"],
                    "params":{"Home Phone":"030 1234567","Business Fax":"030 7654321"}})")
        << "";
    QTest::newRow("libphonenumber's mobile wins over a landline")
        << QStringList{"Home Phone", "phone 2"} << QStringList{"020 7946 0018", "07911 123456"}
        << "GB" << json(R"({"userNumber":"+447911123456","params":{"Home Phone":"020 7946 0018"}})")
        << "";
    QTest::newRow("api names with row country")
        << QStringList{"userNumber", "userName", "countryCode", "labels", "params"}
        << QStringList{"0501234567", "Sara", "ae", "lead ::: hot", R"({"plan":"pro","n":3})"} << ""
        << json(R"({"userNumber":"+971501234567","userName":"Sara","countryCode":"AE",
                    "labels":["lead","hot"],"params":{"plan":"pro","n":3}})")
        << "";
    QTest::newRow("country name reads the number")
        << QStringList{"phone", "country"} << QStringList{"055 123 4567", "Saudi Arabia"} << "AE"
        << json(R"({"userNumber":"+966551234567","countryCode":"SA"})") << "";
    QTest::newRow("no valid number: the first one's error")
        << QStringList{"phone", "mobile"} << QStringList{"9.71501E+11", "12"} << "AE"
        << QJsonObject() << "scientific notation";
    QTest::newRow("no valid number: each one tried")
        << QStringList{"Work Phone", "Mobile"} << QStringList{"+971 12", "call me"} << "AE"
        << QJsonObject()
        << "None of the row's 2 numbers is valid: Invalid phone number (+971 12): too few "
           "digits for United Arab Emirates (its mobile numbers have 9 digits after +971); "
           "Invalid phone number (call me): not a phone number";
    QTest::newRow("a number in a column not mapped as a phone")
        << QStringList{"phone", "Kontakt"} << QStringList{"", "+49 30 1234567"} << "DE"
        << QJsonObject()
        << "No number in the phone columns, but column “Kontakt” holds one (+49 30 1234567): "
           "map it as a phone";
    QTest::newRow("no number") << QStringList{"phone", "name"} << QStringList{"", "Sara"} << "AE"
                               << QJsonObject() << "Phone number (userNumber) is required";
    // Only the phone decides whether a row imports (issue 15): what the importer cannot read
    // of another field is kept in params as the file had it.
    QTest::newRow("unknown country kept, the phone's used")
        << QStringList{"phone", "country"} << QStringList{"+971501234567", "Narnia"} << ""
        << json(R"({"userNumber":"+971501234567","params":{"country":"Narnia"}})") << "";
    QTest::newRow("a one-letter country (D) kept")
        << QStringList{"Telefon", "Land"} << QStringList{"+49 30 1234567", "D"} << "DE"
        << json(R"({"userNumber":"+49301234567","params":{"Land":"D"}})") << "";
    QTest::newRow("bad params json kept")
        << QStringList{"phone", "params"} << QStringList{"+971501234567", "{oops"} << ""
        << json(R"({"userNumber":"+971501234567","params":{"params":"{oops"}})") << "";
    QTest::newRow("several emails: the first valid one")
        << QStringList{"phone", "email"}
        << QStringList{"+971501234567", "not an address; a@example.com, b@example.com"} << ""
        << json(R"({"userNumber":"+971501234567","email":"a@example.com",
                    "params":{"email":"not an address ::: b@example.com"}})")
        << "";
    QTest::newRow("an invalid email does not cost the row")
        << QStringList{"phone", "email"} << QStringList{"+971501234567", "a@b@c"} << ""
        << json(R"({"userNumber":"+971501234567","params":{"email":"a@b@c"}})") << "";
    QTest::newRow("a Google cell typed Mobile: its mobile, not its landline")
        << googleHeader << QStringList{"Ahmed", "",       "",
                                       "",      "",       "",
                                       "",      "Mobile", "+971 4 333 4444 ::: +971 52 765 4321",
                                       "",      "",       ""}
        << "AE" << json(R"({"userNumber":"+971527654321","userName":"Ahmed",
                    "params":{"Phone 1 - Value":"+971 4 333 4444"}})")
        << "";
    QTest::newRow("an invalid mobile cell, a valid business number")
        << QStringList{"Business Phone", "Mobile Phone"} << QStringList{"+49 30 1234567", "12"}
        << "DE" << json(R"({"userNumber":"+49301234567","params":{"Mobile Phone":"12"}})") << "";
}

void TestColumnMapping::items()
{
    QFETCH(QStringList, header);
    QFETCH(QStringList, row);
    QFETCH(QString, region);
    QFETCH(QJsonObject, item);
    QFETCH(QString, error);
    const auto result = ImportRow::item(ColumnMapping::guess(header), row, {region, {}});
    if (error.isEmpty()) {
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
        QCOMPARE(*result, ContactBodies::newContact(item));
    } else {
        QVERIFY(!result.has_value());
        QVERIFY2(result.error().contains(error), qPrintable(result.error()));
    }
}

void TestColumnMapping::countryCode_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("code");
    QTest::newRow("code") << "ae"
                          << "AE";
    QTest::newRow("name") << "United Arab Emirates"
                          << "AE";
    QTest::newRow("abbreviation") << "UAE"
                                  << "AE";
    QTest::newRow("accented") << "Brazil"
                              << "BR";
    QTest::newRow("unknown") << "Atlantis"
                             << "";
    QTest::newRow("not a region") << "ZZ"
                                  << "";
}

void TestColumnMapping::countryCode()
{
    QFETCH(QString, cell);
    QFETCH(QString, code);
    QCOMPARE(ImportRow::countryCode(cell), code);
}

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
