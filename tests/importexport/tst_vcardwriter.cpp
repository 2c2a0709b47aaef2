#include "ImportRow.h"
#include "VCard.h"
#include "VCardRecord.h"
#include "VCardWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

/// The physical lines of folded bytes, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray& bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

/// True when `bytes` are whole UTF-8 sequences.
bool isUtf8(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

/// A card as VCardReader would give it, read here with the least it takes for the cards
/// VCardWriter writes (no quoted parameters, no 2.1 encodings): unfolded, split into
/// properties, parameters and their comma lists split, values with their escapes.
VCard parsed(const QByteArray& bytes)
{
    QByteArray unfolded = bytes;
    unfolded.replace("\r\n ", "");
    VCard card;
    for (const QString& line : QString::fromUtf8(unfolded).split(QLatin1String("\r\n"))) {
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue;
        QStringList head = line.left(colon).split(u';');
        VCardProperty property;
        property.name = head.takeFirst().toUpper();
        if (const qsizetype dot = property.name.indexOf(u'.'); dot >= 0) {
            property.group = property.name.left(dot);
            property.name = property.name.mid(dot + 1);
        }
        for (const QString& parameter : head) {
            const qsizetype equals = parameter.indexOf(u'=');
            for (const QString& value : parameter.mid(equals + 1).split(u','))
                property.parameters.append({parameter.left(equals).toUpper(), value});
        }
        property.value = line.mid(colon + 1);
        if (property.name == QLatin1String("VERSION"))
            card.version = property.value;
        else if (property.name != QLatin1String("BEGIN") && property.name != QLatin1String("END"))
            card.properties.append(property);
    }
    return card;
}

/// The fields an import sets, as compact JSON with sorted keys: the contact's, or those of
/// the contact ImportRow made of its card.
QString importable(const Contact& contact)
{
    QJsonObject out{{"userNumber", contact.phone},
                    {"tags", QJsonArray::fromStringList(contact.tags)},
                    {"labels", QJsonArray::fromStringList(contact.labels)},
                    {"params", contact.params}};
    if (contact.name)
        out.insert("userName", *contact.name);
    if (contact.email)
        out.insert("email", *contact.email);
    if (contact.countryCode)
        out.insert("countryCode", *contact.countryCode);
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

QString importable(const NewContact& item)
{
    Contact contact;
    contact.phone = item.phone.value();
    if (item.name.hasValue())
        contact.name = item.name.value();
    if (item.email.hasValue())
        contact.email = item.email.value();
    if (item.countryCode.hasValue())
        contact.countryCode = item.countryCode.value();
    contact.tags = item.tags.value();
    contact.labels = item.labels.value();
    contact.params = item.params.value();
    return importable(contact);
}

Contact everyField()
{
    Contact contact;
    contact.id = QStringLiteral("contact_0b8f4c1e-5a8e-4d2f-9a51-3c1f7b2e9d10");
    contact.phone = QStringLiteral("+971501234567");
    contact.name = QStringLiteral("Ahmed Hassan");
    contact.email = QStringLiteral("ahmed@example.com");
    contact.countryCode = QStringLiteral("AE");
    contact.tags = {QStringLiteral("VIP"), QStringLiteral("Dubai, UAE")};
    contact.labels = {QStringLiteral("hot"), QStringLiteral("b2b")};
    contact.params = {{"plan", "gold"}, {"orders", 12}, {"active", true}};
    contact.optedIn = true;
    contact.isBlocked = false;
    contact.updatedAt =
        QDateTime::fromString(QStringLiteral("2024-05-01T14:00:00.123+04:00"), Qt::ISODateWithMs);
    return contact;
}

} // namespace

class TestVCardWriter : public QObject {
    Q_OBJECT

private slots:
    void everyField();
    void nameless();
    void escaping();
    void folding_data();
    void folding();
    void longNameFoldsBetweenSequences();
    void paramsNote();
    void roundTrip_data();
    void roundTrip();
};

void TestVCardWriter::everyField()
{
    QCOMPARE(
        VCardWriter::card(::everyField()),
        QByteArray("BEGIN:VCARD\r\n"
                   "VERSION:3.0\r\n"
                   "FN:Ahmed Hassan\r\n"
                   "N:;Ahmed Hassan;;;\r\n"
                   "TEL;TYPE=CELL:+971 50 123 4567\r\n"
                   "EMAIL;TYPE=INTERNET:ahmed@example.com\r\n"
                   "CATEGORIES:VIP,Dubai\\, UAE\r\n"
                   "NOTE:active: true\\norders: 12\\nplan: gold\r\n"
                   "X-CONTACTS-COUNTRY:AE\r\n"
                   "X-CONTACTS-LABELS:hot,b2b\r\n"
                   "X-CONTACTS-PARAMS:{\"active\":true\\,\"orders\":12\\,\"plan\":\"gold\"}\r\n"
                   "X-CONTACTS-OPTED-IN:true\r\n"
                   "X-CONTACTS-BLOCKED:false\r\n"
                   "UID:contact_0b8f4c1e-5a8e-4d2f-9a51-3c1f7b2e9d10\r\n"
                   "REV:2024-05-01T10:00:00Z\r\n"
                   "END:VCARD\r\n"));
}

/// vCard 3.0 requires FN: a contact without a name has its number there, and an empty N.
void TestVCardWriter::nameless()
{
    Contact contact;
    contact.phone = QStringLiteral("+14155552671");
    contact.isBlocked = true;
    QCOMPARE(VCardWriter::card(contact), QByteArray("BEGIN:VCARD\r\n"
                                                    "VERSION:3.0\r\n"
                                                    "FN:+1 415-555-2671\r\n"
                                                    "N:;;;;\r\n"
                                                    "TEL;TYPE=CELL:+1 415-555-2671\r\n"
                                                    "X-CONTACTS-OPTED-IN:false\r\n"
                                                    "X-CONTACTS-BLOCKED:true\r\n"
                                                    "END:VCARD\r\n"));
}

void TestVCardWriter::escaping()
{
    QCOMPARE(VCardWriter::escaped(QStringLiteral("a\\b,c;d\r\ne\rf\ng: h")),
             QStringLiteral("a\\\\b\\,c\\;d\\ne\\nf\\ng: h"));

    Contact contact;
    contact.phone = QStringLiteral("+971501234567");
    contact.name = QStringLiteral("O'Brien, \"Pat\"; Jr.\\\nSecond line");
    contact.tags = {QStringLiteral("a;b"), QStringLiteral("c,d"), QStringLiteral("e\\f")};
    contact.labels = {QStringLiteral("x,y")};
    contact.params = {{"k;1", "v,1\nv2"}};
    const QByteArray card = VCardWriter::card(contact);
    QVERIFY(card.contains("\r\nFN:O'Brien\\, \"Pat\"\\; Jr.\\\\\\nSecond line\r\n"));
    QVERIFY(card.contains("\r\nN:;O'Brien\\, \"Pat\"\\; Jr.\\\\\\nSecond line;;;\r\n"));
    QVERIFY(card.contains("\r\nCATEGORIES:a\\;b,c\\,d,e\\\\f\r\n"));
    QVERIFY(card.contains("\r\nX-CONTACTS-LABELS:x\\,y\r\n"));
    QVERIFY(card.contains("\r\nNOTE:k\\;1: v\\,1\\nv2\r\n"));
    QVERIFY(card.contains("\r\nX-CONTACTS-PARAMS:{\"k\\;1\":\"v\\,1\\\\nv2\"}\r\n"));
}

void TestVCardWriter::folding_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QList<QByteArray>>("lines");

    const QString a75(75, u'a');
    QTest::newRow("75 octets stay") << a75 << QList<QByteArray>{a75.toLatin1()};
    QTest::newRow("76 octets fold")
        << a75 + u'b' << QList<QByteArray>{a75.toLatin1(), QByteArray(" b")};
    QTest::newRow("continuations hold 74")
        << QString(75 + 74 + 1, u'a')
        << QList<QByteArray>{QByteArray(75, 'a'), ' ' + QByteArray(74, 'a'), QByteArray(" a")};
    // é is 2 octets: the 75th octet would be the first half of one.
    QTest::newRow("not inside a 2-octet sequence")
        << QString(74, u'a') + QStringLiteral("éé")
        << QList<QByteArray>{QByteArray(74, 'a'), QByteArray(" éé")};
    // 😀 is 4 octets starting at octet 73: the fold comes before it.
    QTest::newRow("not inside a 4-octet sequence")
        << QString(72, u'a') + QStringLiteral("😀b")
        << QList<QByteArray>{QByteArray(72, 'a'), QByteArray(" 😀b")};
    QTest::newRow("empty") << QString() << QList<QByteArray>{QByteArray()};
}

