#include "ContactImporter.h"
#include "CsvReader.h"
#include "TestDatabase.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>
#include <unistd.h>

namespace {

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

/// "line:message" for each error of a report.
QStringList errorLines(const ImportReport& report)
{
    QStringList out;
    for (const ImportReport::Error& error : report.errors)
        out << QStringLiteral("%1:%2").arg(error.line).arg(error.message);
    return out;
}

qint64 contactCount(ContactStore& store)
{
    return store.count(ListQuery{}).value_or(-1);
}

} // namespace

class TestContactImporter : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bulkSemantics_data();
    void bulkSemantics();
    void rowLengths_data();
    void rowLengths();
    void repeatedPhoneAcrossBatches();
    void defaultTagsAndRegion();
    void updateExisting();
    void cancelKeepsCommittedBatches();
    void transactionsHoldSeveralBatches_data();
    void transactionsHoldSeveralBatches();
    void failedBatchRollsBackToTheLastCommit();
    void largeImportCompactsTheSearchIndex_data();
    void largeImportCompactsTheSearchIndex();
    void tagCountsAcrossBatches_data();
    void tagCountsAcrossBatches();
    void errorFile();
    void errorFileKeepsLineEnds();
    void preview();
    void previewThenImportAStream();
    void refusesWithoutPhoneColumn();
    void columnsFromValues_data();
    void columnsFromValues();
    void dryRun_data();
    void dryRun();
    void vcardPreviewAndImport();

private:
    std::unique_ptr<TestDatabase> m_db;
    QTemporaryDir m_dir;
};

void TestContactImporter::init()
{
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->errorString()));
}

void TestContactImporter::cleanup()
{
    m_db.reset();
}

void TestContactImporter::bulkSemantics_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::newRow("one batch") << 1000;
    QTest::newRow("batches of 2") << 2;
}

void TestContactImporter::bulkSemantics()
{
    QFETCH(int, batchSize);
    ContactStore store = m_db->store();
    QVERIFY(store.create(NewContact().setPhone(QStringLiteral("+971501111111"))).has_value());
    const QString path = writeFile(m_dir, QStringLiteral("bulk.csv"),
                                   "phone,name\r\n"
                                   "+971501234567,Ahmed\r\n"               // 2 imported
                                   "+971501111111,Exists\r\n"              // 3 existing
                                   "00971 50 123 4567,Again\r\n"           // 4 repeated
                                   "9.71501E+11,Excel\r\n"                 // 5 mangled
                                   "+971502222222,Ragged,extra\r\n"        // 6 too long
                                   "\r\n"                                  // 7 blank
                                   "\"+971503333333\",\"Multi\nLine\"\r\n" // 8-9 imported
                                   "+971504444444,\"Bad\r\n");             // 10 unterminated
    QVERIFY(!path.isEmpty());
    ContactImporter importer(store);
    ImportOptions options;
    options.batchSize = batchSize;
    const auto report = importer.run(path, options);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->updated, 0);
    QCOMPARE(report->skipped, 5);
    QCOMPARE(errorLines(*report),
             (QStringList{"3:Contact already exists", "4:Contact already exists",
                          "5:Phone number in scientific notation (9.71501E+11): the spreadsheet "
                          "rounded it and its last digits are lost. Format the column as text "
                          "and export the file again",
                          "6:Row has 3 fields, the header has 2; values past it: column 3 “extra”",
                          "10:Unterminated quoted field"}));
    QCOMPARE(report->errors.at(1).phone, QStringLiteral("00971 50 123 4567"));
    QCOMPARE(report->errors.at(1).index, 2);
    QCOMPARE(report->rowsRead, 7);
    QVERIFY(!report->cancelled);
    QCOMPARE(contactCount(store), 3);
    const auto multi = store.list(ListQuery{});
    QVERIFY(multi.has_value());
    bool found = false;
    for (const Contact& contact : multi->contacts) {
        if (contact.phone == QLatin1String("+971503333333")) {
            QCOMPARE(contact.name, std::optional<QString>(QStringLiteral("Multi\nLine")));
            QCOMPARE(contact.source, QStringLiteral("import"));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestContactImporter::rowLengths_data()
{
    // Outlook leaves a row's trailing empty fields off, and spreadsheets add empty ones: only
    // values past the header's last column make a row suspect.
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("short row") << QByteArray("phone,name,email,notes\r\n+971501234567,Ahmed\r\n")
                               << 1 << QStringList{};
    QTest::newRow("short of the phone column")
        << QByteArray("name,phone\r\nAhmed\r\n") << 0
        << QStringList{"2:Phone number (userNumber) is required"};
    QTest::newRow("trailing empty fields")
        << QByteArray("phone,name\r\n+971501234567,Ahmed,,  ,\r\n") << 1 << QStringList{};
    QTest::newRow("values past the header")
        << QByteArray("phone,name\r\n+971501234567,Ahmed,,x,y\r\n") << 0
        << QStringList{"2:Row has 5 fields, the header has 2; values past it: column 4 “x”, "
                       "column 5 “y”"};
    QTest::newRow("many values past the header")
        << QByteArray("phone\r\n+971501234567,a,b,c,d,e\r\n") << 0
        << QStringList{"2:Row has 6 fields, the header has 1; values past it: column 2 “a”, "
                       "column 3 “b”, column 4 “c” and 2 more"};
}

void TestContactImporter::rowLengths()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, imported);
    QFETCH(QStringList, errors);
    const QString path = writeFile(m_dir, QStringLiteral("rows.csv"), csv);
    QVERIFY(!path.isEmpty());
    ContactStore store = m_db->store();
    ContactImporter importer(store);
    const auto report = importer.run(path, ImportOptions{});
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->imported, imported);
    QCOMPARE(errorLines(*report), errors);
    if (imported == 1) {
        const auto page = store.list(ListQuery{});
        QVERIFY(page.has_value());
        QCOMPARE(page->contacts.size(), 1);
        QCOMPARE(page->contacts.first().phone, QStringLiteral("+971501234567"));
    }
}

