// RequestFraming, which decides where each request on a connection ends and refuses what two
// HTTP parsers could read differently, on any byte stream cut into any chunks. Beyond not
// crashing: it reads the stream the same however the network cuts it (a request split at a
// different byte must not become a different request), and a refusal is final.

#include "FuzzCheck.h"

#include "ConnectionLimits.h"
#include "RequestFraming.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

struct Reading {
    RequestFraming::Progress progress = RequestFraming::Progress::Idle;
    int refusedStatus = 0;
    QList<std::pair<bool, bool>> requests; ///< each request's http10 and closes

    bool operator==(const Reading&) const = default;
    QString toString() const
    {
        return QStringLiteral("progress %1, refused %2, %3 of 64 takes plain")
            .arg(int(progress))
            .arg(refusedStatus)
            .arg(requests.count({false, false}));
    }
};

Reading finish(RequestFraming& framing)
{
    Reading reading;
    reading.progress = framing.progress();
    reading.refusedStatus = framing.refusedStatus();
    // takeRequest() answers a plain request when none is left, so the same takes from two
    // readings agree exactly when their requests do (trailing plain ones aside).
    for (int i = 0; i < 64; ++i) {
        const RequestFraming::Request request = framing.takeRequest();
        reading.requests.append({request.http10, request.closes});
    }
    return reading;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzedDataProvider input(data, size);
    ConnectionLimits limits;
    limits.maxRequestLineBytes = input.ConsumeIntegralInRange(8, 256);
    limits.maxHeadBytes = input.ConsumeIntegralInRange<qint64>(limits.maxRequestLineBytes, 1024);
    const size_t chunk = input.ConsumeIntegralInRange<size_t>(1, 64);
    const QByteArray stream = QByteArray::fromStdString(input.ConsumeRemainingBytesAsString());

    RequestFraming whole(limits);
    whole.read(stream);

    RequestFraming cut(limits);
    bool refused = false;
    for (qsizetype at = 0; at < stream.size(); at += qsizetype(chunk)) {
        const auto progress = cut.read(stream.mid(at, qsizetype(chunk)));
        FUZZ_CHECK(!refused || progress == RequestFraming::Progress::Refused,
                   QStringLiteral("read on after a refusal"));
        refused = progress == RequestFraming::Progress::Refused;
    }
    const Reading wholeReading = finish(whole);
    const Reading cutReading = finish(cut);
    FUZZ_CHECK(wholeReading == cutReading,
               QStringLiteral("line limit %1, head limit %2; whole: %3; in chunks of %4: %5")
                   .arg(limits.maxRequestLineBytes)
                   .arg(limits.maxHeadBytes)
                   .arg(wholeReading.toString())
                   .arg(chunk)
                   .arg(cutReading.toString()));
    return 0;
}
