#pragma once

#include "ApiError.h"
#include "ContactDraft.h"
#include "ContactPatch.h"

#include <QByteArray>
#include <QJsonArray>

/// The request bodies of the create, update and bulk commands turned into what the store
/// takes, one function per kind of body: the one place that knows how a body becomes a
/// store value. Each fails with the API's 400 (or 413) for a body the API would refuse
/// before it looks at the store.
namespace RequestBodies {

/// A create body `{"userNumber": ..., ...}`.
ApiResult<ContactDraft> draft(const QByteArray& body);
/// A PATCH body: its allowed fields; the others are dropped.
ApiResult<ContactPatch> patch(const QByteArray& body);
/// The items of a bulk body `{"contacts": [...]}`, each a create body.
ApiResult<QJsonArray> bulkItems(const QByteArray& body);

} // namespace RequestBodies
