// The exporters' files of issue 15, each imported as a person would from the wizard: the
// fixtures in fixtures/csv are written by fixtures/csv/make-fixtures.py, which says what each
// exporter writes. Every expectation is what the person importing the file expects; where the
// importer does otherwise, the check is marked QEXPECT_FAIL with what goes wrong, until the
// importer is fixed.

#include "ContactImporter.h"
#include "CsvReader.h"
#include "TestDatabase.h"

#include <QBuffer>
#include <QFile>
#include <QJsonObject>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(FIXTURES_DIR "/") + name;
}

/// What one imported contact, found by its phone, should hold.
struct ExpectedContact {
    QString phone;                ///< E.164
    std::optional<QString> name;  ///< unchecked when unset; "" for no name
    std::optional<QString> email; ///< unchecked when unset; "" for no email
    QStringList tags = {};
    QJsonObject params = {};  ///< values the params hold (others may be there too)
    bool onlyParams = false;  ///< the params hold these keys and no other
    QString countryCode = {}; ///< unchecked when empty
};

using ExpectedContacts = QList<ExpectedContact>;
/// Checks the importer fails today, by their name (`imported`, `errors`, `name:+49…`), each
/// with what goes wrong: the findings of issue 15, marked QEXPECT_FAIL until fixed.
using KnownFailures = QMap<QString, QString>;

/// "line:message" for each skipped row of a report.
QStringList errorLines(const ImportReport& report)
{
    QStringList out;
    for (const ImportReport::Error& error : report.errors)
        out << QStringLiteral("%1:%2").arg(error.line).arg(error.message);
    return out;
}

