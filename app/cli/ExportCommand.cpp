#include "ExportCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "ListQueryReader.h"

#include <QCommandLineParser>
#include <QUrl>

namespace {

const QString searchOption = QStringLiteral("search");
const QString tagOption = QStringLiteral("tag");
const QString labelOption = QStringLiteral("label");
const QString sortByOption = QStringLiteral("sort-by");
const QString sortOrderOption = QStringLiteral("sort-order");
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
    parser.addOption(QCommandLineOption(
        searchOption,
        QStringLiteral("Part of the name or email, or 3 or more digits of the phone."),
        QStringLiteral("text")));
    parser.addOption(QCommandLineOption(
        tagOption, QStringLiteral("Only contacts with this tag; repeat to require several."),
        QStringLiteral("tag")));
    parser.addOption(QCommandLineOption(
        labelOption, QStringLiteral("Only contacts with this label; repeat to require several."),
        QStringLiteral("label")));
    parser.addOption(QCommandLineOption(
        sortByOption, QStringLiteral("created_at (default), name, last_message_at or updated_at."),
        QStringLiteral("field")));
    parser.addOption(QCommandLineOption(sortOrderOption, QStringLiteral("asc (default) or desc."),
                                        QStringLiteral("order")));
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
    QStringList pairs;
    const auto add = [&pairs](const char* parameter, const QString& value) {
        pairs << QString::fromLatin1(parameter) + u'=' +
                     QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (parser.isSet(searchOption))
        add("search", parser.value(searchOption));
    for (const QString& tag : parser.values(tagOption))
        add("tag", tag);
    for (const QString& label : parser.values(labelOption))
        add("label", label);
    if (parser.isSet(sortByOption))
        add("sortBy", parser.value(sortByOption));
    // An export reads naturally oldest first, unlike the list's newest page.
    add("sortOrder",
        parser.isSet(sortOrderOption) ? parser.value(sortOrderOption) : QStringLiteral("asc"));
    m_query = QUrlQuery(pairs.join(u'&'));
    m_options.contactIds = parser.values(idOption);
    m_options.bom = !parser.isSet(noBomOption);
    return {};
}

ApiResult<QJsonObject> ExportCommand::execute(ContactStore& store)
{
    const ApiResult<ListQuery> query = ListQueryReader::read(m_query);
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
