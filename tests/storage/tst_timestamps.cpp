#include "Timestamps.h"

#include <QRandomGenerator>
#include <QtTest>

/// Timestamps::format() writes what Qt's own formatting writes, faster.
class TestTimestamps : public QObject {
    Q_OBJECT

private slots:
    void formatsAsQtDoes_data();
    void formatsAsQtDoes();
    void formatsAnyTimeAsQtDoes();
    void keepsTheOffsetOut();
};

namespace {

QString qtFormat(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

} // namespace

void TestTimestamps::formatsAsQtDoes_data()
{
    QTest::addColumn<QDateTime>("time");
    QTest::addColumn<QString>("expected");
    const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
        return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC);
    };
    QTest::newRow("the epoch") << utc(1970, 1, 1, 0, 0, 0, 0) << "1970-01-01T00:00:00.000Z";
    QTest::newRow("a millisecond before it")
        << utc(1969, 12, 31, 23, 59, 59, 999) << "1969-12-31T23:59:59.999Z";
    QTest::newRow("a leap day") << utc(2024, 2, 29, 12, 0, 0, 5) << "2024-02-29T12:00:00.005Z";
    QTest::newRow("2000, a leap century")
        << utc(2000, 2, 29, 1, 2, 3, 4) << "2000-02-29T01:02:03.004Z";
    QTest::newRow("2100, not one") << utc(2100, 3, 1, 0, 0, 0, 0) << "2100-03-01T00:00:00.000Z";
    QTest::newRow("the reference's example")
        << utc(2026, 5, 16, 14, 22, 0, 0) << "2026-05-16T14:22:00.000Z";
    QTest::newRow("the first year") << utc(1, 1, 1, 0, 0, 0, 0) << "0001-01-01T00:00:00.000Z";
    QTest::newRow("the last") << utc(9999, 12, 31, 23, 59, 59, 999) << "9999-12-31T23:59:59.999Z";
    QTest::newRow("after the last (Qt's)")
        << utc(10000, 1, 1, 0, 0, 0, 0) << qtFormat(utc(10000, 1, 1, 0, 0, 0, 0));
    QTest::newRow("before the first (Qt's)")
        << utc(0, 12, 31, 0, 0, 0, 0) << qtFormat(utc(0, 12, 31, 0, 0, 0, 0));
    QTest::newRow("invalid (Qt's)") << QDateTime() << qtFormat(QDateTime());
}

void TestTimestamps::formatsAsQtDoes()
{
    QFETCH(QDateTime, time);
    QFETCH(QString, expected);
    QCOMPARE(Timestamps::format(time), expected);
    QCOMPARE(Timestamps::format(time), qtFormat(time));
}

void TestTimestamps::formatsAnyTimeAsQtDoes()
{
    QRandomGenerator random(7);
    // Years 1 to 9999, in milliseconds since the epoch.
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last =
        QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    for (int i = 0; i < 20000; ++i) {
        const QDateTime time =
            Timestamps::fromMsecs(first + qint64(random.bounded(quint64(last - first + 1))));
        QCOMPARE(Timestamps::format(time), qtFormat(time));
    }
}

void TestTimestamps::keepsTheOffsetOut()
{
    // A time in another zone is written in UTC.
    const QDateTime dubai(QDate(2026, 1, 1), QTime(3, 30), Qt::OffsetFromUTC, 4 * 3600);
    QCOMPARE(Timestamps::format(dubai), QStringLiteral("2025-12-31T23:30:00.000Z"));
}

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