QStringList sortedKeys(const QJsonObject& object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

Q_DECLARE_METATYPE(ExpectedContact)

// A finding of issue 15: the next check fails until the importer is fixed.
#define EXPECT_FAIL_IF_KNOWN(known, key)                                                           \
    do {                                                                                           \
        if (const QString why = (known).value(key); !why.isEmpty())                                \
            QEXPECT_FAIL("", qPrintable(why), Continue);                                           \
    } while (false)

class TestImportFixtures : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importFixture_data();
    void importFixture();
    void preview_data();
    void preview();
    void skippedRowsKeepTheirLineEnds();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestImportFixtures::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestImportFixtures::cleanup()
{
    m_db.reset();
}

void TestImportFixtures::importFixture_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("region");   // the default region the person chose
    QTest::addColumn<QString>("encoding"); // what the file is in
    QTest::addColumn<QChar>("delimiter");
    QTest::addColumn<int>("imported");
    QTest::addColumn<int>("skipped");
    QTest::addColumn<QStringList>("errors"); // "line:message" of each skipped row
    QTest::addColumn<ExpectedContacts>("contacts");
    QTest::addColumn<KnownFailures>("known");

    const QString required = QStringLiteral("Phone number (userNumber) is required");

    // 1. Outlook 2013 in German: 92 columns, windows-1252, CRLF, short rows.
    QTest::newRow("outlook 2013 de")
        << "outlook-2013-de.csv" << "DE" << "windows-1252" << QChar(u',') << 4 << 2
        << QStringList{"7:" + required, "8:" + required}
        << ExpectedContacts{
               {"+4915123456701",
                "Sabine Köhler",
                "sabine.koehler@baeckerei-koehler.example",
                {"Kunden", "Berlin"},
                {{"Telefon geschäftlich", "+49 (30) 90182345"},
                 {"Firma", "Bäckerei Köhler GmbH"},
                 {"Notizen", "Bestellt freitags.\nRückruf nach 14 Uhr."}}},
               // The mobile cell holds half a number: the business number is imported.
               {"+493090182346",
                "Matthias Groß",
                "m.gross@gross-partner.example",
                {},
                {{"Mobiltelefon", "0151 234"}, {"Firma", "Groß & Partner Steuerberatung"}}},
               // A short row: its missing fields are empty ones.
               {"+4917612345678", "Aylin Demir", "", {}, {{"Anrede", "Frau"}}, true},
               {"+491712345678",
                "Hans Peter Müller",
                "hp.mueller@mueller-muenchen.example",
                {"Privat"},
                {{"Telefon privat", "089 12345678"}}},
           }
        << KnownFailures{};

    // 2. Outlook in French, Spanish, Portuguese, Italian and Dutch.
    QTest::newRow("outlook fr")
        << "outlook-fr.csv" << "FR" << "windows-1252" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+33612345678",
                "Camille Lefèvre",
                "camille.lefevre@cabinet-lefevre.example",
                {"Clients", "Paris"},
                {{"Téléphone bureau", "01 42 68 53 00"}, {"Société", "Cabinet Lefèvre"}}},
               {"+33145678901", "Benoît Jean Durand", "benoit.durand@durand-conseil.example"},
           }
        << KnownFailures{};
    QTest::newRow("outlook es")
        << "outlook-es.csv" << "ES" << "windows-1252" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+34612345678",
                "Lucía Fernández Ortega",
                "lucia.fernandez@ortega-logistica.example",
                {"Clientes"},
                {{"Teléfono del trabajo", "91 123 45 67"}}},
               {"+34655123456", "Javier Andrés Ruiz", "javier.ruiz@ruiz-asesores.example"},
           }
        << KnownFailures{};
    QTest::newRow("outlook pt")
        << "outlook-pt.csv" << "PT" << "windows-1252" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+351912345678",
                "Ana Sousa",
                "ana.sousa@sousa-filhos.example",
                {"Clientes", "Lisboa"},
                {{"Telefone comercial", "21 123 4567"}, {"Empresa", "Sousa & Filhos, Lda."}}},
               {"+351931234567", "Rui Carvalho", "rui.carvalho@carvalho-obras.example"},
           }
        << KnownFailures{};
    QTest::newRow("outlook it")
        << "outlook-it.csv" << "IT" << "windows-1252" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+393471234567",
                "Giulia Romano",
                "giulia.romano@studio-romano.example",
                {"Clienti"},
                {{"Telefono ufficio", "06 1234 5678"},
                 {"Titolo", "Dott.ssa"},
                 {"Società", "Studio Romano"},
                 {"Città (uff.)", "Roma"}}},
               {"+393337654321", "Marco Bianchi", "marco.bianchi@bianchi-impianti.example"},
           }
        << KnownFailures{};
    QTest::newRow("outlook nl")
        << "outlook-nl.csv" << "NL" << "windows-1252" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+31612345678",
                "Pieter de Vries",
                "pieter.devries@devries-installatie.example",
                {"Klanten"},
                {{"Telefoon op werk", "020 123 4567"}}},
               {"+31687654321", "Sanne Jansen", "sanne.jansen@jansen-advies.example"},
           }
        << KnownFailures{};

    // 3. Thunderbird, through Excel's "Unicode Text": UTF-16LE with a BOM, tabs.
    QTest::newRow("thunderbird utf-16le")
        << "thunderbird-excel-unicode.txt" << "AE" << "UTF-16LE" << QChar(u'\t') << 3 << 0
        << QStringList{}
        << ExpectedContacts{
               {"+971501234501",
                "Rania Haddad",
                "rania.haddad@gulf-trading.example",
                {},
                {{"Nickname", "Rani"},
                 {"Work Phone", "+971 4 333 4444"},
                 {"Work City", "Dubai"},
                 {"Work Country", "United Arab Emirates"},
                 {"Organization", "Gulf Trading LLC"},
                 {"Notes", "Prefers WhatsApp,\nnot calls."}},
                true},
               {"+971552345678",
                "Omar Saleh",
                "omar.saleh@saleh-contracting.example",
                {},
                {{"Secondary Email", "omar.saleh@mail.example"},
                 {"Fax Number", "04 321 7654"},
                 {"Home City", "Sharjah"}},
                true},
               {"+971561112233", "لينا ناصر", "lina.nasser@example.com"},
           }
        << KnownFailures{};

    // 4. A Japanese Thunderbird's "CSV (system charset)": Japanese headers in Shift_JIS.
    QTest::newRow("thunderbird shift_jis")
        << "thunderbird-ja-shift_jis.csv" << "JP" << "SHIFT_JIS" << QChar(u',') << 3 << 0
        << QStringList{}
        << ExpectedContacts{
               {"+819012345678",
                "山田 太郎",
                "taro.yamada@yamada-shoji.example",
                {},
                {{"勤務先の電話番号", "03-1234-5678"}, {"組織", "山田商事株式会社"}}},
               {"+818023456789",
                "佐藤 花子",
                "hanako.sato@example.com",
                {},
                {{"自宅の電話番号", "06-6123-4567"}}},
               {"+81451234567", "鈴木 一郎", "ichiro.suzuki@suzuki-kogyo.example"},
           }
        << KnownFailures{};

    // 5. The exporters of Apple's Contacts, in German.
    QTest::newRow("apple contacts de")
        << "apple-contacts-de.csv" << "DE" << "UTF-8" << QChar(u',') << 3 << 0 << QStringList{}
        << ExpectedContacts{
               {"+4916098765432",
                "Katrin Vogel",
                "katrin.vogel@posteo.example",
                {},
                {{"Arbeit Telefon", "040 30123456"},
                 {"E-Mail Arbeit", "kv@vogel-design.example"},
                 {"Firma", "Vogel Design"}}},
               {"+4915201234567", "Felix Bauer", "", {}, {{"Geburtstag", "1985-07-02"}}, true},
               {"+492211234567",
                "Jörg Schütz",
                "",
                {},
                {{"Fax Arbeit", "0221 1234568"}, {"Notiz", "Nachbar, Schlüssel für Notfälle"}},
                true},
           }
        << KnownFailures{};

    // 6. A German ERP's customer list: no phone header, the values of `Kontakt` say it.
    QTest::newRow("erp de")
        << "erp-kunden-de.csv" << "DE" << "windows-1252" << QChar(u';') << 4 << 1
        << QStringList{"5:" + required}
        << ExpectedContacts{
               {"+49302345678",
                std::nullopt,
                "",
                {},
                {{"Kundennr", "10001"},
                 {"Firma", "Bäckerei Schröder GmbH"},
                 {"Ansprechpartner", "Frau Schröder"},
                 {"Ort", "Berlin"}}},
               {"+4915123456789", std::nullopt, "", {}, {{"Ort", "München"}}},
           }
        << KnownFailures{};

    // 7. Palm Desktop: no header; E-mail is one of the phone slots.
    QTest::newRow("palm desktop")
        << "palm-desktop.csv" << "US" << "windows-1252" << QChar(u',') << 4 << 0 << QStringList{}
        << ExpectedContacts{
               {"+12125550147",
                std::nullopt,
                "maria.alvarez@brightline.example",
                {},
                {{"Column 1", "Alvarez"},
                 {"Column 2", "María"},
                 {"Column 6", "(646) 555-0199"},
                 {"Column 7", "(212) 555-0148"}}},
               {"+13125550188", std::nullopt, "", {}, {{"Column 1", "O'Brien"}}},
           }
        << KnownFailures{};

    // 8. Web apps and CRMs.
    QTest::newRow("chatwoot")
        << "chatwoot-contacts.csv" << "AE" << "UTF-8" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+971501234502",
                "Yousef Al Mansoori",
                "yousef@mansoori-group.example",
                {},
                {{"identifier", "crm-10231"}, {"company", "Mansoori Group"}, {"city", "Dubai"}},
                true,
                "AE"},
               {"+919876543210",
                "Priya Nair",
                "priya.nair@example.com",
                {},
                {{"identifier", "crm-10232"}, {"city", "Abu Dhabi"}},
                true},
           }
        << KnownFailures{};
    QTest::newRow("roundcube")
        << "roundcube-contacts.csv" << "GB" << "UTF-8" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+447400123456",
                "Oliver Hughes",
                "oliver@hughes-home.example",
                {},
                {{"Nickname", "Olly"},
                 {"Organization", "Hughes & Co"},
                 {"Email Work", "o.hughes@hughes-co.example"},
                 {"Phone Home", "020 7946 0018"},
                 {"Address Home City", "London"}},
                true},
               {"+447812345678",
                "Amelia Clarke",
                "amelia.clarke@clarke-legal.example",
                {},
                {{"Address Home City", "Leeds"}, {"Notes", "Met at the Leeds fair, 2024"}},
                true},
           }
        << KnownFailures{};
    QTest::newRow("hubspot")
        << "hubspot-contacts.csv" << "US" << "UTF-8" << QChar(u',') << 2 << 1
        << QStringList{"4:" + required}
        << ExpectedContacts{
               {"+19175550104",
                "Emily Carter",
                "emily.carter@northwind.example",
                {},
                {{"Record ID", "51234001"},
                 {"Phone Number", "+1 212 555 0190"},
                 {"Company Name", "Northwind Traders"},
                 {"Lifecycle Stage", "Customer"},
                 {"Contact owner", "Sam Porter"},
                 {"Create Date", "2024-01-15 09:12"},
                 {"Last Activity Date", "2024-05-02 16:40"}},
                true},
               {"+13105550175", "Daniel Brooks", "dbrooks@example.com"},
           }
        << KnownFailures{};
    QTest::newRow("zoho")
        << "zoho-contacts.csv" << "IN" << "UTF-8" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+919845012345",
                "Vikram Mehta",
                "vikram@mehta-textiles.example",
                {"VIP", "Textiles"},
                {{"Phone", "080 2345 6789"},
                 {"Account Name", "Mehta Textiles"},
                 {"Mailing City", "Bengaluru"},
                 {"Mailing Country", "India"}}},
               {"+919845012346", "Sneha Iyer", "", {}, {{"Mailing City", "Chennai"}}},
           }
        << KnownFailures{};
    QTest::newRow("salesforce")
        << "salesforce-contacts.csv" << "GB" << "UTF-8" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+447456789012",
                "Harriet Moss",
                "harriet.moss@mossfreight.example",
                {},
                {{"Title", "Head of Operations"},
                 {"Account Name", "Moss Freight Ltd"},
                 {"Phone", "+44 20 7946 0019"},
                 {"Mailing City", "London"},
                 {"Mailing Country", "United Kingdom"},
                 {"Contact Owner", "Tom Baker"},
                 {"Contact ID", "0035g00000AbCdEAA1"}},
                true},
               {"+442079460020", "George Patel", "g.patel@example.com"},
           }
        << KnownFailures{};
    QTest::newRow("mailchimp")
        << "mailchimp-subscribed.csv" << "US" << "UTF-8" << QChar(u',') << 1 << 1
        << QStringList{"3:" + required}
        << ExpectedContacts{
               {"+16465550198",
                "Jessica Moore",
                "jessica.moore@example.com",
                {"Customer", "VIP"},
                {{"Address", "350 Fifth Ave  New York NY 10118 US"}, {"LEID", "90412267"}}},
           }
        << KnownFailures{};

    // 9. Google Contacts: a cell typed Mobile with a landline and a mobile, two addresses.
    QTest::newRow("google")
        << "google-contacts.csv" << "AE" << "UTF-8" << QChar(u',') << 2 << 0 << QStringList{}
        << ExpectedContacts{
               {"+971527654321",
                "Ahmed Khalil",
                "ahmed.khalil@khalil-trading.example",
                {"Suppliers"},
                {{"E-mail 1 - Type", "* Work"},
                 {"E-mail 1 - Value", "a.khalil@mail.example"},
                 {"Phone 1 - Value", "+971 4 333 4444"},
                 {"Organization 1 - Name", "Khalil Trading"}},
                true},
               {"+971552345678",
                "Fatima Al Zahra",
                "",
                {},
                {{"Phone 1 - Value", "04 321 7654"},
                 {"Address 1 - Type", "Home"},
                 {"Address 1 - Formatted", "Villa 7, Al Barsha\nDubai"},
                 {"Address 1 - City", "Dubai"},
                 {"Address 1 - Country", "United Arab Emirates"}},
                true},
           }
        << KnownFailures{};

    // 10. Fields the importer cannot read, and rows it cannot import.
    QTest::newRow("bad fields")
        << "bad-fields.csv" << "DE" << "UTF-8" << QChar(u',') << 3 << 4
        << QStringList{"4:Invalid phone number (12345): not a number in use in Germany",
                       "6:Invalid phone number (+91848484848): too few digits for India (its "
                       "mobile numbers have 10 digits after +91)",
                       "7:No number in the phone columns, but column “Zentrale” holds one (+49 "
                       "30 90182347): map it as a phone",
                       "8:Row has 8 fields, the header has 6; values past it: column 7 "
                       "“überzählig”, column 8 “noch eins”"}
        << ExpectedContacts{
               // `D` is no country the importer reads: the phone's decides, `D` is kept.
               {"+4915123456710",
                "Anna Schmidt",
                "anna.schmidt@mailbox.example",
                {},
                {{"Land", "D"}, {"Notiz", "Stammkundin"}},
                true,
                "DE"},
               // Of a bad address and a good one, the good one is the email.
               {"+491609876544",
                "Lukas Braun",
                "lukas.braun@mailbox.example",
                {},
                {{"E-Mail", "lukas.braun(at)web.example"}},
                true,
                "DE"},
               {"+493090182348", "Mia Hoffmann", "", {}, {}, true, "DE"},
           }
        << KnownFailures{};
}