void TestContactImporter::repeatedPhoneAcrossBatches()
{
    ContactStore store = m_db->store();
    const QString path = writeFile(m_dir, QStringLiteral("repeat.csv"),
                                   "phone\n+971501234567\n+971502222222\n+971501234567\n");
    ImportOptions options;
    options.batchSize = 1;
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QCOMPARE(report->imported, 2);
    QCOMPARE(errorLines(*report), QStringList{"4:Contact already exists"});

    // Updating existing contacts does not make a repeated row an update of the first.
    options.updateExisting = true;
    const QString second =
        writeFile(m_dir, QStringLiteral("repeat2.csv"), "phone\n+971509999999\n+971509999999\n");
    const auto again = importer.run(second, options);
    QVERIFY(again.has_value());
    QCOMPARE(again->imported, 1);
    QCOMPARE(again->updated, 0);
    QCOMPARE(errorLines(*again), QStringList{"3:Contact already exists"});
}

void TestContactImporter::defaultTagsAndRegion()
{
    ContactStore store = m_db->store();
    const QString path =
        writeFile(m_dir, QStringLiteral("region.csv"),
                  "Nombre;Apellidos;Móvil;Etiquetas\nAna;García;050 123 4567;vip\n");
    ImportOptions options;
    options.region = QStringLiteral("ae");
    options.tags = {QStringLiteral("expo-2026")};
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QCOMPARE(report->imported, 1);
    const auto contact = store.list(ListQuery{});
    QVERIFY(contact.has_value());
    QCOMPARE(contact->contacts.size(), 1);
    const Contact& c = contact->contacts.first();
    QCOMPARE(c.phone, QStringLiteral("+971501234567"));
    QCOMPARE(c.name, std::optional<QString>(QStringLiteral("Ana García")));
    QCOMPARE(c.tags, (QStringList{"vip", "expo-2026"}));
    QCOMPARE(c.countryCode, std::optional<QString>(QStringLiteral("AE")));
}

void TestContactImporter::updateExisting()
{
    ContactStore store = m_db->store();
    auto existing = store.create(NewContact()
                                     .setPhone(QStringLiteral("+971501234567"))
                                     .setEmail(QStringLiteral("kept@example.com"))
                                     .setTags({QStringLiteral("VIP")})
                                     .setParams(QJsonObject{{"plan", "gold"}}));
    QVERIFY(existing.has_value());
    const qint64 journalBefore = store.journal(0, 1000)->size();
    const QString path = writeFile(m_dir, QStringLiteral("update.csv"),
                                   "phone,name,email,tags,plan,city\n"
                                   "+971501234567,Ahmed,new@example.com,vip;lead,silver,Dubai\n"
                                   "+971502222222,New,,,,\n");
    ImportOptions options;
    options.updateExisting = true;
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->updated, 1);
    QCOMPARE(report->skipped, 0);

    const auto merged = store.contact(existing->id);
    QVERIFY(merged.has_value());
    QCOMPARE(merged->name, std::optional<QString>(QStringLiteral("Ahmed")));             // filled
    QCOMPARE(merged->email, std::optional<QString>(QStringLiteral("kept@example.com"))); // kept
    QCOMPARE(merged->tags, (QStringList{"VIP", "lead"}));                                // united
    QCOMPARE(merged->params.value("plan").toString(), QStringLiteral("gold"));           // kept
    QCOMPARE(merged->params.value("city").toString(), QStringLiteral("Dubai"));          // added
    QCOMPARE(store.tagCounts(TagKind::Tag)->size(), 2);

    const auto journal = store.journal(0, 1000);
    QCOMPARE(journal->size(), journalBefore + 2);
    bool updateJournaled = false;
    for (const JournalEntry& entry : *journal) {
        if (entry.operation == JournalEntry::Operation::Update && entry.contactId == existing->id) {
            QCOMPARE(entry.fields, (QStringList{"name", "tags", "params"}));
            updateJournaled = true;
        }
    }
    QVERIFY(updateJournaled);

    // The same file again brings nothing new: matched, not updated, nothing journaled.
    const auto again = importer.run(path, options);
    QVERIFY(again.has_value());
    QCOMPARE(again->updated, 0);
    QCOMPARE(again->unchanged, 2); // the contact the first run created exists now too
    QCOMPARE(again->skipped, 0);
    QCOMPARE(again->toJson().value("unchanged").toInteger(), 2);
    QCOMPARE(store.journal(0, 1000)->size(), journal->size());

    // Without the option the same file skips the existing contact.
    options.updateExisting = false;
    const auto skipped = importer.run(path, options);
    QVERIFY(skipped.has_value());
    QCOMPARE(skipped->updated, 0);
    QCOMPARE(skipped->skipped, 2);
}

