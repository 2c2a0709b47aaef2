#pragma once

#include "Operation.h"
#include "UndoReport.h"

#include <QJsonObject>
#include <QList>

/// The undoable operations as JSON (an extension, docs/history.md): what `contacts-cli
/// operations` and `contacts-cli undo` print.
namespace OperationJson {

/// `{id, kind, argument, startedAt, finishedAt, by, method, contacts, undoes, undoneBy}`,
/// unset values null.
QJsonObject operation(const Operation& operation);
/// `{operations: [operation…]}`, newest first.
QJsonObject operations(const QList<Operation>& operations);
/// `{operation, undoes, reverted, notReverted, notRevertedContacts: [{id, reason}…]}`.
QJsonObject undoReport(const UndoReport& report, qint64 undone);

} // namespace OperationJson
