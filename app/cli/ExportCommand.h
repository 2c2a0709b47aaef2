#pragma once

#include "CliCommand.h"
#include "ContactExporter.h"

#include <QUrlQuery>

/// `export FILE`: the contacts, or those a search and filters match, to a CSV file that
/// `import` reads back as they were.
class ExportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    void addOptions(QCommandLineParser& parser) const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QString m_path;
    QUrlQuery m_query;
    ExportOptions m_options;
};