void TestContactImporter::cancelKeepsCommittedBatches()
{
    ContactStore store = m_db->store();
    QByteArray bytes = "phone\n";
    for (int i = 0; i < 100; ++i)
        bytes += "+9715012" + QByteArray::number(10000 + i) + "\n";
    const QString path = writeFile(m_dir, QStringLiteral("cancel.csv"), bytes);
    ImportOptions options;
    options.batchSize = 10;
    ContactImporter importer(store);
    int batches = 0;
    importer.setProgressCallback([&](const ContactImporter::Progress& progress) {
        ++batches;
        QCOMPARE(progress.rowsDone, batches * 10);
        QCOMPARE(progress.totalBytes, bytes.size());
        if (batches == 3)
            importer.cancel(); // as the wizard's button would, from another thread
    });
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QVERIFY(report->cancelled);
    QCOMPARE(report->imported, 30);
    QCOMPARE(report->rowsRead, 30);
    QCOMPARE(report->committedThroughLine, 31);
    QCOMPARE(contactCount(store), 30);
    QCOMPARE(report->toJson().value("committedThroughLine").toInteger(), 31);
}

QByteArray numberedPhones(int count)
{
    QByteArray bytes = "phone\n";
    for (int i = 0; i < count; ++i)
        bytes += "+9715012" + QByteArray::number(10000 + i) + "\n";
    return bytes;
}

void TestContactImporter::transactionsHoldSeveralBatches_data()
{
    QTest::addColumn<int>("rowsPerTransaction");
    QTest::addColumn<int>("expectedCommits");
    QTest::newRow("every batch") << 1 << 10;
    QTest::newRow("three batches") << 30 << 4;
    QTest::newRow("one for the file") << 1000 << 1;
}

void TestContactImporter::transactionsHoldSeveralBatches()
{
    QFETCH(int, rowsPerTransaction);
    QFETCH(int, expectedCommits);
    ContactStore store = m_db->store();
    const QString path = writeFile(m_dir, QStringLiteral("chunks.csv"), numberedPhones(100));
    // Another connection sees only what was committed.
    auto other = ContactDatabase::open(m_db->path());
    QVERIFY2(other.has_value(), qPrintable(other ? QString() : other.error().detail));
    ContactStore observer(**other);
    ImportOptions options;
    options.batchSize = 10;
    options.rowsPerTransaction = rowsPerTransaction;
    options.secondsPerTransaction = 3600;
    ContactImporter importer(store);
    QList<qint64> committed;
    importer.setProgressCallback([&](const ContactImporter::Progress& progress) {
        const qint64 seen = contactCount(observer);
        // Batches commit together: what another connection sees lags by less than one
        // transaction and is always a whole number of them.
        QVERIFY(seen <= progress.rowsDone);
        QVERIFY(progress.rowsDone - seen < qMax(rowsPerTransaction, 10));
        if (committed.isEmpty() || committed.last() != seen)
            committed.append(seen);
    });
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QCOMPARE(report->imported, 100);
    QCOMPARE(report->committedThroughLine, 101);
    QCOMPARE(contactCount(observer), 100);
    committed.removeAll(0);
    if (committed.isEmpty() || committed.last() != 100)
        committed.append(100); // the last commit comes after the last progress call
    QCOMPARE(committed.size(), expectedCommits);
}

void TestContactImporter::largeImportCompactsTheSearchIndex_data()
{
    QTest::addColumn<qint64>("compactAfter");
    QTest::addColumn<bool>("compacted");
    QTest::newRow("large import") << qint64(100) << true;
    QTest::newRow("small import") << qint64(101) << false;
}

void TestContactImporter::largeImportCompactsTheSearchIndex()
{
    QFETCH(qint64, compactAfter);
    QFETCH(bool, compacted);
    ContactStore store = m_db->store();
    const QString path = writeFile(m_dir, QStringLiteral("pieces.csv"), numberedPhones(100));
    ImportOptions options;
    // Ten commits: ten pieces of search index, which an import as large as the threshold
    // merges before it ends.
    options.batchSize = 10;
    options.rowsPerTransaction = 10;
    options.compactSearchIndexAfter = compactAfter;
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QCOMPARE(report->imported, 100);
    // Whether merging now still finds pieces to merge; PostgreSQL's index has none.
    const bool sqlite = m_db->db().dialect().driverName() == QLatin1String("QSQLITE");
    const auto mergedNow = m_db->db().compactSearchIndex();
    QVERIFY2(mergedNow.has_value(), qPrintable(mergedNow ? QString() : mergedNow.error().detail));
    QCOMPARE(*mergedNow, sqlite && !compacted);
    QCOMPARE(m_db->db().compactSearchIndex().value_or(true), false);
    // The merged index finds what it found before.
    ListQuery query;
    query.search = QStringLiteral("1210042");
    const auto found = store.list(query);
    QVERIFY(found.has_value());
    QCOMPARE(found->contacts.size(), 1);
    QCOMPARE(found->contacts.first().phone, QStringLiteral("+971501210042"));
}

