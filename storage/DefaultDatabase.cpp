#include "DefaultDatabase.h"

#include <QCoreApplication>
#include <QStandardPaths>

void DefaultDatabase::applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Contacts"));
    QCoreApplication::setApplicationName(QStringLiteral("Contacts"));
}

QString DefaultDatabase::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/contacts.db");
}
