// The JSON and CSV request bodies of create, bulk and PATCH, through the API on a small
// database: whatever a body holds (wrong types, deep nesting, huge numbers, NUL, invalid
// UTF-8, duplicate keys), the answer is a 2xx or a 4xx in the API's envelope, never a 500.

#include "ApiFuzzHarness.h"
#include "FuzzCheck.h"

#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static ApiFuzzHarness harness;
    FuzzedDataProvider input(data, size);
    const bool served = input.ConsumeBool();
    ApiRequest request;
    request.contentType = QByteArrayLiteral("application/json");
    switch (input.ConsumeIntegralInRange(0, 3)) {
    case 0:
        request.method = QByteArrayLiteral("POST");
        request.path = QStringLiteral("/api/whatsapp/contacts");
        break;
    case 1:
        request.method = QByteArrayLiteral("POST");
        request.path = QStringLiteral("/api/whatsapp/contacts/bulk");
        break;
    case 2:
        request.method = QByteArrayLiteral("POST");
        request.path = QStringLiteral("/api/whatsapp/contacts/bulk");
        request.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
        break;
    default:
        request.method = QByteArrayLiteral("PATCH");
        request.path = QStringLiteral("/api/whatsapp/contacts/") + harness.contactId();
        break;
    }
    request.body = QByteArray::fromStdString(input.ConsumeRemainingBytesAsString());
    const ApiResponse answer =
        harness.send(request, served ? ApiExtensions::Served : ApiExtensions::Withheld);
    FUZZ_CHECK(answer.status < 500, QString::number(answer.status));
    return 0;
}
