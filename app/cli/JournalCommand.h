#pragma once

#include "CliCommand.h"

/// `journal`: the change journal, the outbox sync pushes from (for debugging sync).
class JournalCommand : public CliCommand {
public:
    static constexpr int defaultLimit = 100;
    static constexpr int maxLimit = 1000;

    QString name() const override { return QStringLiteral("journal"); }
    QString summary() const override;
    QString description() const override;
    void addOptions(QCommandLineParser& parser) const override;
    std::expected<void, QString> prepare(const QCommandLineParser& parser,
                                         const QStringList& arguments) override;
    ApiResult<QJsonObject> execute(ContactStore& store) override;

private:
    qint64 m_after = 0;
    int m_limit = defaultLimit;
};