void TestContactImporter::failedBatchRollsBackToTheLastCommit()
{
    ContactStore store = m_db->store();
    // The 46th row fails in the database, as a full disk would halfway through a batch.
    const bool sqlite = m_db->db().dialect().driverName() == QLatin1String("QSQLITE");
    const QStringList trigger =
        sqlite
            ? QStringList{QStringLiteral(
                  "CREATE TRIGGER fail_import BEFORE INSERT ON contacts"
                  " WHEN NEW.phone = '+971501210045' BEGIN SELECT RAISE(ABORT, 'injected'); END")}
            : QStringList{QStringLiteral("CREATE FUNCTION fail_import() RETURNS trigger AS $$ BEGIN"
                                         " IF NEW.phone = '+971501210045' THEN"
                                         " RAISE EXCEPTION 'injected'; END IF; RETURN NEW; END"
                                         " $$ LANGUAGE plpgsql"),
                          QStringLiteral("CREATE TRIGGER fail_import BEFORE INSERT ON contacts"
                                         " FOR EACH ROW EXECUTE FUNCTION fail_import()")};
    // Run unprepared: PostgreSQL prepares no CREATE statement.
    for (const QString& sql : trigger) {
        QSqlQuery query(m_db->db().connection());
        QVERIFY2(query.exec(sql), qPrintable(sql + u' ' + query.lastError().text()));
    }
    const QString path = writeFile(m_dir, QStringLiteral("fails.csv"), numberedPhones(100));
    ImportOptions options;
    options.batchSize = 10;
    options.rowsPerTransaction = 30;
    options.secondsPerTransaction = 3600;
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QVERIFY(report->failure.has_value());
    QVERIFY2(report->failure->detail.contains(QLatin1String("injected")),
             qPrintable(report->failure->detail));
    // Rows 1-30 were committed; 31-40 were written in the transaction the failure rolled
    // back, and the report says so.
    QCOMPARE(report->imported, 30);
    QCOMPARE(report->rowsRead, 30);
    QCOMPARE(report->committedThroughLine, 31);
    QCOMPARE(contactCount(store), 30);
    QCOMPARE(m_db->db().scalar(QStringLiteral("SELECT count(*) FROM journal")).value_or(-1), 30);
    QCOMPARE(
        m_db->db().scalar(QStringLiteral("SELECT contact_count FROM organizations")).value_or(-1),
        30);
}

namespace {

/// Rows `from` to `to` (excluded) of a file with tags and labels, and the counts their
/// import gives. Each row has four tags, so that a batch of 20 writes its links a row at a
/// time on SQLite (SqliteDialect::linkTags, from 32 links): `all`; `t0` to `t6` by the row's
/// number; a team spelled two ways (`team-1` on even rows, `TEAM-1` on odd ones: the first
/// row's spelling is shown); and `late` from row 80 on, or `newer` first where `newer` is
/// set, a tag created before `late` that would take `late`'s id if `late` was rolled back.
/// One label per 60 rows.
struct TaggedRows {
    QByteArray csv = "userNumber,tags,labels\n"; // the API's names: `labels` are labels
    QMap<QString, qint64> tags;
    QMap<QString, qint64> labels;

    TaggedRows(int from, int to, int countedUpTo, bool newer = false)
    {
        for (int i = from; i < to; ++i) {
            const int team = i % 5;
            const QString teamTag =
                (i % 2 ? QStringLiteral("TEAM-%1") : QStringLiteral("team-%1")).arg(team);
            QStringList rowTags{QStringLiteral("all"), QStringLiteral("t%1").arg(i % 7), teamTag};
            if (newer)
                rowTags.append(QStringLiteral("newer"));
            if (i >= 80)
                rowTags.append(QStringLiteral("late"));
            const QString label = QStringLiteral("wave-%1").arg(i / 60);
            csv += "+9715012" + QByteArray::number(10000 + i) + ",\"" +
                   rowTags.join(QLatin1String(" ::: ")).toUtf8() + "\"," + label.toUtf8() + "\n";
            if (i >= countedUpTo)
                continue;
            for (const QString& tag : std::as_const(rowTags)) {
                // The shown spelling is the first row's: `team-0`, `TEAM-1`, ...
                const QString shown =
                    tag.startsWith(QLatin1String("TEAM-")) && team % 2 == 0 ? tag.toLower()
                    : tag.startsWith(QLatin1String("team-")) && team % 2    ? tag.toUpper()
                                                                            : tag;
                ++tags[shown];
            }
            ++labels[label];
        }
    }
};

QMap<QString, qint64> countsOf(ContactStore& store, TagKind kind)
{
    QMap<QString, qint64> counts;
    for (const TagCount& count : store.tagCounts(kind).value_or(QList<TagCount>{}))
        counts.insert(count.name, count.count);
    return counts;
}

/// Tags whose count is not their number of links.
qint64 miscountedTags(ContactDatabase& db)
{
    return db
        .scalar(QStringLiteral("SELECT count(*) FROM tags t WHERE t.count <>"
                               " (SELECT count(*) FROM contact_tags l WHERE l.tag_id = t.id)"))
        .value_or(-1);
}

} // namespace

