#include "ImportRow.h"
#include "VCard.h"
#include "VCardRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

/// A property as VCardReader gives it, from a content line written here for readability
/// (`item1.TEL;TYPE=CELL,VOICE;PREF:+1 555`): group, upper-case name, parameters with quotes
/// removed, comma lists split and bare ones as TYPE, the value as written (escapes in). No
/// unfolding, no quoted `;` or `:`: the lines below have none.
VCardProperty property(const QString& line)
{
    const qsizetype colon = line.indexOf(u':');
    QStringList head = line.left(colon).split(u';');
    VCardProperty out;
    QString name = head.takeFirst();
    if (const qsizetype dot = name.indexOf(u'.'); dot >= 0) {
        out.group = name.left(dot);
        name = name.mid(dot + 1);
    }
    out.name = name.toUpper();
    for (const QString& parameter : head) {
        const qsizetype equals = parameter.indexOf(u'=');
        if (equals < 0) {
            out.parameters.append({QStringLiteral("TYPE"), parameter});
            continue;
        }
        for (const QString& value : parameter.mid(equals + 1).remove(u'"').split(u','))
            out.parameters.append({parameter.left(equals).toUpper(), value});
    }
    out.value = line.mid(colon + 1);
    return out;
}

VCard card(const QStringList& lines)
{
    VCard out;
    out.version = QStringLiteral("3.0");
    for (const QString& line : lines)
        out.properties.append(property(line));
    return out;
}

