#include "AppLocalization.h"
#include "DefaultDatabase.h"
#include "DesktopOptions.h"
#include "MainWindow.h"
#include "StartupProbe.h"

#include <QApplication>
#include <QIcon>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    StartupProbe::installIfAsked();
    // Before anything asks QStandardPaths: the default database is shared with contacts-cli.
    DefaultDatabase::applyApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(CONTACTS_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/contacts.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral(CONTACTS_APP_ID));

    // The system's language first, so that --help speaks it too; --lang then overrides it.
    AppLocalization localization;
    localization.apply(QLocale::system());
    const std::optional<DesktopOptions> options = DesktopOptions::parse(app.arguments());
    if (!options)
        return 1;
    if (!options->language.isEmpty())
        localization.apply(QLocale(options->language));

    MainWindow window(options->databasePath);
    window.show();
    return app.exec();
}
