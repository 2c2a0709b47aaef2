#include "RequestBodies.h"

#include "ContactJson.h"

ApiResult<ContactDraft> RequestBodies::draft(const QByteArray& body)
{
    const ApiResult<QJsonObject> object = ContactJson::parseObject(body);
    if (!object) {
        return std::unexpected(object.error());
    }
    return ContactDraft(*object);
}

ApiResult<ContactPatch> RequestBodies::patch(const QByteArray& body)
{
    const ApiResult<QJsonObject> object = ContactJson::parseObject(body);
    if (!object) {
        return std::unexpected(object.error());
    }
    return ContactPatch::fromJson(*object);
}

ApiResult<QJsonArray> RequestBodies::bulkItems(const QByteArray& body)
{
    return ContactJson::bulkItems(body);
}
