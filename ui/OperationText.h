#pragma once

#include "Operation.h"
#include "UndoReport.h"

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
    /// A contact an undo left as it was, as the agent knows it: "Sara (+971…)", else its
    /// phone, else its id.
    static QString contact(const UndoReport::Skipped& skipped);
    /// Why an undo left a contact as it was (UndoReport::Skipped::reason), translated.
    static QString reason(const QString& reason);
};