void TestImportFixtures::importFixture()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    QFETCH(int, imported);
    QFETCH(int, skipped);
    QFETCH(QStringList, errors);
    QFETCH(ExpectedContacts, contacts);
    QFETCH(KnownFailures, known);
    const QString path = fixture(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));

    // What the wizard shows first: the encoding and delimiter it found.
    const auto preview = ContactImporter::preview(path, {}, 20, region);
    QVERIFY2(preview.has_value(), qPrintable(preview ? QString() : preview.error()));
    EXPECT_FAIL_IF_KNOWN(known, "encoding");
    QCOMPARE(preview->format.encoding.toUpper(), encoding.toUpper());
    QCOMPARE(preview->format.delimiter, delimiter);

    ContactStore store = m_db->store();
    ContactImporter importer(store);
    ImportOptions options;
    options.region = region;
    const auto report = importer.run(path, options);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    EXPECT_FAIL_IF_KNOWN(known, "imported");
    QCOMPARE(report->imported, imported);
    EXPECT_FAIL_IF_KNOWN(known, "skipped");
    QCOMPARE(report->skipped, skipped);
    EXPECT_FAIL_IF_KNOWN(known, "errors");
    QCOMPARE(errorLines(*report), errors);
    QCOMPARE(store.count(ListQuery{}).value_or(-1), report->imported);

    for (const ExpectedContact& expected : contacts) {
        const QString& phone = expected.phone;
        const auto found = store.contactByPhone(phone);
        QVERIFY(found.has_value());
        EXPECT_FAIL_IF_KNOWN(known, "found:" + phone);
        QVERIFY2(found->has_value(), qPrintable(phone + " was not imported"));
        if (!found->has_value())
            continue;
        const Contact& contact = **found;
        if (expected.name) {
            EXPECT_FAIL_IF_KNOWN(known, "name:" + phone);
            QCOMPARE(contact.name.value_or(QString()), *expected.name);
        }
        if (expected.email) {
            EXPECT_FAIL_IF_KNOWN(known, "email:" + phone);
            QCOMPARE(contact.email.value_or(QString()), *expected.email);
        }
        EXPECT_FAIL_IF_KNOWN(known, "tags:" + phone);
        QCOMPARE(contact.tags, expected.tags);
        if (!expected.countryCode.isEmpty())
            QCOMPARE(contact.countryCode.value_or(QString()), expected.countryCode);
        for (auto it = expected.params.begin(); it != expected.params.end(); ++it) {
            EXPECT_FAIL_IF_KNOWN(known, "params:" + phone + ':' + it.key());
            QCOMPARE(contact.params.value(it.key()).toString(), it.value().toString());
        }
        if (expected.onlyParams) {
            EXPECT_FAIL_IF_KNOWN(known, "paramKeys:" + phone);
            QCOMPARE(sortedKeys(contact.params), sortedKeys(expected.params));
        }
    }
}

