#include "ColumnMapping.h"
#include "ContactBodies.h"
#include "ContactExporter.h"
#include "ContactImporter.h"
#include "TestDatabase.h"
#include "VCardWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

QJsonObject body(const char* phone, const QString& name, const QStringList& tags = {},
                 const QJsonObject& params = {})
{
    QJsonObject out{{"userNumber", phone}};
    if (!name.isNull())
        out.insert("userName", name);
    if (!tags.isEmpty())
        out.insert("tags", QJsonArray::fromStringList(tags));
    if (!params.isEmpty())
        out.insert("params", params);
    return out;
}

/// The fields an import can set, by phone: what a round trip must keep.
QMap<QString, QString> importable(ContactStore& store)
{
    QMap<QString, QString> out;
    ListQuery query;
    query.limit = ListQuery::maxLimit;
    for (query.page = 1;; ++query.page) {
        const auto page = store.list(query);
        if (!page || page->contacts.isEmpty())
            break;
        for (const Contact& c : page->contacts) {
            out.insert(c.phone, QStringList{c.name.value_or("<null>"), c.email.value_or("<null>"),
                                            c.countryCode.value_or("<null>"), c.tags.join(u'|'),
                                            c.labels.join(u'|'),
                                            QString::fromUtf8(QJsonDocument(c.params).toJson(
                                                QJsonDocument::Compact))}
                                    .join(QLatin1String(" / ")));
        }
    }
    return out;
}

} // namespace

class TestContactExporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void headerMapsBackWithoutQuestion();
    void roundTrip();
    void filtersAndSelection();
    void phonesInInternationalFormat();
    void vCardFile();
    void vCardSelection();
    void cancelLeavesTheFile();
    void historyForAnAudit();

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void TestContactExporter::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(m_db->isOpen());
    QJsonArray items{
        body("+971501234567", QStringLiteral("Ahmed Hassan"), {"VIP", "Dubai, UAE"},
             {{"plan", "gold"}, {"orders", 12}, {"active", true}}),
        body("+447911123456", QStringLiteral("O'Brien, \"Pat\"\nSecond line"), {"semi;colon"}),
        body("+5511912345678", QStringLiteral("João Ñandú 😀")),
        body("+966551234567", QStringLiteral("محمد العتيبي"), {"عميل"}),
        body("+14155552671", QString()),
        body("+971559876543", QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")"),
             {"-promo", "@team"}),
    };
    QJsonObject withEverything = body("+4915123456789", QStringLiteral("Jürgen"), {"lead"});
    withEverything.insert("email", "jg@example.de");
    withEverything.insert("countryCode", "AT");
    withEverything.insert("labels", QJsonArray{"hot", "b2b"});
    items.append(withEverything);
    ContactStore store = m_db->store();
    const auto result = store.bulk(ContactBodies::newContacts(items));
    QVERIFY(result.has_value());
    QCOMPARE(result->imported, items.size());
}

void TestContactExporter::headerMapsBackWithoutQuestion()
{
    QStringList fields;
    const ColumnMapping mapping = ColumnMapping::guess(ContactExporter::header());
    for (const ColumnMapping::Column& column : mapping.columns())
        fields << ColumnMapping::fieldName(column.field);
    QCOMPARE(fields, (QStringList{"phone", "name", "email", "country", "tags", "labels", "params",
                                  "ignore", "ignore", "ignore", "ignore", "ignore", "ignore"}));
}

void TestContactExporter::roundTrip()
{
    ContactStore store = m_db->store();
    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    ContactExporter exporter(store);
    const auto exported = exporter.run(path, ExportOptions{});
    QVERIFY2(exported.has_value(), qPrintable(exported ? QString() : exported.error()));
    QCOMPARE(*exported, 7);
    QCOMPARE(exporter.rowsDone(), 7);

    TestDatabase empty;
    QVERIFY(empty.isOpen());
    ContactStore target = empty.store();
    ContactImporter importer(target);
    const auto report = importer.run(path, ImportOptions{}); // no region, no mapping
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->skipped, 0);
    QCOMPARE(report->imported, 7);
    QCOMPARE(importable(target), importable(store));
}