void TestContactImporter::tagCountsAcrossBatches_data()
{
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("rowsPerTransaction");
    QTest::addColumn<int>("failingRow"); // -1: none
    QTest::addColumn<int>("committedRows");
    QTest::newRow("one batch") << 1000 << 1000 << -1 << 200;
    QTest::newRow("batches of 20, one transaction") << 20 << 1000 << -1 << 200;
    QTest::newRow("batches of 20, two a transaction") << 20 << 40 << -1 << 200;
    // Rows 80-99 are written, `late` created and linked; rows 100-119 fail: the transaction
    // of rows 80-119 rolls back, `late` with it.
    QTest::newRow("a transaction rolled back after a written batch") << 20 << 40 << 110 << 80;
}

void TestContactImporter::tagCountsAcrossBatches()
{
    QFETCH(int, batchSize);
    QFETCH(int, rowsPerTransaction);
    QFETCH(int, failingRow);
    QFETCH(int, committedRows);
    ContactStore store = m_db->store();
    ContactDatabase& db = m_db->db();
    const bool sqlite = db.dialect().driverName() == QLatin1String("QSQLITE");
    const QString failingPhone = QStringLiteral("+9715012%1").arg(10000 + failingRow);
    const QStringList trigger =
        sqlite ? QStringList{QStringLiteral("CREATE TRIGGER fail_import BEFORE INSERT ON contacts"
                                            " WHEN NEW.phone = '%1'"
                                            " BEGIN SELECT RAISE(ABORT, 'injected'); END")
                                 .arg(failingPhone)}
               : QStringList{QStringLiteral("CREATE FUNCTION fail_import() RETURNS trigger AS $$"
                                            " BEGIN IF NEW.phone = '%1' THEN"
                                            " RAISE EXCEPTION 'injected'; END IF; RETURN NEW;"
                                            " END $$ LANGUAGE plpgsql")
                                 .arg(failingPhone),
                             QStringLiteral("CREATE TRIGGER fail_import BEFORE INSERT ON contacts"
                                            " FOR EACH ROW EXECUTE FUNCTION fail_import()")};
    if (failingRow >= 0) {
        for (const QString& sql : trigger) {
            QSqlQuery query(db.connection());
            QVERIFY2(query.exec(sql), qPrintable(sql + u' ' + query.lastError().text()));
        }
    }
    ImportOptions options;
    options.batchSize = batchSize;
    options.rowsPerTransaction = rowsPerTransaction;
    options.secondsPerTransaction = 3600;
    ContactImporter importer(store);

    const TaggedRows first(0, 200, committedRows);
    const auto report =
        importer.run(writeFile(m_dir, QStringLiteral("tagged.csv"), first.csv), options);
    QVERIFY(report.has_value());
    QCOMPARE(report->failure.has_value(), failingRow >= 0);
    QCOMPARE(report->imported, committedRows);
    QCOMPARE(countsOf(store, TagKind::Tag), first.tags);
    QCOMPARE(countsOf(store, TagKind::Label), first.labels);
    QCOMPARE(miscountedTags(db), 0);

    // A second import on the same connection: the tags of the first one's committed rows, and
    // any it rolled back, are looked up again rather than taken from the transaction before.
    const TaggedRows second(200, 240, 240, true);
    const auto again = ContactImporter(store).run(
        writeFile(m_dir, QStringLiteral("again.csv"), second.csv), options);
    QVERIFY(again.has_value());
    QVERIFY(!again->failure.has_value());
    QCOMPARE(again->imported, 40);
    QMap<QString, qint64> tags = first.tags;
    for (auto it = second.tags.constBegin(); it != second.tags.constEnd(); ++it)
        tags[it.key()] += it.value();
    QCOMPARE(countsOf(store, TagKind::Tag), tags);
    QCOMPARE(miscountedTags(db), 0);
}

