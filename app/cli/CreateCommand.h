#pragma once

#include "CliCommand.h"

#include <QByteArray>

/// `create FILE|-`: a contact from a create body, answered in the API's 201 shape.
class CreateCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QByteArray m_body;
};
