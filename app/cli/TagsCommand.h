#pragma once

#include "CliCommand.h"

/// `tags`: every tag and label in use and how many contacts carry each.
class TagsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("tags"); }
    QString summary() const override;
    QString description() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;
};