void TestContactExporter::filtersAndSelection()
{
    ContactStore store = m_db->store();
    ContactExporter exporter(store);
    const QString path = m_dir.filePath(QStringLiteral("part.csv"));
    const auto countRows = [&path] {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll().count("\r\n+");
    };

    ExportOptions byTag;
    byTag.query.tags = {QStringLiteral("vip")};
    QCOMPARE(exporter.run(path, byTag).value_or(-1), 1);
    QCOMPARE(countRows(), 1);

    ExportOptions bySearch;
    bySearch.query.search = QStringLiteral("jürgen");
    QCOMPARE(exporter.run(path, bySearch).value_or(-1), 1);

    ExportOptions selection;
    const auto page = store.list(ListQuery{});
    selection.contactIds = {page->contacts.at(0).id, page->contacts.at(2).id,
                            QStringLiteral("contact_00000000-0000-0000-0000-000000000000")};
    QCOMPARE(exporter.run(path, selection).value_or(-1), 2);
    QCOMPARE(countRows(), 2);
}

void TestContactExporter::phonesInInternationalFormat()
{
    Contact contact;
    contact.phone = QStringLiteral("+971501234567");
    QCOMPARE(ContactExporter::record(contact).first(), QStringLiteral("+971 50 123 4567"));
    // A single tag with a separator in it comes back whole.
    contact.tags = {QStringLiteral("a;b")};
    QCOMPARE(ContactExporter::record(contact).at(4), QStringLiteral("a;b ::: "));
    // Text Excel would run as a formula is written as text.
    contact.name = QStringLiteral("=1+1");
    contact.tags = {QStringLiteral("-promo"), QStringLiteral("vip")};
    QCOMPARE(ContactExporter::record(contact).at(1), QStringLiteral("'=1+1"));
    QCOMPARE(ContactExporter::record(contact).at(4), QStringLiteral("'-promo ::: vip"));
}

/// A vCard export is each contact's card in the list's order, without a byte order mark.
void TestContactExporter::vCardFile()
{
    ContactStore store = m_db->store();
    const QString path = m_dir.filePath(QStringLiteral("all.vcf"));
    ContactExporter exporter(store);
    ExportOptions options;
    options.format = ExportFormat::VCard;
    const auto exported = exporter.run(path, options);
    QVERIFY2(exported.has_value(), qPrintable(exported ? QString() : exported.error()));
    QCOMPARE(*exported, 7);
    QCOMPARE(exporter.rowsDone(), 7);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
    QVERIFY(bytes.endsWith("END:VCARD\r\n"));
    QCOMPARE(bytes.count("BEGIN:VCARD\r\n"), 7);
    QCOMPARE(bytes.count("END:VCARD\r\n"), 7);
    QByteArray expected;
    ListQuery query;
    query.limit = ListQuery::maxLimit;
    const auto page = store.list(query);
    QVERIFY(page.has_value());
    QCOMPARE(page->contacts.size(), 7);
    for (const Contact& contact : page->contacts)
        expected += VCardWriter::card(contact);
    QCOMPARE(bytes, expected);
    QVERIFY(bytes.contains("\r\nFN:Jürgen\r\n"));
    QVERIFY(bytes.contains("\r\nX-CONTACTS-COUNTRY:AT\r\n"));
    QVERIFY(bytes.contains("\r\nFN:+1 415-555-2671\r\n")); // the contact without a name
}

