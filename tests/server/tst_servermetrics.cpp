// The server's metrics on their own (ServerMetrics, LatencyHistogram, MetricsRoute): which
// bucket a duration falls in, which route template a path is counted under, that labels come
// from fixed sets whatever a request holds, and which answers count as the rate limit's and
// the database's. The server's own suite (tst_server) checks them over HTTP.

#include "LatencyHistogram.h"
#include "MetricsRoute.h"
#include "ServerMetrics.h"

#include <QTest>

namespace {

ApiResponse answered(int status, const QString& fault = {})
{
    ApiResponse response;
    response.status = status;
    response.faultDetail = fault;
    return response;
}

// The value of the sample line that starts with `series` followed by a space; -1 if none.
double sample(const QByteArray& text, const QByteArray& series)
{
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith(series + ' '))
            return line.mid(series.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class TestServerMetrics : public QObject {
    Q_OBJECT

private slots:
    void bucketOf_data();
    void bucketOf();
    void routeOf_data();
    void routeOf();
    void labelsAreBounded();
    void rateLimitAndDatabaseErrors();
};

void TestServerMetrics::bucketOf_data()
{
    QTest::addColumn<qint64>("nsecs");
    QTest::addColumn<QByteArray>("le"); // the smallest bucket that counts it
    QTest::newRow("nothing") << qint64(0) << QByteArray("0.001");
    QTest::newRow("negative") << qint64(-5) << QByteArray("0.001");
    // `le`: a duration on a bound is in that bound's bucket.
    QTest::newRow("1 ms") << qint64(1'000'000) << QByteArray("0.001");
    QTest::newRow("just over 1 ms") << qint64(1'000'001) << QByteArray("0.0025");
    QTest::newRow("30 ms") << qint64(30'000'000) << QByteArray("0.05");
    QTest::newRow("10 s") << qint64(10'000'000'000) << QByteArray("10");
    QTest::newRow("a minute") << qint64(60'000'000'000) << QByteArray("+Inf");
}

void TestServerMetrics::bucketOf()
{
    QFETCH(qint64, nsecs);
    QFETCH(QByteArray, le);
    LatencyHistogram histogram;
    histogram.observe(nsecs);
    QByteArray out;
    histogram.write(out, "d", "route=\"r\"");
    // Cumulative: 0 below the bucket, 1 from it on.
    bool reached = false;
    for (const char* bound : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                              "0.5", "1", "2.5", "5", "10", "+Inf"}) {
        reached = reached || le == bound;
        QCOMPARE(sample(out, QByteArray("d_bucket{route=\"r\",le=\"") + bound + "\"}"),
                 reached ? 1.0 : 0.0);
    }
    QCOMPARE(sample(out, "d_count{route=\"r\"}"), 1.0);
    QCOMPARE(sample(out, "d_sum{route=\"r\"}"), double(std::max<qint64>(nsecs, 0)) / 1e9);
}

void TestServerMetrics::routeOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("label");
    const QString contacts = QStringLiteral("/api/whatsapp/contacts");
    QTest::newRow("list") << contacts << QByteArray("/api/whatsapp/contacts");
    QTest::newRow("bulk") << contacts + "/bulk" << QByteArray("/api/whatsapp/contacts/bulk");
    QTest::newRow("a contact") << contacts + "/contact_1234"
                               << QByteArray("/api/whatsapp/contacts/:contactId");
    QTest::newRow("its history") << contacts + "/contact_1234/history"
                                 << QByteArray("/api/whatsapp/contacts/:contactId/history");
    QTest::newRow("healthz") << "/healthz" << QByteArray("/healthz");
    QTest::newRow("readyz") << "/readyz" << QByteArray("/readyz");
    QTest::newRow("metrics") << "/metrics" << QByteArray("/metrics");
    QTest::newRow("no id") << contacts + "/" << QByteArray("other");
    QTest::newRow("deeper") << contacts + "/a/b" << QByteArray("other");
    QTest::newRow("trailing slash") << "/metrics/" << QByteArray("other");
    QTest::newRow("root") << "/" << QByteArray("other");
}

void TestServerMetrics::routeOf()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, label);
    QCOMPARE(MetricsRoute::label(MetricsRoute::of(path)), label);
}

void TestServerMetrics::labelsAreBounded()
{
    ServerMetrics metrics;
    metrics.record(MetricsRoute::Other, "BREW", answered(418), 0);
    metrics.record(MetricsRoute::Other, "GET\"} 1\nfake", answered(200), 0);
    metrics.record(MetricsRoute::Contact, "PATCH", answered(409), 0);
    const QByteArray text = metrics.exposition(0);
    QCOMPARE(sample(text, R"(contacts_http_requests_total{route="other",method="other",)"
                          R"(status="other"})"),
             1.0);
    QCOMPARE(sample(text, R"(contacts_http_requests_total{route="other",method="other",)"
                          R"(status="200"})"),
             1.0);
    QCOMPARE(sample(text, R"(contacts_http_requests_total{route="/api/whatsapp/contacts/)"
                          R"(:contactId",method="PATCH",status="409"})"),
             1.0);
    QVERIFY(!text.contains("BREW"));
    QVERIFY(!text.contains("fake"));
    QCOMPARE(sample(text, "contacts_http_open_connections"), 0.0);
}

void TestServerMetrics::rateLimitAndDatabaseErrors()
{
    ServerMetrics metrics;
    metrics.record(MetricsRoute::Contacts, "GET", answered(429), 0);
    metrics.record(MetricsRoute::Contacts, "POST", answered(500, "INSERT: disk I/O error"), 0);
    metrics.record(MetricsRoute::Readyz, "GET", answered(503, "connection refused"), 0);
    metrics.record(MetricsRoute::Contact, "GET", answered(503, "connection refused"), 0);
    // Only a 500 or 503 with a fault is the database's.
    metrics.record(MetricsRoute::Contacts, "GET", answered(404), 0);
    const QByteArray text = metrics.exposition(3);
    QCOMPARE(sample(text, "contacts_http_rate_limited_total"), 1.0);
    QCOMPARE(sample(text, R"(contacts_database_errors_total{status="500"})"), 1.0);
    QCOMPARE(sample(text, R"(contacts_database_errors_total{status="503"})"), 2.0);
    QCOMPARE(sample(text, "contacts_http_open_connections"), 3.0);
    QVERIFY(!text.contains("disk I/O")); // a fault's words are for the log only
}

QTEST_GUILESS_MAIN(TestServerMetrics)
#include "tst_servermetrics.moc"
