#pragma once

#include "CliCommand.h"
#include "ClientOptions.h"
#include "ServerEndpoint.h"

/// `sync`: one sync run with a hosted instance (sync.md): the summary on stdout, progress on
/// stderr.
class SyncCommand : public CliCommand {
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    ServerEndpoint m_endpoint;
    ClientOptions m_options;
    bool m_quiet = false;
};
