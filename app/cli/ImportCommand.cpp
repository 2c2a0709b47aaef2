#include "ImportCommand.h"

#include "ContactJson.h"
#include "ContactStore.h"
#include "PhoneNumbers.h"
#include "TextEncoding.h"

#include <QCommandLineParser>
#include <QFileInfo>

#include <cstdio>
#include <unistd.h>

namespace {

const QString regionOption = QStringLiteral("region");
const QString tagOption = QStringLiteral("tag");
const QString updateOption = QStringLiteral("update-existing");
const QString mapOption = QStringLiteral("map");
const QString errorsOption = QStringLiteral("errors");
const QString encodingOption = QStringLiteral("encoding");
const QString delimiterOption = QStringLiteral("delimiter");
const QString batchOption = QStringLiteral("batch-size");

std::expected<QChar, QString> delimiter(const QString& text)
{
    if (text == QLatin1String("tab") || text == QLatin1String("\\t") || text == QLatin1String("\t"))
        return QChar(u'\t');
    if (text.size() == 1 && QStringView(u",;|").contains(text.front()))
        return text.front();
    return std::unexpected(
        QStringLiteral("--delimiter expects one of , ; | tab, not '%1'").arg(text));
}

void printProgress(const ContactImporter::Progress& progress)
{
    const qint64 estimate = progress.estimatedRows();
    const int percent =
        progress.totalBytes > 0 ? int(100 * progress.bytesRead / progress.totalBytes) : 100;
    const QByteArray line = QStringLiteral("\rimporting: %1 of about %2 rows (%3%)   ")
                                .arg(progress.rowsDone)
                                .arg(std::max(estimate, progress.rowsDone))
                                .arg(percent)
                                .toUtf8();
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

QString ImportCommand::summary() const
{
    return QStringLiteral("Import contacts from a CSV file.");
}

QString ImportCommand::description() const
{
    return QStringLiteral(
        "Imports a CSV file (Google Contacts, Outlook, Excel, the export command's own, ...): "
        "the encoding and the delimiter are detected, the columns mapped from the header. "
        "Each row is created or skipped as a bulk item is; rows are committed in batches. "
        "Prints {imported, updated, skipped, errors} with each skipped row's line.");
}

QList<CliCommand::Argument> ImportCommand::arguments() const
{
    return {{QStringLiteral("FILE"), QStringLiteral("The CSV file to import.")}};
}

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption(
        regionOption,
        QStringLiteral("The region of numbers written without a country code, e.g. AE."),
        QStringLiteral("code")));
    parser.addOption(QCommandLineOption(
        tagOption, QStringLiteral("A tag to add to every imported contact; repeatable."),
        QStringLiteral("tag")));
    parser.addOption(QCommandLineOption(
        updateOption, QStringLiteral("Merge rows into existing contacts with the same phone "
                                     "(fill empty fields, add tags, labels and params) "
                                     "instead of skipping them.")));
    parser.addOption(QCommandLineOption(
        mapOption,
        QStringLiteral("Map a column to a field (phone, name, firstName, middleName, lastName, "
                       "email, country, tags, labels, params, param:KEY, ignore); repeatable."),
        QStringLiteral("COLUMN=FIELD")));
    parser.addOption(QCommandLineOption(
        errorsOption,
        QStringLiteral("Write the skipped rows to this CSV, with their error and line."),
        QStringLiteral("file")));
    parser.addOption(
        QCommandLineOption(encodingOption,
                           QStringLiteral("The file's encoding (default: detected), e.g. UTF-8, "
                                          "windows-1252, UTF-16LE."),
                           QStringLiteral("name")));
    parser.addOption(QCommandLineOption(
        delimiterOption, QStringLiteral("The delimiter: , ; | or tab (default: detected)."),
        QStringLiteral("char")));
    parser.addOption(QCommandLineOption(
        batchOption, QStringLiteral("Rows per transaction (default 2000)."), QStringLiteral("n")));
}

std::expected<void, QString> ImportCommand::prepare(const QCommandLineParser& parser,
                                                    const QStringList& arguments)
{
    m_path = arguments.at(0);
    if (!QFileInfo(m_path).isFile())
        return std::unexpected(QStringLiteral("cannot read %1: no such file").arg(m_path));
    if (parser.isSet(regionOption)) {
        m_options.region = parser.value(regionOption).toUpper();
        if (!PhoneNumbers::isKnownRegion(m_options.region))
            return std::unexpected(
                QStringLiteral("--region expects a two-letter region such as AE, not '%1'")
                    .arg(parser.value(regionOption)));
    }
    m_options.tags = parser.values(tagOption);
    m_options.updateExisting = parser.isSet(updateOption);
    m_errorsPath = parser.value(errorsOption);
    if (parser.isSet(encodingOption)) {
        m_options.format.encoding = parser.value(encodingOption);
        if (!TextEncoding::isSupported(m_options.format.encoding))
            return std::unexpected(
                QStringLiteral("unknown encoding '%1'").arg(m_options.format.encoding));
    }
    if (parser.isSet(delimiterOption)) {
        const auto chosen = delimiter(parser.value(delimiterOption));
        if (!chosen)
            return std::unexpected(chosen.error());
        m_options.format.delimiter = *chosen;
    }
    if (parser.isSet(batchOption)) {
        bool ok = false;
        m_options.batchSize = parser.value(batchOption).toInt(&ok);
        if (!ok || m_options.batchSize < 1)
            return std::unexpected(QStringLiteral("--batch-size expects a positive number"));
    }
    if (parser.isSet(mapOption)) {
        const auto preview = ContactImporter::preview(m_path, m_options.format, 0);
        if (!preview)
            return std::unexpected(preview.error());
        ColumnMapping mapping = preview->mapping;
        for (const QString& pair : parser.values(mapOption)) {
            const qsizetype equals = pair.lastIndexOf(u'=');
            if (equals <= 0)
                return std::unexpected(
                    QStringLiteral("--map expects COLUMN=FIELD, not '%1'").arg(pair));
            if (auto set = mapping.setField(pair.left(equals), pair.mid(equals + 1)); !set)
                return std::unexpected(QStringLiteral("--map %1: %2").arg(pair, set.error()));
        }
        m_options.mapping = mapping;
    }
    return {};
}

ApiResult<QJsonObject> ImportCommand::execute(ContactStore& store)
{
    ContactImporter importer(store);
    const bool terminal = isatty(fileno(stderr));
    if (terminal)
        importer.setProgressCallback(printProgress);
    auto report = importer.run(m_path, m_options);
    if (terminal)
        std::fputs("\n", stderr);
    if (!report)
        return std::unexpected(ApiError::badRequest(report.error()));
    if (!m_errorsPath.isEmpty()) {
        if (auto saved = report->saveErrors(m_errorsPath); !saved) {
            const QByteArray message = ("contacts-cli: " + saved.error() + u'\n').toUtf8();
            std::fputs(message.constData(), stderr);
        }
    }
    if (report->failure) {
        ApiError error = *report->failure;
        error.detail = QStringLiteral("%1 (the rows up to line %2 were committed: %3 imported, "
                                      "%4 updated, %5 skipped)")
                           .arg(error.detail)
                           .arg(report->committedThroughLine)
                           .arg(report->imported)
                           .arg(report->updated)
                           .arg(report->skipped);
        return std::unexpected(error);
    }
    return ContactJson::success(report->toJson());
}
