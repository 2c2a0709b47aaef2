#pragma once

#include "CliCommand.h"

/// `delete ID`: removes a contact and frees its phone (the API's DELETE extension).
class DeleteCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("delete"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QString m_id;
};
