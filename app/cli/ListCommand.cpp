#include "ListCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "ListQuery.h"
#include "QueryOption.h"

#include <QCommandLineParser>

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
    parser.addOptions(QueryOption::commandLineOptions(ListQueryOptions::all));
}

std::expected<void, QString> ListCommand::prepare(const QCommandLineParser& parser,
                                                  const QStringList&)
{
    m_query = QueryOption::query(parser, ListQueryOptions::all);
    return {};
}

ApiResult<QJsonObject> ListCommand::execute(ContactStore& store)
{
    const ApiResult<ListQuery> query = ListQuery::fromUrlQuery(m_query);
    if (!query) {
        return std::unexpected(query.error());
    }
    const ApiResult<ListPage> page = store.list(*query);
    if (!page) {
        return std::unexpected(page.error());
    }
    return ContactJson::success(ContactJson::listPage(*page));
}