void TestImportFixtures::preview_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("headerless");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fromValues");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("runError"); // what run() says, or empty when it imports
    QTest::addColumn<KnownFailures>("known");

    QStringList palmHeader;
    for (int i = 1; i <= 21; ++i)
        palmHeader << QStringLiteral("Column %1").arg(i);
    // Palm Desktop writes no header: its first row is a contact like the others, and the
    // values say which columns hold phones and emails.
    QTest::newRow("palm desktop") << "palm-desktop.csv"
                                  << "US" << true << palmHeader
                                  << QStringList{"Column 5", "Column 6", "Column 9"} << 4 << 4
                                  << QString() << KnownFailures{};
    // The header names no phone: the values of `Kontakt` do.
    QTest::newRow("erp de") << "erp-kunden-de.csv"
                            << "DE" << false
                            << QStringList{"Kundennr", "Firma", "Ansprechpartner", "Kontakt", "Ort"}
                            << QStringList{"Kontakt"} << 5 << 4 << QString() << KnownFailures{};
    // LinkedIn's Connections.csv: notes before the header, and no phone column at all, so
    // nothing to import for WhatsApp (a limitation of the file, not of the importer).
    QTest::newRow("linkedin") << "linkedin-connections.csv"
                              << "" << false
                              << QStringList{"First Name",    "Last Name", "URL",
                                             "Email Address", "Company",   "Position",
                                             "Connected On"}
                              << QStringList{} << 2 << 0
                              << QStringLiteral("No column is mapped to the phone number")
                              << KnownFailures{};
}

