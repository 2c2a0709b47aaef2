#pragma once

#include "Contact.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class ContactStore;

/// What the widget tests (main window, import wizard, export dialog) share.
namespace GuiTestSupport {

/// Points QSettings and QStandardPaths at a test location of their own, named after the test
/// (`tst_mainwindow`), so that no run reads or writes the agent's real settings. For
/// initTestCase().
void isolateSettings(const QString& testName);

/// The contact with this number, if any (the store looks contacts up by id only).
std::optional<Contact> contactByPhone(ContactStore& store, const QString& e164);

/// The records of a UTF-8, comma-separated file; none when it cannot be read.
QList<QStringList> readCsv(const QString& path);

} // namespace GuiTestSupport
