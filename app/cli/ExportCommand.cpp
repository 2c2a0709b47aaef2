#include "ExportCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "ListQuery.h"
#include "QueryOption.h"

#include <QCommandLineParser>

namespace {

/// The list request's parameters an export takes; it reads naturally oldest first, unlike
/// the list's newest page.
constexpr std::array exportQueryOptions{
    ListQueryOptions::search,
    ListQueryOptions::tag,
    ListQueryOptions::label,
    ListQueryOptions::sortBy,
    QueryOption{"sort-order", "sortOrder", "order", "asc (default) or desc.", false, "asc"},
};
const QString idOption = QStringLiteral("id");
const QString noBomOption = QStringLiteral("no-bom");

} // namespace

QString ExportCommand::summary() const
{
    return QStringLiteral("Export contacts to a CSV file.");
}

QString ExportCommand::description() const
{
    return QStringLiteral(
        "Writes the contacts (all, those a search and filters match, or the ones named with "
        "--id) to a CSV file in UTF-8 with a byte order mark for Excel, in columns the import "
        "command maps back by itself. Prints {exported, file}.");
}

QList<CliCommand::Argument> ExportCommand::arguments() const
{
    return {{QStringLiteral("FILE"), QStringLiteral("The CSV file to write (replaced).")}};
}

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOptions(QueryOption::commandLineOptions(exportQueryOptions));
    parser.addOption(QCommandLineOption(
        idOption, QStringLiteral("Export this contact (a selection); repeatable."),
        QStringLiteral("id")));
    parser.addOption(QCommandLineOption(
        noBomOption, QStringLiteral("Leave out the UTF-8 byte order mark Excel needs.")));
}

std::expected<void, QString> ExportCommand::prepare(const QCommandLineParser& parser,
                                                    const QStringList& arguments)
{
    m_path = arguments.at(0);
    // Through the list request's own parsing, so that a bad value fails as `list` does.
    m_query = QueryOption::query(parser, exportQueryOptions);
    m_options.contactIds = parser.values(idOption);
    m_options.bom = !parser.isSet(noBomOption);
    return {};
}

ApiResult<QJsonObject> ExportCommand::execute(ContactStore& store)
{
    const ApiResult<ListQuery> query = ListQuery::fromUrlQuery(m_query);
    if (!query)
        return std::unexpected(query.error());
    m_options.query = *query;
    ContactExporter exporter(store);
    const auto exported = exporter.run(m_path, m_options);
    if (!exported)
        return std::unexpected(ApiError::internal(exported.error()));
    return ContactJson::success(
        QJsonObject{{QStringLiteral("exported"), *exported}, {QStringLiteral("file"), m_path}});
}