/// The fields a contact was given, as compact JSON with sorted keys (API field names).
QString summary(const NewContact& contact)
{
    QJsonObject out;
    if (contact.phone.hasValue())
        out.insert("userNumber", contact.phone.value());
    if (contact.name.hasValue() && contact.name.value())
        out.insert("userName", *contact.name.value());
    if (contact.email.hasValue() && contact.email.value())
        out.insert("email", *contact.email.value());
    if (contact.countryCode.hasValue() && contact.countryCode.value())
        out.insert("countryCode", *contact.countryCode.value());
    if (contact.tags.hasValue())
        out.insert("tags", QJsonArray::fromStringList(contact.tags.value()));
    if (contact.labels.hasValue())
        out.insert("labels", QJsonArray::fromStringList(contact.labels.value()));
    if (contact.params.hasValue())
        out.insert("params", contact.params.value());
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

/// `json` with its keys sorted, as summary() writes it.
QString normalized(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad expected JSON %s: %s", json, qPrintable(error.errorString()));
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

class TestVCardRecord : public QObject {
    Q_OBJECT

private slots:
    void contact_data();
    void contact();
    void columns();
};

void TestVCardRecord::contact_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("region");
    /// The contact's fields as an API body, or the start of ImportRow's error after `error: `.
    QTest::addColumn<QString>("expected");

    const auto row = [](const char* name, const QStringList& lines, const char* expected,
                        const QString& region = {}) {
        QTest::newRow(name) << lines << region
                            << (QByteArray(expected).startsWith("error: ")
                                    ? QString::fromUtf8(expected)
                                    : normalized(expected));
    };

    // Names.
    row("fn", {"FN:Ahmed Hassan", "N:Hassan;Ahmed;;;", "TEL;TYPE=CELL:+971 50 123 4567"},
        R"({"userNumber":"+971501234567","userName":"Ahmed Hassan"})");
    row("n without fn", {"N:Hassan;Ahmed;Karim;Dr.;PhD", "TEL:+971501234567"},
        R"({"userNumber":"+971501234567","userName":"Ahmed Karim Hassan"})");
    row("empty fn, n", {"FN:", "N:Hassan;Ahmed;;;", "TEL:+971501234567"},
        R"({"userNumber":"+971501234567","userName":"Ahmed Hassan"})");
    row("escaped fn", {"FN:O'Brien\\, \"Pat\"\\nSecond line", "TEL:+447911123456"},
        R"({"userNumber":"+447911123456","userName":"O'Brien, \"Pat\"\nSecond line"})");
    row("no name", {"TEL;TYPE=CELL:+971 50 123 4567"}, R"({"userNumber":"+971501234567"})");
    // vCard 3.0 requires FN: exporters write a nameless contact's number there.
    row("fn is the number", {"FN:+971 50 123 4567", "N:;;;;", "TEL;TYPE=CELL:+971501234567"},
        R"({"userNumber":"+971501234567"})");
    row("fn of digits that are not the number", {"FN:007", "TEL:+971501234567"},
        R"({"userNumber":"+971501234567","userName":"007"})");

    // Phones: a mobile number wins, by libphonenumber's type, then by what the file says.
    row("cell beats work landline",
        {"FN:A", "TEL;TYPE=WORK,VOICE:+971 4 234 5678", "TEL;TYPE=CELL:+971 50 123 4567"},
        R"({"userNumber":"+971501234567","userName":"A",
            "params":{"Work phone":"+971 4 234 5678"}})");
    row("a mobile number wins whatever its type",
        {"TEL;TYPE=HOME:+971 4 234 5678", "TEL;TYPE=WORK:+971 55 987 6543"},
        R"({"userNumber":"+971559876543","params":{"Home phone":"+971 4 234 5678"}})");
    row("first valid when none is mobile",
        {"TEL:12", "TEL:+971 4 234 5678", "TEL;TYPE=HOME:+971 2 234 5678"},
        R"({"userNumber":"+97142345678",
            "params":{"Phone":"12","Home phone":"+971 2 234 5678"}})");
    row("of two mobiles the one said mobile",
        {"TEL;TYPE=WORK:+971 55 987 6543", "TEL;TYPE=CELL:+971 50 123 4567"},
        R"({"userNumber":"+971501234567","params":{"Work phone":"+971 55 987 6543"}})");
    row("2.1 bare types", {"TEL;WORK;VOICE:+971559876543", "TEL;PREF;CELL:+971501234567"},
        R"({"userNumber":"+971501234567","params":{"Work phone":"+971559876543"}})");
    row("iphone", {"TEL;TYPE=WORK:+971 55 987 6543", "TEL;TYPE=IPHONE:+971 50 123 4567"},
        R"({"userNumber":"+971501234567","params":{"Work phone":"+971 55 987 6543"}})");
    row("apple mobile label",
        {"TEL;TYPE=WORK:+971 55 987 6543", "item1.TEL:+971 50 123 4567",
         "item1.X-ABLabel:_$!<Mobile>!$_"},
        R"({"userNumber":"+971501234567","params":{"Work phone":"+971 55 987 6543"}})");
    row("apple label of a losing number",
        {"item1.TEL:+971 55 987 6543", "item1.X-ABLabel:_$!<Work>!$_",
         "TEL;TYPE=CELL:+971 50 123 4567"},
        R"({"userNumber":"+971501234567","params":{"Work phone":"+971 55 987 6543"}})");
    row("custom label kept as written",
        {"TEL;TYPE=CELL:+971 50 123 4567", "item2.TEL:+971 55 987 6543",
         "item2.X-ABLabel:Dubai office"},
        R"({"userNumber":"+971501234567","params":{"Dubai office":"+971 55 987 6543"}})");
    row("custom label saying mobile",
        {"TEL;TYPE=WORK:+971 55 987 6543", "ITEM3.TEL:+971 50 123 4567",
         "item3.X-ABLabel:WhatsApp"},
        R"({"userNumber":"+971501234567","params":{"Work phone":"+971 55 987 6543"}})");
    row("a label names only its group",
        {"item1.TEL:+971 55 987 6543", "item2.TEL:+971 50 123 4567",
         "item2.X-ABLabel:_$!<Mobile>!$_"},
        R"({"userNumber":"+971501234567","params":{"Phone":"+971 55 987 6543"}})");
    row("outlook x-ms-tel",
        {"X-MS-TEL;TYPE=VOICE;TYPE=X-ASSISTANT:+971 50 123 4567", "TEL;TYPE=HOME:+971 4 2345678"},
        R"({"userNumber":"+971501234567","params":{"Home phone":"+971 4 2345678"}})");

    // Fax and pager numbers are never the phone.
    row("fax kept, cell chosen",
        {"TEL;TYPE=WORK;TYPE=FAX:+971 50 999 8888", "TEL;TYPE=CELL:+971 4 234 5678"},
        R"({"userNumber":"+97142345678","params":{"Fax":"+971 50 999 8888"}})");
    row("pager kept", {"TEL;PAGER:+971 50 999 8888", "TEL:+971 4 234 5678"},
        R"({"userNumber":"+97142345678","params":{"Pager":"+971 50 999 8888"}})");
    row("apple fax label", {"item1.TEL:+971 50 999 8888", "item1.X-ABLabel:_$!<HomeFAX>!$_"},
        "error: Phone number (userNumber) is required");
    row("only a fax", {"FN:Office", "TEL;TYPE=FAX:+971 4 234 5678"},
        "error: Phone number (userNumber) is required");

    // WhatsApp's shared contact: waid is the number WhatsApp reaches.
    row("waid", {"TEL;type=CELL;type=VOICE;waid=971501234567:+971 50 123 4567"},
        R"({"userNumber":"+971501234567"})");
    row("waid over its text",
        {"TEL;TYPE=HOME:+971 4 234 5678", "TEL;TYPE=VOICE;waid=14155552671:Call me"},
        R"({"userNumber":"+14155552671","params":{"Home phone":"+971 4 234 5678"}})");

    // vCard 4.0 tel: URIs; an extension goes to params (E.164 has none).
    row("tel uri with ext", {"TEL;VALUE=uri;TYPE=work:tel:+1-415-555-2671;ext=102"},
        R"({"userNumber":"+14155552671","params":{"Work phone extension":"102"}})");
    row("losing tel uri with ext",
        {"TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+971-50-123-4567",
         "TEL;VALUE=uri;TYPE=work:tel:+1-415-555-2671;ext=102"},
        R"({"userNumber":"+971501234567",
            "params":{"Work phone":"+1-415-555-2671","Work phone extension":"102"}})");
    row("TEL URI upper case", {"TEL;VALUE=uri:TEL:+971501234567;phone-context=example.com"},
        R"({"userNumber":"+971501234567"})");

    // A number that is text is ImportRow's to report, or to keep beside a valid one.
    row("cjk text", {"FN:王伟", "TEL:电话号码"},
        "error: Phone number without a country code (电话号码)");
    row("section sign", {"TEL:§ 12"}, "error: Phone number without a country code (§ 12)");
    row("text beside a number", {"TEL:电话号码", "TEL;TYPE=CELL:+971501234567"},
        R"({"userNumber":"+971501234567","params":{"Phone":"电话号码"}})");
    row("no phone at all", {"FN:Nobody", "BDAY:1980-01-01", "URL:https://example.com"},
        "error: Phone number (userNumber) is required");
    row("empty card", {}, "error: Phone number (userNumber) is required");

    // Emails: the first valid address wins, the others are kept under their label.
    row("emails",
        {"TEL:+971501234567", "EMAIL;TYPE=INTERNET:not-an-address",
         "EMAIL;TYPE=INTERNET;TYPE=WORK:ahmed@example.com", "EMAIL;TYPE=HOME:me@example.org",
         "item4.EMAIL;type=INTERNET:other@example.net", "item4.X-ABLabel:_$!<Other>!$_"},
        R"({"userNumber":"+971501234567","email":"ahmed@example.com",
            "params":{"Email":"not-an-address","Home email":"me@example.org",
                      "Other email":"other@example.net"}})");

    // Tags, notes, organization, title; what the importer has no use for is left out.
    row("categories", {"TEL:+971501234567", "CATEGORIES:VIP,Dubai\\, UAE, ,عميل"},
        R"({"userNumber":"+971501234567","tags":["VIP","Dubai, UAE","عميل"]})");
    row("categories lines add up", {"TEL:+971501234567", "CATEGORIES:a", "CATEGORIES:b"},
        R"({"userNumber":"+971501234567","tags":["a","b"]})");
    row("one category with separators", {"TEL:+971501234567", "CATEGORIES:semi\\;colon"},
        R"({"userNumber":"+971501234567","tags":["semi;colon"]})");
    row("google system groups", {"TEL:+971501234567", "CATEGORIES:myContacts,starred,Vendors"},
        R"({"userNumber":"+971501234567","tags":["Vendors"]})");
    row("note org title",
        {"TEL:+971501234567", "NOTE:Met at the expo\\, prefers calls.\\nAsk for Sara",
         "ORG:Acme Ltd;Sales;", "TITLE:CFO"},
        R"({"userNumber":"+971501234567","params":{"note":"Met at the expo, prefers calls.\nAsk for Sara",
            "organization":"Acme Ltd, Sales","title":"CFO"}})");
    row("ignored properties",
        {"TEL:+971501234567", "BDAY:1980-09-21", "URL:https://example.com",
         "X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/x", "UID:abc-123",
         "REV:2024-01-01T00:00:00Z", "item1.X-ABRELATEDNAMES:Meera",
         "item1.X-ABLabel:_$!<Mother>!$_", "X-CONTACTS-OPTED-IN:true", "X-CONTACTS-BLOCKED:true"},
        R"({"userNumber":"+971501234567"})");

    // An address's country is the contact's, and reads its national numbers.
    row("adr country reads national numbers",
        {"FN:Arun", "ADR;TYPE=HOME:;;12 MG Road;Bengaluru;;560001;India",
         "TEL;TYPE=CELL:98765 43210"},
        R"({"userNumber":"+919876543210","userName":"Arun","countryCode":"IN"})");
    row("unknown adr country kept", {"TEL:+971501234567", "ADR:;;;;;;Atlantis"},
        R"({"userNumber":"+971501234567","params":{"country":"Atlantis"}})");
    row("default region", {"TEL;TYPE=CELL:050 123 4567"}, R"({"userNumber":"+971501234567"})",
        QStringLiteral("AE"));

    // The exporter's own properties map back exactly.
    row("our properties",
        {"FN:Jürgen", "TEL;TYPE=CELL:+49 1512 3456789", "EMAIL;TYPE=INTERNET:jg@example.de",
         "CATEGORIES:lead,myContacts", "X-CONTACTS-COUNTRY:AT", "X-CONTACTS-LABELS:hot,b2b\\, eu",
         "X-CONTACTS-PARAMS:{\"plan\":\"gold\"\\,\"orders\":12\\,\"note\":\"a\\\\nb\"}",
         "X-CONTACTS-OPTED-IN:true", "X-CONTACTS-BLOCKED:false", "UID:contact_1"},
        R"({"userNumber":"+4915123456789","userName":"Jürgen","email":"jg@example.de",
            "countryCode":"AT","tags":["lead","myContacts"],"labels":["hot","b2b, eu"],
            "params":{"plan":"gold","orders":12,"note":"a\nb"}})");
    row("our note of the params is not imported again",
        {"TEL:+971501234567", "NOTE:orders: 12\\nplan: gold",
         "X-CONTACTS-PARAMS:{\"plan\":\"gold\"\\,\"orders\":12}"},
        R"({"userNumber":"+971501234567","params":{"plan":"gold","orders":12}})");
    row("an edited note is",
        {"TEL:+971501234567", "NOTE:orders: 12\\nplan: gold\\nCall after 5",
         "X-CONTACTS-PARAMS:{\"plan\":\"gold\"\\,\"orders\":12}"},
        R"({"userNumber":"+971501234567",
            "params":{"plan":"gold","orders":12,"note":"orders: 12\nplan: gold\nCall after 5"}})");
    row("one label with a separator", {"TEL:+971501234567", "X-CONTACTS-LABELS:a\\;b"},
        R"({"userNumber":"+971501234567","labels":["a;b"]})");
    row("our country before an address's",
        {"ADR:;;;;;;Germany", "TEL:+971501234567", "X-CONTACTS-COUNTRY:AT"},
        R"({"userNumber":"+971501234567","countryCode":"AT","params":{"country":"Germany"}})");
    row("params that are not json kept", {"TEL:+971501234567", "X-CONTACTS-PARAMS:not json"},
        R"({"userNumber":"+971501234567","params":{"params":"not json"}})");
}

