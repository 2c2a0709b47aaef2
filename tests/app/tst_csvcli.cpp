// contacts-cli import and export end to end: the real binary on fresh databases.
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace {

const QString cliPath = QStringLiteral(CONTACTS_CLI_PATH);

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonObject data() const
    {
        return QJsonDocument::fromJson(out).object().value("data").toObject();
    }
};

/// European Excel's CSV (semicolons, Windows-1252) of `rows` contacts named Jürgen Groß,
/// larger than the reader's first 64 KiB.
QByteArray excelRows(int rows)
{
    QByteArray bytes = "Vorname;Nachname;Handy;Notiz\r\n";
    for (int i = 0; i < rows; ++i)
        bytes +=
            "J\xfcrgen;Gro\xdf;+49151" + QByteArray::number(23450000 + i) + ";Preis 5 \x80\r\n";
    return bytes;
}

/// Writes `bytes` into the FIFO at `path` once a reader opens it, on a thread of its own;
/// gives up when `stop` is set first (a reader that never comes).
std::thread fifoWriter(const QString& path, const QByteArray& bytes, const std::atomic<bool>& stop)
{
    return std::thread([path = QFile::encodeName(path), &bytes, &stop] {
        int fd = -1;
        // Without O_NONBLOCK, open() would wait for a reader forever.
        while ((fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK)) < 0 && errno == ENXIO &&
               !stop)
            QThread::msleep(10);
        if (fd < 0)
            return;
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        for (qsizetype written = 0; written < bytes.size();) {
            const ssize_t more =
                ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
            if (more < 0)
                break;
            written += more;
        }
        ::close(fd);
    });
}

} // namespace

class TestCsvCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importSummaryAndErrors();
    void updateExisting();
    void dryRunWritesNothing();
    void vcardImportAndExport();
    void exportThenImportRoundTrip();
    void usageErrors_data();
    void usageErrors();
    void importStream_data();
    void importStream();
    void streamProgressCountsBytes();

private:
    CliRun cli(const QString& db, const QStringList& arguments);
    /// Starts contacts-cli on the database `db` of this test's folder.
    void start(QProcess& process, const QString& db, const QStringList& arguments);
    /// Waits for `process` to end: what it printed, and its exit code.
    static CliRun finish(QProcess& process);
    QString writeFile(const QString& name, const QByteArray& content);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCsvCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

CliRun TestCsvCli::cli(const QString& db, const QStringList& arguments)
{
    QProcess process;
    start(process, db, arguments);
    return finish(process);
}

void TestCsvCli::start(QProcess& process, const QString& db, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", m_dir->filePath("home"));
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg-data"));
    process.setProcessEnvironment(environment);
    process.start(cliPath, QStringList{"--db", m_dir->filePath(db)} + arguments);
}

