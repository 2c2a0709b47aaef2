#pragma once

#include "DuplicateGroup.h"
#include "DuplicateMerge.h"

#include <QJsonObject>
#include <QList>

/// Duplicates and merges as JSON (an extension, docs/duplicates.md): what `contacts-cli
/// duplicates` and `contacts-cli merge` print.
namespace DuplicateJson {

/// `{groups: [{reasons: [...], contacts: [list item…]}…], total}`: the first `limit` groups,
/// and how many were found.
QJsonObject groups(const QList<DuplicateGroup>& groups, qsizetype limit);
/// `{contact: full contact, merged: [id…], operation}`.
QJsonObject merged(const DuplicateMerge::Result& result);

} // namespace DuplicateJson
