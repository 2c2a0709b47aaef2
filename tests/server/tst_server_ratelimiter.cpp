// The server's rate limit as contacts-api.md defines it: a sliding 60-second window per
// organization, and Retry-After as the whole seconds (at least 1) until one more request would
// be accepted. Driven with explicit times, so no test waits.

#include "RateLimiter.h"

#include <QTest>

class TestServerRateLimiter : public QObject {
    Q_OBJECT

private slots:
    void retryAfter_data();
    void retryAfter();
    void windowSlides();
    void organizationsHaveTheirOwnBudget();
    void refusedRequestsDoNotCount();
    void zeroIsNoLimit();
};

void TestServerRateLimiter::retryAfter_data()
{
    QTest::addColumn<qint64>("firstAt");
    QTest::addColumn<qint64>("refusedAt");
    QTest::addColumn<int>("seconds");
    // The window's oldest request leaves it at firstAt + 60 s; the wait rounds up.
    QTest::newRow("at once") << qint64(0) << qint64(0) << 60;
    QTest::newRow("half a second later") << qint64(0) << qint64(500) << 60;
    QTest::newRow("one second later") << qint64(0) << qint64(1000) << 59;
    QTest::newRow("just before the end") << qint64(0) << qint64(59999) << 1;
    QTest::newRow("58.5 s later") << qint64(1000) << qint64(59500) << 2;
}

void TestServerRateLimiter::retryAfter()
{
    QFETCH(qint64, firstAt);
    QFETCH(qint64, refusedAt);
    QFETCH(int, seconds);
    RateLimiter limiter(2);
    QCOMPARE(limiter.acquire("org", firstAt), std::nullopt);
    QCOMPARE(limiter.acquire("org", firstAt), std::nullopt);
    QCOMPARE(limiter.acquire("org", refusedAt), std::optional<int>(seconds));
}

void TestServerRateLimiter::windowSlides()
{
    RateLimiter limiter(3);
    QCOMPARE(limiter.acquire("org", 0), std::nullopt);
    QCOMPARE(limiter.acquire("org", 20'000), std::nullopt);
    QCOMPARE(limiter.acquire("org", 40'000), std::nullopt);
    QCOMPARE(limiter.acquire("org", 59'999), std::optional<int>(1));
    // The first request leaves the window at 60 s exactly: one more fits, not two.
    QCOMPARE(limiter.acquire("org", 60'000), std::nullopt);
    QCOMPARE(limiter.acquire("org", 60'000), std::optional<int>(20));
    QCOMPARE(limiter.acquire("org", 80'000), std::nullopt);
}

void TestServerRateLimiter::organizationsHaveTheirOwnBudget()
{
    RateLimiter limiter(1);
    QCOMPARE(limiter.acquire("a", 0), std::nullopt);
    QVERIFY(limiter.acquire("a", 0));
    QCOMPARE(limiter.acquire("b", 0), std::nullopt);
}

void TestServerRateLimiter::refusedRequestsDoNotCount()
{
    // A client that keeps retrying is served as soon as the Retry-After it got has passed.
    RateLimiter limiter(1);
    QCOMPARE(limiter.acquire("org", 0), std::nullopt);
    for (qint64 t = 1000; t < 60'000; t += 1000)
        QVERIFY(limiter.acquire("org", t));
    QCOMPARE(limiter.acquire("org", 60'000), std::nullopt);
}

void TestServerRateLimiter::zeroIsNoLimit()
{
    RateLimiter limiter(0);
    for (int i = 0; i < 10'000; ++i)
        QCOMPARE(limiter.acquire("org", 0), std::nullopt);
}

QTEST_APPLESS_MAIN(TestServerRateLimiter)
#include "tst_server_ratelimiter.moc"
