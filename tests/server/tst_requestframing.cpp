// RequestFraming on its own: where requests end, what it refuses, and that it reads a stream the
// same however the network cuts it (the property tests/fuzz/fuzz_request_framing checks on any
// bytes; the cases here are the ones it found, kept as they were found).

#include "ConnectionLimits.h"
#include "RequestFraming.h"

#include <QTest>

namespace {

struct Outcome {
    RequestFraming::Progress progress;
    int refusedStatus;
};

Outcome readInChunks(const QByteArray& stream, qsizetype chunk, const ConnectionLimits& limits)
{
    RequestFraming framing(limits);
    for (qsizetype at = 0; at < stream.size(); at += chunk)
        framing.read(stream.mid(at, chunk));
    return {framing.progress(), framing.refusedStatus()};
}

ConnectionLimits smallLimits(qint64 line, qint64 head)
{
    ConnectionLimits limits;
    limits.maxRequestLineBytes = line;
    limits.maxHeadBytes = head;
    return limits;
}

} // namespace

class TestRequestFraming : public QObject {
    Q_OBJECT

private slots:
    void sameOutcomeHoweverCut_data();
    void sameOutcomeHoweverCut();
};

void TestRequestFraming::sameOutcomeHoweverCut_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<qint64>("lineLimit");
    QTest::addColumn<qint64>("headLimit");
    QTest::addColumn<int>("refusedStatus"); // 0: not refused

    const QByteArray target = "/" + QByteArray(128 - 14, 'a'); // `GET ` + target + ` HTTP/1.1`
    const QByteArray line = "GET " + target + " HTTP/1.1";
    QVERIFY(line.size() == 128);
    QTest::newRow("a line of the limit, its CRLF split") << line + "\r\nHost: h\r\n\r\n"
                                                         << qint64(128) << qint64(1024) << 0;
    QTest::newRow("a line of the limit in a head over its limit")
        << line + "\r\nHost: h\r\nX: " + QByteArray(64, 'x') + "\r\n\r\n"
        << qint64(128) << qint64(160) << 431;
    QTest::newRow("a line one past the limit") << "GET /" + target + " HTTP/1.1\r\nHost: h\r\n\r\n"
                                               << qint64(128) << qint64(1024) << 414;
    QTest::newRow("a line past both limits, a CR where the limits end")
        << QByteArray("GET /abc\rxyz") << qint64(8) << qint64(8) << 414;
    QTest::newRow("a head of the limit, its blank line split")
        << QByteArray("GET / HTTP/1.1\r\nHost: h\r\n\r\n") << qint64(64) << qint64(27) << 0;
    QTest::newRow("a head one past the limit")
        << QByteArray("GET / HTTP/1.1\r\nHost: hh\r\n\r\n") << qint64(64) << qint64(27) << 431;
}

void TestRequestFraming::sameOutcomeHoweverCut()
{
    QFETCH(QByteArray, stream);
    QFETCH(qint64, lineLimit);
    QFETCH(qint64, headLimit);
    QFETCH(int, refusedStatus);
    const ConnectionLimits limits = smallLimits(lineLimit, headLimit);
    for (const qsizetype chunk : {stream.size(), qsizetype(1), qsizetype(2), qsizetype(7)}) {
        const Outcome outcome = readInChunks(stream, chunk, limits);
        const QByteArray where = "in chunks of " + QByteArray::number(chunk);
        QVERIFY2(outcome.refusedStatus == refusedStatus,
                 where + ": refused with " + QByteArray::number(outcome.refusedStatus));
        QVERIFY2((outcome.progress == RequestFraming::Progress::Refused) == (refusedStatus != 0),
                 where);
    }
}

QTEST_APPLESS_MAIN(TestRequestFraming)
#include "tst_requestframing.moc"
