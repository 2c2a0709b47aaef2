#include "GuiTestSupport.h"

#include "ContactStore.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>

namespace GuiTestSupport {

void isolateSettings(const QString& testName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ContactsTests"));
    QCoreApplication::setApplicationName(testName);
}

std::optional<Contact> contactByPhone(ContactStore& store, const QString& e164)
{
    const auto ids = store.matchingRowIds({});
    if (!ids)
        return std::nullopt;
    const auto contacts = store.contactsByRowIds(*ids);
    if (!contacts)
        return std::nullopt;
    for (const Contact& contact : *contacts) {
        if (contact.phone == e164)
            return contact;
    }
    return std::nullopt;
}

QList<QStringList> readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    CsvReader reader(&file, CsvFormat{QStringLiteral("UTF-8"), u','});
    QList<QStringList> records;
    while (auto record = reader.next())
        records.append(record->fields);
    return records;
}

} // namespace GuiTestSupport
