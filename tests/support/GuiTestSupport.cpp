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
    const auto window = store.window({}, 0, std::numeric_limits<qint64>::max());
    if (!window)
        return std::nullopt;
    const auto contacts = store.contactsByRowId(window->rowIds);
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
