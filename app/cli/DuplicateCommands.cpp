#include "DuplicateCommands.h"

#include "CliOutput.h"
#include "CliSession.h"
#include "ContactStore.h"
#include "DuplicateFinder.h"
#include "DuplicateJson.h"
#include "DuplicateMerge.h"

#include <QCommandLineParser>

namespace {

constexpr int defaultLimit = 100;
constexpr int maxLimit = 100000;

const QCommandLineOption
    limitOption(QStringLiteral("limit"),
                QStringLiteral("How many groups to print (default %1, at most %2); `total` "
                               "counts them all.")
                    .arg(defaultLimit)
                    .arg(maxLimit),
                QStringLiteral("n"));

const QCommandLineOption
    fieldOption(QStringLiteral("field"),
                QStringLiteral("Take a field from one of the contacts instead of merging it: "
                               "name, email, countryCode, tags, labels, params, optedIn or "
                               "isBlocked. Repeat for more fields."),
                QStringLiteral("name=ID"));

} // namespace

QList<QCommandLineOption> DuplicateCommands::duplicatesOptions()
{
    return {limitOption};
}

QList<QCommandLineOption> DuplicateCommands::mergeOptions()
{
    return {fieldOption};
}

CliResult DuplicateCommands::duplicates(CliSession& session)
{
    const auto counted = session.count(limitOption, defaultLimit, maxLimit);
    if (!counted)
        return std::unexpected(counted.error());
    const int limit = *counted;
    return session.withStore([&](ContactStore& store) -> CliResult {
        DuplicateFinder finder(store.database(), store.organization());
        finder.setProgress(CliOutput::stepProgress(QStringLiteral("scanned")));
        return reply(finder.find(limit), [limit](const QList<DuplicateGroup>& groups) {
            return DuplicateJson::groups(groups, limit);
        });
    });
}

CliResult DuplicateCommands::merge(CliSession& session)
{
    DuplicateMerge::Request request;
    request.keep = session.argument(0);
    request.others = session.arguments().mid(1);
    for (const QString& pick : session.options().values(fieldOption)) {
        const qsizetype equals = pick.indexOf(u'=');
        if (equals <= 0 || equals == pick.size() - 1)
            return std::unexpected(
                QStringLiteral("--field expects NAME=ID (e.g. name=contact_…), got '%1'")
                    .arg(pick));
        const QString field = pick.left(equals);
        if (request.picks.contains(field))
            return std::unexpected(QStringLiteral("--field %1 is given twice").arg(field));
        request.picks.insert(field, pick.mid(equals + 1));
    }
    return session.withStore([&](ContactStore& store) {
        DuplicateMerge merge(store.database(), store.organization());
        merge.setActor(store.origin().actor);
        return reply(merge.merge(request), DuplicateJson::merged);
    });
}