CliRun TestCsvCli::finish(QProcess& process)
{
    CliRun result;
    if (!process.waitForStarted(30'000) || !process.waitForFinished(120'000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

QString TestCsvCli::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

void TestCsvCli::importSummaryAndErrors()
{
    // European Excel: semicolons, Windows-1252, national numbers.
    const QString path =
        writeFile("contacts.csv", QByteArray("Vorname;Nachname;Handy;Notiz\r\n"
                                             "J\xfcrgen;Gro\xdf;0151 23456789;Preis 5 \x80\r\n"
                                             "Anna;M\xfcller;1,51235E+11;x\r\n"
                                             "Eva;Braun;0151 23456789;y\r\n"));
    const QString errors = m_dir->filePath("errors.csv");
    const CliRun run =
        cli("a.db", {"import", path, "--region", "de", "--tag", "messe", "--tag", "2026", "--map",
                     "Notiz=param:note", "--errors", errors, "--compact"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), run.err.constData()); // no progress line off a terminal
    const QJsonObject data = run.data();
    QCOMPARE(data.value("imported").toInt(), 1);
    QCOMPARE(data.value("updated").toInt(), 0);
    QCOMPARE(data.value("skipped").toInt(), 2);
    const QJsonArray list = data.value("errors").toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).toObject().value("line").toInt(), 3);
    QCOMPARE(list.at(0).toObject().value("phone").toString(), QStringLiteral("1,51235E+11"));
    QVERIFY(list.at(0).toObject().value("error").toString().contains("scientific notation"));
    QCOMPARE(list.at(1).toObject().value("line").toInt(), 4);
    QCOMPARE(list.at(1).toObject().value("error").toString(),
             QStringLiteral("Contact already exists"));

    QFile file(errors);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBFVorname,Nachname,Handy,Notiz,error,line\r\n"));
    const QString text = QString::fromUtf8(bytes);
    QVERIFY(text.contains(QStringLiteral("Anna,Müller,\"1,51235E+11\",x,")));

    const CliRun listed = cli("a.db", {"list", "--compact"});
    const QJsonObject contact = listed.data().value("contacts").toArray().at(0).toObject();
    QCOMPARE(contact.value("phone").toString(), QStringLiteral("+4915123456789"));
    QCOMPARE(contact.value("name").toString(), QStringLiteral("Jürgen Groß"));
    QCOMPARE(contact.value("tags").toArray(), (QJsonArray{"messe", "2026"}));
    // The list's shape has no params: read the contact itself.
    const QJsonObject full = cli("a.db", {"get", contact.value("id").toString()}).data();
    QCOMPARE(full.value("params").toObject().value("note").toString(), QStringLiteral("Preis 5 €"));
}

void TestCsvCli::updateExisting()
{
    QVERIFY(
        cli("b.db", {"import", writeFile("first.csv", "phone,tags\n+971501234567,a\n")}).exitCode ==
        0);
    const QString second = writeFile("second.csv", "phone,name,tags\n+971501234567,Sara,b\n");
    const CliRun skipped = cli("b.db", {"import", second});
    QCOMPARE(skipped.data().value("skipped").toInt(), 1);
    const CliRun updated = cli("b.db", {"import", second, "--update-existing"});
    QCOMPARE(updated.exitCode, 0);
    QCOMPARE(updated.data().value("updated").toInt(), 1);
    QCOMPARE(updated.data().value("skipped").toInt(), 0);
    const QJsonObject listed =
        cli("b.db", {"list"}).data().value("contacts").toArray().at(0).toObject();
    QCOMPARE(listed.value("name").toString(), QStringLiteral("Sara"));
    QCOMPARE(listed.value("tags").toArray(), (QJsonArray{"a", "b"}));
}

void TestCsvCli::dryRunWritesNothing()
{
    QCOMPARE(cli("d.db", {"import", writeFile("first.csv", "phone\n+971501234567\n")}).exitCode, 0);
    const QString path = writeFile("second.csv", "phone,name\n"
                                                 "+971501234567,Sara\n"
                                                 "+971502222222,New\n"
                                                 "+971502222222,Again\n"
                                                 "123,Bad\n");
    const CliRun dry = cli("d.db", {"import", path, "--dry-run", "--update-existing", "--compact"});
    QCOMPARE(dry.exitCode, 0);
    const QJsonObject data = dry.data();
    QCOMPARE(data.value("dryRun").toBool(), true);
    QCOMPARE(data.value("new").toInt(), 1);
    QCOMPARE(data.value("wouldUpdate").toInt(), 1);
    QCOMPARE(data.value("unchanged").toInt(), 0);
    QCOMPARE(data.value("duplicateInFile").toInt(), 1);
    QCOMPARE(data.value("invalid").toInt(), 1);
    QCOMPARE(data.value("imported").toInt(), 1);
    QCOMPARE(data.value("skipped").toInt(), 2);
    const QJsonArray errors = data.value("errors").toArray();
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).toObject().value("line").toInt(), 4);
    QCOMPARE(errors.at(0).toObject().value("error").toString(),
             QStringLiteral("The same phone as line 3"));
    QCOMPARE(errors.at(1).toObject().value("line").toInt(), 5);

    // The database is as it was: one contact, without the name.
    const QJsonArray contacts = cli("d.db", {"list"}).data().value("contacts").toArray();
    QCOMPARE(contacts.size(), 1);
    QVERIFY(!contacts.at(0).toObject().contains("name") ||
            contacts.at(0).toObject().value("name").isNull());
}

