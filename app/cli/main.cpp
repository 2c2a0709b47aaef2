#include "ContactsCli.h"
#include "DefaultDatabase.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // Before anything asks QStandardPaths: the default database is the desktop app's file.
    DefaultDatabase::applyApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(CONTACTS_VERSION));
    ContactsCli cli;
    return cli.run(QCoreApplication::arguments());
}
