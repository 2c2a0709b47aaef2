#pragma once

#include "CliCommand.h"

#include <QByteArray>

/// `bulk FILE|-`: a bulk import of `{"contacts": [...]}`, each item on its own, in one
/// transaction.
class BulkCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("bulk"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QByteArray m_body;
};
