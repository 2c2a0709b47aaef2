#include "PackedText.h"

#include <QTest>

/// PackedText: what goes in comes out, in order, with null and empty told apart.
class TestPackedText : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
};

void TestPackedText::roundTrip_data()
{
    QTest::addColumn<QList<std::optional<QString>>>("values");
    QTest::newRow("nothing") << QList<std::optional<QString>>{};
    QTest::newRow("null and empty")
        << QList<std::optional<QString>>{std::nullopt, QString(""), std::nullopt};
    QTest::newRow("text") << QList<std::optional<QString>>{QStringLiteral("+971501234567"),
                                                           QStringLiteral("Ahmed")};
    QTest::newRow("beyond Latin-1") << QList<std::optional<QString>>{
        QStringLiteral("أحمد"), QStringLiteral("山田 太郎"), QStringLiteral("😀 emoji")};
    QTest::newRow("a zero character")
        << QList<std::optional<QString>>{QString(QStringLiteral("a") + QChar(0) + u'b')};
    QTest::newRow("long") << QList<std::optional<QString>>{QString(100000, u'x'), std::nullopt};
}

void TestPackedText::roundTrip()
{
    QFETCH(QList<std::optional<QString>>, values);
    PackedText packed;
    for (const std::optional<QString>& value : values)
        packed.append(value);
    PackedText::Reader reader = packed.reader();
    for (const std::optional<QString>& value : values) {
        const PackedText::Value read = reader.next();
        QCOMPARE(read.null, !value.has_value());
        if (value)
            QCOMPARE(QString::fromUtf8(read.bytes()), *value);
    }
    QVERIFY(reader.next().null); // past the last
}

QTEST_GUILESS_MAIN(TestPackedText)
#include "tst_packedtext.moc"