void TestVCardWriter::folding()
{
    QFETCH(QString, line);
    QFETCH(QList<QByteArray>, lines);
    const QByteArray folded = VCardWriter::folded(line);
    QVERIFY(folded.endsWith("\r\n"));
    QCOMPARE(physicalLines(folded), lines);
}

/// A long name of CJK characters and emoji (3 and 4 octets each) folds between whole
/// sequences, every physical line within 75 octets, and unfolds to the name.
void TestVCardWriter::longNameFoldsBetweenSequences()
{
    Contact contact;
    contact.phone = QStringLiteral("+8613812345678");
    QString name;
    for (int i = 0; i < 20; ++i)
        name += QStringLiteral("王伟😀👨‍👩‍👧");
    contact.name = name;
    const QByteArray card = VCardWriter::card(contact);
    int continuations = 0;
    for (const QByteArray& line : physicalLines(card)) {
        QVERIFY2(line.size() <= 75, line.constData());
        const QByteArray content = line.startsWith(' ') ? line.mid(1) : line;
        QVERIFY2(isUtf8(content), line.toHex().constData());
        continuations += line.startsWith(' ');
    }
    QVERIFY(continuations > 10);
    QByteArray unfolded = card;
    unfolded.replace("\r\n ", "");
    QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("\r\nFN:") + name + "\r\n"));
    QVERIFY(QString::fromUtf8(unfolded).contains(QStringLiteral("\r\nN:;") + name + ";;;\r\n"));
}

