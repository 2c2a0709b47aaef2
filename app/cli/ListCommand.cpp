#include "ListCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "ListQueryReader.h"

#include <QCommandLineParser>
#include <QUrl>

#include <array>

namespace {

/// A command-line option and the query parameter of the list request it stands for.
struct QueryOption {
    const char* option;
    const char* parameter;
    const char* valueName;
    const char* description;
    bool repeatable = false;
};

constexpr std::array queryOptions{
    QueryOption{"page", "page", "n", "The page, from 1 (default 1)."},
    QueryOption{"limit", "limit", "n", "Contacts per page (default 20, at most 100)."},
    QueryOption{"search", "search", "text",
                "Part of the name or email, or 3 or more digits of the phone."},
    QueryOption{"sort-by", "sortBy", "field",
                "created_at (default), name, last_message_at or updated_at."},
    QueryOption{"sort-order", "sortOrder", "order", "desc (default) or asc."},
    QueryOption{"tag", "tag", "tag", "Only contacts with this tag; repeat to require several.",
                true},
    QueryOption{"label", "label", "label",
                "Only contacts with this label; repeat to require several.", true},
    QueryOption{"opted-in", "optedIn", "true|false", "Only contacts opted in, or not."},
    QueryOption{"blocked", "isBlocked", "true|false", "Only blocked contacts, or unblocked ones."},
    QueryOption{"updated-since", "updatedSince", "timestamp",
                "Only contacts updated at or after this ISO 8601 time."},
    QueryOption{"include-deleted", "includeDeleted", "true|false",
                "With --updated-since, also list contacts deleted since then (for sync)."},
    QueryOption{"view", "view", "list|full",
                "full lists each contact as get shows it, with params and vendorContactId."},
};

} // namespace

QString ListCommand::summary() const
{
    return QStringLiteral("List contacts, one page at a time.");
}

QString ListCommand::description() const
{
    return QStringLiteral("Lists one page of contacts, like GET /api/whatsapp/contacts: prints "
                          "the contacts of the page with total, page, limit and hasNext.");
}

void ListCommand::addOptions(QCommandLineParser& parser) const
{
    for (const QueryOption& option : queryOptions) {
        parser.addOption(QCommandLineOption(QString::fromLatin1(option.option),
                                            QString::fromLatin1(option.description),
                                            QString::fromLatin1(option.valueName)));
    }
}

std::expected<void, QString> ListCommand::prepare(const QCommandLineParser& parser,
                                                  const QStringList&)
{
    // The query is built as percent-encoded text, as the server receives it in a URL, so
    // that ListQuery reads a value with `&`, `+` or `%` the same way for both.
    QStringList pairs;
    for (const QueryOption& option : queryOptions) {
        const QString name = QString::fromLatin1(option.option);
        if (!parser.isSet(name)) {
            continue;
        }
        QStringList values = parser.values(name);
        if (!option.repeatable) {
            // Like a repeated option anywhere else on the command line, the last one wins.
            values = QStringList{values.constLast()};
        }
        for (const QString& value : std::as_const(values)) {
            pairs << QString::fromLatin1(option.parameter) + QLatin1Char('=') +
                         QString::fromLatin1(QUrl::toPercentEncoding(value));
        }
    }
    m_query = QUrlQuery(pairs.join(QLatin1Char('&')));
    return {};
}

ApiResult<QJsonObject> ListCommand::execute(ContactStore& store)
{
    const ApiResult<ListQuery> query = ListQueryReader::read(m_query);
    if (!query) {
        return std::unexpected(query.error());
    }
    const ApiResult<ListPage> page = store.list(*query);
    if (!page) {
        return std::unexpected(page.error());
    }
    return ContactJson::success(ContactJson::listPage(*page));
}