void TestContactImporter::errorFile()
{
    ContactStore store = m_db->store();
    const QString path = writeFile(m_dir, QStringLiteral("errors.csv"),
                                   "Name;Phone;Note\nA;12;x\nB;+971501234567;y\nC;;\"z;w\"\n");
    ImportOptions options;
    options.region = QStringLiteral("AE");
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QCOMPARE(report->skipped, 2);
    const QString out = m_dir.filePath(QStringLiteral("out-errors.csv"));
    QVERIFY(report->saveErrors(out).has_value());

    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QCOMPARE(reader.format().encoding, QStringLiteral("UTF-8"));
    QVERIFY(reader.hasBom());
    QStringList records;
    while (const auto record = reader.next())
        records << record->fields.join(u'|');
    QCOMPARE(records,
             (QStringList{"Name|Phone|Note|error|line",
                          "A|12|x|Invalid phone number (12): too few digits for United Arab "
                          "Emirates (its mobile numbers have 9 digits after +971)|2",
                          "C||z;w|Phone number (userNumber) is required|4"}));
}

void TestContactImporter::errorFileKeepsLineEnds()
{
    // A skipped row is written back as the file had it, line ends inside quotes included; what
    // is imported has LFs (issue 15).
    ContactStore store = m_db->store();
    const QString path = writeFile(m_dir, QStringLiteral("line-ends.csv"),
                                   "Name,Phone\r\n\"a\rb\",12\r\n\"c\r\nd\",13\r\n"
                                   "\"g\rh\",+971501234568\r\n");
    ImportOptions options;
    options.region = QStringLiteral("AE");
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY(report.has_value());
    QCOMPARE(report->imported, 1);
    QCOMPARE(report->skipped, 2);
    const QString out = m_dir.filePath(QStringLiteral("line-ends-errors.csv"));
    QVERIFY(report->saveErrors(out).has_value());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY2(written.contains("\"a\rb\",12,") && written.contains("\"c\r\nd\",13,"),
             written.toPercentEncoding().constData());
    const auto page = store.list(ListQuery{});
    QVERIFY(page.has_value());
    QCOMPARE(page->contacts.size(), 1);
    QCOMPARE(page->contacts.first().name, std::optional<QString>(QStringLiteral("g\nh")));
}

void TestContactImporter::preview()
{
    QByteArray bytes = "\xFF\xFE";
    const QString text = QStringLiteral("First Name\tMobile Phone\tCategories\nJosé\t050 123 "
                                        "4567\tVIP;Lead\n");
    bytes += QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    const QString path = writeFile(m_dir, QStringLiteral("preview.txt"), bytes);
    const auto preview = ContactImporter::preview(path);
    QVERIFY(preview.has_value());
    QCOMPARE(preview->format.encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(preview->format.delimiter, QChar(u'\t'));
    QVERIFY(preview->bom);
    QCOMPARE(preview->header, (QStringList{"First Name", "Mobile Phone", "Categories"}));
    QCOMPARE(preview->rows.size(), 1);
    QCOMPARE(preview->rows.first().fields.first(), QStringLiteral("José"));
    QCOMPARE(preview->mapping.columns().at(1).field, ImportField::Phone);
    QCOMPARE(preview->headerKey, ColumnMapping::headerKey(preview->header));
    QCOMPARE(preview->fileSize, bytes.size());
}

void TestContactImporter::previewThenImportAStream()
{
    // A pipe, read once: previewed inside a transaction of the device, then imported from
    // its start, with progress in bytes read and no size to estimate from.
    QByteArray bytes = "Name;Handy\n";
    for (int i = 0; i < 100; ++i)
        bytes += "P" + QByteArray::number(i) + ";+9715012" + QByteArray::number(10000 + i) + "\n";
    int fds[2];
    QCOMPARE(::pipe(fds), 0);
    std::thread writer([&bytes, fd = fds[1]] {
        for (qsizetype written = 0; written < bytes.size();) {
            const ssize_t more =
                ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
            if (more < 0)
                break;
            written += more;
        }
        ::close(fd);
    });
    const auto joinWriter = qScopeGuard([&writer] { writer.join(); });
    QFile pipe;
    QVERIFY(pipe.open(fds[0], QIODevice::ReadOnly, QFileDevice::AutoCloseHandle));
    QVERIFY(pipe.isSequential());

    pipe.startTransaction();
    const ImportPreview preview = ContactImporter::preview(pipe, {}, 0);
    pipe.rollbackTransaction();
    QCOMPARE(preview.header, (QStringList{"Name", "Handy"}));
    QCOMPARE(preview.format.delimiter, QChar(u';'));
    QCOMPARE(preview.fileSize, 0);

    ContactStore store = m_db->store();
    ContactImporter importer(store);
    ImportOptions options;
    options.mapping = preview.mapping;
    options.batchSize = 10;
    QList<ContactImporter::Progress> progress;
    importer.setProgressCallback(
        [&progress](const ContactImporter::Progress& now) { progress.append(now); });
    const auto report = importer.run(pipe, QStringLiteral("the pipe"), options);
    QVERIFY(report.has_value());
    QCOMPARE(report->imported, 100);
    QCOMPARE(report->skipped, 0);
    QCOMPARE(contactCount(store), 100);
    QVERIFY(!progress.isEmpty());
    for (const ContactImporter::Progress& now : progress) {
        QCOMPARE(now.totalBytes, 0);
        QCOMPARE(now.estimatedRows(), 0);
    }
    QCOMPARE(progress.last().bytesRead, bytes.size());
}

void TestContactImporter::refusesWithoutPhoneColumn()
{
    ContactStore store = m_db->store();
    const QString path = writeFile(m_dir, QStringLiteral("nophone.csv"), "name,city\nA,B\n");
    ContactImporter importer(store);
    const auto report = importer.run(path, ImportOptions{});
    QVERIFY(!report.has_value());
    QCOMPARE(report.error(), QStringLiteral("No column is mapped to the phone number"));
    QVERIFY(!importer.run(m_dir.filePath(QStringLiteral("missing.csv")), {}).has_value());
}

void TestContactImporter::columnsFromValues_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("headerless");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QStringList>("fromValues");
    QTest::addColumn<int>("imported");

    // Palm Desktop writes no header: the first row is a contact like the others.
    QTest::newRow("no header")
        << QByteArray("\"Haddad\",\"Rania\",\"050 123 4567\",\"rania@example.com\"\n"
                      "\"Saleh\",\"Omar\",\"055 765 4321\",\"\"\n"
                      "\"Nasser\",\"Lina\",\"+971 52 111 2222\",\"lina@example.com\"\n")
        << true << QStringList{"Column 1", "Column 2", "Column 3", "Column 4"}
        << QStringList{"Column 3", "Column 4"} << 3;
    // A header, but not one that says phone: the values do.
    QTest::newRow("phone under another name")
        << QByteArray("Kunde;Kontakt;Notiz\nHaddad;050 123 4567;Kunde seit 2019\n"
                      "Saleh;055 765 4321;\nNasser;;ruft zurück\n")
        << false << QStringList{"Kunde", "Kontakt", "Notiz"} << QStringList{"Kontakt"} << 2;
    // An id column of digits that happen to read as numbers now and then is no phone column.
    QTest::newRow("ids are not phones")
        << QByteArray("customer,city\n1001,Dubai\n1002,Abu Dhabi\n") << false
        << QStringList{"customer", "city"} << QStringList{} << -1;
    // A first row of words we do not know, without a number, is still a header.
    QTest::newRow("unknown header")
        << QByteArray("Kunde,Kontakt\nHaddad,050 123 4567\nSaleh,055 765 4321\n") << false
        << QStringList{"Kunde", "Kontakt"} << QStringList{"Kontakt"} << 2;
}