void TestVCardWriter::paramsNote()
{
    QCOMPARE(VCardWriter::paramsNote({}), QString());
    const QJsonObject params{{"plan", "gold"},
                             {"orders", 12},
                             {"ratio", 0.5},
                             {"vip", false},
                             {"none", QJsonValue()},
                             {"address", QJsonObject{{"city", "Dubai"}}},
                             {"list", QJsonArray{1, "a"}},
                             {"text", "two\nlines"}};
    QCOMPARE(VCardWriter::paramsNote(params),
             QStringLiteral("address: {\"city\":\"Dubai\"}\nlist: [1,\"a\"]\nnone: null\n"
                            "orders: 12\nplan: gold\nratio: 0.5\ntext: two\nlines\nvip: false"));
}

void TestVCardWriter::roundTrip_data()
{
    QTest::addColumn<Contact>("contact");

    QTest::newRow("every field") << ::everyField();
    Contact nameless;
    nameless.phone = QStringLiteral("+14155552671");
    QTest::newRow("nameless") << nameless;

    Contact text;
    text.phone = QStringLiteral("+447911123456");
    text.name = QStringLiteral("O'Brien, \"Pat\"; Jr. \\ 😀\nSecond line");
    text.email = QStringLiteral("pat.o-brien+vip@example.co.uk");
    text.tags = {QStringLiteral("semi;colon")};
    text.labels = {QStringLiteral("a,b")};
    text.params = {{"note", "call after 5, not before; ok?"},
                   {"address", QJsonObject{{"city", "Dubai"}, {"lines", QJsonArray{"a", "b\\c"}}}},
                   {"multi", "line one\nline two"},
                   {"count", 0},
                   {"ratio", 1.25},
                   {"vip", false},
                   {"nothing", QJsonValue()}};
    QTest::newRow("text to escape") << text;

    Contact longText;
    longText.phone = QStringLiteral("+8613812345678");
    longText.countryCode = QStringLiteral("CN");
    QString name;
    for (int i = 0; i < 12; ++i)
        name += QStringLiteral("王伟😀");
    longText.name = name;
    longText.tags = {QStringLiteral("客户"), QStringLiteral("عميل"), QStringLiteral("-promo"),
                     QStringLiteral("=x")};
    longText.params = {{"备注", name}};
    QTest::newRow("long cjk and emoji") << longText;

    Contact arabic;
    arabic.phone = QStringLiteral("+966551234567");
    arabic.name = QStringLiteral("محمد العتيبي");
    arabic.countryCode = QStringLiteral("SA");
    arabic.tags = {QStringLiteral("myContacts"), QStringLiteral("starred")};
    arabic.labels = {QStringLiteral("hot"), QStringLiteral("b2b")};
    QTest::newRow("arabic, google's group names as tags") << arabic;

    Contact landline;
    landline.phone = QStringLiteral("+97142345678");
    landline.name = QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")");
    landline.countryCode = QStringLiteral("AE");
    QTest::newRow("landline, formula name") << landline;
}

/// What the writer writes, VCardRecord and ImportRow read back: the same phone, name, email,
/// country, tags, labels and params.
void TestVCardWriter::roundTrip()
{
    QFETCH(Contact, contact);
    const QByteArray bytes = VCardWriter::card(contact);
    const VCardRecord::Record record = VCardRecord::fromCard(parsed(bytes));
    const auto item = ImportRow::item(record.mapping, record.fields, {});
    QVERIFY2(item.has_value(), qPrintable(item ? QString() : item.error()));
    QCOMPARE(importable(*item), importable(contact));
}

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
