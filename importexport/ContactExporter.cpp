#include "ContactExporter.h"

#include "ContactStore.h"
#include "CsvWriter.h"
#include "PhoneNumbers.h"
#include "VCardWriter.h"
#include "WriteOrigin.h"

#include <QHash>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

/// What an export's caller shows for a store error: the detail (a database's own words) when
/// there is one, else the API's message.
std::unexpected<QString> failure(const ApiError& error)
{
    return std::unexpected(error.detail.isEmpty() ? error.message : error.detail);
}

/// Tags joined by ` ::: `, which the importer splits on before `;` or `,`. A single tag
/// holding `;` or `,` gets a trailing separator so that it is not split on those.
QString safeText(const QString& text);

QString joinTags(const QStringList& tags)
{
    QStringList safe;
    for (const QString& tag : tags)
        safe.append(safeText(tag));
    QString joined = safe.join(QLatin1String(" ::: "));
    if (tags.size() == 1 && (joined.contains(u';') || joined.contains(u',')))
        joined += QLatin1String(" ::: ");
    return joined;
}

/// Names and tags come from customers: a cell starting with `=`, `+`, `-` or `@` is a formula
/// to Excel (`=HYPERLINK(...)` can leak data), so such text gets the `'` that makes it
/// text, which ContactImporter removes again (OWASP's advice for CSV injection). Phones
/// start with `+` but are only digits and spaces, which no formula does harm with.
QString safeText(const QString& text)
{
    if (!text.isEmpty() && QStringView(u"=+-@\t\r").contains(text.front()))
        return u'\'' + text;
    return text;
}

QString timestamp(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString boolean(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

ContactExporter::ContactExporter(ContactStore& store) : m_store(store) {}

QStringList ContactExporter::header()
{
    return {QStringLiteral("userNumber"),  QStringLiteral("userName"),  QStringLiteral("email"),
            QStringLiteral("countryCode"), QStringLiteral("tags"),      QStringLiteral("labels"),
            QStringLiteral("params"),      QStringLiteral("optedIn"),   QStringLiteral("isBlocked"),
            QStringLiteral("source"),      QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
            QStringLiteral("id")};
}

QStringList ContactExporter::record(const Contact& c)
{
    return {PhoneNumbers::formatInternational(c.phone),
            safeText(c.name.value_or(QString())),
            safeText(c.email.value_or(QString())),
            c.countryCode.value_or(QString()),
            joinTags(c.tags),
            joinTags(c.labels),
            c.params.isEmpty()
                ? QString()
                : QString::fromUtf8(QJsonDocument(c.params).toJson(QJsonDocument::Compact)),
            boolean(c.optedIn),
            boolean(c.isBlocked),
            c.source,
            timestamp(c.createdAt),
            timestamp(c.updatedAt),
            c.id};
}

QStringList ContactExporter::historyHeader()
{
    return {QStringLiteral("id"),        QStringLiteral("userNumber"), QStringLiteral("userName"),
            QStringLiteral("field"),     QStringLiteral("value"),      QStringLiteral("changedAt"),
            QStringLiteral("changedBy"), QStringLiteral("method"),     QStringLiteral("detail"),
            QStringLiteral("note")};
}

QStringList ContactExporter::historyRecord(const Contact& c, const FlagChange& change)
{
    return {c.id,
            PhoneNumbers::formatInternational(c.phone),
            safeText(c.name.value_or(QString())),
            FlagChange::flagName(change.flag),
            boolean(change.value),
            timestamp(change.at),
            safeText(change.origin.actor),
            WriteOrigin::methodName(change.origin.method),
            safeText(change.origin.detail),
            safeText(change.origin.note)};
}

std::expected<qint64, QString> ContactExporter::run(const QString& path,
                                                    const ExportOptions& options)
{
    m_cancelled = false;
    m_rowsDone = 0;
    QList<qint64> rowIds;
    if (options.contactIds.isEmpty()) {
        auto all = m_store.window(options.query, 0, std::numeric_limits<qint64>::max());
        if (!all)
            return failure(all.error());
        rowIds = std::move(all->rowIds);
    } else {
        for (const QString& id : options.contactIds) {
            auto contact = m_store.contact(id);
            if (contact)
                rowIds.append(contact->rowId);
            else if (contact.error().status != 404)
                return failure(contact.error());
        }
    }
    m_totalRows = rowIds.size();

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const bool history = options.format == ExportFormat::FlagHistoryCsv;
    const bool csv = options.format == ExportFormat::Csv || history;
    if (csv) {
        CsvWriter writer(&file);
        if ((options.bom && !writer.writeBom()) ||
            !writer.writeRecord(history ? historyHeader() : header()))
            return std::unexpected(
                QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    }
    constexpr qsizetype page = 1000;
    qint64 written = 0;
    for (qsizetype from = 0; from < rowIds.size(); from += page) {
        if (m_cancelled) {
            file.cancelWriting();
            return std::unexpected(QStringLiteral("cancelled"));
        }
        auto contacts = m_store.contactsByRowId(rowIds.mid(from, page));
        if (!contacts)
            return failure(contacts.error());
        QByteArray bytes;
        if (history) {
            auto changes = m_store.flagHistoryByRowId(rowIds.mid(from, page));
            if (!changes)
                return failure(changes.error());
            // In the contacts' order (the list's), each contact's changes oldest first.
            QHash<QString, QList<const FlagChange*>> byContact;
            for (const FlagChange& change : *changes)
                byContact[change.contactId].append(&change);
            for (const Contact& contact : *contacts) {
                for (const FlagChange* change : byContact.value(contact.id))
                    bytes += CsvWriter::record(historyRecord(contact, *change));
            }
            written += changes->size();
        } else {
            for (const Contact& contact : *contacts)
                bytes += csv ? CsvWriter::record(record(contact)) : VCardWriter::card(contact);
            written += contacts->size();
        }
        if (file.write(bytes) != bytes.size())
            return std::unexpected(
                QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
        m_rowsDone = from + std::min(page, rowIds.size() - from);
        if (m_progressCallback)
            m_progressCallback(m_rowsDone);
    }
    if (!file.commit())
        return std::unexpected(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return written;
}
