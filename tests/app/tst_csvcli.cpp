// contacts-cli import and export end to end: the real binary on fresh databases.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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

} // namespace

class TestCsvCli : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importSummaryAndErrors();
    void updateExisting();
    void exportThenImportRoundTrip();
    void usageErrors_data();
    void usageErrors();

private:
    CliRun cli(const QString& db, const QStringList& arguments);
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
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("HOME", m_dir->filePath("home"));
    environment.insert("XDG_DATA_HOME", m_dir->filePath("xdg-data"));
    process.setProcessEnvironment(environment);
    process.start(cliPath, QStringList{"--db", m_dir->filePath(db)} + arguments);
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
}

void TestCsvCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const QString good = writeFile("good.csv", "phone\n+971501234567\n");
    arguments.replaceInStrings(QStringLiteral("GOOD"), good);
    const CliRun run = cli("e.db", arguments);
    QVERIFY2(run.exitCode != 0, run.out.constData());
    QVERIFY2(QString::fromUtf8(run.err + run.out).contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestCsvCli)
#include "tst_csvcli.moc"