void TestImportFixtures::preview()
{
    QFETCH(QString, file);
    QFETCH(QString, region);
    QFETCH(bool, headerless);
    QFETCH(QStringList, header);
    QFETCH(QStringList, fromValues);
    QFETCH(int, rows);
    QFETCH(int, imported);
    QFETCH(QString, runError);
    QFETCH(KnownFailures, known);
    const QString path = fixture(file);
    const auto preview = ContactImporter::preview(path, {}, 20, region);
    QVERIFY2(preview.has_value(), qPrintable(preview ? QString() : preview.error()));
    QCOMPARE(preview->headerless, headerless);
    EXPECT_FAIL_IF_KNOWN(known, "header");
    QCOMPARE(preview->header, header);
    QCOMPARE(preview->columnsFromValues, fromValues);
    EXPECT_FAIL_IF_KNOWN(known, "rows");
    QCOMPARE(preview->rows.size(), rows);

    ContactStore store = m_db->store();
    ContactImporter importer(store);
    ImportOptions options;
    options.region = region;
    const auto report = importer.run(path, options);
    if (runError.isEmpty()) {
        QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->imported, imported);
    } else {
        QVERIFY(!report.has_value());
        QCOMPARE(report.error(), runError);
    }
}

void TestImportFixtures::skippedRowsKeepTheirLineEnds()
{
    // A skipped row goes back to the person as the file had it: the lone CR of its note too.
    ContactStore store = m_db->store();
    ContactImporter importer(store);
    ImportOptions options;
    options.region = QStringLiteral("DE");
    const auto report = importer.run(fixture(QStringLiteral("bad-fields.csv")), options);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("skipped.csv"));
    QVERIFY(report->saveErrors(out).has_value());

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.contains("\"R\xC3\xBC"
                            "ckruf erbeten\rnach 16 Uhr\""),
             bytes.toPercentEncoding().constData());

    // The file reads back as the skipped rows, with their messages and lines.
    QBuffer buffer;
    buffer.setData(bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer);
    QStringList lines;
    while (const auto record = reader.next())
        lines << record->fields.first() + u'|' + record->fields.last();
    QCOMPARE(lines, (QStringList{"Name|line", "Jonas Weber|4", "Ravi Kumar|6", "Claudia Wolf|7",
                                 "Sven Richter|8"}));
}

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_importfixtures.moc"
