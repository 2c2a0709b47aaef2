#include "TagsCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"

QString TagsCommand::summary() const
{
    return QStringLiteral("Count the contacts of each tag and label.");
}

QString TagsCommand::description() const
{
    return QStringLiteral("Prints the tags and the labels in use, most used first, as "
                          "{\"tags\": [{\"name\", \"count\"}, ...], \"labels\": [...]}.");
}

std::expected<void, QString> TagsCommand::prepare(const QCommandLineParser&, const QStringList&)
{
    return {};
}

ApiResult<QJsonObject> TagsCommand::execute(ContactStore& store)
{
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
}
