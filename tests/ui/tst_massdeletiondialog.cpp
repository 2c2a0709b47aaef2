#include "MassDeletionDialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

/// The question before a delete of thousands of contacts: Delete works only once the count
/// is typed, from the keyboard alone.
class TestMassDeletionDialog : public QObject {
    Q_OBJECT
private slots:
    void matches_data();
    void matches();
    void deletesOnlyOnceTheCountIsTyped();
    void escapeCancels();
};

void TestMassDeletionDialog::matches_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("matches");
    QTest::newRow("digits") << "12345" << true;
    QTest::newRow("grouped with commas") << "12,345" << true;
    QTest::newRow("grouped with dots") << "12.345" << true;
    QTest::newRow("grouped with spaces") << " 12 345 " << true;
    QTest::newRow("Arabic-Indic digits") << QStringLiteral("١٢٬٣٤٥") << true;
    QTest::newRow("one less") << "12344" << false;
    QTest::newRow("a digit more") << "123450" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("words") << "12345 yes" << false;
    QTest::newRow("a minus") << "-12345" << false;
}

void TestMassDeletionDialog::matches()
{
    QFETCH(QString, typed);
    QFETCH(bool, matches);
    QCOMPARE(MassDeletionDialog::matches(typed, 12345), matches);
}

void TestMassDeletionDialog::deletesOnlyOnceTheCountIsTyped()
{
    MassDeletionDialog dialog(2500);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QSignalSpy rejected(&dialog, &QDialog::rejected);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(dialog.countEdit()->hasFocus());

    QTest::keyClicks(dialog.countEdit(), QStringLiteral("250"));
    QVERIFY(!dialog.deleteButton()->isEnabled());
    QTest::keyClick(dialog.countEdit(), Qt::Key_Return); // not yet: nothing happens
    QVERIFY(dialog.isVisible());
    QCOMPARE(accepted.size() + rejected.size(), 0);

    QTest::keyClick(dialog.countEdit(), Qt::Key_0);
    QVERIFY(dialog.deleteButton()->isEnabled());
    QTest::keyClick(dialog.countEdit(), Qt::Key_Return);
    QCOMPARE(accepted.size(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestMassDeletionDialog::escapeCancels()
{
    MassDeletionDialog dialog(5000);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.countEdit(), QStringLiteral("5000"));
    QTest::keyClick(dialog.countEdit(), Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(TestMassDeletionDialog)
#include "tst_massdeletiondialog.moc"
