#pragma once

#include "CliCommand.h"

/// `conflicts`: the open sync conflicts, each with both values.
class ConflictsCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override;
    QString description() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;
};
