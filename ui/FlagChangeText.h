#pragma once

#include "FlagChange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

/// A change of the opt-in and block history in the agent's words, for the editor: "Opted in on
/// 3 Nov 2026 14:02 by Sara, import of expo.csv".
class FlagChangeText {
    Q_DECLARE_TR_FUNCTIONS(FlagChangeText)
public:
    static QString describe(const FlagChange& change);
    /// How the change was made: "import of expo.csv", "batch action", "sync"…
    static QString method(const WriteOrigin& origin);
    /// The latest `count` changes, newest first, a line each; a sentence saying there is none
    /// when the history is empty.
    static QString summary(const QList<FlagChange>& changes, int count);
};
