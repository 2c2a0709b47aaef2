#pragma once

#include "CliCommand.h"

/// `get ID`: one contact in the API's full shape.
class GetCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("get"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QString m_id;
};
