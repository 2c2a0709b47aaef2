#pragma once

#include "CliCommand.h"
#include "ContactImporter.h"

/// `import FILE`: a CSV file into the store (ContactImporter), printing the bulk response's
/// shape with each skipped row's line; a progress line on stderr when it is a terminal.
class ImportCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString description() const override;
    QList<Argument> arguments() const override;
    void addOptions(QCommandLineParser& parser) const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    QString m_path;
    QString m_errorsPath;
    ImportOptions m_options;
};