void TestContactImporter::columnsFromValues()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, headerless);
    QFETCH(QStringList, header);
    QFETCH(QStringList, fromValues);
    QFETCH(int, imported);
    const QString path = writeFile(m_dir, QStringLiteral("values.csv"), bytes);
    const auto preview = ContactImporter::preview(path, {}, 20, QStringLiteral("AE"));
    QVERIFY(preview.has_value());
    QCOMPARE(preview->headerless, headerless);
    QCOMPARE(preview->header, header);
    QCOMPARE(preview->columnsFromValues, fromValues);
    // The first row of a file without a header is a row of the preview too.
    QCOMPARE(preview->rows.size(), bytes.count('\n') - (headerless ? 0 : 1));

    ContactStore store = m_db->store();
    ContactImporter importer(store);
    ImportOptions options;
    options.region = QStringLiteral("AE");
    const auto report = importer.run(path, options);
    if (imported < 0) {
        QVERIFY(!report.has_value());
        QCOMPARE(report.error(), QStringLiteral("No column is mapped to the phone number"));
        return;
    }
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->imported, imported);
    QCOMPARE(contactCount(store), imported);
    if (headerless) {
        const auto first = store.contactByPhone(QStringLiteral("+971501234567"));
        QVERIFY(first.has_value() && first->has_value());
        QCOMPARE((*first)->email, std::optional<QString>(QStringLiteral("rania@example.com")));
        QCOMPARE((*first)->params.value("Column 1").toString(), QStringLiteral("Haddad"));
        QCOMPARE(report->errors.size(), 0);
    }
}

void TestContactImporter::dryRun_data()
{
    QTest::addColumn<bool>("updateExisting");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("skip existing") << false << 1000;
    QTest::newRow("skip existing, batches of 2") << false << 2;
    QTest::newRow("update existing") << true << 1000;
    QTest::newRow("update existing, batches of 2") << true << 2;
}

