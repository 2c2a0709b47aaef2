#include "AppLocalization.h"
#include "DesktopOptions.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

/// The translations load, mirror Arabic, and leave no user-visible string untranslated.
class TestLocalization : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void appliesLanguage_data();
    void appliesLanguage();
    void everyStringIsTranslated_data();
    void everyStringIsTranslated();
    void englishPluralsAgree_data();
    void englishPluralsAgree();
    void arabicWindowIsRightToLeft();
    void parsesOptions_data();
    void parsesOptions();

private:
    AppLocalization m_localization;
};

void TestLocalization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestLocalization::cleanup()
{
    m_localization.apply(QLocale(QLocale::English));
}

void TestLocalization::appliesLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<bool>("available");
    QTest::addColumn<QString>("language");
    QTest::addColumn<Qt::LayoutDirection>("direction");

    QTest::newRow("Arabic") << "ar" << true << "ar" << Qt::RightToLeft;
    QTest::newRow("Arabic (UAE)") << "ar_AE" << true << "ar" << Qt::RightToLeft;
    QTest::newRow("Spanish") << "es" << true << "es" << Qt::LeftToRight;
    QTest::newRow("Spanish (Mexico)") << "es_MX" << true << "es" << Qt::LeftToRight;
    QTest::newRow("English") << "en_GB" << true << "en" << Qt::LeftToRight;
    // No Hebrew translation: the window stays English and so left-to-right.
    QTest::newRow("Hebrew") << "he" << false << "en" << Qt::LeftToRight;
}

void TestLocalization::appliesLanguage()
{
    QFETCH(QString, locale);
    QFETCH(bool, available);
    QFETCH(QString, language);
    QFETCH(Qt::LayoutDirection, direction);

    QCOMPARE(m_localization.apply(QLocale(locale)), available);
    QCOMPARE(m_localization.language(), language);
    QCOMPARE(QGuiApplication::layoutDirection(), direction);
    const QString file = QCoreApplication::translate("MainWindow", "&File");
    if (language == u"en")
        QCOMPARE(file, QStringLiteral("&File"));
    else
        QVERIFY2(file != u"&File", qPrintable(file));
}

void TestLocalization::everyStringIsTranslated_data()
{
    QTest::addColumn<QString>("tsFile");
    QTest::addColumn<int>("atLeast");
    for (const QString& language : AppLocalization::availableLanguages()) {
        // Copies of translations/*.ts that CTest's translations_rescan fixture has brought up
        // to date with the sources: a new string without a translation fails. English holds
        // only the plural forms.
        QTest::newRow(qPrintable(language))
            << QStringLiteral(CONTACTS_TS_DIR "/contacts_%1.ts").arg(language)
            << (language == u"en" ? 20 : 200);
    }
}

void TestLocalization::everyStringIsTranslated()
{
    QFETCH(QString, tsFile);
    QFETCH(int, atLeast);
    QFile file(tsFile);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(tsFile + QStringLiteral(" is missing: run this test through ctest, "
                                                "whose translations_rescan makes it")));
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    int messages = 0;
    QStringList missing;
    while (!xml.atEnd() && xml.readNext() != QXmlStreamReader::EndDocument) {
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == u"obsolete" || type == u"vanished")
                continue;
            ++messages;
            if (type == u"unfinished" ||
                xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed().isEmpty())
                missing << context + QStringLiteral("::") + source;
        }
    }
    QVERIFY2(!xml.hasError(),
             qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
    QVERIFY2(messages >= atLeast, qPrintable(QStringLiteral("only %1 messages").arg(messages)));
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated: %2")
                                               .arg(missing.size())
                                               .arg(missing.mid(0, 10).join(u" | "))));
}

void TestLocalization::englishPluralsAgree_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("shown");
    QTest::newRow("one contact") << "SelectionActions"
                                 << "Deleted %Ln contacts" << 1 << "Deleted 1 contact";
    QTest::newRow("two contacts") << "SelectionActions"
                                  << "Deleted %Ln contacts" << 2 << "Deleted 2 contacts";
    QTest::newRow("no contact") << "SelectionActions"
                                << "Deleted %Ln contacts" << 0 << "Deleted 0 contacts";
    QTest::newRow("one minute") << "ImportProgressPage"
                                << "About %Ln minutes" << 1 << "About 1 minute";
    QTest::newRow("thousands") << "ImportProgressPage"
                               << "About %Ln minutes" << 1500 << "About 1,500 minutes";
}

void TestLocalization::englishPluralsAgree()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, shown);
    QVERIFY(m_localization.apply(QLocale(QStringLiteral("en_US"))));
    QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source), nullptr, n),
             shown);
}

void TestLocalization::arabicWindowIsRightToLeft()
{
    QTemporaryDir dir;
    QVERIFY(m_localization.apply(QLocale(QStringLiteral("ar"))));
    MainWindow window(dir.filePath(QStringLiteral("contacts.db")));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.isRightToLeft());
    // The menus speak Arabic: no menu title is left in English.
    for (QAction* menu : window.menuBar()->actions()) {
        const QString title = menu->text();
        QVERIFY2(!title.contains(QRegularExpression(QStringLiteral("[A-Za-z]"))),
                 qPrintable(title));
    }
}

void TestLocalization::parsesOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("language");

    QTest::newRow("none") << QStringList{} << true << QString() << QString();
    QTest::newRow("db") << QStringList{"--db", "/tmp/x.db"} << true << "/tmp/x.db" << QString();
    QTest::newRow("lang") << QStringList{"--lang", "ar"} << true << QString() << "ar";
    QTest::newRow("unknown language")
        << QStringList{"--lang", "xx"} << false << QString() << QString();
    QTest::newRow("unknown option")
        << QStringList{"--frobnicate"} << false << QString() << QString();
    QTest::newRow("stray argument") << QStringList{"file.csv"} << false << QString() << QString();
}

void TestLocalization::parsesOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, valid);
    QFETCH(QString, database);
    QFETCH(QString, language);

    const auto options = DesktopOptions::parse(QStringList{QStringLiteral("contacts")} + arguments);
    QCOMPARE(options.has_value(), valid);
    if (!valid)
        return;
    // Without --db, the embedded default database.
    QVERIFY(!options->databasePath.isEmpty());
    if (!database.isEmpty())
        QCOMPARE(options->databasePath, database);
    QCOMPARE(options->language, language);
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
