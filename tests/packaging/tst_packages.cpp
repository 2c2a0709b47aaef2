// The two Debian packages, built by CPack from this build tree into a temporary folder once
// for the suite: what Debian's own tools say of them (lintian, desktop-file-validate,
// appstreamcli, systemd-analyze), what their control files declare, and the programs run from
// a throwaway root they were extracted into.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& arguments, int timeoutMs = 240000)
{
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    // The desktop app's --version makes a QApplication first: no display here.
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "did not finish: " + process.errorString().toUtf8();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestPackages : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void packagesAreTheTwoComponents();
    void lintianReportsNoError_data();
    void lintianReportsNoError();
    void dependsComeFromTheLinkedLibraries_data();
    void dependsComeFromTheLinkedLibraries();
    void installedProgramsRun_data();
    void installedProgramsRun();
    void desktopFileIsValid();
    void metainfoIsValid();
    void packagedFilesArePresent_data();
    void packagedFilesArePresent();
    void serverUnitIsConfinedToItsStateFolder();
    void sampleConfigurationIsAConffile();

private:
    QString packagePath(const QString& name) const { return m_packages.value(name); }
    QString installed(const QString& path) const { return m_root.filePath(path); }

    QTemporaryDir m_work;
    QDir m_root;
    QHash<QString, QString> m_packages; // package name → .deb path
};

void TestPackages::initTestCase()
{
    QVERIFY(m_work.isValid());
    const QString output = m_work.filePath(QStringLiteral("packages"));
    const Run cpack = run(QStringLiteral(CPACK_COMMAND),
                          {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                           QStringLiteral(CPACK_CONFIG), QStringLiteral("-B"), output});
    QVERIFY2(cpack.exitCode == 0, cpack.out + cpack.err);

    const QFileInfoList debs =
        QDir(output).entryInfoList({QStringLiteral("*.deb")}, QDir::Files, QDir::Name);
    for (const QFileInfo& deb : debs) {
        const Run name = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), deb.filePath(),
                                                          QStringLiteral("Package")});
        QCOMPARE(name.exitCode, 0);
        m_packages.insert(QString::fromUtf8(name.out.trimmed()), deb.filePath());
    }

    // Both packages in one root, as `dpkg --root` would leave them (without running their
    // maintainer scripts, which want a real system).
    m_root = QDir(m_work.filePath(QStringLiteral("root")));
    QVERIFY(QDir().mkpath(m_root.path()));
    for (const QString& deb : std::as_const(m_packages)) {
        const Run extract =
            run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), deb, m_root.path()});
        QVERIFY2(extract.exitCode == 0, extract.err);
    }
}

void TestPackages::packagesAreTheTwoComponents()
{
    QStringList names = m_packages.keys();
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("contacts"), QStringLiteral("contacts-server")}));
    for (const QString& deb : std::as_const(m_packages)) {
        const Run version = run(QStringLiteral("dpkg-deb"),
                                {QStringLiteral("--field"), deb, QStringLiteral("Version")});
        QCOMPARE(version.out.trimmed(), QByteArray(CONTACTS_VERSION));
    }
}

void TestPackages::lintianReportsNoError_data()
{
    QTest::addColumn<QString>("package");
    QTest::newRow("contacts") << QStringLiteral("contacts");
    QTest::newRow("contacts-server") << QStringLiteral("contacts-server");
}

void TestPackages::lintianReportsNoError()
{
    QFETCH(QString, package);
    const Run lintian =
        run(QStringLiteral("lintian"), {QStringLiteral("--fail-on"), QStringLiteral("error"),
                                        QStringLiteral("--allow-root"), packagePath(package)});
    // The warnings are listed in the log, and in docs/packaging.md with why they stay.
    for (const QByteArray& line : lintian.out.split('\n')) {
        if (!line.isEmpty())
            qInfo("%s", line.constData());
    }
    QVERIFY2(lintian.exitCode == 0, lintian.out + lintian.err);
    QVERIFY2(!lintian.out.contains("\nE: ") && !lintian.out.startsWith("E: "), lintian.out);
}