void TestContactImporter::dryRun()
{
    QFETCH(bool, updateExisting);
    QFETCH(int, batchSize);
    ContactStore store = m_db->store();
    QVERIFY(store.create(NewContact().setPhone("+971501111111").setName("Same")).has_value());
    QVERIFY(store.create(NewContact().setPhone("+971502222222")).has_value()); // no name yet
    const qsizetype journalBefore = store.journal(0, 1000)->size();
    const QString path = writeFile(m_dir, QStringLiteral("dry.csv"),
                                   "phone,name\n"
                                   "+971503333333,New\n"       // 2 new
                                   "+971501111111,Same\n"      // 3 unchanged or existing
                                   "+971502222222,Named\n"     // 4 would update or existing
                                   "00971 50 333 3333,Again\n" // 5 duplicate of line 2
                                   "12,Short\n"                // 6 invalid
                                   "+971504444444,Other\n"     // 7 new
                                   "+971502222222,Twice\n");   // 8 existing, or duplicate of line 4
    ImportOptions options;
    options.dryRun = true;
    options.updateExisting = updateExisting;
    options.batchSize = batchSize;
    ContactImporter importer(store);
    const auto report = importer.run(path, options);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QVERIFY(report->dryRun);
    QCOMPARE(report->imported, 2);
    QCOMPARE(report->updated, updateExisting ? 1 : 0);
    QCOMPARE(report->unchanged, updateExisting ? 1 : 0);
    QCOMPARE(report->existing, updateExisting ? 0 : 3); // line 8 too
    QCOMPARE(report->invalid, 1);
    QCOMPARE(report->duplicateInFile, updateExisting ? 2 : 1);
    QCOMPARE(report->skipped, updateExisting ? 3 : 5);
    QCOMPARE(report->rowsRead, 7);
    QStringList lines = errorLines(*report);
    QCOMPARE(lines.first(), updateExisting ? QStringLiteral("5:The same phone as line 2")
                                           : QStringLiteral("3:Contact already exists"));
    QVERIFY(lines.contains(QStringLiteral("5:The same phone as line 2")));
    QVERIFY(lines.filter(QRegularExpression("^6:")).size() == 1);
    const QJsonObject json = report->toJson();
    QCOMPARE(json.value("dryRun").toBool(), true);
    QCOMPARE(json.value("new").toInteger(), 2);
    QCOMPARE(json.value("wouldUpdate").toInteger(), updateExisting ? 1 : 0);
    QCOMPARE(json.value("duplicateInFile").toInteger(), updateExisting ? 2 : 1);
    QCOMPARE(json.value("invalid").toInteger(), 1);
    QCOMPARE(json.value("skipped").toInteger(), report->skipped);

    // Nothing was written.
    QCOMPARE(contactCount(store), 2);
    QCOMPARE(store.journal(0, 1000)->size(), journalBefore);
    QCOMPARE(store.contactByPhone("+971502222222")->value().name, std::nullopt);
}

void TestContactImporter::vcardPreviewAndImport()
{
    // iPhone's 3.0: CR CR LF line ends, the mobile behind an Apple label, a folded photo.
    QByteArray photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + QByteArray(70, 'A') + "\r\r\n";
    for (int i = 0; i < 100; ++i)
        photo += " " + QByteArray(74, 'B') + "\r\r\n";
    const QString path = writeFile(m_dir, QStringLiteral("iphone.vcf"),
                                   "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nN:Haddad;Rania;;;\r\r\n"
                                   "FN:Rania Haddad\r\r\n"
                                   "item1.TEL;type=pref:+971 4 333 4444\r\r\n"
                                   "item1.X-ABLabel:_$!<Work>!$_\r\r\n"
                                   "item2.TEL:+971 50 123 4567\r\r\n"
                                   "item2.X-ABLabel:_$!<Mobile>!$_\r\r\n" +
                                       photo +
                                       "CATEGORIES:vip,expo\r\r\nEND:VCARD\r\r\n"
                                       "BEGIN:VCARD\r\r\nVERSION:3.0\r\r\nFN:Nobody\r\r\n"
                                       "END:VCARD\r\r\n");
    const auto preview = ContactImporter::preview(path, {}, 20, QStringLiteral("AE"));
    QVERIFY(preview.has_value());
    QCOMPARE(preview->kind, ImportFileKind::VCard);
    QCOMPARE(preview->header, (QStringList{"Name", "Phone", "Email", "Tags"}));
    QCOMPARE(preview->rows.size(), 2);
    QCOMPARE(preview->rows.at(0).fields,
             (QStringList{"Rania Haddad", "+971501234567", "", "vip, expo"}));
    QCOMPARE(preview->rows.at(1).line, 112);
    QCOMPARE(preview->rows.at(1).error, QStringLiteral("Phone number (userNumber) is required"));

    ContactStore store = m_db->store();
    ContactImporter importer(store);
    ImportOptions options;
    options.region = QStringLiteral("AE");
    const auto report = importer.run(path, options);
    QVERIFY2(report.has_value(), qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->imported, 1);
    QCOMPARE(errorLines(*report),
             QStringList{QStringLiteral("112:Phone number (userNumber) is required")});
    const auto rania = store.contactByPhone(QStringLiteral("+971501234567"));
    QVERIFY(rania.has_value() && rania->has_value());
    QCOMPARE((*rania)->name, std::optional<QString>(QStringLiteral("Rania Haddad")));
    QCOMPARE((*rania)->tags, (QStringList{"vip", "expo"}));
    QCOMPARE((*rania)->params.value(QStringLiteral("Work phone")).toString(),
             QStringLiteral("+971 4 333 4444"));
}

QTEST_GUILESS_MAIN(TestContactImporter)
#include "tst_contactimporter.moc"