void TestCsvCli::vcardImportAndExport()
{
    // Android's vCard 2.1: a quoted-printable name, the mobile bare-typed, a fax never chosen.
    const QString phone = writeFile("phone.vcf", "BEGIN:VCARD\r\n"
                                                 "VERSION:2.1\r\n"
                                                 "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:"
                                                 "=D8=AD=D8=B3=D9=86;Sara;;;\r\n"
                                                 "TEL;WORK;FAX:+971 4 333 4444\r\n"
                                                 "TEL;CELL;PREF:+971 50 123 4567\r\n"
                                                 "EMAIL;HOME:sara@example.com\r\n"
                                                 "END:VCARD\r\n"
                                                 "BEGIN:VCARD\r\n"
                                                 "VERSION:2.1\r\n"
                                                 "FN:No number\r\n"
                                                 "END:VCARD\r\n"
                                                 "BEGIN:VCARD\r\n"
                                                 "VERSION:3.0\r\n"
                                                 "FN:Omar\r\n"
                                                 "TEL;TYPE=CELL:+971 55 765 4321\r\n"
                                                 "CATEGORIES:vip,expo\r\n");
    const QString errors = m_dir->filePath("skipped.csv");
    const CliRun run = cli("v.db", {"import", phone, "--errors", errors, "--compact"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject data = run.data();
    QCOMPARE(data.value("imported").toInt(), 1);
    QCOMPARE(data.value("skipped").toInt(), 2);
    const QJsonArray list = data.value("errors").toArray();
    QCOMPARE(list.at(0).toObject().value("line").toInt(), 8);
    QCOMPARE(list.at(1).toObject().value("line").toInt(), 12);
    QVERIFY2(list.at(1).toObject().value("error").toString().contains("END:VCARD"),
             qPrintable(list.at(1).toObject().value("error").toString()));
    // The skipped cards are given back as they were, to fix and import again.
    QFile skipped(errors);
    QVERIFY(skipped.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(skipped.readAll());
    QVERIFY2(text.contains("vCard,error,line") && text.contains("FN:No number"), qPrintable(text));

    const QJsonObject sara =
        cli("v.db", {"list"}).data().value("contacts").toArray().at(0).toObject();
    QCOMPARE(sara.value("phone").toString(), QStringLiteral("+971501234567"));
    QCOMPARE(sara.value("name").toString(), QStringLiteral("Sara حسن"));

    // Exported as cards by the extension, read back as the same contacts.
    QCOMPARE(cli("w.db", {"import", writeFile("more.csv", "phone,name,tags\n"
                                                          "+971501234567,Sara,vip\n"
                                                          "+447911123456,\"Pat, Jr.\",a ::: b\n")})
                 .exitCode,
             0);
    const QString cards = m_dir->filePath("out.vcf");
    const CliRun exported = cli("w.db", {"export", cards, "--compact"});
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.data().value("exported").toInt(), 2);
    QFile file(cards);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY2(bytes.startsWith("BEGIN:VCARD\r\nVERSION:3.0\r\n"), bytes.constData());
    QCOMPARE(bytes.count("BEGIN:VCARD"), 2);
    const CliRun back = cli("x.db", {"import", cards, "--compact"});
    QCOMPARE(back.data().value("imported").toInt(), 2);
    const auto contacts = [this](const char* db) {
        QJsonArray out;
        for (const QJsonValue& value :
             cli(db, {"list", "--sort-by", "name"}).data().value("contacts").toArray()) {
            QJsonObject c = value.toObject();
            for (const char* key : {"id", "vendorContactId", "createdAt", "updatedAt", "source"})
                c.remove(key);
            out.append(c);
        }
        return out;
    };
    QCOMPARE(contacts("x.db"), contacts("w.db"));
    // --format overrides the extension.
    QCOMPARE(cli("w.db", {"export", m_dir->filePath("cards.txt"), "--format", "vcard"}).exitCode,
             0);
    QFile txt(m_dir->filePath("cards.txt"));
    QVERIFY(txt.open(QIODevice::ReadOnly));
    QVERIFY(txt.readAll().startsWith("BEGIN:VCARD"));
}

void TestCsvCli::exportThenImportRoundTrip()
{
    const QString source = writeFile(
        "source.csv",
        "userNumber,userName,email,tags,labels,params\n"
        "+971501234567,\"Hassan, Ahmed\",a@example.com,vip ::: gold,hot,\"{\"\"n\"\":1}\"\n"
        "+447911123456,Pat,,vip,,\n"
        "+14155552671,,,other,,\n");
    QCOMPARE(cli("c.db", {"import", source}).data().value("imported").toInt(), 3);

    const QString exported = m_dir->filePath("vip.csv");
    const CliRun run = cli("c.db", {"export", exported, "--tag", "vip", "--compact"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.data().value("exported").toInt(), 2);

    const CliRun back = cli("d.db", {"import", exported});
    QCOMPARE(back.data().value("imported").toInt(), 2);
    QCOMPARE(back.data().value("skipped").toInt(), 0);
    const auto contacts = [this](const char* db) {
        QJsonArray out;
        for (const QJsonValue& value : cli(db, {"list", "--tag", "vip", "--sort-by", "name"})
                                           .data()
                                           .value("contacts")
                                           .toArray()) {
            QJsonObject c = value.toObject();
            for (const char* key : {"id", "vendorContactId", "createdAt", "updatedAt", "source"})
                c.remove(key);
            out.append(c);
        }
        return out;
    };
    QCOMPARE(contacts("d.db"), contacts("c.db"));
}

void TestCsvCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << QStringList{"import", "nope.csv"} << "no such file";
    QTest::newRow("bad region") << QStringList{"import", "GOOD", "--region", "XX"}
                                << "--region expects";
    QTest::newRow("bad map") << QStringList{"import", "GOOD", "--map", "phone=nickname"}
                             << "unknown field 'nickname'";
    QTest::newRow("bad delimiter")
        << QStringList{"import", "GOOD", "--delimiter", "x"} << "--delimiter expects";
    QTest::newRow("no phone column") << QStringList{"import", "GOOD", "--map", "phone=ignore"}
                                     << "No column is mapped to the phone number";
    QTest::newRow("bad format") << QStringList{"import", "GOOD", "--format", "xls"}
                                << "--format expects csv or vcard, not 'xls'";
    // A .vcf that is really a CSV: said, not read as cards.
    QTest::newRow("csv named .vcf") << QStringList{"import", "GOOD.vcf"}
                                    << "is not a vCard file: its first line is not BEGIN:VCARD "
                                       "(if it is a CSV file, import it as CSV)";
    QTest::newRow("csv as vcard") << QStringList{"import", "GOOD", "--format", "vcard"}
                                  << "is not a vCard file";
    QTest::newRow("a workbook") << QStringList{"import", "XLSX"}
                                << "is neither a CSV nor a vCard file: it is a ZIP archive (an "
                                   "Excel .xlsx or OpenDocument .ods workbook is one: save it as "
                                   "CSV)";
    QTest::newRow("binary") << QStringList{"import", "BINARY"}
                            << "is neither a CSV nor a vCard file: it is binary data, not text";
}

void TestCsvCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString good = writeFile("good.csv", "phone\n+971501234567\n");
    writeFile("good.csv.vcf", "phone\n+971501234567\n");
    const QString xlsx = writeFile("contacts.xlsx", QByteArray("PK\x03\x04\x14\0\x06\0", 8));
    const QString binary = writeFile("photo.jpg", QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF\0", 12));
    arguments.replaceInStrings(QStringLiteral("GOOD"), good);
    arguments.replaceInStrings(QStringLiteral("XLSX"), xlsx);
    arguments.replaceInStrings(QStringLiteral("BINARY"), binary);
    const CliRun run = cli("e.db", arguments);
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err + run.out).contains(message), run.err.constData());
}