void TestPackages::dependsComeFromTheLinkedLibraries_data()
{
    QTest::addColumn<QString>("package");
    QTest::addColumn<QStringList>("libraries");
    // Found by dpkg-shlibdeps in the binaries; the plugins Qt loads at run time are declared.
    QTest::newRow("contacts") << QStringLiteral("contacts")
                              << QStringList{QStringLiteral("libqt6widgets6"),
                                             QStringLiteral("libqt6keychain1"),
                                             QStringLiteral("libphonenumber8"),
                                             QStringLiteral("libuchardet0"),
                                             QStringLiteral("libqt6sql6-sqlite"),
                                             QStringLiteral("qt6-qpa-plugins")};
    QTest::newRow("contacts-server")
        << QStringLiteral("contacts-server")
        << QStringList{QStringLiteral("libqt6httpserver6"), QStringLiteral("libqt6network6"),
                       QStringLiteral("libsqlite3-0"), QStringLiteral("libqt6sql6-sqlite"),
                       QStringLiteral("adduser")};
}

void TestPackages::dependsComeFromTheLinkedLibraries()
{
    QFETCH(QString, package);
    QFETCH(QStringList, libraries);
    const Run depends =
        run(QStringLiteral("dpkg-deb"),
            {QStringLiteral("--field"), packagePath(package), QStringLiteral("Depends")});
    QCOMPARE(depends.exitCode, 0);
    QStringList names;
    for (const QByteArray& alternative : depends.out.trimmed().split(','))
        names.append(QString::fromUtf8(alternative.trimmed()).section(u' ', 0, 0));
    for (const QString& library : libraries) {
        const bool found = std::any_of(names.cbegin(), names.cend(), [&](const QString& name) {
            return name.startsWith(library);
        });
        QVERIFY2(found, qPrintable(library + QStringLiteral(" not in ") + names.join(u',')));
    }
    // A version bound only dpkg-shlibdeps writes: nobody typed it.
    QVERIFY2(depends.out.contains("libc6 (>= "), depends.out);
}

void TestPackages::installedProgramsRun_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("contacts --version")
        << QStringLiteral("usr/bin/contacts") << QStringLiteral("--version")
        << QStringLiteral("Contacts " CONTACTS_VERSION);
    QTest::newRow("contacts-cli --help")
        << QStringLiteral("usr/bin/contacts-cli") << QStringLiteral("--help")
        << QStringLiteral("contacts-cli");
    QTest::newRow("contacts-server --help")
        << QStringLiteral("usr/bin/contacts-server") << QStringLiteral("--help")
        << QStringLiteral("--listen");
}

void TestPackages::installedProgramsRun()
{
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const QString path = installed(program);
    QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
    const Run result = run(path, {option}, 60000);
    QVERIFY2(result.exitCode == 0, result.out + result.err);
    QVERIFY2(QString::fromUtf8(result.out).contains(expected), result.out);
}

void TestPackages::desktopFileIsValid()
{
    const QString desktop =
        installed(QStringLiteral("usr/share/applications/" CONTACTS_APP_ID ".desktop"));
    QVERIFY2(QFile::exists(desktop), qPrintable(desktop));
    const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(validate.exitCode == 0 && validate.out.isEmpty(), validate.out + validate.err);
    // It names the icon installed under the same id.
    QFile file(desktop);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\nIcon=" CONTACTS_APP_ID "\n"));
}