void TestVCardRecord::contact()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, region);
    QFETCH(QString, expected);
    const VCardRecord::Record record = VCardRecord::fromCard(card(lines));
    QCOMPARE(record.fields.size(), record.mapping.columns().size());
    const auto result = ImportRow::item(record.mapping, record.fields, {region, {}});
    if (expected.startsWith(QLatin1String("error: "))) {
        QVERIFY2(!result.has_value(), qPrintable(result ? summary(*result) : QString()));
        QVERIFY2(result.error().startsWith(expected.mid(7)), qPrintable(result.error()));
        return;
    }
    QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error()));
    QCOMPARE(summary(*result), expected);
}

/// The columns a card gives: readable headers, the keys params get, mobile where said.
void TestVCardRecord::columns()
{
    const VCardRecord::Record record = VCardRecord::fromCard(
        card({"FN:A", "N:B;A;;;", "item1.TEL:+971 50 123 4567", "item1.X-ABLabel:_$!<Mobile>!$_",
              "TEL;TYPE=WORK:+971 4 234 5678", "TEL;TYPE=FAX:+971 4 234 5679",
              "EMAIL:a@example.com", "NOTE:", "X-UNKNOWN:x"}));
    QStringList columns;
    for (const ColumnMapping::Column& column : record.mapping.columns()) {
        columns << ColumnMapping::fieldName(column.field) + u' ' + column.header + u'|' +
                       column.paramKey + (column.mobile ? QStringLiteral(" (mobile)") : QString());
    }
    QCOMPARE(
        columns,
        (QStringList{"name Name|Name", "lastName Last name|Last name",
                     "firstName First name|First name", "phone Mobile phone|Mobile phone (mobile)",
                     "phone Work phone|Work phone", "param Fax|Fax", "email Email|Email"}));
    QCOMPARE(record.fields, (QStringList{"A", "B", "A", "+971 50 123 4567", "+971 4 234 5678",
                                         "+971 4 234 5679", "a@example.com"}));
}

QTEST_GUILESS_MAIN(TestVCardRecord)
#include "tst_vcardrecord.moc"
