#include "PhoneNumbers.h"

#include <QTest>

class TestPhoneNumbers : public QObject {
    Q_OBJECT

private slots:
    void parseInternationalAccepts_data();
    void parseInternationalAccepts();
    void parseInternationalRejects_data();
    void parseInternationalRejects();
    void parseNational_data();
    void parseNational();
    void knownRegion_data();
    void knownRegion();
    void formatInternational_data();
    void formatInternational();
};

void TestPhoneNumbers::parseInternationalAccepts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("region");

    QTest::newRow("reference sample AE") << "+971501234567"
                                         << "+971501234567"
                                         << "AE";
    QTest::newRow("reference sample US") << "+14155557890"
                                         << "+14155557890"
                                         << "US";
    QTest::newRow("spaces") << "+971 50 123 4567"
                            << "+971501234567"
                            << "AE";
    QTest::newRow("00 prefix") << "00971501234567"
                               << "+971501234567"
                               << "AE";
    QTest::newRow("00 prefix with spaces") << "0044 20 7946 0958"
                                           << "+442079460958"
                                           << "GB";
    QTest::newRow("dashes") << "+971-50-123-4567"
                            << "+971501234567"
                            << "AE";
    QTest::newRow("dots") << "+971.50.123.4567"
                          << "+971501234567"
                          << "AE";
    QTest::newRow("parentheses") << "+1 (415) 555-7890"
                                 << "+14155557890"
                                 << "US";
    QTest::newRow("surrounding blanks") << " \t+33 6 12 34 56 78 "
                                        << "+33612345678"
                                        << "FR";
    QTest::newRow("bulk sample 1") << "+971501111111"
                                   << "+971501111111"
                                   << "AE";
    // Non-geographic numbers have no region to derive a countryCode from.
    QTest::newRow("non-geographic +800") << "+800 1234 5678"
                                         << "+80012345678"
                                         << "";
}

void TestPhoneNumbers::parseInternationalAccepts()
{
    QFETCH(QString, text);
    QFETCH(QString, e164);
    QFETCH(QString, region);

    const auto parsed = PhoneNumbers::parseInternational(text);
    QVERIFY2(parsed, "a valid international number was rejected");
    QCOMPARE(parsed->e164, e164);
    QCOMPARE(parsed->region, region);
}

void TestPhoneNumbers::parseInternationalRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("words") << "call me";
    QTest::newRow("letters after code") << "+971abc";
    QTest::newRow("too short") << "+12";
    QTest::newRow("no + or 00") << "971501234567";
    QTest::newRow("national format") << "0501234567";
    QTest::newRow("national US") << "(415) 555-7890";
    QTest::newRow("555 is not a valid US area code") << "+15551234567";
    QTest::newRow("one digit short") << "+97150123456";
    QTest::newRow("one digit long") << "+9715012345678";
    QTest::newRow("unknown calling code") << "+999123456789";
    QTest::newRow("plus only") << "+";
}

void TestPhoneNumbers::parseInternationalRejects()
{
    QFETCH(QString, text);

    const auto parsed = PhoneNumbers::parseInternational(text);
    QVERIFY2(!parsed,
             qPrintable(QStringLiteral("accepted as %1").arg(parsed ? parsed->e164 : QString())));
}

void TestPhoneNumbers::parseNational_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("defaultRegion");
    QTest::addColumn<QString>("e164");

    QTest::newRow("AE national") << "050 123 4567"
                                 << "AE"
                                 << "+971501234567";
    QTest::newRow("AE national, lowercase region") << "050 123 4567"
                                                   << "ae"
                                                   << "+971501234567";
    QTest::newRow("US national") << "(415) 555-7890"
                                 << "US"
                                 << "+14155557890";
    QTest::newRow("GB national") << "020 7946 0958"
                                 << "GB"
                                 << "+442079460958";
    QTest::newRow("international ignores region") << "+971501234567"
                                                  << "US"
                                                  << "+971501234567";
    QTest::newRow("00 with another region") << "00971501234567"
                                            << "GB"
                                            << "+971501234567";
}

void TestPhoneNumbers::parseNational()
{
    QFETCH(QString, text);
    QFETCH(QString, defaultRegion);
    QFETCH(QString, e164);

    const auto parsed = PhoneNumbers::parse(text, defaultRegion);
    QVERIFY2(parsed, "a valid number was rejected");
    QCOMPARE(parsed->e164, e164);
}

void TestPhoneNumbers::knownRegion_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<bool>("known");

    QTest::newRow("AE") << "AE" << true;
    QTest::newRow("ae") << "ae" << true;
    QTest::newRow("Us") << "Us" << true;
    QTest::newRow("GB") << "GB" << true;
    QTest::newRow("ZZ (unknown region)") << "ZZ" << false;
    QTest::newRow("XX") << "XX" << false;
    QTest::newRow("UK is not ISO 3166") << "UK" << false;
    QTest::newRow("three letters") << "ARE" << false;
    QTest::newRow("one letter") << "A" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("non-geographic 001") << "001" << false;
}

void TestPhoneNumbers::knownRegion()
{
    QFETCH(QString, region);
    QFETCH(bool, known);

    QCOMPARE(PhoneNumbers::isKnownRegion(region), known);
}

void TestPhoneNumbers::formatInternational_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("formatted");

    QTest::newRow("AE") << "+971501234567"
                        << "+971 50 123 4567";
    QTest::newRow("US") << "+14155557890"
                        << "+1 415-555-7890";
    QTest::newRow("GB") << "+442079460958"
                        << "+44 20 7946 0958";
}

void TestPhoneNumbers::formatInternational()
{
    QFETCH(QString, e164);
    QFETCH(QString, formatted);

    QCOMPARE(PhoneNumbers::formatInternational(e164), formatted);
    // What is shown reads back as the same number.
    const auto parsed = PhoneNumbers::parseInternational(formatted);
    QVERIFY(parsed);
    QCOMPARE(parsed->e164, e164);
}

QTEST_GUILESS_MAIN(TestPhoneNumbers)
#include "tst_phonenumbers.moc"
