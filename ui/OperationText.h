#pragma once

#include "Operation.h"

#include <QCoreApplication>
#include <QString>

/// An undoable operation in the agent's words, for the History panel: "Imported expo.csv",
/// "Tagged “VIP”", and its state: "Undone by #12", "Undo of #5", "Interrupted".
class OperationText {
    Q_DECLARE_TR_FUNCTIONS(OperationText)
public:
    static QString what(const Operation& operation);
    /// Empty for a finished operation nothing has undone.
    static QString state(const Operation& operation);
    /// Why an undo left a contact as it was (UndoReport::Skipped::reason), translated.
    static QString reason(const QString& reason);
};