void TestPackages::metainfoIsValid()
{
    const QString metainfo =
        installed(QStringLiteral("usr/share/metainfo/" CONTACTS_APP_ID ".metainfo.xml"));
    QVERIFY2(QFile::exists(metainfo), qPrintable(metainfo));
    const Run validate = run(QStringLiteral("appstreamcli"),
                             {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(validate.exitCode == 0, validate.out + validate.err);
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("<release version=\"" CONTACTS_VERSION "\""));
    QVERIFY(text.contains("<screenshot type=\"default\">"));
}

void TestPackages::packagedFilesArePresent_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("icon") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/" CONTACTS_APP_ID
                                            ".svg");
    QTest::newRow("copyright") << QStringLiteral("usr/share/doc/contacts/copyright");
    QTest::newRow("changelog") << QStringLiteral("usr/share/doc/contacts/changelog.gz");
    QTest::newRow("server's copyright")
        << QStringLiteral("usr/share/doc/contacts-server/copyright");
    QTest::newRow("contacts(1)") << QStringLiteral("usr/share/man/man1/contacts.1.gz");
    QTest::newRow("contacts-cli(1)") << QStringLiteral("usr/share/man/man1/contacts-cli.1.gz");
    QTest::newRow("contacts-server(1)")
        << QStringLiteral("usr/share/man/man1/contacts-server.1.gz");
}

void TestPackages::packagedFilesArePresent()
{
    QFETCH(QString, path);
    QVERIFY2(QFileInfo(installed(path)).size() > 0, qPrintable(path));
}

void TestPackages::serverUnitIsConfinedToItsStateFolder()
{
    const QString unit = installed(QStringLiteral("lib/systemd/system/contacts-server.service"));
    QFile file(unit);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(unit));
    const QByteArray text = file.readAll();
    for (const char* line : {"User=contacts-server", "NoNewPrivileges=yes", "ProtectSystem=strict",
                             "StateDirectory=contacts-server",
                             "ExecStart=/usr/bin/contacts-server --config "
                             "/etc/contacts-server/contacts-server.conf"}) {
        QVERIFY2(text.contains(QByteArray("\n") + line + '\n'), line);
    }
    // systemd's own reading of the sandbox: an exposure of 2.0 or less ("OK", near "SAFE").
    const Run security =
        run(QStringLiteral("systemd-analyze"),
            {QStringLiteral("security"), QStringLiteral("--offline=yes"),
             QStringLiteral("--root=") + m_root.path(), QStringLiteral("--threshold=20"), unit});
    QVERIFY2(security.exitCode == 0, security.out + security.err);
}

void TestPackages::sampleConfigurationIsAConffile()
{
    QTemporaryDir control;
    QVERIFY(control.isValid());
    const Run extract = run(QStringLiteral("dpkg-deb"),
                            {QStringLiteral("--control"),
                             packagePath(QStringLiteral("contacts-server")), control.path()});
    QVERIFY2(extract.exitCode == 0, extract.err);
    QFile conffiles(control.filePath(QStringLiteral("conffiles")));
    QVERIFY(conffiles.open(QIODevice::ReadOnly));
    QCOMPARE(conffiles.readAll(), QByteArray("/etc/contacts-server/contacts-server.conf\n"
                                             "/etc/logrotate.d/contacts-server\n"));
    QVERIFY(QFile::exists(installed(QStringLiteral("etc/contacts-server/contacts-server.conf"))));
    QVERIFY(QFile::exists(installed(QStringLiteral("etc/logrotate.d/contacts-server"))));
    for (const char* script : {"postinst", "prerm", "postrm"})
        QVERIFY2(QFileInfo(control.filePath(QString::fromLatin1(script))).isExecutable(), script);

    // The installed server reads the sample as it is (its database given on the command line,
    // which wins over the file's).
    const Run migrate =
        run(installed(QStringLiteral("usr/bin/contacts-server")),
            {QStringLiteral("--config"),
             installed(QStringLiteral("etc/contacts-server/contacts-server.conf")),
             QStringLiteral("--db"), control.filePath(QStringLiteral("contacts.db")),
             QStringLiteral("migrate")},
            60000);
    QVERIFY2(migrate.exitCode == 0, migrate.out + migrate.err);
    QVERIFY2(migrate.out.contains("schema version"), migrate.out);
}

QTEST_GUILESS_MAIN(TestPackages)
#include "tst_packages.moc"
