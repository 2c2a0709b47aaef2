#include "ListingCommands.h"

#include "CliSession.h"
#include "ContactStore.h"
#include "JournalPruning.h"
#include "ListQueryReader.h"
#include "QueryOption.h"

#include <QCommandLineParser>
#include <QJsonArray>

namespace {

constexpr int journalDefaultLimit = 100;
constexpr int journalMaxLimit = 1000;

const QCommandLineOption
    afterOption(QStringLiteral("after"),
                QStringLiteral("Only entries after this sequence number (default 0)."),
                QStringLiteral("n"));
const QCommandLineOption
    limitOption(QStringLiteral("limit"),
                QStringLiteral("At most this many entries (default %1, at most %2).")
                    .arg(journalDefaultLimit)
                    .arg(journalMaxLimit),
                QStringLiteral("n"));

const QCommandLineOption pruneOption(
    QStringLiteral("prune"),
    QStringLiteral("Drop the entries no sync needs any more, and print {\"pruned\": N}."));

/// The part of the journal `journal` prints.
struct JournalRange {
    qint64 after = 0;
    int limit = journalDefaultLimit;
};

// These are not API parameters, so a bad value is a usage error rather than a 400.
std::expected<JournalRange, QString> journalRange(const QCommandLineParser& options)
{
    JournalRange range;
    if (options.isSet(pruneOption) && (options.isSet(afterOption) || options.isSet(limitOption)))
        return std::unexpected(QStringLiteral("--prune takes neither --after nor --limit"));
    if (options.isSet(afterOption)) {
        bool ok = false;
        range.after = options.value(afterOption).toLongLong(&ok);
        if (!ok || range.after < 0) {
            return std::unexpected(
                QStringLiteral("--after expects a sequence number >= 0, got '%1'")
                    .arg(options.value(afterOption)));
        }
    }
    if (options.isSet(limitOption)) {
        bool ok = false;
        range.limit = options.value(limitOption).toInt(&ok);
        if (!ok || range.limit < 1 || range.limit > journalMaxLimit) {
            return std::unexpected(QStringLiteral("--limit expects a number from 1 to %1, got '%2'")
                                       .arg(journalMaxLimit)
                                       .arg(options.value(limitOption)));
        }
    }
    return range;
}

QJsonObject journalEntries(const QList<JournalEntry>& entries)
{
    QJsonArray array;
    for (const JournalEntry& entry : entries) {
        array.append(ContactJson::journalEntry(entry));
    }
    return {{QStringLiteral("entries"), array}};
}

} // namespace

QList<QCommandLineOption> ListingCommands::listOptions()
{
    return QueryOption::commandLineOptions(ListQueryOptions::all);
}

CliResult ListingCommands::list(CliSession& session)
{
    const QUrlQuery parameters = QueryOption::query(session.options(), ListQueryOptions::all);
    return session.withStore([&](ContactStore& store) -> CliResult {
        const ApiResult<ListQuery> query = ListQueryReader::read(parameters);
        if (!query) {
            return std::unexpected(query.error());
        }
        return reply(store.list(*query), ContactJson::listPage);
    });
}

CliResult ListingCommands::tags(CliSession& session)
{
    return session.withStore([](ContactStore& store) -> CliResult {
        const ApiResult<QList<TagCount>> tags = store.tagCounts(TagKind::Tag);
        if (!tags) {
            return std::unexpected(tags.error());
        }
        const ApiResult<QList<TagCount>> labels = store.tagCounts(TagKind::Label);
        if (!labels) {
            return std::unexpected(labels.error());
        }
        return ContactJson::success(QJsonObject{
            {QStringLiteral("tags"), ContactJson::tagCounts(*tags)},
            {QStringLiteral("labels"), ContactJson::tagCounts(*labels)},
        });
    });
}

QList<QCommandLineOption> ListingCommands::journalOptions()
{
    return {afterOption, limitOption, pruneOption};
}

CliResult ListingCommands::journal(CliSession& session)
{
    const std::expected<JournalRange, QString> range = journalRange(session.options());
    if (!range) {
        return std::unexpected(range.error());
    }
    if (session.options().isSet(pruneOption)) {
        return session.withStore([](ContactStore& store) {
            return reply(JournalPruning(store.database()).pruneAll(), [](qint64 pruned) {
                return QJsonObject{{QStringLiteral("pruned"), pruned}};
            });
        });
    }
    return session.withStore([&](ContactStore& store) {
        return reply(store.journal(range->after, range->limit), journalEntries);
    });
}
