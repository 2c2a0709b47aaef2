#pragma once

#include "CliCommand.h"

#include <QUrlQuery>

/// `list`: one page of contacts, its options mapped onto the list request's query
/// parameters so that their errors are the API's (`Invalid sortBy`, `Invalid page`, ...).
class ListCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QUrlQuery m_query;
};
