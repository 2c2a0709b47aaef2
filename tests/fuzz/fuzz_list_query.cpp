// The list's query string and a contact's id in the path, as contacts-server receives them,
// through the API on a small database: whatever they hold (bad values, injection, NUL, long
// terms, broken percent-encoding), the answer is a 2xx or a 4xx in the API's envelope.

#include "ApiFuzzHarness.h"
#include "FuzzCheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QJsonDocument>
#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static ApiFuzzHarness harness;
    FuzzedDataProvider input(data, size);
    const bool served = input.ConsumeBool();
    const auto extensions = served ? ApiExtensions::Served : ApiExtensions::Withheld;

    if (input.ConsumeIntegralInRange(0, 7) == 0) {
        // A contact by an id of any shape: the path is decoded, as Qt HttpServer hands it over.
        ApiRequest byId;
        byId.method = input.ConsumeBool() ? QByteArrayLiteral("GET") : QByteArrayLiteral("DELETE");
        byId.path = QStringLiteral("/api/whatsapp/contacts/") +
                    QString::fromUtf8(input.ConsumeRemainingBytesAsString());
        const ApiResponse answer = harness.send(byId, extensions);
        FUZZ_CHECK(answer.status < 500, QString::number(answer.status));
        return 0;
    }

    ApiRequest list;
    list.method = QByteArrayLiteral("GET");
    list.path = QStringLiteral("/api/whatsapp/contacts");
    list.query = QByteArray::fromStdString(input.ConsumeRemainingBytesAsString());
    const ApiResponse answer = harness.send(list, extensions);
    if (answer.status == 200) {
        const QJsonObject page = QJsonDocument::fromJson(answer.body).object();
        FUZZ_CHECK(page.value(QLatin1String("data")).isArray() ||
                       page.value(QLatin1String("data")).isObject(),
                   QString::fromUtf8(answer.body.left(300)));
    } else {
        FUZZ_CHECK(answer.status == 400, QString::number(answer.status));
    }
    return 0;
}
