#pragma once

#include "CliCommand.h"

#include <QByteArray>

/// `update ID FILE|-`: a PATCH body applied to one contact, answered in the API's
/// snake_case shape.
class UpdateCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("update"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QString m_id;
    QByteArray m_body;
};
