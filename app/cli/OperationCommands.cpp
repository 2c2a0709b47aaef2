#include "OperationCommands.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ContactDatabase.h"
#include "ContactStore.h"
#include "OperationJson.h"
#include "OperationUndo.h"
#include "Operations.h"

#include <QCommandLineParser>

namespace {

constexpr int defaultLimit = 50;
constexpr int maxLimit = 10000;

const QCommandLineOption
    limitOption(QStringLiteral("limit"),
                QStringLiteral("How many of the newest operations (default %1, at most %2).")
                    .arg(defaultLimit)
                    .arg(maxLimit),
                QStringLiteral("n"));

} // namespace

QList<QCommandLineOption> OperationCommands::operationsOptions()
{
    return {limitOption};
}

CliResult OperationCommands::operations(CliSession& session)
{
    const auto counted = session.count(limitOption, defaultLimit, maxLimit);
    if (!counted)
        return std::unexpected(counted.error());
    const int limit = *counted;
    return session.withStore([&](ContactStore& store) {
        return reply(Operations(store.database(), store.organization().rowId).latest(limit),
                     OperationJson::operations);
    });
}

CliResult OperationCommands::undo(CliSession& session)
{
    bool ok = false;
    const qint64 id = session.argument(0).toLongLong(&ok);
    if (!ok || id < 1)
        return std::unexpected(
            QStringLiteral("undo expects an operation id (a number that `contacts-cli "
                           "operations` lists), got '%1'")
                .arg(session.argument(0)));
    return session.withStore([&](ContactStore& store) -> CliResult {
        OperationUndo undo(store.database(), store.organization());
        WriteOrigin origin = store.origin();
        origin.method = WriteOrigin::Method::Undo;
        undo.setOrigin(origin);
        // A line a second at most: a 1,000,000-contact import has 200 steps.
        undo.setProgress(CliOutput::stepProgress(QStringLiteral("undo")));
        return reply(undo.undo(id), [id](const UndoReport& report) {
            return OperationJson::undoReport(report, id);
        });
    });
}