void TestCsvCli::importStream_data()
{
    // Both were "cannot read …: no such file". A stream is read once, from its first chunk:
    // the encoding and the delimiter are told from it, and --map reads its header without
    // taking it from the import.
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("FIFO") << "fifo" << QStringList();
    QTest::newRow("FIFO, --map") << "fifo" << QStringList{"--map", "Notiz=param:note"};
    QTest::newRow("/dev/stdin") << "/dev/stdin" << QStringList();
    QTest::newRow("/dev/stdin, --map") << "/dev/stdin" << QStringList{"--map", "Notiz=param:note"};
}

void TestCsvCli::importStream()
{
    QFETCH(QString, source);
    QFETCH(QStringList, options);
    const QByteArray bytes = excelRows(3000);
    const bool fifo = source == QLatin1String("fifo");
    const QString path = fifo ? m_dir->filePath("contacts.fifo") : source;
    if (fifo)
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    QProcess process;
    start(process, "s.db", QStringList{"import", path, "--compact"} + options);
    std::atomic<bool> stop = false;
    std::thread writer;
    if (fifo) {
        writer = fifoWriter(path, bytes, stop);
    } else {
        process.write(bytes);
        process.closeWriteChannel();
    }
    const CliRun run = finish(process);
    stop = true;
    if (writer.joinable())
        writer.join();

    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.data().value("imported").toInt(), 3000);
    QCOMPARE(run.data().value("skipped").toInt(), 0);
    const CliRun listed = cli("s.db", {"list", "--search", "Jürgen Groß", "--compact"});
    QCOMPARE(listed.data().value("total").toInt(), 3000);
    const QString id =
        listed.data().value("contacts").toArray().at(0).toObject().value("id").toString();
    const QJsonObject params = cli("s.db", {"get", id}).data().value("params").toObject();
    QCOMPARE(params.value("note").toString(),
             options.isEmpty() ? QString() : QStringLiteral("Preis 5 €"));
}