void TestContactExporter::vCardSelection()
{
    ContactStore store = m_db->store();
    ContactExporter exporter(store);
    const QString path = m_dir.filePath(QStringLiteral("part.vcf"));
    const auto page = store.list(ListQuery{});
    ExportOptions selection;
    selection.format = ExportFormat::VCard;
    selection.bom = true; // CSV only
    selection.contactIds = {page->contacts.at(2).id, page->contacts.at(0).id};
    QCOMPARE(exporter.run(path, selection).value_or(-1), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             VCardWriter::card(page->contacts.at(2)) + VCardWriter::card(page->contacts.at(0)));
}

/// A cancel between pages leaves no file, or the one that was there, as it was.
void TestContactExporter::cancelLeavesTheFile()
{
    ContactStore store = m_db->store();
    QList<NewContact> more;
    for (int i = 0; i < 1000; ++i)
        more.append(NewContact().setPhone(QStringLiteral("+97150%1").arg(1000000 + i)));
    const auto added = store.bulk(more);
    QVERIFY(added.has_value());
    QCOMPARE(added->imported, 1000);

    for (const ExportFormat format : {ExportFormat::VCard, ExportFormat::Csv}) {
        const QString path = m_dir.filePath(QStringLiteral("cancelled"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("old");
        old.close();

        ContactExporter exporter(store);
        QList<qint64> pages;
        exporter.setProgressCallback([&](qint64 rowsDone) {
            pages.append(rowsDone);
            exporter.cancel(); // as the dialog's button would, from another thread
        });
        ExportOptions options;
        options.format = format;
        const auto exported = exporter.run(path, options);
        QVERIFY(!exported.has_value());
        QCOMPARE(exported.error(), QStringLiteral("cancelled"));
        QCOMPARE(pages, QList<qint64>{1000});
        QCOMPARE(exporter.totalRows(), 1007);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old"));
        old.close();

        // Uncancelled, the same export writes every page.
        exporter.setProgressCallback([&](qint64 rowsDone) { pages.append(rowsDone); });
        pages.clear();
        QCOMPARE(exporter.run(path, options).value_or(-1), 1007);
        QCOMPARE(pages, (QList<qint64>{1000, 1007}));
    }
}

/// The history export: a row per change, in the list's order, each contact's changes oldest
/// first, with who and how; contacts without changes write nothing.
void TestContactExporter::historyForAnAudit()
{
    ContactStore store = m_db->store();
    const auto page = store.list(ListQuery{});
    QVERIFY(page);
    const QString first = page->contacts.at(0).id;
    const QString third = page->contacts.at(2).id;
    store.setOrigin(WriteOrigin(WriteOrigin::Method::Editor, QStringLiteral("=Sara")));
    ContactChanges optIn;
    optIn.setOptedIn(true);
    QVERIFY(store.update(third, optIn));
    ContactChanges block;
    block.setBlocked(true);
    QVERIFY(store.update(first, block));
    QVERIFY(store.update(third, block));

    ExportOptions options;
    options.format = ExportFormat::FlagHistoryCsv;
    options.bom = false;
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    const auto exported = ContactExporter(store).run(path, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
    QCOMPARE(*exported, 3);

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines =
        QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), ContactExporter::historyHeader().join(u','));
    QVERIFY2(lines.at(1).startsWith(first + u','), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(1).contains(QStringLiteral(",isBlocked,true,")), qPrintable(lines.at(1)));
    // The actor is text an agent typed: a spreadsheet must not run it.
    QVERIFY2(lines.at(1).contains(QStringLiteral(",'=Sara,editor,,")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(2).startsWith(third + QStringLiteral(",")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",optedIn,true,")));
    QVERIFY(lines.at(3).startsWith(third + QStringLiteral(",")));
    QVERIFY(lines.at(3).contains(QStringLiteral(",isBlocked,true,")));

    // A selection's history only.
    options.contactIds = {first};
    QCOMPARE(ContactExporter(store).run(path, options).value_or(-1), 1);
}

QTEST_GUILESS_MAIN(TestContactExporter)
#include "tst_contactexporter.moc"
