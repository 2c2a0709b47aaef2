#include "ApiError.h"
#include "ImportPhone.h"

#include <QTest>

class TestImportPhone : public QObject {
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void split();
};

void TestImportPhone::accepted_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<bool>("mobile");

    QTest::newRow("AE national") << "050 123 4567"
                                 << "AE"
                                 << "+971501234567" << true;
    QTest::newRow("AE national lower-case region") << "0501234567"
                                                   << "ae"
                                                   << "+971501234567" << true;
    QTest::newRow("AE without trunk 0") << "501234567"
                                        << "AE"
                                        << "+971501234567" << true;
    QTest::newRow("international") << "+971 50 123 4567"
                                   << ""
                                   << "+971501234567" << true;
    QTest::newRow("international ignores region") << "+44 7911 123456"
                                                  << "AE"
                                                  << "+447911123456" << true;
    QTest::newRow("00 prefix") << "00971501234567"
                               << ""
                               << "+971501234567" << true;
    QTest::newRow("00 prefix with region") << "0044 7911 123456"
                                           << "AE"
                                           << "+447911123456" << true;
    QTest::newRow("dashes dots parentheses") << "+1 (415) 555-2671"
                                             << ""
                                             << "+14155552671" << true;
    QTest::newRow("dots") << "050.123.4567"
                          << "AE"
                          << "+971501234567" << true;
    QTest::newRow("US national") << "(415) 555-2671"
                                 << "US"
                                 << "+14155552671" << true;
    QTest::newRow("UK landline is not mobile") << "020 7946 0018"
                                               << "GB"
                                               << "+442079460018" << false;
    QTest::newRow("German mobile") << "0151 23456789"
                                   << "DE"
                                   << "+4915123456789" << true;
    QTest::newRow("Brazil mobile") << "(11) 91234-5678"
                                   << "BR"
                                   << "+5511912345678" << true;
    QTest::newRow("Saudi national") << "055 123 4567"
                                    << "SA"
                                    << "+966551234567" << true;
    QTest::newRow("country code of the region itself") << "971501234567"
                                                       << "AE"
                                                       << "+971501234567" << true;
    QTest::newRow("non-breaking spaces") << QStringLiteral("+971\u00A050\u00A0123\u00A04567") << ""
                                         << "+971501234567" << true;
}

void TestImportPhone::accepted()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, e164);
    QFETCH(bool, mobile);
    const ImportPhone::Result result = ImportPhone::clean(text, region);
    QVERIFY2(result.isValid(), qPrintable(result.error));
    QCOMPARE(result.e164, e164);
    QCOMPARE(result.mobile, mobile);
    QVERIFY(result.error.isEmpty());
}

void TestImportPhone::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("error"); // a part of the message

    QTest::newRow("empty") << "  "
                           << "AE" << ApiMessages::phoneRequired;
    QTest::newRow("scientific notation") << "9.71501E+11"
                                         << "AE"
                                         << "scientific notation";
    QTest::newRow("scientific lower case") << "4.47911e+11"
                                           << ""
                                           << "scientific notation";
    QTest::newRow("scientific with decimal comma") << "9,71501E+11"
                                                   << "AE"
                                                   << "scientific notation";
    QTest::newRow("decimal") << "971501234567.0"
                             << "AE"
                             << "stored as a decimal";
    QTest::newRow("stripped + without region") << "971501234567"
                                               << ""
                                               << "if it is +971 50 123 4567";
    QTest::newRow("stripped + of another country")
        << "447911123456"
        << "AE"
        << "if it is +44 7911 123456, a spreadsheet may have removed";
    QTest::newRow("national without region") << "050 123 4567"
                                             << ""
                                             << "choose the default region";
    QTest::newRow("stripped leading zero") << "612345678"
                                           << "IT"
                                           << "may have removed its leading 0";
    // The reason in words, not "expected E.164" for a number that is E.164-shaped (issue 15).
    QTest::newRow("invalid international")
        << "+971 12"
        << ""
        << "too few digits for United Arab Emirates (its mobile numbers have 9 digits after +971)";
    QTest::newRow("one digit short for India")
        << "+91848484848"
        << ""
        << "Invalid phone number (+91848484848): too few digits for India (its mobile numbers have "
           "10 digits after +91)";
    QTest::newRow("one digit too many for India") << "+9198484848480"
                                                  << ""
                                                  << "too many digits for India";
    QTest::newRow("no such country code") << "+999 1234567"
                                          << ""
                                          << "no country has the code it starts with";
    QTest::newRow("right length, not in use") << "+971 10 123 4567"
                                              << ""
                                              << "not a number in use in United Arab Emirates";
    QTest::newRow("national, too long") << "050 123 4567 89"
                                        << "AE"
                                        << "too many digits for United Arab Emirates";
    QTest::newRow("letters") << "call me"
                             << "AE"
                             << "Invalid phone number (call me)";
    QTest::newRow("too short national") << "123"
                                        << "AE"
                                        << "Invalid phone number (123)";
}

void TestImportPhone::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, region);
    QFETCH(QString, error);
    const ImportPhone::Result result = ImportPhone::clean(text, region);
    QVERIFY2(!result.isValid(), qPrintable(result.e164));
    QVERIFY2(result.error.contains(error), qPrintable(result.error));
}

void TestImportPhone::split()
{
    QCOMPARE(ImportPhone::split(QStringLiteral("+971501234567 ::: 050 765 4321")),
             (QStringList{"+971501234567", "050 765 4321"}));
    QCOMPARE(ImportPhone::split(QStringLiteral(" +971501234567 ")), QStringList{"+971501234567"});
    QCOMPARE(ImportPhone::split(QStringLiteral(" ::: ")), QStringList{});
}

QTEST_GUILESS_MAIN(TestImportPhone)
#include "tst_importphone.moc"