void TestCsvCli::streamProgressCountsBytes()
{
    // Progress goes to a terminal only. A stream has no size: it showed "N of about N rows
    // (100%)" from the start; it counts what was read instead.
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    const auto closeMaster = qScopeGuard([master] { ::close(master); });
    QVERIFY(::grantpt(master) == 0 && ::unlockpt(master) == 0);
    const QByteArray terminal = ::ptsname(master);

    QProcess process;
    process.setChildProcessModifier([terminal] {
        const int fd = ::open(terminal.constData(), O_RDWR | O_NOCTTY);
        if (fd >= 0)
            ::dup2(fd, STDERR_FILENO);
    });
    start(process, "p.db", {"import", "/dev/stdin", "--batch-size", "1000", "--compact"});
    process.write(excelRows(3000));
    process.closeWriteChannel();
    const CliRun run = finish(process);
    QCOMPARE(run.exitCode, 0);

    QByteArray progress;
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    char chunk[4096];
    for (ssize_t got; (got = ::read(master, chunk, sizeof chunk)) > 0;)
        progress.append(chunk, got);
    QVERIFY2(progress.contains("\rimporting: 1000 rows, "), progress.constData());
    QVERIFY2(progress.contains("\rimporting: 3000 rows, 1") && progress.contains(" KiB read"),
             progress.constData());
    QVERIFY2(!progress.contains("%"), progress.constData());
}

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_csvcli.moc"
