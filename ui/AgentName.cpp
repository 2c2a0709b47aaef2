#include "AgentName.h"

#include <QSettings>

namespace {

const QString settingsKey = QStringLiteral("agent/name");

} // namespace

QString AgentName::current()
{
    const QString saved = QSettings().value(settingsKey).toString().trimmed();
    return saved.isEmpty() ? accountName() : saved;
}

void AgentName::set(const QString& name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        QSettings().remove(settingsKey);
    else
        QSettings().setValue(settingsKey, trimmed);
}

QString AgentName::accountName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("LOGNAME") : user;
}
